//! `pyjit -m compileall` and `pyjit -m py_compile`: writing caches ahead of
//! time, with CPython 3.11's command lines, output and exit statuses.
//!
//! * `compileall`: the command (directory walk, up-to-date check, progress
//!   lines, `-d`/`-s`/`-p` file-name rewriting).
//! * `py_compile`: the command, and `compile_source`, the shared step that
//!   compiles one file and writes its cache (CPython's `py_compile.compile`).
//! * `argparse`: just enough of Python's `argparse` for both command lines
//!   (clustered short flags, abbreviations, its error messages and status 2).
//! * `regex`: a backtracking subset of Python's `re` for `compileall -x`.
//!
//! Like CPython, neither command looks at `-B` / `PYTHONDONTWRITEBYTECODE`:
//! writing caches is their whole point. `PYTHONPYCACHEPREFIX` (and
//! `-X pycache_prefix=`) moves the cache files as it does for imports.
//! When `SOURCE_DATE_EPOCH` is set (and not empty) the default invalidation
//! mode is checked-hash, as in `py_compile._get_default_invalidation_mode`.

mod argparse;
mod compileall;
mod py_compile;
mod regex;

pub use compileall::compileall_main;
pub use py_compile::py_compile_main;

use crate::pyc::{self, Invalidation};
use crate::runtime::ExcKind;
use crate::runtime::Value;
use crate::runtime::format::str_repr;
use crate::runtime::object::PyException;
use crate::runtime::rc::PyRef;
use std::ffi::{OsStr, OsString};
use std::io::{self, Write};
use std::path::Path;

/// The invalidation mode used when none is given on the command line:
/// checked-hash when `SOURCE_DATE_EPOCH` is set and not empty (reproducible
/// builds), else timestamp.
fn default_invalidation() -> Invalidation {
    if std::env::var_os("SOURCE_DATE_EPOCH").is_some_and(|v| !v.is_empty()) {
        Invalidation::CheckedHash
    } else {
        Invalidation::Timestamp
    }
}

/// One line on standard output. Write errors (a closed pipe) are ignored, as
/// there is nowhere left to report them.
fn out_line(text: &str) {
    let mut out = io::stdout().lock();
    let _ = writeln!(out, "{text}");
}

/// Text on standard error, as is (no newline added).
fn err_text(text: &str) {
    let _ = io::stdout().flush();
    let _ = io::stderr().lock().write_all(text.as_bytes());
}

/// Python's `repr()` of a file name, as a `str` decoded with
/// `surrogateescape` (so an undecodable byte `b` shows as `\udcXX`).
fn py_repr(name: &OsStr) -> String {
    let bytes = name.as_encoded_bytes();
    if let Ok(text) = std::str::from_utf8(bytes) {
        return str_repr(text);
    }
    // CPython's quote choice looks at the whole string.
    let valid: String = bytes.utf8_chunks().map(|c| c.valid()).collect();
    let quote = if valid.contains('\'') && !valid.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(quote);
    for chunk in bytes.utf8_chunks() {
        let part = str_repr(chunk.valid());
        let inner = part.get(1..part.len().saturating_sub(1)).unwrap_or("");
        if part.starts_with('"') && quote == '\'' {
            // The chunk alone chose double quotes, so its single quotes are
            // bare; the whole string uses single quotes, which need escapes.
            out.push_str(&inner.replace('\'', "\\'"));
        } else {
            out.push_str(inner);
        }
        for b in chunk.invalid() {
            out.push_str(&format!("\\udc{b:02x}"));
        }
    }
    out.push(quote);
    out
}

/// The text of a file name for messages and recorded file names (lossy for
/// names that are not UTF-8).
fn text_of(name: &OsStr) -> String {
    name.to_string_lossy().into_owned()
}

/// A file name as CPython prints it inside a message: undecodable bytes
/// become surrogates, which the output's `backslashreplace` shows as `\udcXX`.
fn shown_name(name: &OsStr) -> String {
    let mut out = String::new();
    for chunk in name.as_encoded_bytes().utf8_chunks() {
        out.push_str(chunk.valid());
        for b in chunk.invalid() {
            out.push_str(&format!("\\udc{b:02x}"));
        }
    }
    out
}

/// Why compiling one file failed.
#[derive(Debug)]
enum Failure {
    /// `py_compile.PyCompileError`: the source does not compile. Holds the
    /// error's `msg` (for a `SyntaxError`, the traceback-style text, ending
    /// in a newline).
    Compile(String),
    /// An `OSError`: the exception class name and `str()` of the error.
    Os { class: &'static str, msg: String },
}

/// CPython's name for the `OSError` subclass an I/O error becomes.
fn os_error_class(e: &io::Error) -> &'static str {
    match e.kind() {
        io::ErrorKind::NotFound => "FileNotFoundError",
        io::ErrorKind::PermissionDenied => "PermissionError",
        io::ErrorKind::AlreadyExists => "FileExistsError",
        io::ErrorKind::IsADirectory => "IsADirectoryError",
        io::ErrorKind::NotADirectory => "NotADirectoryError",
        io::ErrorKind::Interrupted => "InterruptedError",
        _ => "OSError",
    }
}

/// An I/O error on `path` as the `OSError` CPython raises:
/// `[Errno 2] No such file or directory: 'x.py'`.
fn os_failure(e: &io::Error, path: &OsStr) -> Failure {
    let msg = match e.raw_os_error() {
        Some(code) => {
            let text = e.to_string();
            let suffix = format!(" (os error {code})");
            let strerror = text.strip_suffix(&suffix).unwrap_or(&text);
            format!("[Errno {code}] {strerror}: {}", py_repr(path))
        }
        None => e.to_string(),
    };
    Failure::Os {
        class: os_error_class(e),
        msg,
    }
}

/// An attribute of an exception's `__dict__` (a `SyntaxError`'s `filename`,
/// `lineno`, ...).
fn exc_attr(e: &PyRef<PyException>, name: &str) -> Option<Value> {
    e.dict
        .borrow()
        .as_ref()
        .and_then(|d| d.table.borrow().get_str(name))
}

/// `traceback.format_exception_only` for a `SyntaxError`: the location
/// block (`  File "...", line N`, the stripped source line and the carets),
/// then `SyntaxError: msg`, each line ending in a newline.
fn format_syntax_error(e: &PyRef<PyException>) -> String {
    let mut out = String::new();
    crate::vm::exc::syntax_location(e, &mut out);
    out.push_str(&crate::vm::exc::exception_summary(e));
    out.push('\n');
    out
}

/// `str()` of a `SyntaxError` subclass: `msg (file.py, line N)`, with the
/// file's base name, as CPython's `SyntaxError.__str__`.
fn syntax_error_str(e: &PyRef<PyException>) -> String {
    let msg = match exc_attr(e, "msg") {
        Some(Value::Str(m)) => m.as_str().to_string(),
        _ => String::new(),
    };
    let file = match exc_attr(e, "filename") {
        Some(Value::Str(f)) => {
            let f = f.as_str();
            Some(f.rsplit('/').next().unwrap_or(f).to_string())
        }
        _ => None,
    };
    let line = match exc_attr(e, "lineno") {
        Some(Value::Int(n)) => Some(n),
        _ => None,
    };
    match (file, line) {
        (Some(f), Some(n)) => format!("{msg} ({f}, line {n})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(n)) => format!("{msg} (line {n})"),
        (None, None) => msg,
    }
}

/// The message of the `PyCompileError` for a compile error: the
/// traceback-style text for a plain `SyntaxError`, else
/// `Sorry: Type: str(error)` (CPython tests `exc_type is SyntaxError`, so an
/// `IndentationError` takes the second form).
fn compile_error_message(err: &crate::compiler::CompileError, source: &str, file: &str) -> String {
    let py = crate::vm::compile::syntax_error(err, source, file);
    let exc = &py.exc;
    match exc.kind() {
        Some(ExcKind::SyntaxError) => format_syntax_error(exc),
        Some(ExcKind::IndentationError) => {
            format!(
                "Sorry: {}: {}",
                PyRef::ty(exc).name(),
                syntax_error_str(exc)
            )
        }
        _ => format!("Sorry: {}", crate::vm::exc::exception_summary(exc)),
    }
}

/// What `compile_source` is asked to do.
struct Job<'a> {
    /// The source file, as named on the command line or found by the walk.
    file: &'a OsStr,
    /// Where the cache goes.
    cfile: &'a Path,
    /// The name to record instead of the source's (`-d`, `-s`, `-p`); it is
    /// also the name in error messages.
    dfile: Option<&'a str>,
    invalidation: Invalidation,
}

/// CPython's `py_compile.compile(file, cfile, dfile, doraise=True)`: refuse
/// to replace a symlink or non-regular file, read and compile the source,
/// and write the cache atomically.
///
/// The code object records `dfile` when given, else the source's absolute
/// path (pyjit does not rewrite `co_filename` when it loads a cache the way
/// CPython's import does, so a relative name would leak into tracebacks).
/// Error messages name `dfile`, else the file as given, as CPython's do.
fn compile_source(job: &Job<'_>) -> Result<(), Failure> {
    let cfile = job.cfile;
    if let Ok(meta) = std::fs::symlink_metadata(cfile) {
        let shown = cfile.display();
        if meta.file_type().is_symlink() {
            return Err(Failure::Os {
                class: "FileExistsError",
                msg: format!(
                    "{shown} is a symlink and will be changed into a regular file if import writes a byte-compiled file to it"
                ),
            });
        }
        if !meta.is_file() {
            return Err(Failure::Os {
                class: "FileExistsError",
                msg: format!(
                    "{shown} is a non-regular file and will be changed into a regular one if import writes a byte-compiled file to it"
                ),
            });
        }
    }
    let source = std::fs::read(job.file).map_err(|e| os_failure(&e, job.file))?;
    if source.contains(&0) {
        return Err(Failure::Compile(
            "SyntaxError: source code string cannot contain null bytes\n".to_string(),
        ));
    }
    let given = shown_name(job.file);
    let shown_name = job.dfile.unwrap_or(&given);
    // The same decoding as the import system, so the cache holds what an
    // import would have compiled.
    let text = crate::vm::compile::decode_source(
        &source,
        shown_name,
        crate::vm::compile::SourceOf::Import,
    )
    .map_err(|e| {
        Failure::Compile(match e.exc.kind() {
            Some(ExcKind::SyntaxError) => format_syntax_error(&e.exc),
            _ => format!("Sorry: {}", crate::vm::exc::exception_summary(&e.exc)),
        })
    })?;
    let recorded = match job.dfile {
        Some(d) => d.to_string(),
        None => text_of(crate::vm::import::absolute(Path::new(job.file)).as_os_str()),
    };
    let code = crate::compiler::compile_module(&text, &recorded)
        .map_err(|e| Failure::Compile(compile_error_message(&e, &text, shown_name)))?;
    crate::bytecode::verify::verify(&code).map_err(|e| {
        Failure::Compile(format!(
            "Sorry: SystemError: compiler produced invalid code: {e}"
        ))
    })?;
    if let Some(dir) = cfile.parent()
        && !dir.as_os_str().is_empty()
    {
        std::fs::create_dir_all(dir).map_err(|e| os_failure(&e, dir.as_os_str()))?;
    }
    let meta = std::fs::metadata(job.file).map_err(|e| os_failure(&e, job.file))?;
    let stamp = pyc::source_stamp(&meta);
    pyc::write_cache(cfile, &code, job.invalidation, &source, stamp)
        .map_err(|e| os_failure(&e, cfile.as_os_str()))
}

/// Python's `os.path.join(a, b)` on POSIX strings.
fn path_join(a: &str, b: &str) -> String {
    if b.starts_with('/') {
        b.to_string()
    } else if a.is_empty() || a.ends_with('/') {
        format!("{a}{b}")
    } else {
        format!("{a}/{b}")
    }
}

/// `os.path.join(dir, name)` on file names that may not be UTF-8.
fn os_join(dir: &OsStr, name: &OsStr) -> OsString {
    let d = dir.as_encoded_bytes();
    if name.as_encoded_bytes().starts_with(b"/") {
        return name.to_os_string();
    }
    let mut out = dir.to_os_string();
    if !d.is_empty() && !d.ends_with(b"/") {
        out.push("/");
    }
    out.push(name);
    out
}

/// Whitespace as Python's `str.strip()` sees it.
fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// Splits text into lines the way a Python text file does (universal
/// newlines: `\n`, `\r\n` and `\r` all end a line); the line ends are
/// dropped and a final line end does not start another line.
fn text_lines(text: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        match rest.find(['\n', '\r']) {
            Some(i) => {
                lines.push(rest.get(..i).unwrap_or(""));
                let skip = if rest.get(i..i + 2) == Some("\r\n") {
                    2
                } else {
                    1
                };
                rest = rest.get(i + skip..).unwrap_or("");
            }
            None => {
                lines.push(rest);
                rest = "";
            }
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_like_posixpath() {
        assert_eq!(path_join("a", "b"), "a/b");
        assert_eq!(path_join("a/", "b"), "a/b");
        assert_eq!(path_join("", "b"), "b");
        assert_eq!(path_join("a", "/b"), "/b");
        assert_eq!(path_join("a", ""), "a/");
        assert_eq!(os_join(OsStr::new("d"), OsStr::new("x.py")), "d/x.py");
        assert_eq!(os_join(OsStr::new("d/"), OsStr::new("x.py")), "d/x.py");
        assert_eq!(os_join(OsStr::new(""), OsStr::new("x.py")), "x.py");
    }

    #[test]
    fn splits_lines_like_python() {
        assert_eq!(text_lines("a\nb\r\nc\rd"), vec!["a", "b", "c", "d"]);
        assert_eq!(text_lines("a\n\nb\n"), vec!["a", "", "b"]);
        assert!(text_lines("").is_empty());
    }

    #[test]
    fn reprs_like_python() {
        assert_eq!(py_repr(OsStr::new("a.py")), "'a.py'");
        assert_eq!(py_repr(OsStr::new("it's.py")), "\"it's.py\"");
        #[cfg(unix)]
        {
            use std::os::unix::ffi::OsStrExt;
            let name = OsStr::from_bytes(b"a\xffb.py");
            assert_eq!(py_repr(name), "'a\\udcffb.py'");
            let name = OsStr::from_bytes(b"it's\xff\".py");
            assert_eq!(py_repr(name), "'it\\'s\\udcff\".py'");
        }
    }

    #[test]
    fn os_errors_read_like_python() {
        let e = io::Error::from_raw_os_error(2);
        match os_failure(&e, OsStr::new("nope.py")) {
            Failure::Os { class, msg } => {
                assert_eq!(class, "FileNotFoundError");
                assert_eq!(msg, "[Errno 2] No such file or directory: 'nope.py'");
            }
            Failure::Compile(m) => panic!("unexpected {m}"),
        }
    }
}
