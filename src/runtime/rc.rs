//! `PyRef<T>`: the reference-counted pointer behind every heap `Value`.
//!
//! We do not use `std::rc::Rc` because JIT-compiled code reads heap objects and
//! adjusts reference counts directly, so the allocation layout must be ours and
//! documented: a `#[repr(C)]` box whose first word is the count, followed by the
//! object. A `PyRef<T>` is one non-null pointer to that box. The count is a plain
//! `Cell<usize>`: the runtime is single-threaded (`PyRef` is neither `Send` nor `Sync`).
//!
//! The second header word is the object's type: a counted reference to the
//! box of a `PyType` (see docs/object-model.md). Every heap object carries its
//! type there, so `type(x)` is one load for any heap value, and a user class
//! lives as long as its instances. Built-in payloads know their default type
//! (`PyPayload`); payloads whose type varies (instances, exceptions, iterators,
//! types themselves) are allocated with `new_typed`.

use std::cell::Cell;
use std::fmt;
use std::marker::PhantomData;
use std::ops::Deref;
use std::ptr::NonNull;

use super::object::PyType;

/// The heap allocation behind a `PyRef<T>`. JIT code relies on this layout:
/// the count at offset 0, the type at `TYPE_OFFSET` and the object at
/// `RcBox::<T>::VALUE_OFFSET`.
#[repr(C)]
pub struct RcBox<T> {
    /// Number of live `PyRef`s (and JIT-held references) to this box.
    pub count: Cell<usize>,
    /// The object's type: a counted reference to a type's box. Null only
    /// while the built-in types are being created (they are patched at once).
    pub ty: Cell<*const RcBox<PyType>>,
    /// The object itself.
    pub value: T,
}

/// Offset of the type word in every box.
pub const TYPE_OFFSET: usize = 8;
const _: () = {
    assert!(std::mem::offset_of!(RcBox<u64>, count) == 0);
    assert!(std::mem::offset_of!(RcBox<u64>, ty) == TYPE_OFFSET);
    assert!(std::mem::offset_of!(RcBox<u64>, value) == 16);
};

impl<T> RcBox<T> {
    /// Byte offset of `value` inside the box.
    pub const VALUE_OFFSET: usize = std::mem::offset_of!(RcBox<T>, value);
}

/// A payload whose objects have one fixed built-in type unless allocated
/// with `PyRef::new_typed`.
pub trait PyPayload {
    /// The box of the default type (immortal, never null once types exist).
    fn default_type() -> *const RcBox<PyType>;
}

/// A reference count that never reaches zero: built-in types are immortal.
pub const IMMORTAL: usize = 1 << 60;

/// A counted reference to a heap object of type `T`.
pub struct PyRef<T> {
    ptr: NonNull<RcBox<T>>,
    _owns: PhantomData<RcBox<T>>,
}

impl<T: PyPayload> PyRef<T> {
    /// Allocates `value` with a count of one and its payload's default type.
    #[inline]
    pub fn new(value: T) -> Self {
        let ty = T::default_type();
        if !ty.is_null() {
            // SAFETY: a non-null default type is a live (immortal) type box.
            let c = unsafe { &(*ty).count };
            c.set(c.get() + 1);
        }
        // SAFETY: the count on `ty` taken just above belongs to the new box.
        unsafe { PyRef::new_raw_typed(value, ty) }
    }
}

impl<T> PyRef<T> {
    /// Allocates `value` whose type is `ty` (the reference is moved into the header).
    pub fn new_typed(value: T, ty: PyRef<PyType>) -> Self {
        let t = PyRef::into_raw(ty);
        // SAFETY: `t` carries the count given up by `into_raw`.
        unsafe { PyRef::new_raw_typed(value, t) }
    }

    /// Allocates `value` with header type `ty`, which must carry a count the
    /// new box owns (or be null during bootstrap).
    ///
    /// # Safety
    /// `ty` is null or a live type box with a count reserved for this object.
    pub unsafe fn new_raw_typed(value: T, ty: *const RcBox<PyType>) -> Self {
        let boxed = Box::new(RcBox {
            count: Cell::new(1),
            ty: Cell::new(ty),
            value,
        });
        PyRef {
            ptr: NonNull::from(Box::leak(boxed)),
            _owns: PhantomData,
        }
    }

    /// The object's type.
    #[inline]
    pub fn ty(this: &Self) -> &PyType {
        let t = this.inner().ty.get();
        debug_assert!(!t.is_null());
        // SAFETY: the header holds a counted reference to a live type box for
        // as long as the object lives (a replaced type is kept alive, see
        // `set_type`), so the borrow cannot outlive it.
        unsafe { &(*t).value }
    }

    /// The object's type as a new reference.
    #[inline]
    pub fn class(this: &Self) -> PyRef<PyType> {
        let t = this.inner().ty.get();
        // SAFETY: as in `ty`; the count is incremented for the new reference.
        unsafe {
            (*t).count.set((*t).count.get() + 1);
            PyRef::from_raw(t)
        }
    }

    /// The address of the type's box.
    #[inline]
    pub fn type_ptr(this: &Self) -> *const RcBox<PyType> {
        this.inner().ty.get()
    }

    /// Replaces the type (`obj.__class__ = C`, and bootstrap). The old type's
    /// reference is deliberately kept (leaked): a `&PyType` borrowed from this
    /// object may still be in use, and types are few.
    pub fn set_type(this: &Self, ty: PyRef<PyType>) {
        this.inner().ty.set(PyRef::into_raw(ty));
    }

    /// True when both refer to the same allocation (Python `is`).
    #[inline]
    pub fn ptr_eq(a: &Self, b: &Self) -> bool {
        a.ptr == b.ptr
    }

    /// The address of the box, stable for the object's lifetime (Python `id`).
    #[inline]
    pub fn as_ptr(this: &Self) -> *const RcBox<T> {
        this.ptr.as_ptr()
    }

    /// The current reference count.
    #[inline]
    pub fn count(this: &Self) -> usize {
        this.inner().count.get()
    }

    /// Mutable access when this is the only reference (count of one).
    #[inline]
    pub fn get_mut(this: &mut Self) -> Option<&mut T> {
        if this.inner().count.get() == 1 {
            // SAFETY: the count is one, so no other `PyRef` (or borrow derived
            // from one) can observe the object while `this` is mutably borrowed.
            Some(unsafe { &mut (*this.ptr.as_ptr()).value })
        } else {
            None
        }
    }

    /// Gives up this reference without decrementing; pair with `from_raw`.
    pub fn into_raw(this: Self) -> *const RcBox<T> {
        let p = this.ptr.as_ptr();
        std::mem::forget(this);
        p
    }

    /// Re-adopts a reference produced by `into_raw`.
    ///
    /// # Safety
    /// `p` must come from `into_raw` (or be a box whose count includes the
    /// reference being adopted) and the box must still be alive.
    pub unsafe fn from_raw(p: *const RcBox<T>) -> Self {
        PyRef {
            // SAFETY: the caller guarantees `p` came from a live `PyRef`, so it is non-null.
            ptr: unsafe { NonNull::new_unchecked(p as *mut RcBox<T>) },
            _owns: PhantomData,
        }
    }

    #[inline]
    fn inner(&self) -> &RcBox<T> {
        // SAFETY: a live `PyRef` holds a count on the box, so the box is allocated
        // and initialised until the last reference is dropped.
        unsafe { self.ptr.as_ref() }
    }
}

impl<T> Clone for PyRef<T> {
    #[inline]
    fn clone(&self) -> Self {
        let c = &self.inner().count;
        c.set(c.get() + 1);
        PyRef {
            ptr: self.ptr,
            _owns: PhantomData,
        }
    }
}

impl<T> Drop for PyRef<T> {
    #[inline]
    fn drop(&mut self) {
        let c = &self.inner().count;
        let n = c.get() - 1;
        c.set(n);
        if n == 0 {
            let ty = self.inner().ty.get();
            if !ty.is_null() {
                // SAFETY: a non-null header type is a live type box (the
                // object holds a count on it).
                let flags = unsafe { (*ty).value.flags.get() };
                if flags & super::object::type_flags::FINALIZE != 0
                    // SAFETY: only types whose instances are `PyInstance`s
                    // carry FINALIZE, so this box is an `RcBox<PyInstance>`;
                    // the count just reached zero and nothing is freed yet.
                    && unsafe { super::finalize::on_last_ref(self.ptr.as_ptr().cast()) }
                {
                    return;
                }
            }
            // SAFETY: the count reached zero, so this was the last reference; the box
            // was created by `Box::leak` in `new_raw_typed` and is freed exactly once here.
            unsafe { drop(Box::from_raw(self.ptr.as_ptr())) };
            if !ty.is_null() {
                // SAFETY: the header owned one count on its type; it is given
                // back now that the object is gone.
                drop(unsafe { PyRef::<PyType>::from_raw(ty) });
            }
        }
    }
}

impl<T> Deref for PyRef<T> {
    type Target = T;
    #[inline]
    fn deref(&self) -> &T {
        &self.inner().value
    }
}

impl<T: fmt::Debug> fmt::Debug for PyRef<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    impl PyPayload for String {
        fn default_type() -> *const RcBox<PyType> {
            std::ptr::null()
        }
    }

    #[test]
    fn counts_and_frees() {
        let a = PyRef::new(String::from("x"));
        let b = a.clone();
        assert_eq!(PyRef::count(&a), 2);
        assert!(PyRef::ptr_eq(&a, &b));
        drop(b);
        assert_eq!(PyRef::count(&a), 1);
        let raw = PyRef::into_raw(a);
        // SAFETY: `raw` came from `into_raw` just above.
        let a = unsafe { PyRef::from_raw(raw) };
        assert_eq!(&*a, "x");
    }

    #[test]
    fn value_offset_is_two_words() {
        assert_eq!(RcBox::<i64>::VALUE_OFFSET, 16);
    }
}
