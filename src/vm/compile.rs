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
    let code = compiled.map_err(|e| syntax_error_in(&e, source, filename, mode))?;
    verify::verify(&code).map_err(|e| {
        PyErr::new(
            ExcKind::SystemError,
            format!("compiler produced invalid code: {e}"),
        )
    })?;
    Ok(PyRef::new(PyCode::new(code)))
}

/// The `SyntaxError` (or `NotImplementedError` for unsupported constructs) for
/// a compile error in module (`exec`) source.
pub fn syntax_error(e: &CompileError, source: &str, filename: &str) -> PyErr {
    syntax_error_in(e, source, filename, Mode::Exec)
}

/// `syntax_error` for source compiled in `mode`.
pub fn syntax_error_in(e: &CompileError, source: &str, filename: &str, mode: Mode) -> PyErr {
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
    // CPython's `text` keeps the line's newline; module source always has
    // one (its tokenizer ends the last line with an implicit newline), an
    // `eval`/`single` source only where the text has one.
    let terminated = e.newline
        && (mode == Mode::Exec
            || source
                .split_inclusive('\n')
                .nth(line.saturating_sub(1) as usize)
                .is_some_and(|l| l.ends_with('\n')));
    let text = if terminated {
        format!("{text}\n")
    } else {
        text
    };
    let end_text = source
        .lines()
        .nth(end_line.saturating_sub(1) as usize)
        .unwrap_or("");
    let (end_line, end_offset) = if e.has_end {
        (end_line, to_chars(end_text, end_col) + 1)
    } else {
        (line, 0)
    };
    let kind = match e.kind {
        CompileErrorKind::Syntax => {
            if e.msg.starts_with("inconsistent use of tabs") {
                ExcKind::TabError
            } else if e.msg.starts_with("unindent")
                || e.msg.starts_with("unexpected indent")
                || e.msg.starts_with("expected an indented block")
                || e.msg.starts_with("too many levels of indentation")
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
    // The compiler proper reads the line from the file (CPython's
    // `PyErr_ProgramTextObject`): source that is not in a file has none.
    let text = if e.compiler && !std::path::Path::new(filename).is_file() {
        Value::None
    } else {
        Value::string(text)
    };
    let details = Value::tuple(vec![
        Value::str(filename),
        Value::Int(i64::from(line)),
        Value::Int(offset as i64),
        text.clone(),
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
        t.insert_str("text", text);
        t.insert_str("end_lineno", Value::Int(i64::from(end_line)));
        t.insert_str("end_offset", Value::Int(end_offset as i64));
    }
    *err.exc.dict.borrow_mut() = Some(d);
    err
}

/// Who is decoding a source file: the messages for bad encodings differ
/// between the main script and an import, as CPython's do.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SourceOf {
    Script,
    Import,
}

/// The encoding named by a PEP 263 declaration (`# -*- coding: NAME -*-`)
/// on one of the first two lines (the second only when the first is blank or
/// a comment), if any.
fn coding_cookie(bytes: &[u8]) -> Option<String> {
    let mut lines = bytes.split(|b| *b == b'\n');
    for (i, line) in lines.by_ref().take(2).enumerate() {
        let trimmed = line
            .iter()
            .position(|b| !matches!(b, b' ' | b'\t' | b'\x0c'))
            .map_or(&[][..], |p| &line[p..]);
        if trimmed.first() != Some(&b'#') {
            if i == 0 && !trimmed.iter().all(|b| matches!(b, b'\r')) {
                return None;
            }
            continue;
        }
        let text = String::from_utf8_lossy(trimmed);
        let Some(at) = text.find("coding") else {
            continue;
        };
        let rest = &text[at + "coding".len()..];
        let Some(rest) = rest.strip_prefix([':', '=']) else {
            continue;
        };
        let name: String = rest
            .trim_start_matches([' ', '\t'])
            .chars()
            .take_while(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
            .collect();
        if !name.is_empty() {
            return Some(name);
        }
    }
    None
}

enum Codec {
    Utf8,
    Latin1,
    Ascii,
}

fn codec_named(name: &str) -> Option<Codec> {
    let n = name.to_ascii_lowercase().replace('_', "-");
    if n == "utf-8" || n == "utf8" || n.starts_with("utf-8-") {
        return Some(Codec::Utf8);
    }
    match n.as_str() {
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "iso-latin-1" | "l1" => {
            Some(Codec::Latin1)
        }
        "ascii" | "us-ascii" => Some(Codec::Ascii),
        _ => None,
    }
}

fn source_syntax_error(
    msg: String,
    filename: Option<&str>,
    line: u32,
    text: Option<String>,
) -> PyErr {
    let Some(filename) = filename else {
        return PyErr::new(ExcKind::SyntaxError, msg);
    };
    let details = Value::tuple(vec![
        Value::str(filename),
        Value::Int(i64::from(line)),
        Value::None,
        text.clone().map_or(Value::None, Value::string),
    ]);
    let err = PyErr::with_args(
        ExcKind::SyntaxError,
        vec![Value::string(msg.clone()), details],
    );
    let d = PyRef::new(PyDict::new());
    {
        let mut t = d.table.borrow_mut();
        t.insert_str("msg", Value::string(msg));
        t.insert_str("filename", Value::str(filename));
        t.insert_str("lineno", Value::Int(i64::from(line)));
        t.insert_str("offset", Value::None);
        t.insert_str("text", text.map_or(Value::None, Value::string));
    }
    *err.exc.dict.borrow_mut() = Some(d);
    err
}

/// Decodes the bytes of a source file as CPython does: a UTF-8 byte-order
/// mark is dropped, a PEP 263 coding declaration selects the encoding
/// (UTF-8, Latin-1 or ASCII), and undecodable bytes or NUL bytes are a
/// `SyntaxError` naming the file and line.
pub fn decode_source(bytes: &[u8], filename: &str, of: SourceOf) -> PyResult<String> {
    let (body, bom) = match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => (rest, true),
        None => (bytes, false),
    };
    let line_of = |pos: usize| 1 + body[..pos].iter().filter(|b| **b == b'\n').count() as u32;
    let codec = match coding_cookie(body) {
        None => Codec::Utf8,
        Some(name) => match codec_named(&name) {
            Some(Codec::Utf8) => Codec::Utf8,
            Some(c) if bom => {
                // CPython names the codec by its canonical name here.
                let canonical = match c {
                    Codec::Latin1 => "iso-8859-1",
                    _ => "ascii",
                };
                return Err(source_syntax_error(
                    format!("encoding problem: {canonical} with BOM"),
                    None,
                    0,
                    None,
                ));
            }
            Some(c) => c,
            None => {
                return Err(match of {
                    SourceOf::Script => {
                        source_syntax_error(format!("encoding problem: {name}"), None, 0, None)
                    }
                    SourceOf::Import => source_syntax_error(
                        format!("unknown encoding: {name}"),
                        Some(filename),
                        0,
                        None,
                    ),
                });
            }
        },
    };
    let text = match codec {
        Codec::Utf8 => match std::str::from_utf8(body) {
            Ok(s) => s.to_string(),
            Err(e) if of == SourceOf::Import => {
                // Imports compile the bytes, so the error is the tokenizer's
                // decode error at the line holding the bad byte.
                let pos = e.valid_up_to();
                let byte = body.get(pos).copied().unwrap_or(0);
                let why = match e.error_len() {
                    None => "unexpected end of data",
                    Some(_) if (0x80..0xc2).contains(&byte) || byte >= 0xf5 => "invalid start byte",
                    Some(_) => "invalid continuation byte",
                };
                let start = body[..pos]
                    .iter()
                    .rposition(|b| *b == b'\n')
                    .map_or(0, |p| p + 1);
                let end = body[pos..]
                    .iter()
                    .position(|b| *b == b'\n')
                    .map_or(body.len(), |p| pos + p);
                let line_text = String::from_utf8_lossy(&body[start..end]).into_owned();
                return Err(source_syntax_error(
                    format!(
                        "(unicode error) 'utf-8' codec can't decode byte {byte:#04x} in position \
                         {}: {why}",
                        pos - start
                    ),
                    Some(filename),
                    line_of(pos),
                    Some(line_text),
                ));
            }
            Err(e) => {
                let pos = e.valid_up_to();
                let byte = body.get(pos).copied().unwrap_or(0);
                return Err(source_syntax_error(
                    format!(
                        "Non-UTF-8 code starting with '\\x{byte:02x}' in file {filename} on line \
                         {}, but no encoding declared; see https://peps.python.org/pep-0263/ for \
                         details",
                        line_of(pos)
                    ),
                    None,
                    0,
                    None,
                ));
            }
        },
        Codec::Latin1 => body.iter().map(|&b| char::from(b)).collect(),
        Codec::Ascii => match body.iter().position(|b| *b >= 0x80) {
            None => body.iter().map(|&b| char::from(b)).collect(),
            Some(pos) => {
                return Err(source_syntax_error(
                    format!(
                        "(unicode error) 'ascii' codec can't decode byte {:#04x} in position \
                         {pos}: ordinal not in range(128)",
                        body[pos]
                    ),
                    Some(filename),
                    line_of(pos),
                    None,
                ));
            }
        },
    };
    if let Some(pos) = text.find('\0') {
        let line_start = text[..pos].rfind('\n').map_or(0, |p| p + 1);
        let line = 1 + text[..pos].matches('\n').count() as u32;
        return Err(source_syntax_error(
            "source code cannot contain null bytes".to_string(),
            Some(filename),
            line,
            Some(text[line_start..pos].to_string()),
        ));
    }
    Ok(text)
}
