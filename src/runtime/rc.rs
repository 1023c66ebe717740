//! `PyRef<T>`: the reference-counted pointer behind every heap `Value`.
//!
//! We do not use `std::rc::Rc` because JIT-compiled code reads heap objects and
//! adjusts reference counts directly, so the allocation layout must be ours and
//! documented: a `#[repr(C)]` box whose first word is the count, followed by the
//! object. A `PyRef<T>` is one non-null pointer to that box. The count is a plain
//! `Cell<usize>`: the runtime is single-threaded (`PyRef` is neither `Send` nor `Sync`).

use std::cell::Cell;
use std::fmt;
use std::marker::PhantomData;
use std::ops::Deref;
use std::ptr::NonNull;

/// The heap allocation behind a `PyRef<T>`. JIT code relies on this layout:
/// the count at offset 0 and the object at `RcBox::<T>::VALUE_OFFSET`.
#[repr(C)]
pub struct RcBox<T> {
    /// Number of live `PyRef`s (and JIT-held references) to this box.
    pub count: Cell<usize>,
    /// The object itself.
    pub value: T,
}

impl<T> RcBox<T> {
    /// Byte offset of `value` inside the box.
    pub const VALUE_OFFSET: usize = std::mem::offset_of!(RcBox<T>, value);
}

/// A counted reference to a heap object of type `T`.
pub struct PyRef<T> {
    ptr: NonNull<RcBox<T>>,
    _owns: PhantomData<RcBox<T>>,
}

impl<T> PyRef<T> {
    /// Allocates `value` with a count of one.
    pub fn new(value: T) -> Self {
        let boxed = Box::new(RcBox {
            count: Cell::new(1),
            value,
        });
        PyRef {
            ptr: NonNull::from(Box::leak(boxed)),
            _owns: PhantomData,
        }
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
            // SAFETY: the count reached zero, so this was the last reference; the box
            // was created by `Box::leak` in `new` and is freed exactly once here.
            unsafe { drop(Box::from_raw(self.ptr.as_ptr())) };
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
    fn value_offset_is_one_word() {
        assert_eq!(RcBox::<i64>::VALUE_OFFSET, 8);
    }
}
