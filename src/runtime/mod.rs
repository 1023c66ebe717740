//! The runtime: `Value`, the object model, and the built-in types' behaviour
//! (operators, hashing, formatting, iteration, subscripting, repr).
//!
//! Everything here is single-threaded and independent of the interpreter,
//! except that native functions are typed as taking the VM (`NativeFn`).

pub mod bytearray;
pub mod code;
pub mod complex;
pub mod dict;
pub mod finalize;
pub mod format;
pub mod hash;
pub mod host;
pub mod instance;
pub mod int;
pub mod iter;
pub mod object;
pub mod ops;
pub mod rc;
pub mod repr;
pub mod seq;
pub mod set;
pub mod traverse;
pub mod types;
pub mod value;

pub use code::PyCode;
pub use rc::PyRef;
pub use types::{ExcKind, PyErr, PyResult};
pub use value::Value;

/// Converts a formatting/parsing error into the Python exception CPython raises.
pub fn fmt_err(e: format::FmtError) -> PyErr {
    match e {
        format::FmtError::Value(m) => PyErr::new(ExcKind::ValueError, m),
        format::FmtError::Type(m) => PyErr::new(ExcKind::TypeError, m),
        format::FmtError::Overflow(m) => PyErr::new(ExcKind::OverflowError, m),
        format::FmtError::ZeroDiv(m) => PyErr::new(ExcKind::ZeroDivisionError, m),
    }
}
