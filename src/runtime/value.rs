//! `Value`: the 16-byte tagged value every register, constant and container
//! element holds.
//!
//! Layout (fixed, asserted below, read and written directly by JIT code):
//!
//! ```text
//! byte 0      tag (the `tag::*` constants)
//! byte 1      payload of Bool (0 or 1)
//! bytes 8..16 payload: i64 for Int, f64 bits for Float, and for every heap
//!             variant a pointer to the object's `RcBox` (count word first)
//! ```
//!
//! `#[repr(u8)]` on a data-carrying enum gives exactly this: a union of
//! `#[repr(C)]` structs each starting with the `u8` tag. None, bool, small ints
//! and floats are inline, so "boxing" an unboxed int or float in compiled code is
//! two stores and no allocation. Ints outside i64 are `BigInt`; an `Int` is never
//! used for a value that a `BigInt` holds and vice versa (see `runtime::int`).

use super::bytearray::PyByteArray;
use super::code::PyCode;
use super::complex::PyComplex;
use super::instance::PyInstance;
use super::object::{
    DictView, PyBuiltin, PyBytes, PyCell, PyDict, PyException, PyFunction, PyIter, PyList,
    PyModule, PyNamespace, PyRange, PySlice, PyStr, PyTuple, PyType, RangeIter,
};
use super::rc::PyRef;
use super::set::PySet;
use num_bigint::BigInt;

/// A Python value.
#[repr(u8)]
#[derive(Default)]
pub enum Value {
    /// An empty register or cell: a local that has not been assigned or was
    /// deleted. Never visible to Python code.
    #[default]
    Unbound = tag::UNBOUND,
    None = tag::NONE,
    Bool(bool) = tag::BOOL,
    Int(i64) = tag::INT,
    Float(f64) = tag::FLOAT,
    BigInt(PyRef<BigInt>) = tag::BIGINT,
    Str(PyRef<PyStr>) = tag::STR,
    List(PyRef<PyList>) = tag::LIST,
    Tuple(PyRef<PyTuple>) = tag::TUPLE,
    Dict(PyRef<PyDict>) = tag::DICT,
    Function(PyRef<PyFunction>) = tag::FUNCTION,
    Builtin(PyRef<PyBuiltin>) = tag::BUILTIN,
    Type(PyRef<PyType>) = tag::TYPE,
    Exception(PyRef<PyException>) = tag::EXCEPTION,
    Module(PyRef<PyModule>) = tag::MODULE,
    Range(PyRef<PyRange>) = tag::RANGE,
    RangeIter(PyRef<RangeIter>) = tag::RANGE_ITER,
    Iter(PyRef<PyIter>) = tag::ITER,
    Cell(PyRef<PyCell>) = tag::CELL,
    Code(PyRef<PyCode>) = tag::CODE,
    Slice(PyRef<PySlice>) = tag::SLICE,
    DictView(PyRef<DictView>) = tag::DICT_VIEW,
    Bytes(PyRef<PyBytes>) = tag::BYTES,
    Namespace(PyRef<PyNamespace>) = tag::NAMESPACE,
    /// An instance of a class (or of a built-in type whose instances are
    /// `PyInstance`s: bound methods, properties, ...); the type is in the header.
    Object(PyRef<PyInstance>) = tag::OBJECT,
    Set(PyRef<PySet>) = tag::SET,
    /// A frozenset: the same payload as a set, immutable and hashable.
    FrozenSet(PyRef<PySet>) = tag::FROZENSET,
    Ellipsis = tag::ELLIPSIS,
    NotImplemented = tag::NOT_IMPLEMENTED,
    /// A complex number (`runtime::complex`).
    Complex(PyRef<PyComplex>) = tag::COMPLEX,
    /// A bytearray (`runtime::bytearray`).
    ByteArray(PyRef<PyByteArray>) = tag::BYTEARRAY,
}

/// Tag byte values. Tags below `FIRST_HEAP` carry no heap reference.
pub mod tag {
    pub const UNBOUND: u8 = 0;
    pub const NONE: u8 = 1;
    pub const BOOL: u8 = 2;
    pub const INT: u8 = 3;
    pub const FLOAT: u8 = 4;
    pub const ELLIPSIS: u8 = 5;
    pub const NOT_IMPLEMENTED: u8 = 6;
    pub const BIGINT: u8 = 7;
    pub const STR: u8 = 8;
    pub const LIST: u8 = 9;
    pub const TUPLE: u8 = 10;
    pub const DICT: u8 = 11;
    pub const FUNCTION: u8 = 13;
    pub const BUILTIN: u8 = 14;
    pub const TYPE: u8 = 15;
    pub const EXCEPTION: u8 = 16;
    pub const MODULE: u8 = 17;
    pub const RANGE: u8 = 18;
    pub const RANGE_ITER: u8 = 19;
    pub const ITER: u8 = 20;
    pub const CELL: u8 = 21;
    pub const CODE: u8 = 22;
    pub const SLICE: u8 = 23;
    pub const DICT_VIEW: u8 = 24;
    pub const BYTES: u8 = 25;
    pub const NAMESPACE: u8 = 26;
    pub const OBJECT: u8 = 12;
    pub const SET: u8 = 27;
    pub const FROZENSET: u8 = 28;
    pub const COMPLEX: u8 = 29;
    pub const BYTEARRAY: u8 = 30;
    /// Number of tags.
    pub const COUNT: u8 = 31;
    /// Every tag from here up is a counted heap reference; every tag below
    /// is an inline value (so "owns a reference" is one comparison).
    pub const FIRST_HEAP: u8 = BIGINT;

    /// True when a value with this tag owns a heap reference.
    #[inline]
    pub const fn is_heap(t: u8) -> bool {
        t >= FIRST_HEAP
    }
}

/// Byte offset of the tag.
pub const TAG_OFFSET: i32 = 0;
/// Byte offset of a Bool's payload byte.
pub const BOOL_OFFSET: i32 = 1;
/// Byte offset of the 8-byte payload (Int, Float, heap pointer).
pub const PAYLOAD_OFFSET: i32 = 8;
/// Size of a `Value` in bytes.
pub const VALUE_SIZE: i32 = 16;

/// Byte `i` of the in-memory representation of `v`, at compile time.
const fn repr_byte(v: Value, i: usize) -> u8 {
    use std::mem::MaybeUninit;
    // SAFETY: any 16 bytes are a valid `[MaybeUninit<u8>; 16]`, and `Value` is
    // 16 bytes (asserted below); the value is consumed, so nothing is dropped.
    let raw: [MaybeUninit<u8>; 16] =
        unsafe { std::mem::transmute::<Value, [MaybeUninit<u8>; 16]>(v) };
    // SAFETY: the assertions below only read bytes that the variant in question
    // initialises (its tag byte and its payload bytes); const evaluation
    // would reject a read of an uninitialised byte.
    unsafe { raw[i].assume_init() }
}

// Compile-time proof of the layout the JIT relies on.
const _: () = {
    assert!(std::mem::size_of::<Value>() == VALUE_SIZE as usize);
    assert!(std::mem::align_of::<Value>() == 8);
    let t = TAG_OFFSET as usize;
    let p = PAYLOAD_OFFSET as usize;
    assert!(repr_byte(Value::Int(0x0102_0304_0506_0708), t) == tag::INT);
    assert!(repr_byte(Value::Int(0x0102_0304_0506_0708), p) == 0x08);
    assert!(repr_byte(Value::Int(0x0102_0304_0506_0708), p + 7) == 0x01);
    assert!(repr_byte(Value::Float(1.0), t) == tag::FLOAT);
    assert!(repr_byte(Value::Float(1.0), p + 7) == 0x3f);
    assert!(repr_byte(Value::Bool(true), t) == tag::BOOL);
    assert!(repr_byte(Value::Bool(true), BOOL_OFFSET as usize) == 1);
    assert!(repr_byte(Value::None, t) == tag::NONE);
    assert!(repr_byte(Value::Unbound, t) == tag::UNBOUND);
};

impl Value {
    /// The tag byte of this value.
    #[inline]
    pub fn tag(&self) -> u8 {
        // SAFETY: `Value` is `#[repr(u8)]`, so its first byte is the tag.
        unsafe { *(self as *const Value as *const u8) }
    }

    #[inline]
    pub fn is_unbound(&self) -> bool {
        matches!(self, Value::Unbound)
    }

    #[inline]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// A str value.
    pub fn str(s: &str) -> Value {
        Value::Str(PyRef::new(PyStr::new(s)))
    }

    /// A str value from an owned `String`.
    pub fn string(s: String) -> Value {
        Value::Str(PyRef::new(PyStr::from_string(s)))
    }

    /// A list value.
    pub fn list(items: Vec<Value>) -> Value {
        Value::List(PyRef::new(PyList::new(items)))
    }

    /// A tuple value.
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(PyRef::new(PyTuple::new(items)))
    }

    /// An int value from a `BigInt`, normalised to `Int` when it fits.
    pub fn from_bigint(b: BigInt) -> Value {
        match i64::try_from(&b) {
            Ok(i) => Value::Int(i),
            Err(_) => Value::BigInt(PyRef::new(b)),
        }
    }

    /// True for both `Value` references to the same object (Python `is`).
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (Unbound, Unbound) | (None, None) | (Ellipsis, Ellipsis) => true,
            (NotImplemented, NotImplemented) => true,
            (Bool(a), Bool(b)) => a == b,
            // Small ints and floats have no identity of their own; CPython caches
            // small ints, and equal inline values compare identical here.
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            _ => {
                tag::is_heap(self.tag())
                    && self.tag() == other.tag()
                    && self.heap_ptr() == other.heap_ptr()
            }
        }
    }

    /// The raw heap pointer of a heap value (null for inline values).
    pub fn heap_ptr(&self) -> *const u8 {
        use Value::*;
        match self {
            BigInt(r) => PyRef::as_ptr(r) as *const u8,
            Str(r) => PyRef::as_ptr(r) as *const u8,
            List(r) => PyRef::as_ptr(r) as *const u8,
            Tuple(r) => PyRef::as_ptr(r) as *const u8,
            Dict(r) => PyRef::as_ptr(r) as *const u8,
            Function(r) => PyRef::as_ptr(r) as *const u8,
            Builtin(r) => PyRef::as_ptr(r) as *const u8,
            Type(r) => PyRef::as_ptr(r) as *const u8,
            Exception(r) => PyRef::as_ptr(r) as *const u8,
            Module(r) => PyRef::as_ptr(r) as *const u8,
            Range(r) => PyRef::as_ptr(r) as *const u8,
            RangeIter(r) => PyRef::as_ptr(r) as *const u8,
            Iter(r) => PyRef::as_ptr(r) as *const u8,
            Cell(r) => PyRef::as_ptr(r) as *const u8,
            Code(r) => PyRef::as_ptr(r) as *const u8,
            Slice(r) => PyRef::as_ptr(r) as *const u8,
            DictView(r) => PyRef::as_ptr(r) as *const u8,
            Bytes(r) => PyRef::as_ptr(r) as *const u8,
            Namespace(r) => PyRef::as_ptr(r) as *const u8,
            Object(r) => PyRef::as_ptr(r) as *const u8,
            Set(r) | FrozenSet(r) => PyRef::as_ptr(r) as *const u8,
            Complex(r) => PyRef::as_ptr(r) as *const u8,
            ByteArray(r) => PyRef::as_ptr(r) as *const u8,
            Unbound | None | Bool(_) | Int(_) | Float(_) | Ellipsis | NotImplemented => {
                std::ptr::null()
            }
        }
    }

    /// The str payload, if this is a str.
    #[inline]
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s.as_str()),
            _ => Option::None,
        }
    }
}

/// The reference count of the box a heap value points to. Every heap variant
/// holds a `PyRef`, whose box is `#[repr(C)]` with the count first, and the
/// pointer is the payload word: so one code path serves all heap types.
#[inline(always)]
fn heap_count(v: &Value) -> &std::cell::Cell<usize> {
    debug_assert!(tag::is_heap(v.tag()));
    // SAFETY: `v` is a heap variant (checked by every caller), so its payload
    // word is a pointer to a live `RcBox<T>` whose first field is the count.
    unsafe {
        let payload =
            *((v as *const Value as *const u8).add(PAYLOAD_OFFSET as usize) as *const usize);
        &*(payload as *const std::cell::Cell<usize>)
    }
}

impl Clone for Value {
    /// Copies the 16 bytes and, for heap values, increments the count; this
    /// avoids the per-variant match a derived `clone` would do.
    #[inline(always)]
    fn clone(&self) -> Value {
        if tag::is_heap(self.tag()) {
            let c = heap_count(self);
            c.set(c.get() + 1);
        }
        // SAFETY: the bytes form a valid Value; for a heap value the count was
        // just incremented for the new copy, for others there is nothing to own.
        unsafe { std::ptr::read(self) }
    }
}

/// Drops `v`, decrementing in place unless this is the last reference (only
/// then does the per-type destructor run).
#[inline(always)]
pub fn release(v: Value) {
    if tag::is_heap(v.tag()) {
        let c = heap_count(&v);
        let n = c.get();
        if n > 1 {
            c.set(n - 1);
            std::mem::forget(v);
        } else {
            drop(v);
        }
    } else {
        std::mem::forget(v);
    }
}

/// `*slot = v` through `release` (the fast path for register writes).
#[inline(always)]
pub fn set(slot: &mut Value, v: Value) {
    release(std::mem::replace(slot, v));
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Unbound => write!(f, "<unbound>"),
            Value::None => write!(f, "None"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{x:?}"),
            Value::BigInt(b) => write!(f, "{}", **b),
            Value::Str(s) => write!(f, "{:?}", s.as_str()),
            other => write!(f, "<value tag {}>", other.tag()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_match_variants() {
        assert_eq!(Value::Unbound.tag(), tag::UNBOUND);
        assert_eq!(Value::Int(5).tag(), tag::INT);
        assert_eq!(Value::str("x").tag(), tag::STR);
        assert_eq!(Value::Ellipsis.tag(), tag::ELLIPSIS);
        assert!(tag::is_heap(tag::STR));
        assert!(!tag::is_heap(tag::FLOAT));
        assert!(!tag::is_heap(tag::ELLIPSIS));
        assert!(!tag::is_heap(tag::NOT_IMPLEMENTED));
        assert!(tag::is_heap(tag::COMPLEX));
        assert!(tag::is_heap(tag::BYTEARRAY));
    }

    #[test]
    fn heap_payload_is_the_box_pointer() {
        let v = Value::str("abc");
        let p = v.heap_ptr() as usize;
        // SAFETY: reading the payload word of a live Value.
        let raw = unsafe { *((&v as *const Value as *const u8).add(8) as *const usize) };
        assert_eq!(raw, p);
    }

    #[test]
    fn bigint_normalises() {
        assert!(matches!(Value::from_bigint(BigInt::from(7)), Value::Int(7)));
        let big = BigInt::from(i64::MAX) + 1;
        assert!(matches!(Value::from_bigint(big), Value::BigInt(_)));
    }
}
