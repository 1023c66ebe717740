//! Built-in type objects, the built-in exception hierarchy, and `PyErr`.
//!
//! Type objects are created once per thread (the runtime is single-threaded)
//! and shared by `PyRef`. `type_of` maps a value's tag to its type.

use super::code::PyCode;
use super::object::{
    DictView, PyBuiltin, PyBytes, PyCell, PyDict, PyException, PyFunction, PyIter, PyList,
    PyModule, PyNamespace, PyRange, PySlice, PyStr, PyTuple, PyType, RangeIter, TypeKind,
    type_flags,
};
use super::rc::{IMMORTAL, PyPayload, PyRef, RcBox, TYPE_OFFSET};
use super::value::{PAYLOAD_OFFSET, Value, tag};
use std::cell::{Cell, RefCell};

macro_rules! exceptions {
    ($($kind:ident : $base:ident),* $(,)?) => {
        /// The built-in exception classes.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum ExcKind { $($kind),* }

        impl ExcKind {
            /// Every built-in exception class; a base always precedes its subclasses.
            pub const ALL: &'static [ExcKind] = &[$(ExcKind::$kind),*];

            /// The class name.
            pub fn name(self) -> &'static str {
                match self { $(ExcKind::$kind => stringify!($kind)),* }
            }

            /// The base class, `None` for BaseException.
            pub fn base(self) -> Option<ExcKind> {
                match self { $(ExcKind::$kind => exceptions!(@base $base)),* }
            }
        }
    };
    (@base Root) => { None };
    (@base $b:ident) => { Some(ExcKind::$b) };
}

exceptions! {
    BaseException: Root,
    SystemExit: BaseException,
    KeyboardInterrupt: BaseException,
    GeneratorExit: BaseException,
    BaseExceptionGroup: BaseException,
    Exception: BaseException,
    ExceptionGroup: BaseExceptionGroup,
    StopIteration: Exception,
    StopAsyncIteration: Exception,
    ArithmeticError: Exception,
    FloatingPointError: ArithmeticError,
    OverflowError: ArithmeticError,
    ZeroDivisionError: ArithmeticError,
    AssertionError: Exception,
    AttributeError: Exception,
    BufferError: Exception,
    EOFError: Exception,
    ImportError: Exception,
    ModuleNotFoundError: ImportError,
    LookupError: Exception,
    IndexError: LookupError,
    KeyError: LookupError,
    MemoryError: Exception,
    NameError: Exception,
    UnboundLocalError: NameError,
    OSError: Exception,
    BlockingIOError: OSError,
    ChildProcessError: OSError,
    ConnectionError: OSError,
    BrokenPipeError: ConnectionError,
    ConnectionAbortedError: ConnectionError,
    ConnectionRefusedError: ConnectionError,
    ConnectionResetError: ConnectionError,
    FileExistsError: OSError,
    FileNotFoundError: OSError,
    InterruptedError: OSError,
    IsADirectoryError: OSError,
    NotADirectoryError: OSError,
    PermissionError: OSError,
    ProcessLookupError: OSError,
    TimeoutError: OSError,
    ReferenceError: Exception,
    RuntimeError: Exception,
    NotImplementedError: RuntimeError,
    RecursionError: RuntimeError,
    SyntaxError: Exception,
    IndentationError: SyntaxError,
    TabError: IndentationError,
    SystemError: Exception,
    TypeError: Exception,
    ValueError: Exception,
    UnicodeError: ValueError,
    UnicodeDecodeError: UnicodeError,
    UnicodeEncodeError: UnicodeError,
    UnicodeTranslateError: UnicodeError,
    Warning: Exception,
    BytesWarning: Warning,
    DeprecationWarning: Warning,
    EncodingWarning: Warning,
    FutureWarning: Warning,
    ImportWarning: Warning,
    PendingDeprecationWarning: Warning,
    ResourceWarning: Warning,
    RuntimeWarning: Warning,
    SyntaxWarning: Warning,
    UnicodeWarning: Warning,
    UserWarning: Warning,
}

impl ExcKind {
    /// The exception whose instance layout this one's instances have in
    /// CPython: the nearest class (itself included) that adds fields to its
    /// base's. Multiple inheritance only combines exception classes whose
    /// layouts lie on one chain (`class E(KeyError, AttributeError)` is
    /// allowed, `class E(OSError, AttributeError)` is a lay-out conflict).
    pub fn layout(self) -> ExcKind {
        use ExcKind::*;
        match self {
            BaseException
            | BaseExceptionGroup
            | StopIteration
            | SystemExit
            | ImportError
            | OSError
            | SyntaxError
            | UnicodeDecodeError
            | UnicodeEncodeError
            | UnicodeTranslateError
            | AttributeError
            | NameError => self,
            _ => match self.base() {
                Some(b) => b.layout(),
                None => self,
            },
        }
    }
}

macro_rules! builtin_types {
    ($($field:ident : $name:literal, $kind:ident, $base:ident, $flags:expr;)*) => {
        /// All built-in type objects (immortal: created once per thread).
        pub struct Types {
            $(pub $field: PyRef<PyType>,)*
            /// Indexed by `ExcKind as usize`.
            pub exc: Vec<PyRef<PyType>>,
        }

        /// Indices of the built-in types in the per-thread pointer table that
        /// `PyPayload::default_type` reads.
        #[allow(non_camel_case_types)]
        #[derive(Clone, Copy)]
        #[repr(usize)]
        pub enum TypeId { $($field,)* COUNT }

        impl Types {
            fn new() -> Types {
                let mut made: Vec<PyRef<PyType>> = Vec::new();
                $(
                    let base = builtin_types!(@base made, $base);
                    let t = new_type($name, base, TypeKind::$kind, $flags);
                    made.push(t);
                )*
                let mut it = made.into_iter();
                let object = {
                    // `object` is first in the table.
                    let o = it.next();
                    match o { Some(o) => o, None => unreachable!() }
                };
                let mut exc: Vec<PyRef<PyType>> = Vec::with_capacity(ExcKind::ALL.len());
                for &k in ExcKind::ALL {
                    let base = match k.base() {
                        Some(b) => exc[b as usize].clone(),
                        None => object.clone(),
                    };
                    exc.push(new_type(k.name(), Some(base), TypeKind::Exception(k), BASE));
                }
                // ExceptionGroup(BaseExceptionGroup, Exception): the one
                // built-in exception class with two bases.
                {
                    let eg = &exc[ExcKind::ExceptionGroup as usize];
                    let beg = exc[ExcKind::BaseExceptionGroup as usize].clone();
                    let e = exc[ExcKind::Exception as usize].clone();
                    eg.bases.borrow_mut().push(e.clone());
                    let base_exc = exc[ExcKind::BaseException as usize].clone();
                    *eg.mro.borrow_mut() = vec![beg, e.clone(), base_exc, object.clone()];
                    e.subclasses.borrow_mut().push(PyRef::as_ptr(eg));
                }
                let mut rest = std::iter::once(object).chain(it);
                Types {
                    $($field: match rest.next() { Some(t) => t, None => unreachable!() },)*
                    exc,
                }
            }

            /// Every built-in type, exceptions included.
            pub fn all(&self) -> Vec<&PyRef<PyType>> {
                let mut v = vec![$(&self.$field,)*];
                v.extend(self.exc.iter());
                v
            }

            fn table(&self) -> [*const RcBox<PyType>; TypeId::COUNT as usize] {
                [$(PyRef::as_ptr(&self.$field),)*]
            }
        }
    };
    (@base $made:ident, None) => { None };
    (@base $made:ident, object) => { Some($made[0].clone()) };
    (@base $made:ident, int) => { Some($made[TypeId::int as usize].clone()) };
}

const BASE: u32 = type_flags::BASETYPE;
const FINAL: u32 = 0;
/// Generators and coroutines are closed when dropped while suspended.
const GEN: u32 = type_flags::FINALIZE;

builtin_types! {
    object: "object", Object, None, BASE;
    type_: "type", Type, object, BASE;
    none: "NoneType", NoneType, object, FINAL;
    int: "int", Int, object, BASE;
    bool: "bool", Bool, int, FINAL;
    float: "float", Float, object, BASE;
    str: "str", Str, object, BASE;
    list: "list", List, object, BASE;
    tuple: "tuple", Tuple, object, BASE;
    dict: "dict", Dict, object, BASE;
    function: "function", Function, object, FINAL;
    builtin_function: "builtin_function_or_method", BuiltinFunction, object, FINAL;
    method_descriptor: "method_descriptor", BuiltinFunction, object, FINAL;
    wrapper_descriptor: "wrapper_descriptor", BuiltinFunction, object, FINAL;
    method_wrapper: "method-wrapper", BuiltinFunction, object, FINAL;
    module: "module", Module, object, BASE;
    range: "range", Range, object, FINAL;
    range_iterator: "range_iterator", RangeIterator, object, FINAL;
    list_iterator: "list_iterator", Iterator, object, FINAL;
    list_reverseiterator: "list_reverseiterator", Iterator, object, FINAL;
    tuple_iterator: "tuple_iterator", Iterator, object, FINAL;
    str_iterator: "str_iterator", Iterator, object, FINAL;
    bytes_iterator: "bytes_iterator", Iterator, object, FINAL;
    dict_keyiterator: "dict_keyiterator", Iterator, object, FINAL;
    dict_valueiterator: "dict_valueiterator", Iterator, object, FINAL;
    dict_itemiterator: "dict_itemiterator", Iterator, object, FINAL;
    reversed: "reversed", Iterator, object, BASE;
    enumerate: "enumerate", Iterator, object, BASE;
    zip: "zip", Iterator, object, BASE;
    iterator: "iterator", Iterator, object, FINAL;
    cell: "cell", Cell, object, FINAL;
    code: "code", Code, object, FINAL;
    slice: "slice", Slice, object, FINAL;
    dict_keys: "dict_keys", DictView, object, FINAL;
    dict_values: "dict_values", DictView, object, FINAL;
    dict_items: "dict_items", DictView, object, FINAL;
    bytes: "bytes", Bytes, object, BASE;
    simple_namespace: "SimpleNamespace", Namespace, object, BASE;
    module_spec: "ModuleSpec", Namespace, object, BASE;
    ellipsis: "ellipsis", Ellipsis, object, FINAL;
    not_implemented: "NotImplementedType", NotImplementedType, object, FINAL;
    method: "method", Method, object, FINAL;
    staticmethod: "staticmethod", StaticMethod, object, BASE;
    classmethod: "classmethod", ClassMethod, object, BASE;
    property: "property", Property, object, BASE;
    super_: "super", Super, object, BASE;
    member_descriptor: "member_descriptor", Method, object, FINAL;
    getset_descriptor: "getset_descriptor", Method, object, FINAL;
    generic_alias: "GenericAlias", Method, object, FINAL;
    union_type: "UnionType", Method, object, FINAL;
    mappingproxy: "mappingproxy", Method, object, FINAL;
    generator: "generator", Generator, object, GEN;
    coroutine: "coroutine", Generator, object, GEN;
    async_generator: "async_generator", Generator, object, GEN;
    async_generator_asend: "async_generator_asend", Generator, object, FINAL;
    async_generator_athrow: "async_generator_athrow", Generator, object, FINAL;
    coroutine_wrapper: "coroutine_wrapper", Generator, object, FINAL;
    frame: "frame", Object, object, FINAL;
    set: "set", Set, object, BASE;
    frozenset: "frozenset", FrozenSet, object, BASE;
    set_iterator: "set_iterator", Iterator, object, FINAL;
    map: "map", Iterator, object, FINAL;
    filter: "filter", Iterator, object, FINAL;
    callable_iterator: "callable_iterator", Iterator, object, FINAL;
    complex: "complex", Complex, object, BASE;
    bytearray: "bytearray", ByteArray, object, BASE;
    bytearray_iterator: "bytearray_iterator", Iterator, object, FINAL;
    traceback: "traceback", Method, object, FINAL;
}

/// A built-in type object with the MRO of single inheritance. Its header and
/// its dict's header are patched once `type` and `dict` exist (`Types::new`).
fn new_type(name: &str, base: Option<PyRef<PyType>>, kind: TypeKind, flags: u32) -> PyRef<PyType> {
    // SAFETY: null header types are only made here, during bootstrap, and
    // patched by `init_types` before any other code sees them.
    let dict = unsafe { PyRef::new_raw_typed(PyDict::new(), std::ptr::null()) };
    let mro: Vec<PyRef<PyType>> = match &base {
        Some(b) => std::iter::once(b.clone())
            .chain(b.mro.borrow().iter().cloned())
            .collect(),
        None => Vec::new(),
    };
    let bases: Vec<PyRef<PyType>> = base.iter().cloned().collect();
    let t = PyType::new(name, kind, flags, bases, dict);
    *t.mro.borrow_mut() = mro;
    // SAFETY: as above.
    let t = unsafe { PyRef::new_raw_typed(t, std::ptr::null()) };
    if let Some(b) = &base {
        b.subclasses.borrow_mut().push(PyRef::as_ptr(&t));
    }
    t
}

/// A native type made after start-up (for example `dis.Instruction`),
/// deriving from `base` by single inheritance.
pub fn new_native_type(name: &str, base: &PyRef<PyType>, kind: TypeKind) -> PyRef<PyType> {
    let t = PyType::new(
        name,
        kind,
        type_flags::BASETYPE,
        vec![base.clone()],
        PyRef::new(PyDict::new()),
    );
    *t.mro.borrow_mut() = std::iter::once(base.clone())
        .chain(base.mro.borrow().iter().cloned())
        .collect();
    let t = PyRef::new(t);
    base.subclasses.borrow_mut().push(PyRef::as_ptr(&t));
    t
}

thread_local! {
    static TYPES: Types = init_types();
    /// Addresses of the built-in types' boxes, by `TypeId` (null until `TYPES` is made).
    static TYPE_TABLE: Cell<[*const RcBox<PyType>; TypeId::COUNT as usize]> =
        const { Cell::new([std::ptr::null(); TypeId::COUNT as usize]) };
    static BOOTSTRAPPING: Cell<bool> = const { Cell::new(false) };
}

/// Creates the built-in types, makes them immortal and patches the headers
/// left null during bootstrap.
fn init_types() -> Types {
    BOOTSTRAPPING.with(|b| b.set(true));
    let t = Types::new();
    BOOTSTRAPPING.with(|b| b.set(false));
    let ty_ptr = PyRef::as_ptr(&t.type_);
    let dict_ptr = PyRef::as_ptr(&t.dict);
    for ty in t.all() {
        // SAFETY: every type box is live (held by `t`); headers are written
        // before any other code can read them. Immortal counts are never
        // decremented to zero, so the uncounted header references are sound.
        unsafe {
            let b = PyRef::as_ptr(ty);
            (*b).count.set(IMMORTAL);
            (*b).ty.set(ty_ptr);
            let d = PyRef::as_ptr(&ty.dict);
            (*d).ty.set(dict_ptr);
            (*d).count.set((*d).count.get() + IMMORTAL);
        }
    }
    TYPE_TABLE.with(|tt| tt.set(t.table()));
    t
}

/// The box of built-in type `id` (null only while the types are being made).
#[inline]
pub fn builtin_type_ptr(id: TypeId) -> *const RcBox<PyType> {
    let p = TYPE_TABLE.with(|tt| tt.get()[id as usize]);
    if !p.is_null() {
        return p;
    }
    // First use on this thread: make the types (not while already making them).
    if BOOTSTRAPPING.with(|b| b.get()) {
        return p;
    }
    let _ = TYPES.try_with(|_| ());
    TYPE_TABLE.with(|tt| tt.get()[id as usize])
}

macro_rules! payload_types {
    ($($t:ty => $id:ident),* $(,)?) => {
        $(impl PyPayload for $t {
            #[inline]
            fn default_type() -> *const RcBox<PyType> {
                builtin_type_ptr(TypeId::$id)
            }
        })*
    };
}

payload_types! {
    PyType => type_,
    PyException => object,
    PyIter => list_iterator,
    DictView => dict_keys,
    PyNamespace => simple_namespace,
    crate::runtime::instance::PyInstance => object,
    PyStr => str,
    PyList => list,
    PyTuple => tuple,
    PyDict => dict,
    num_bigint::BigInt => int,
    PyFunction => function,
    PyBuiltin => builtin_function,
    PyModule => module,
    PyRange => range,
    RangeIter => range_iterator,
    PyCell => cell,
    PyCode => code,
    PySlice => slice,
    PyBytes => bytes,
    crate::runtime::set::PySet => set,
    crate::runtime::complex::PyComplex => complex,
    crate::runtime::bytearray::PyByteArray => bytearray,
}

/// Runs `f` with the built-in types.
pub fn with_types<R>(f: impl FnOnce(&Types) -> R) -> R {
    TYPES.with(f)
}

/// The class object of built-in exception `k`.
pub fn exc_type(k: ExcKind) -> PyRef<PyType> {
    with_types(|t| t.exc[k as usize].clone())
}

/// The type of an inline (non-heap) value.
fn inline_type(v: &Value) -> PyRef<PyType> {
    with_types(|t| {
        match v {
            Value::Bool(_) => &t.bool,
            Value::Int(_) => &t.int,
            Value::Float(_) => &t.float,
            Value::Ellipsis => &t.ellipsis,
            Value::NotImplemented => &t.not_implemented,
            _ => &t.none,
        }
        .clone()
    })
}

/// The box of a heap value's type, read from the object header.
#[inline]
pub fn heap_type_ptr(v: &Value) -> *const RcBox<PyType> {
    debug_assert!(tag::is_heap(v.tag()));
    // SAFETY: a heap value's payload word points to a live box whose header
    // (the same for every payload type) has the type at TYPE_OFFSET.
    unsafe {
        let boxp =
            *((v as *const Value as *const u8).add(PAYLOAD_OFFSET as usize) as *const *const u8);
        *(boxp.add(TYPE_OFFSET) as *const *const RcBox<PyType>)
    }
}

/// `type(v)`.
pub fn type_of(v: &Value) -> PyRef<PyType> {
    if tag::is_heap(v.tag()) {
        let p = heap_type_ptr(v);
        // SAFETY: the header holds a counted reference to a live type; the
        // count is incremented for the reference returned.
        unsafe {
            (*p).count.set((*p).count.get() + 1);
            PyRef::from_raw(p)
        }
    } else {
        inline_type(v)
    }
}

/// `type(v)` borrowed for the duration of `f` (no reference counting).
pub fn with_type_of<R>(v: &Value, f: impl FnOnce(&PyType) -> R) -> R {
    if tag::is_heap(v.tag()) {
        // SAFETY: the object (kept alive by `v` for the call) owns a count on its type.
        f(unsafe { &(*heap_type_ptr(v)).value })
    } else {
        f(&inline_type(v))
    }
}

/// The type name used in error messages (`'int'`, `'NoneType'`, ...).
pub fn type_name(v: &Value) -> String {
    with_type_of(v, |t| t.name().to_string())
}

// ----- errors --------------------------------------------------------------------

/// A raised Python exception travelling through Rust code.
#[derive(Clone)]
pub struct PyErr {
    pub exc: PyRef<PyException>,
}

/// The result of anything that can raise.
pub type PyResult<T> = Result<T, PyErr>;

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PyErr({})", PyRef::ty(&self.exc).name())
    }
}

/// Makes an exception instance of class `ty` with `args`.
pub fn new_exception(ty: PyRef<PyType>, args: Vec<Value>) -> PyRef<PyException> {
    PyRef::new_typed(
        PyException {
            args: RefCell::new(args),
            traceback: RefCell::new(Value::None),
            tb_pending: RefCell::new(Vec::new()),
            cause: RefCell::new(Value::None),
            context: RefCell::new(Value::None),
            suppress_context: Cell::new(false),
            dict: RefCell::new(None),
        },
        ty,
    )
}

impl PyErr {
    /// A built-in exception with a single message argument.
    pub fn new(kind: ExcKind, msg: impl Into<String>) -> PyErr {
        PyErr::with_args(kind, vec![Value::string(msg.into())])
    }

    /// A built-in exception with the given arguments.
    pub fn with_args(kind: ExcKind, args: Vec<Value>) -> PyErr {
        PyErr {
            exc: new_exception(exc_type(kind), args),
        }
    }

    /// True when the exception is an instance of `kind` (or a subclass).
    pub fn matches(&self, kind: ExcKind) -> bool {
        let t = exc_type(kind);
        PyRef::ty(&self.exc).is_subtype(&t)
    }

    /// The exception as a value.
    pub fn value(&self) -> Value {
        Value::Exception(self.exc.clone())
    }
}

/// `TypeError(msg)`.
pub fn type_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcKind::TypeError, msg)
}
/// `ValueError(msg)`.
pub fn value_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcKind::ValueError, msg)
}
/// `IndexError(msg)`.
pub fn index_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcKind::IndexError, msg)
}
/// `ZeroDivisionError(msg)`.
pub fn zero_division(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcKind::ZeroDivisionError, msg)
}
/// `OverflowError(msg)`.
pub fn overflow_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcKind::OverflowError, msg)
}
/// `AttributeError(msg)`.
pub fn attribute_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcKind::AttributeError, msg)
}
/// `KeyError(key)`: the key itself is the argument.
pub fn key_error(key: Value) -> PyErr {
    PyErr::with_args(ExcKind::KeyError, vec![key])
}
/// `RuntimeError(msg)`.
pub fn runtime_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcKind::RuntimeError, msg)
}
/// `MemoryError()`.
pub fn memory_error() -> PyErr {
    PyErr::with_args(ExcKind::MemoryError, vec![])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hierarchy() {
        let zde = exc_type(ExcKind::ZeroDivisionError);
        assert!(zde.is_subtype(&exc_type(ExcKind::ArithmeticError)));
        assert!(zde.is_subtype(&exc_type(ExcKind::BaseException)));
        assert!(!zde.is_subtype(&exc_type(ExcKind::LookupError)));
        assert!(with_types(|t| t.bool.is_subtype(&t.int)));
        let e = PyErr::new(ExcKind::KeyError, "x");
        assert!(e.matches(ExcKind::LookupError));
    }
}
