//! Compiling source into runnable code, and turning compile errors into
//! `SyntaxError` exceptions with CPython's attributes.

use crate::bytecode::verify;
use crate::compiler::{self, CompileError, CompileErrorKind, LineIndex};
use crate::runtime::object::PyDict;
use crate::runtime::types::{ExcKind, PyErr, PyResult};
use crate::runtime::{PyCode, PyRef, Value};

/// What a piece of source is compiled as (`compile()`'s `mode`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    /// A module: a sequence of statements.
    Exec,
    /// A single expression, whose value the code returns.
    Eval,
    /// One interactive statement: expression statements print their value.
    Single,
}

impl Mode {
    /// The mode named by `compile()`'s argument.
    pub fn from_name(name: &str) -> Option<Mode> {
        match name {
            "exec" => Some(Mode::Exec),
            "eval" => Some(Mode::Eval),
            "single" => Some(Mode::Single),
            _ => None,
        }
    }
}

/// Compiles module source and wraps the verified code object.
pub fn compile_to_pycode(source: &str, filename: &str) -> PyResult<PyRef<PyCode>> {
    compile_mode(source, filename, Mode::Exec)
}

/// Compiles source in `mode` and wraps the verified code object.
pub fn compile_mode(source: &str, filename: &str, mode: Mode) -> PyResult<PyRef<PyCode>> {
    let compiled = match mode {
        Mode::Exec => compiler::compile_module(source, filename),
        Mode::Eval => compiler::compile_eval(source, filename),
        Mode::Single => compiler::compile_single(source, filename),
    };
    let code = compiled.map_err(|e| syntax_error(&e, source, filename))?;
    verify::verify(&code).map_err(|e| {
        PyErr::new(
            ExcKind::SystemError,
            format!("compiler produced invalid code: {e}"),
        )
    })?;
    Ok(PyRef::new(PyCode::new(code)))
}

/// The `SyntaxError` (or `NotImplementedError` for unsupported constructs) for
/// a compile error.
pub fn syntax_error(e: &CompileError, source: &str, filename: &str) -> PyErr {
    let lines = LineIndex::new(source);
    let (line, col) = lines.line_col(e.range.start().to_u32().min(source.len() as u32));
    let (end_line, end_col) = lines.line_col(e.range.end().to_u32().min(source.len() as u32));
    let text = source
        .lines()
        .nth(line.saturating_sub(1) as usize)
        .unwrap_or("")
        .to_string();
    let to_chars = |l: &str, byte: u32| {
        l.get(..byte as usize)
            .map_or(byte as usize, |s| s.chars().count())
    };
    let offset = to_chars(&text, col) + 1;
    // CPython's `text` keeps the line's newline only when the source has one.
    let terminated = source
        .split_inclusive('\n')
        .nth(line.saturating_sub(1) as usize)
        .is_some_and(|l| l.ends_with('\n'));
    let text = if terminated {
        format!("{text}\n")
    } else {
        text
    };
    let end_text = source
        .lines()
        .nth(end_line.saturating_sub(1) as usize)
        .unwrap_or("");
    let end_offset = to_chars(end_text, end_col) + 1;
    let kind = match e.kind {
        CompileErrorKind::Syntax => {
            if e.msg.starts_with("unindent")
                || e.msg.starts_with("unexpected indent")
                || e.msg.starts_with("expected an indented block")
            {
                ExcKind::IndentationError
            } else {
                ExcKind::SyntaxError
            }
        }
        CompileErrorKind::NotImplemented => {
            return PyErr::new(
                ExcKind::NotImplementedError,
                format!("{} ({filename}, line {line})", e.msg),
            );
        }
    };
    let msg = e.msg.clone();
    let details = Value::tuple(vec![
        Value::str(filename),
        Value::Int(i64::from(line)),
        Value::Int(offset as i64),
        Value::string(text.clone()),
        Value::Int(i64::from(end_line)),
        Value::Int(end_offset as i64),
    ]);
    let err = PyErr::with_args(kind, vec![Value::string(msg.clone()), details]);
    let d = PyRef::new(PyDict::new());
    {
        let mut t = d.table.borrow_mut();
        t.insert_str("msg", Value::string(msg));
        t.insert_str("filename", Value::str(filename));
        t.insert_str("lineno", Value::Int(i64::from(line)));
        t.insert_str("offset", Value::Int(offset as i64));
        t.insert_str("text", Value::string(text));
        t.insert_str("end_lineno", Value::Int(i64::from(end_line)));
        t.insert_str("end_offset", Value::Int(end_offset as i64));
    }
    *err.exc.dict.borrow_mut() = Some(d);
    err
}
