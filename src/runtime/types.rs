//! Built-in type objects, the built-in exception hierarchy, and `PyErr`.
//!
//! Type objects are created once per thread (the runtime is single-threaded)
//! and shared by `PyRef`. `type_of` maps a value's tag to its type.

use super::object::{PyException, PyType, TypeKind};
use super::rc::PyRef;
use super::value::Value;
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
    Exception: BaseException,
    StopIteration: Exception,
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
    FileNotFoundError: OSError,
    PermissionError: OSError,
    RuntimeError: Exception,
    NotImplementedError: RuntimeError,
    RecursionError: RuntimeError,
    SyntaxError: Exception,
    IndentationError: SyntaxError,
    SystemError: Exception,
    TypeError: Exception,
    ValueError: Exception,
    UnicodeError: ValueError,
    UnicodeDecodeError: UnicodeError,
    UnicodeEncodeError: UnicodeError,
}

/// All built-in type objects.
pub struct Types {
    pub object: PyRef<PyType>,
    pub none: PyRef<PyType>,
    pub bool: PyRef<PyType>,
    pub int: PyRef<PyType>,
    pub float: PyRef<PyType>,
    pub str: PyRef<PyType>,
    pub list: PyRef<PyType>,
    pub tuple: PyRef<PyType>,
    pub dict: PyRef<PyType>,
    pub function: PyRef<PyType>,
    pub builtin_function: PyRef<PyType>,
    pub type_: PyRef<PyType>,
    pub module: PyRef<PyType>,
    pub range: PyRef<PyType>,
    pub range_iterator: PyRef<PyType>,
    pub iterator: PyRef<PyType>,
    pub cell: PyRef<PyType>,
    pub code: PyRef<PyType>,
    pub slice: PyRef<PyType>,
    pub dict_keys: PyRef<PyType>,
    pub dict_values: PyRef<PyType>,
    pub dict_items: PyRef<PyType>,
    pub bytes: PyRef<PyType>,
    pub simple_namespace: PyRef<PyType>,
    pub module_spec: PyRef<PyType>,
    pub ellipsis: PyRef<PyType>,
    pub not_implemented: PyRef<PyType>,
    /// Indexed by `ExcKind as usize`.
    pub exc: Vec<PyRef<PyType>>,
}

fn new_type(name: &str, base: Option<&PyRef<PyType>>, kind: TypeKind) -> PyRef<PyType> {
    PyRef::new(PyType {
        name: name.to_string(),
        base: base.cloned(),
        kind,
    })
}

impl Types {
    fn new() -> Types {
        let object = new_type("object", None, TypeKind::Object);
        let o = Some(&object);
        let int = new_type("int", o, TypeKind::Int);
        let mut exc: Vec<PyRef<PyType>> = Vec::with_capacity(ExcKind::ALL.len());
        for &k in ExcKind::ALL {
            let base = match k.base() {
                Some(b) => exc[b as usize].clone(),
                None => object.clone(),
            };
            exc.push(new_type(k.name(), Some(&base), TypeKind::Exception(k)));
        }
        Types {
            none: new_type("NoneType", o, TypeKind::NoneType),
            bool: new_type("bool", Some(&int), TypeKind::Bool),
            float: new_type("float", o, TypeKind::Float),
            str: new_type("str", o, TypeKind::Str),
            list: new_type("list", o, TypeKind::List),
            tuple: new_type("tuple", o, TypeKind::Tuple),
            dict: new_type("dict", o, TypeKind::Dict),
            function: new_type("function", o, TypeKind::Function),
            builtin_function: new_type("builtin_function_or_method", o, TypeKind::BuiltinFunction),
            type_: new_type("type", o, TypeKind::Type),
            module: new_type("module", o, TypeKind::Module),
            range: new_type("range", o, TypeKind::Range),
            range_iterator: new_type("range_iterator", o, TypeKind::RangeIterator),
            iterator: new_type("iterator", o, TypeKind::Iterator),
            cell: new_type("cell", o, TypeKind::Cell),
            code: new_type("code", o, TypeKind::Code),
            slice: new_type("slice", o, TypeKind::Slice),
            dict_keys: new_type("dict_keys", o, TypeKind::DictView),
            dict_values: new_type("dict_values", o, TypeKind::DictView),
            dict_items: new_type("dict_items", o, TypeKind::DictView),
            bytes: new_type("bytes", o, TypeKind::Bytes),
            simple_namespace: new_type("SimpleNamespace", o, TypeKind::Namespace),
            module_spec: new_type("ModuleSpec", o, TypeKind::Namespace),
            ellipsis: new_type("ellipsis", o, TypeKind::Ellipsis),
            not_implemented: new_type("NotImplementedType", o, TypeKind::NotImplementedType),
            int,
            exc,
            object,
        }
    }
}

thread_local! {
    static TYPES: Types = Types::new();
}

/// Runs `f` with the built-in types.
pub fn with_types<R>(f: impl FnOnce(&Types) -> R) -> R {
    TYPES.with(f)
}

/// The class object of built-in exception `k`.
pub fn exc_type(k: ExcKind) -> PyRef<PyType> {
    with_types(|t| t.exc[k as usize].clone())
}

/// `type(v)`.
pub fn type_of(v: &Value) -> PyRef<PyType> {
    with_types(|t| {
        match v {
            Value::Unbound | Value::None => &t.none,
            Value::Bool(_) => &t.bool,
            Value::Int(_) | Value::BigInt(_) => &t.int,
            Value::Float(_) => &t.float,
            Value::Str(_) => &t.str,
            Value::List(_) => &t.list,
            Value::Tuple(_) => &t.tuple,
            Value::Dict(_) => &t.dict,
            Value::Function(_) => &t.function,
            Value::Builtin(_) => &t.builtin_function,
            Value::Type(_) => &t.type_,
            Value::Exception(e) => return e.ty.clone(),
            Value::Module(_) => &t.module,
            Value::Range(_) => &t.range,
            Value::RangeIter(_) => &t.range_iterator,
            Value::Iter(_) => &t.iterator,
            Value::Cell(_) => &t.cell,
            Value::Code(_) => &t.code,
            Value::Slice(_) => &t.slice,
            Value::Bytes(_) => &t.bytes,
            Value::Namespace(n) => return n.ty.clone(),
            Value::DictView(v) => match v.which {
                0 => &t.dict_keys,
                1 => &t.dict_values,
                _ => &t.dict_items,
            },
            Value::Ellipsis => &t.ellipsis,
            Value::NotImplemented => &t.not_implemented,
        }
        .clone()
    })
}

/// The type name used in error messages (`'int'`, `'NoneType'`, ...).
pub fn type_name(v: &Value) -> String {
    match v {
        Value::Iter(it) => it.type_name.to_string(),
        _ => type_of(v).name.clone(),
    }
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
        write!(f, "PyErr({})", self.exc.ty.name)
    }
}

/// Makes an exception instance of class `ty` with `args`.
pub fn new_exception(ty: PyRef<PyType>, args: Vec<Value>) -> PyRef<PyException> {
    PyRef::new(PyException {
        ty,
        args: RefCell::new(args),
        traceback: RefCell::new(Vec::new()),
        cause: RefCell::new(Value::None),
        context: RefCell::new(Value::None),
        suppress_context: Cell::new(false),
        dict: RefCell::new(None),
    })
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
        self.exc.ty.is_subtype(&t)
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
