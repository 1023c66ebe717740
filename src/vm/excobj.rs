//! Methods and constructors of the built-in exception classes that need more
//! than `args`: `add_note`, `with_traceback`, `OSError`'s errno attributes and
//! errno → subclass mapping, and `BaseExceptionGroup`/`ExceptionGroup`.

use super::Vm;
use crate::runtime::object::{NativeFn, PyDict, PyException, PyType, TypeKind};
use crate::runtime::types::{
    ExcKind, PyErr, PyResult, exc_type, new_exception, type_error, type_name,
};
use crate::runtime::{PyRef, Value};

type Kw<'a> = &'a [(crate::runtime::PyRef<crate::runtime::object::PyStr>, Value)];

/// Natives installed in `BaseException`'s dict.
pub(crate) const BASE_EXCEPTION: &[(&str, NativeFn)] = &[
    ("add_note", exc_add_note),
    ("with_traceback", exc_with_traceback),
];

/// Natives installed in `BaseExceptionGroup`'s dict.
pub(crate) const EXCEPTION_GROUP: &[(&str, NativeFn)] = &[
    ("subgroup", eg_subgroup),
    ("split", eg_split),
    ("derive", eg_derive),
];

fn receiver<'a>(args: &'a [Value], name: &str) -> PyResult<&'a PyRef<PyException>> {
    match args.first() {
        Some(Value::Exception(e)) => Ok(e),
        other => Err(super::methods::wrong_receiver(name, "BaseException", other)),
    }
}

fn dict_get(e: &PyRef<PyException>, name: &str) -> Option<Value> {
    e.dict
        .borrow()
        .as_ref()
        .and_then(|d| d.table.borrow().get_str(name))
}

fn dict_set(e: &PyRef<PyException>, name: &str, v: Value) {
    let mut slot = e.dict.borrow_mut();
    let d = slot.get_or_insert_with(|| PyRef::new(PyDict::new()));
    d.table.borrow_mut().insert_str(name, v);
}

/// `BaseException.add_note(note)`.
fn exc_add_note(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let e = receiver(args, "add_note")?;
    if args.len() != 2 {
        return Err(type_error(format!(
            "BaseException.add_note() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    let note = &args[1];
    let is_str = matches!(note, Value::Str(_))
        || crate::runtime::types::type_of(note)
            .is_subtype(&crate::runtime::types::with_types(|t| t.str.clone()));
    if !is_str {
        return Err(type_error(format!(
            "note must be a str, not '{}'",
            type_name(note)
        )));
    }
    match dict_get(e, "__notes__") {
        None => dict_set(e, "__notes__", Value::list(vec![note.clone()])),
        Some(Value::List(l)) => l.items.borrow_mut().push(note.clone()),
        Some(_) => return Err(type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(Value::None)
}

/// `BaseException.with_traceback(tb)`: returns the exception itself.
fn exc_with_traceback(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let e = receiver(args, "with_traceback")?;
    if args.len() != 2 {
        return Err(type_error(format!(
            "BaseException.with_traceback() takes exactly one argument ({} given)",
            args.len() - 1
        )));
    }
    super::traceback::check_traceback(&args[1])?;
    super::traceback::set_traceback(e, args[1].clone());
    Ok(args[0].clone())
}

/// The notes of an exception as a traceback prints them: `str()` of each
/// item of a sequence `__notes__` ("<note str() failed>" when that raises),
/// each on its own line, or the repr of anything else (CPython writes no
/// newline after that one).
pub(crate) fn notes_text(vm: &mut Vm, e: &PyRef<PyException>) -> String {
    let notes = match vm.getattr(&Value::Exception(e.clone()), "__notes__") {
        Ok(Value::None) | Err(_) => return String::new(),
        Ok(n) => n,
    };
    let items = match &notes {
        Value::List(l) => l.items.borrow().clone(),
        Value::Tuple(t) => t.items.to_vec(),
        // A str is a sequence too: one note per character.
        Value::Str(s) => s
            .as_str()
            .chars()
            .map(|c| Value::string(c.to_string()))
            .collect(),
        other => {
            return vm
                .repr_of(other)
                .unwrap_or_else(|_| "<__notes__ repr() failed>".to_string());
        }
    };
    let mut out = String::new();
    for n in &items {
        let text = vm
            .str_of(n)
            .unwrap_or_else(|_| "<note str() failed>".to_string());
        out.push_str(&text);
        out.push('\n');
    }
    out
}

// ----- OSError -----------------------------------------------------------------------

/// True for OSError and its built-in subclasses.
pub fn is_os_error(k: ExcKind) -> bool {
    let mut cur = Some(k);
    while let Some(c) = cur {
        if c == ExcKind::OSError {
            return true;
        }
        cur = c.base();
    }
    false
}

fn errno_subclass(errno: i64) -> Option<ExcKind> {
    Some(match errno {
        11 | 114 | 115 => ExcKind::BlockingIOError,
        10 => ExcKind::ChildProcessError,
        32 | 108 => ExcKind::BrokenPipeError,
        103 => ExcKind::ConnectionAbortedError,
        111 => ExcKind::ConnectionRefusedError,
        104 => ExcKind::ConnectionResetError,
        17 => ExcKind::FileExistsError,
        2 => ExcKind::FileNotFoundError,
        21 => ExcKind::IsADirectoryError,
        20 => ExcKind::NotADirectoryError,
        4 => ExcKind::InterruptedError,
        1 | 13 => ExcKind::PermissionError,
        3 => ExcKind::ProcessLookupError,
        110 => ExcKind::TimeoutError,
        _ => return None,
    })
}

/// Constructs an OSError (or subclass) instance: `OSError(errno, strerror,
/// filename, winerror, filename2)`; a plain OSError with a known errno
/// becomes the subclass for it (`FileNotFoundError`, ...).
pub fn make_os_error(
    vm: &mut Vm,
    t: &PyRef<PyType>,
    args: &[Value],
) -> PyResult<PyRef<PyException>> {
    let k = match t.kind {
        TypeKind::Exception(k) => k,
        _ => ExcKind::OSError,
    };
    let mut ty = t.clone();
    if k == ExcKind::OSError
        && !t.is_heap()
        && (2..=5).contains(&args.len())
        && let Value::Int(n) = args[0]
        && let Some(sub) = errno_subclass(n)
    {
        ty = exc_type(sub);
    }
    let k = match ty.kind {
        TypeKind::Exception(k) => k,
        _ => k,
    };
    let (stored, attrs) = os_error_fields(vm, k, args)?;
    let e = new_exception(ty, stored);
    for (name, v) in attrs {
        dict_set(&e, name, v);
    }
    Ok(e)
}

/// Attributes an exception constructor sets, by name.
type Fields = Vec<(&'static str, Value)>;

/// What `OSError(errno, strerror, filename, winerror, filename2)` keeps:
/// the stored `args` (only errno and strerror when a filename is given)
/// and the attributes set from them (none unless 2 to 5 arguments are
/// given). A BlockingIOError's third argument, when a number, is its
/// `characters_written` instead of a filename.
fn os_error_fields(vm: &mut Vm, k: ExcKind, args: &[Value]) -> PyResult<(Vec<Value>, Fields)> {
    if !(2..=5).contains(&args.len()) {
        return Ok((args.to_vec(), Vec::new()));
    }
    let mut attrs = vec![("errno", args[0].clone()), ("strerror", args[1].clone())];
    let mut stored = args.to_vec();
    match args.get(2) {
        Some(n)
            if k == ExcKind::BlockingIOError
                && matches!(
                    n,
                    Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_)
                ) =>
        {
            let written = vm.index_value(n)?;
            attrs.push(("characters_written", Value::Int(written)));
        }
        Some(f) if !f.is_none() => {
            attrs.push(("filename", f.clone()));
            attrs.push(("filename2", args.get(4).cloned().unwrap_or(Value::None)));
            stored.truncate(2);
        }
        _ => {}
    }
    Ok((stored, attrs))
}

/// The fields a SyntaxError or Unicode error takes from its arguments
/// (CPython's `SyntaxError.__init__`, `UnicodeDecodeError.__init__`, ...),
/// checked and stored in its dict where the attribute getters and `str()`
/// find them (assigning an attribute replaces them there).
fn init_fields(vm: &mut Vm, e: &PyRef<PyException>, k: ExcKind, args: &[Value]) -> PyResult<()> {
    match k.layout() {
        ExcKind::SyntaxError => {
            let mut fields = vec![("msg", args.first().cloned().unwrap_or(Value::None))];
            if let [_, info] = args {
                let info = vm.collect(info)?;
                if !(4..=6).contains(&info.len()) {
                    return Err(type_error(format!(
                        "function takes at {} {} arguments ({} given)",
                        if info.len() < 4 { "least" } else { "most" },
                        if info.len() < 4 { 4 } else { 6 },
                        info.len()
                    )));
                }
                let names = [
                    "filename",
                    "lineno",
                    "offset",
                    "text",
                    "end_lineno",
                    "end_offset",
                ];
                for (i, name) in names.iter().enumerate() {
                    fields.push((name, info.get(i).cloned().unwrap_or(Value::None)));
                }
            }
            for (name, v) in fields {
                dict_set(e, name, v);
            }
        }
        layout @ (ExcKind::UnicodeDecodeError
        | ExcKind::UnicodeEncodeError
        | ExcKind::UnicodeTranslateError) => {
            let k = layout;
            // (encoding,) object, start, end, reason.
            let translate = k == ExcKind::UnicodeTranslateError;
            let want = if translate { 4 } else { 5 };
            if args.len() != want {
                return Err(type_error(format!(
                    "function takes exactly {want} arguments ({} given)",
                    args.len()
                )));
            }
            let must_be_str = |i: usize| -> PyResult<()> {
                if matches!(args[i], Value::Str(_)) {
                    return Ok(());
                }
                Err(type_error(format!(
                    "argument {} must be str, not {}",
                    i + 1,
                    type_name(&args[i])
                )))
            };
            let (enc, rest) = if translate {
                (Value::None, args)
            } else {
                must_be_str(0)?;
                (args[0].clone(), &args[1..])
            };
            let object = if k == ExcKind::UnicodeDecodeError {
                match crate::runtime::bytearray::bytes_like(&rest[0]) {
                    Some(b) => Value::Bytes(PyRef::new(crate::runtime::object::PyBytes::new(b))),
                    None => {
                        return Err(type_error(format!(
                            "a bytes-like object is required, not '{}'",
                            type_name(&rest[0])
                        )));
                    }
                }
            } else {
                must_be_str(want - 4)?;
                rest[0].clone()
            };
            let start = vm.index_value(&rest[1])?;
            let end = vm.index_value(&rest[2])?;
            must_be_str(want - 1)?;
            for (name, v) in [
                ("encoding", enc),
                ("object", object),
                ("start", Value::Int(start)),
                ("end", Value::Int(end)),
                ("reason", rest[3].clone()),
            ] {
                dict_set(e, name, v);
            }
        }
        _ => {}
    }
    Ok(())
}

/// True when exceptions of kind `k` take fields from their arguments
/// (`init_fields`).
pub fn has_init_fields(k: ExcKind) -> bool {
    matches!(
        k.layout(),
        ExcKind::SyntaxError
            | ExcKind::UnicodeDecodeError
            | ExcKind::UnicodeEncodeError
            | ExcKind::UnicodeTranslateError
    )
}

/// The keyword arguments the `__init__` of an exception with this layout
/// accepts, and the class named in the message for an unknown one.
fn init_keywords(k: ExcKind) -> Option<(&'static str, &'static [&'static str])> {
    match k.layout() {
        ExcKind::ImportError => Some(("ImportError", &["name", "path"])),
        ExcKind::AttributeError => Some(("AttributeError", &["name", "obj"])),
        ExcKind::NameError => Some(("NameError", &["name"])),
        _ => None,
    }
}

/// `BaseException.__init__(self, *args, **kw)` and the fields the built-in
/// exception classes set from their arguments: `args`, OSError's errno
/// attributes, SyntaxError's and the Unicode errors' fields, and the
/// keyword-only `name`/`path`/`obj` of ImportError, AttributeError and
/// NameError (other exceptions take no keywords).
pub fn init_exception(vm: &mut Vm, e: &PyRef<PyException>, args: &[Value], kw: Kw) -> PyResult<()> {
    let k = e.kind().unwrap_or(ExcKind::BaseException);
    match init_keywords(k) {
        None if !kw.is_empty() => {
            return Err(type_error(format!(
                "{}() takes no keyword arguments",
                PyRef::ty(e).name()
            )));
        }
        None => {}
        Some((owner, allowed)) => {
            for (name, _) in kw {
                if !allowed.contains(&name.as_str()) {
                    return Err(type_error(format!(
                        "'{}' is an invalid keyword argument for {owner}()",
                        name.as_str()
                    )));
                }
            }
            for (name, v) in kw {
                dict_set(e, name.as_str(), v.clone());
            }
        }
    }
    if is_os_error(k) {
        let (stored, attrs) = os_error_fields(vm, k, args)?;
        *e.args.borrow_mut() = stored;
        for (name, v) in attrs {
            dict_set(e, name, v);
        }
    } else {
        *e.args.borrow_mut() = args.to_vec();
        init_fields(vm, e, k, args)?;
    }
    Ok(())
}

/// `str()` of an OSError with errno attributes, None to use the default.
pub fn os_error_str(e: &PyRef<PyException>) -> PyResult<Option<String>> {
    use crate::runtime::repr::{repr, str_of};
    let get = |n: &str| dict_get(e, n).unwrap_or(Value::None);
    let (errno, strerror, filename, filename2) = (
        get("errno"),
        get("strerror"),
        get("filename"),
        get("filename2"),
    );
    if !matches!(filename, Value::None) {
        let head = format!(
            "[Errno {}] {}: {}",
            str_of(&errno)?,
            str_of(&strerror)?,
            repr(&filename)?
        );
        if !matches!(filename2, Value::None) {
            return Ok(Some(format!("{head} -> {}", repr(&filename2)?)));
        }
        return Ok(Some(head));
    }
    if !matches!(errno, Value::None) && !matches!(strerror, Value::None) {
        return Ok(Some(format!(
            "[Errno {}] {}",
            str_of(&errno)?,
            str_of(&strerror)?
        )));
    }
    Ok(None)
}

/// `str()` of a SyntaxError: its `msg`, followed by the base name of its
/// `filename` and its `lineno` where those are set (a str and an int).
pub fn syntax_error_str(e: &PyRef<PyException>) -> PyResult<Option<String>> {
    use crate::runtime::repr::str_of;
    if e.kind().map(ExcKind::layout) != Some(ExcKind::SyntaxError) {
        return Ok(None);
    }
    let msg = dict_get(e, "msg")
        .or_else(|| e.args.borrow().first().cloned())
        .unwrap_or(Value::None);
    let msg = str_of(&msg)?;
    let file = match dict_get(e, "filename") {
        Some(Value::Str(f)) => Some(f.as_str().rsplit('/').next().unwrap_or("").to_string()),
        _ => None,
    };
    let line = match dict_get(e, "lineno") {
        Some(Value::Int(n)) => Some(n),
        _ => None,
    };
    Ok(Some(match (file, line) {
        (Some(f), Some(n)) => format!("{msg} ({f}, line {n})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(n)) => format!("{msg} (line {n})"),
        (None, None) => msg,
    }))
}

// ----- exception groups ---------------------------------------------------------------

fn is_group(k: Option<ExcKind>) -> bool {
    matches!(
        k,
        Some(ExcKind::BaseExceptionGroup | ExcKind::ExceptionGroup)
    )
}

/// Constructs a `BaseExceptionGroup(message, exceptions)` (or ExceptionGroup).
pub fn make_group(vm: &mut Vm, t: &PyRef<PyType>, args: &[Value]) -> PyResult<PyRef<PyException>> {
    if args.len() != 2 {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.len()
        )));
    }
    if !matches!(args[0], Value::Str(_)) {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            type_name(&args[0])
        )));
    }
    let items = match &args[1] {
        Value::List(l) => l.items.borrow().clone(),
        Value::Tuple(t) => t.items.to_vec(),
        _ => {
            return Err(type_error(
                "second argument (exceptions) must be a sequence",
            ));
        }
    };
    let _ = vm;
    if items.is_empty() {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "second argument (exceptions) must be a non-empty sequence".to_string(),
        ));
    }
    let exception = exc_type(ExcKind::Exception);
    let mut all_exceptions = true;
    for (i, it) in items.iter().enumerate() {
        match it {
            Value::Exception(e) => {
                if !PyRef::ty(e).is_subtype(&exception) {
                    all_exceptions = false;
                }
            }
            _ => {
                return Err(PyErr::new(
                    ExcKind::ValueError,
                    format!("Item {i} of second argument (exceptions) is not an exception"),
                ));
            }
        }
    }
    let mut ty = t.clone();
    let base_group = exc_type(ExcKind::BaseExceptionGroup);
    if PyRef::ptr_eq(t, &base_group) {
        if all_exceptions {
            ty = exc_type(ExcKind::ExceptionGroup);
        }
    } else if t.is_subtype(&exception) && !all_exceptions {
        return Err(type_error(
            "Cannot nest BaseExceptions in an ExceptionGroup",
        ));
    }
    Ok(new_exception(ty, args.to_vec()))
}

/// `message` and `exceptions` of a group.
pub fn group_attr(e: &PyRef<PyException>, name: &str) -> Option<Value> {
    if !is_group(e.kind()) {
        return None;
    }
    let args = e.args.borrow();
    match name {
        "message" => Some(args.first().cloned().unwrap_or(Value::None)),
        "exceptions" => Some(Value::tuple(group_items(&args))),
        _ => None,
    }
}

fn group_items(args: &[Value]) -> Vec<Value> {
    match args.get(1) {
        Some(Value::List(l)) => l.items.borrow().clone(),
        Some(Value::Tuple(t)) => t.items.to_vec(),
        _ => Vec::new(),
    }
}

/// `str()` of a group: `msg (N sub-exceptions)`.
pub fn group_str(e: &PyRef<PyException>) -> Option<String> {
    if !is_group(e.kind()) {
        return None;
    }
    let args = e.args.borrow();
    let msg = match args.first() {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => return None,
    };
    let n = group_items(&args).len();
    Some(format!(
        "{msg} ({n} sub-exception{})",
        if n == 1 { "" } else { "s" }
    ))
}

fn group_recv<'a>(args: &'a [Value], name: &str) -> PyResult<&'a PyRef<PyException>> {
    match args.first() {
        Some(Value::Exception(e)) if is_group(e.kind()) => Ok(e),
        _ => Err(type_error(format!(
            "descriptor '{name}' requires a 'BaseExceptionGroup' object"
        ))),
    }
}

fn matches_cond(vm: &mut Vm, exc: &Value, cond: &Value) -> PyResult<bool> {
    match cond {
        Value::Type(t) if t.is_exception() => super::exc::exception_matches(exc, cond),
        Value::Tuple(_) => super::exc::exception_matches(exc, cond),
        _ => {
            let r = vm.call_value(cond, std::slice::from_ref(exc), &[])?;
            vm.truthy(&r)
        }
    }
}

fn check_cond(cond: &Value) -> PyResult<()> {
    let ok = match cond {
        Value::Type(t) => t.is_exception(),
        Value::Tuple(t) => t
            .items
            .iter()
            .all(|c| matches!(c, Value::Type(t) if t.is_exception())),
        Value::Function(_) | Value::Builtin(_) | Value::Object(_) => true,
        _ => false,
    };
    if ok {
        Ok(())
    } else {
        Err(type_error(
            "expected an exception type, a tuple of exception types, or a callable (other than a class)",
        ))
    }
}

/// `derive(excs)` then copy traceback, cause, context and notes.
fn derive_copy(vm: &mut Vm, e: &PyRef<PyException>, items: Vec<Value>) -> PyResult<Value> {
    let made = derive(vm, e, Value::list(items))?;
    if let Value::Exception(n) = &made {
        super::traceback::set_traceback(n, super::traceback::traceback_of(e));
        *n.cause.borrow_mut() = e.cause.borrow().clone();
        *n.context.borrow_mut() = e.context.borrow().clone();
        if let Some(Value::List(l)) = dict_get(e, "__notes__") {
            dict_set(n, "__notes__", Value::list(l.items.borrow().clone()));
        }
    }
    Ok(made)
}

fn derive(vm: &mut Vm, e: &PyRef<PyException>, items: Value) -> PyResult<Value> {
    let ty = PyRef::ty(e);
    if ty.is_heap()
        && let Some(d) = ty.lookup("derive")
        && !super::descr::is_native(&d, eg_derive)
    {
        return vm.call_value(&d, &[Value::Exception(e.clone()), items], &[]);
    }
    let msg = e.args.borrow().first().cloned().unwrap_or(Value::None);
    Ok(Value::Exception(make_group(
        vm,
        &exc_type(ExcKind::BaseExceptionGroup),
        &[msg, items],
    )?))
}

/// Splits `e` by `cond`: (matching part, rest), each None when empty.
fn split_rec(vm: &mut Vm, e: &PyRef<PyException>, cond: &Value) -> PyResult<(Value, Value)> {
    let me = Value::Exception(e.clone());
    if matches_cond(vm, &me, cond)? {
        return Ok((me, Value::None));
    }
    if !is_group(e.kind()) {
        return Ok((Value::None, me));
    }
    let items = group_items(&e.args.borrow());
    let (mut yes, mut no) = (Vec::new(), Vec::new());
    for it in &items {
        let Value::Exception(sub) = it else { continue };
        let (m, r) = split_rec(vm, sub, cond)?;
        if !matches!(m, Value::None) {
            yes.push(m);
        }
        if !matches!(r, Value::None) {
            no.push(r);
        }
    }
    let m = if yes.is_empty() {
        Value::None
    } else {
        derive_copy(vm, e, yes)?
    };
    let r = if no.is_empty() {
        Value::None
    } else {
        derive_copy(vm, e, no)?
    };
    Ok((m, r))
}

fn eg_subgroup(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let e = group_recv(args, "subgroup")?;
    let Some(cond) = args.get(1) else {
        return Err(type_error(
            "subgroup() takes exactly one argument (0 given)",
        ));
    };
    check_cond(cond)?;
    Ok(split_rec(vm, e, cond)?.0)
}

fn eg_split(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let e = group_recv(args, "split")?;
    let Some(cond) = args.get(1) else {
        return Err(type_error("split() takes exactly one argument (0 given)"));
    };
    check_cond(cond)?;
    let (m, r) = split_rec(vm, e, cond)?;
    Ok(Value::tuple(vec![m, r]))
}

fn eg_derive(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let e = group_recv(args, "derive")?;
    let Some(items) = args.get(1) else {
        return Err(type_error("derive() takes exactly one argument (0 given)"));
    };
    let msg = e.args.borrow().first().cloned().unwrap_or(Value::None);
    Ok(Value::Exception(make_group(
        vm,
        &exc_type(ExcKind::BaseExceptionGroup),
        &[msg, items.clone()],
    )?))
}

// ----- Unicode errors -----------------------------------------------------------------

/// A `UnicodeDecodeError(encoding, object, start, end, reason)`.
pub fn decode_error(encoding: &str, data: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    PyErr::with_args(
        ExcKind::UnicodeDecodeError,
        vec![
            Value::str(encoding),
            Value::Bytes(PyRef::new(crate::runtime::object::PyBytes::new(
                data.to_vec(),
            ))),
            Value::Int(start as i64),
            Value::Int(end as i64),
            Value::str(reason),
        ],
    )
}

/// The five arguments of a Unicode{De,En}codeError built with them.
fn unicode_args(e: &PyRef<PyException>) -> Option<Vec<Value>> {
    let k = e.kind()?;
    if !matches!(k, ExcKind::UnicodeDecodeError | ExcKind::UnicodeEncodeError) {
        return None;
    }
    let args = e.args.borrow();
    (args.len() == 5
        && matches!(args[0], Value::Str(_))
        && matches!(args[2], Value::Int(_))
        && matches!(args[3], Value::Int(_)))
    .then(|| args.clone())
}

/// `encoding`, `object`, `start`, `end`, `reason` of a Unicode error.
pub fn unicode_error_attr(e: &PyRef<PyException>, name: &str) -> Option<Value> {
    let args = unicode_args(e)?;
    let i = ["encoding", "object", "start", "end", "reason"]
        .iter()
        .position(|n| *n == name)?;
    args.get(i).cloned()
}

/// `str()` of a Unicode{De,En}codeError or UnicodeTranslateError from its
/// fields (set by its `__init__`, or the arguments of one the runtime raised).
pub fn unicode_error_str(e: &PyRef<PyException>) -> PyResult<Option<String>> {
    use crate::runtime::repr::str_of;
    let kind = match e.kind().map(ExcKind::layout) {
        Some(
            k @ (ExcKind::UnicodeDecodeError
            | ExcKind::UnicodeEncodeError
            | ExcKind::UnicodeTranslateError),
        ) => k,
        _ => return Ok(None),
    };
    let field = |name: &str| dict_get(e, name).or_else(|| unicode_error_attr(e, name));
    let (Some(object), Some(Value::Int(start)), Some(Value::Int(end)), Some(reason)) = (
        field("object"),
        field("start"),
        field("end"),
        field("reason"),
    ) else {
        return Ok(None);
    };
    let enc = match field("encoding") {
        Some(v) if kind != ExcKind::UnicodeTranslateError => str_of(&v)?,
        _ => String::new(),
    };
    let reason = str_of(&reason)?;
    let single = end == start + 1;
    let s = match (&object, kind) {
        (Value::Bytes(b), ExcKind::UnicodeDecodeError) => {
            match (
                single,
                usize::try_from(start).ok().and_then(|i| b.data.get(i)),
            ) {
                (true, Some(byte)) => format!(
                    "'{enc}' codec can't decode byte 0x{byte:02x} in position {start}: {reason}"
                ),
                _ => format!(
                    "'{enc}' codec can't decode bytes in position {start}-{}: {reason}",
                    end - 1
                ),
            }
        }
        (Value::Str(text), ExcKind::UnicodeEncodeError | ExcKind::UnicodeTranslateError) => {
            let what = if kind == ExcKind::UnicodeEncodeError {
                format!("'{enc}' codec can't encode")
            } else {
                "can't translate".to_string()
            };
            let ch = usize::try_from(start)
                .ok()
                .and_then(|i| text.as_str().chars().nth(i));
            match (single, ch) {
                (true, Some(c)) => {
                    let n = c as u32;
                    let esc = if n < 0x100 {
                        format!("\\x{n:02x}")
                    } else if n < 0x10000 {
                        format!("\\u{n:04x}")
                    } else {
                        format!("\\U{n:08x}")
                    };
                    format!("{what} character '{esc}' in position {start}: {reason}")
                }
                _ => format!(
                    "{what} characters in position {start}-{}: {reason}",
                    end - 1
                ),
            }
        }
        _ => return Ok(None),
    };
    Ok(Some(s))
}

// ----- except* -----------------------------------------------------------------------

/// Checks the type of an `except*` clause: exception classes (or a tuple of
/// them) that are not exception groups.
fn check_star_type(ty: &Value) -> PyResult<()> {
    let one = |t: &Value| -> PyResult<()> {
        match t {
            Value::Type(c) if c.is_exception() => {
                if c.is_subtype(&exc_type(ExcKind::BaseExceptionGroup)) {
                    Err(type_error(
                        "catching ExceptionGroup with except* is not allowed. Use except instead.",
                    ))
                } else {
                    Ok(())
                }
            }
            _ => Err(type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    };
    match ty {
        Value::Tuple(items) => items.items.iter().try_for_each(one),
        other => one(other),
    }
}

/// The leaf exceptions of `v` (itself when it is not a group), by address.
fn leaf_ids(v: &Value, out: &mut Vec<usize>) {
    let Value::Exception(e) = v else { return };
    if is_group(e.kind()) {
        for sub in group_items(&e.args.borrow()) {
            leaf_ids(&sub, out);
        }
    } else {
        out.push(PyRef::as_ptr(e) as usize);
    }
}

/// The part of `e` whose leaves are in `ids`, keeping the structure of `e`.
fn project(vm: &mut Vm, e: &PyRef<PyException>, ids: &[usize]) -> PyResult<Value> {
    if !is_group(e.kind()) {
        return Ok(if ids.contains(&(PyRef::as_ptr(e) as usize)) {
            Value::Exception(e.clone())
        } else {
            Value::None
        });
    }
    let mut kept = Vec::new();
    let items = group_items(&e.args.borrow());
    for sub in items {
        let Value::Exception(s) = &sub else { continue };
        let part = project(vm, s, ids)?;
        if !part.is_none() {
            kept.push(part);
        }
    }
    if kept.is_empty() {
        Ok(Value::None)
    } else {
        derive_copy(vm, e, kept)
    }
}

/// True when `a` and `b` carry the same notes, traceback, cause and context
/// objects (parts split from one exception do; new exceptions do not).
fn same_metadata(a: &PyRef<PyException>, b: &PyRef<PyException>) -> bool {
    let same = |x: &Value, y: &Value| match (x, y) {
        (Value::None, Value::None) => true,
        _ => x.heap_ptr() == y.heap_ptr() && !x.is_none(),
    };
    let notes = |e: &PyRef<PyException>| dict_get(e, "__notes__").unwrap_or(Value::None);
    same(&notes(a), &notes(b))
        && same(
            &super::traceback::traceback_of(a),
            &super::traceback::traceback_of(b),
        )
        && same(&a.cause.borrow(), &b.cause.borrow())
        && same(&a.context.borrow(), &b.context.borrow())
}

impl Vm {
    /// `ExcStarMatch`: (matching part or None, rest or None) of `exc` for the
    /// `except*` clause type `ty`.
    pub(crate) fn exc_star_match(
        &mut self,
        exc: &Value,
        ty: &Value,
        code: &PyRef<crate::runtime::PyCode>,
        globals: &PyRef<PyDict>,
        pc: usize,
    ) -> PyResult<(Value, Value)> {
        check_star_type(ty)?;
        let Value::Exception(e) = exc else {
            return Ok((Value::None, Value::None));
        };
        if super::exc::exception_matches(exc, ty)? {
            if is_group(e.kind()) {
                return Ok((exc.clone(), Value::None));
            }
            let wrapped = make_group(
                self,
                &exc_type(ExcKind::BaseExceptionGroup),
                &[Value::str(""), Value::tuple(vec![exc.clone()])],
            )?;
            super::traceback::set_traceback(
                &wrapped,
                super::traceback::new_traceback(
                    Value::None,
                    code.clone(),
                    globals.clone(),
                    pc as u32,
                    Vec::new(),
                ),
            );
            return Ok((Value::Exception(wrapped), Value::None));
        }
        if is_group(e.kind()) {
            let split = self.getattr(exc, "split")?;
            let pair = self.call_value(&split, std::slice::from_ref(ty), &[])?;
            return match pair {
                Value::Tuple(t) if t.items.len() == 2 => {
                    Ok((t.items[0].clone(), t.items[1].clone()))
                }
                _ => Err(type_error("split must return a 2-tuple")),
            };
        }
        Ok((Value::None, exc.clone()))
    }

    /// `PrepReraiseStar`: what a `try`/`except*` statement raises after its
    /// clauses ran (CPython's `_PyExc_PrepReraiseStar`).
    pub(crate) fn prep_reraise_star(
        &mut self,
        orig: &Value,
        raised: &Value,
        rest: &Value,
    ) -> PyResult<Value> {
        let mut excs: Vec<Value> = match raised {
            Value::List(l) => l.items.borrow().clone(),
            _ => Vec::new(),
        };
        excs.push(rest.clone());
        let Value::Exception(o) = orig else {
            return Ok(Value::None);
        };
        if !is_group(o.kind()) {
            // A naked exception: at most one clause ran.
            return Ok(excs
                .into_iter()
                .find(|e| !e.is_none())
                .unwrap_or(Value::None));
        }
        let mut new_raised = Vec::new();
        let mut ids = Vec::new();
        for e in excs {
            match &e {
                Value::Exception(x) if same_metadata(x, o) => leaf_ids(&e, &mut ids),
                Value::Exception(_) => new_raised.push(e),
                _ => {}
            }
        }
        let kept = if ids.is_empty() {
            Value::None
        } else {
            project(self, o, &ids)?
        };
        if new_raised.is_empty() {
            return Ok(kept);
        }
        if !kept.is_none() {
            new_raised.push(kept);
        }
        if new_raised.len() == 1 {
            return Ok(new_raised.pop().unwrap_or(Value::None));
        }
        Ok(Value::Exception(make_group(
            self,
            &exc_type(ExcKind::BaseExceptionGroup),
            &[Value::str(""), Value::list(new_raised)],
        )?))
    }
}
