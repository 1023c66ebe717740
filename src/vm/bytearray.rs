//! `bytearray`: its constructor and methods (the payload and item access are
//! in `runtime::bytearray`).

use super::Vm;
use super::protocol::unwrap_builtin;
use crate::runtime::bytearray::{self, PyByteArray, byte_of, bytes_like};
use crate::runtime::object::{NativeFn, PyBytes, PyStr};
use crate::runtime::types::{PyResult, index_error, type_error, type_name, value_error};
use crate::runtime::{PyRef, Value};

type Kw<'a> = &'a [(PyRef<PyStr>, Value)];

/// The bytes `bytes(x)` / `bytearray(x)` make of a source object: a
/// bytes-like value, a count of zero bytes, `__bytes__`, or an iterable of
/// ints in range(256). `what` names the type for error messages.
pub fn bytes_from_source(vm: &mut Vm, src: &Value, what: &str) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_like(src) {
        return Ok(b);
    }
    if let Value::Str(_) = src {
        return Err(type_error("string argument without an encoding"));
    }
    if what == "bytes"
        && let Some(f) = super::protocol::special(src, "__bytes__")
    {
        let r = vm.call_special(&f, src, &[])?;
        return match unwrap_builtin(&r) {
            Value::Bytes(b) => Ok(b.data.to_vec()),
            _ => Err(type_error(format!(
                "__bytes__ returned non-bytes (type {})",
                type_name(&r)
            ))),
        };
    }
    if crate::runtime::int::as_int(src).is_some()
        || super::protocol::special(src, "__index__").is_some()
    {
        let n = vm.index_value(src)?;
        if n < 0 {
            return Err(value_error("negative count"));
        }
        return Ok(vec![0; n as usize]);
    }
    let items = vm.collect(src).map_err(|e| {
        if e.matches(crate::runtime::types::ExcKind::TypeError) {
            type_error(format!(
                "cannot convert '{}' object to {what}",
                type_name(src)
            ))
        } else {
            e
        }
    })?;
    let mut out = Vec::with_capacity(items.len());
    for item in &items {
        let i = vm.index_int(item)?;
        match crate::runtime::int::as_int(&i).and_then(crate::runtime::int::to_i64) {
            Some(x) if (0..256).contains(&x) => out.push(x as u8),
            _ if what == "bytes" => return Err(value_error("bytes must be in range(0, 256)")),
            _ => return Err(value_error("byte must be in range(0, 256)")),
        }
    }
    Ok(out)
}

/// The bytes `b[i:j] = src` stores into a bytearray: numbers and strs are
/// refused (as CPython's `PyNumber_Check`/str test), anything else is
/// converted as `bytearray(src)` would.
pub fn slice_source(vm: &mut Vm, src: &Value) -> PyResult<Vec<u8>> {
    let numeric = match unwrap_builtin(src) {
        Value::Int(_)
        | Value::BigInt(_)
        | Value::Bool(_)
        | Value::Float(_)
        | Value::Complex(_)
        | Value::Str(_) => true,
        _ => ["__index__", "__int__", "__float__", "__complex__"]
            .iter()
            .any(|m| super::protocol::special(src, m).is_some()),
    };
    if numeric {
        return Err(type_error(
            "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
        ));
    }
    bytes_from_source(vm, src, "bytearray")
}

/// `bytearray(source=b'', encoding=..., errors=...)`.
pub fn make_bytearray(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    for (k, _) in kw {
        if !matches!(k.as_str(), "source" | "encoding" | "errors") {
            return Err(type_error(format!(
                "'{}' is an invalid keyword argument for bytearray()",
                k.as_str()
            )));
        }
    }
    if args.len() > 3 {
        return Err(type_error(format!(
            "bytearray() takes at most 3 arguments ({} given)",
            args.len()
        )));
    }
    let find = |name: &str| kw.iter().find(|(k, _)| k.as_str() == name).map(|(_, v)| v);
    let src = args.first().or(find("source"));
    let enc = args.get(1).or(find("encoding"));
    let data = match (src, enc) {
        (None, _) => Vec::new(),
        (Some(Value::Str(s)), Some(Value::Str(e))) => {
            super::builtins::encode_str(s.as_str(), e.as_str())?
        }
        (Some(Value::Str(_)), _) => return Err(type_error("string argument without an encoding")),
        (Some(_), Some(_)) => return Err(type_error("encoding without a string argument")),
        (Some(v), None) => bytes_from_source(vm, v, "bytearray")?,
    };
    Ok(bytearray::value(data))
}

fn recv<'a>(name: &str, a: &'a [Value]) -> PyResult<&'a PyRef<PyByteArray>> {
    match a.first() {
        Some(Value::ByteArray(b)) => Ok(b),
        other => Err(type_error(format!(
            "descriptor '{name}' for 'bytearray' objects doesn't apply to a '{}' object",
            other.map(type_name).unwrap_or_default()
        ))),
    }
}

/// The bytes of the receiver of a method that `bytes` and `bytearray` share.
fn data(name: &str, a: &[Value]) -> PyResult<Vec<u8>> {
    match a.first() {
        Some(Value::Bytes(b)) => Ok(b.data.to_vec()),
        Some(Value::ByteArray(b)) => Ok(b.data.borrow().clone()),
        other => Err(type_error(format!(
            "descriptor '{name}' for 'bytes' objects doesn't apply to a '{}' object",
            other.map(type_name).unwrap_or_default()
        ))),
    }
}

/// A result of the receiver's type (`bytes` or `bytearray`).
fn like(a: &[Value], out: Vec<u8>) -> Value {
    match a.first() {
        Some(Value::Bytes(_)) => Value::Bytes(PyRef::new(PyBytes::new(out))),
        _ => bytearray::value(out),
    }
}

fn arity(name: &str, a: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = a.len().saturating_sub(1);
    let owner = match a.first() {
        Some(Value::Bytes(_)) => "bytes",
        _ => "bytearray",
    };
    if n < min || n > max {
        return Err(type_error(if min == max {
            match min {
                0 => format!("{owner}.{name}() takes no arguments ({n} given)"),
                1 => format!("{owner}.{name}() takes exactly one argument ({n} given)"),
                _ => format!("{name} expected {min} arguments, got {n}"),
            }
        } else if n < min {
            format!(
                "{name} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {n}",
                if max == 1 { "" } else { "s" }
            )
        }));
    }
    Ok(())
}

/// A bytes-like argument (`sub` of find, count, ...), or an int byte.
fn needle(v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_like(v) {
        return Ok(b);
    }
    if crate::runtime::int::as_int(v).is_some() {
        return Ok(vec![byte_of(v)?]);
    }
    Err(type_error(format!(
        "argument should be integer or bytes-like object, not '{}'",
        type_name(v)
    )))
}

fn find_at(hay: &[u8], sub: &[u8]) -> Option<usize> {
    if sub.is_empty() {
        return Some(0);
    }
    hay.windows(sub.len()).position(|w| w == sub)
}

fn ba_append(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    arity("append", a, 1, 1)?;
    let b = recv("append", a)?;
    let x = byte_of(&a[1])?;
    b.data.borrow_mut().push(x);
    Ok(Value::None)
}

fn ba_extend(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    arity("extend", a, 1, 1)?;
    let b = recv("extend", a)?;
    if let Value::Str(_) = &a[1] {
        return Err(type_error("expected iterable of integers; got: 'str'"));
    }
    let extra = bytes_from_source(vm, &a[1], "bytearray")?;
    b.data.borrow_mut().extend_from_slice(&extra);
    Ok(Value::None)
}

fn ba_pop(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    arity("pop", a, 0, 1)?;
    let b = recv("pop", a)?;
    let mut data = b.data.borrow_mut();
    if data.is_empty() {
        return Err(index_error("pop from empty bytearray"));
    }
    let i = match a.get(1) {
        Some(v) => vm.index_value(v)?,
        None => -1,
    };
    let j = crate::runtime::seq::norm_index(i, data.len())
        .ok_or_else(|| index_error("pop index out of range"))?;
    Ok(Value::Int(i64::from(data.remove(j))))
}

fn ba_insert(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    arity("insert", a, 2, 2)?;
    let b = recv("insert", a)?;
    let i = vm.index_value(&a[1])?;
    let x = byte_of(&a[2])?;
    let mut data = b.data.borrow_mut();
    let len = data.len() as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
    data.insert(at as usize, x);
    Ok(Value::None)
}

fn ba_remove(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    arity("remove", a, 1, 1)?;
    let b = recv("remove", a)?;
    let x = byte_of(&a[1])?;
    let mut data = b.data.borrow_mut();
    match data.iter().position(|&c| c == x) {
        Some(j) => {
            data.remove(j);
            Ok(Value::None)
        }
        None => Err(value_error("value not found in bytearray")),
    }
}

fn ba_clear(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    arity("clear", a, 0, 0)?;
    recv("clear", a)?.data.borrow_mut().clear();
    Ok(Value::None)
}

fn ba_copy(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    arity("copy", a, 0, 0)?;
    Ok(bytearray::value(recv("copy", a)?.data.borrow().clone()))
}

fn ba_reverse(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    arity("reverse", a, 0, 0)?;
    recv("reverse", a)?.data.borrow_mut().reverse();
    Ok(Value::None)
}

fn ba_count(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    arity("count", a, 1, 1)?;
    let data = data("count", a)?;
    let sub = needle(&a[1])?;
    if sub.is_empty() {
        return Ok(Value::Int(data.len() as i64 + 1));
    }
    let (mut n, mut i) = (0, 0);
    while i + sub.len() <= data.len() {
        if data[i..i + sub.len()] == sub[..] {
            n += 1;
            i += sub.len();
        } else {
            i += 1;
        }
    }
    Ok(Value::Int(n))
}

fn ba_find(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    arity("find", a, 1, 1)?;
    let data = data("find", a)?;
    let sub = needle(&a[1])?;
    Ok(Value::Int(find_at(&data, &sub).map_or(-1, |i| i as i64)))
}

fn ba_index(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    arity("index", a, 1, 1)?;
    let data = data("index", a)?;
    let sub = needle(&a[1])?;
    match find_at(&data, &sub) {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(value_error("subsection not found")),
    }
}

fn affix(name: &str, a: &[Value], start: bool) -> PyResult<Value> {
    arity(name, a, 1, 1)?;
    let data = data(name, a)?;
    let tests: Vec<Vec<u8>> = match &a[1] {
        Value::Tuple(t) => t
            .items
            .iter()
            .map(|v| bytes_like(v).ok_or(()))
            .collect::<Result<_, _>>()
            .map_err(|_| type_error("a bytes-like object is required"))?,
        v => match bytes_like(v) {
            Some(b) => vec![b],
            None => {
                return Err(type_error(format!(
                    "{name} first arg must be bytes or a tuple of bytes, not {}",
                    type_name(v)
                )));
            }
        },
    };
    Ok(Value::Bool(tests.iter().any(|t| {
        if start {
            data.starts_with(t)
        } else {
            data.ends_with(t)
        }
    })))
}

fn ba_startswith(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    affix("startswith", a, true)
}

fn ba_endswith(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    affix("endswith", a, false)
}

fn ba_upper(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    arity("upper", a, 0, 0)?;
    Ok(like(a, data("upper", a)?.to_ascii_uppercase()))
}

fn ba_lower(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    arity("lower", a, 0, 0)?;
    Ok(like(a, data("lower", a)?.to_ascii_lowercase()))
}

fn ba_replace(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    arity("replace", a, 2, 3)?;
    let data = data("replace", a)?;
    let (old, new) = (needle(&a[1])?, needle(&a[2])?);
    // `count`: at most that many replacements (negative: all).
    let mut left = match a.get(3) {
        Some(v) => vm.index_value(v)?,
        None => -1,
    };
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    if old.is_empty() {
        for &c in &data {
            if left != 0 {
                out.extend_from_slice(&new);
                left -= 1;
            }
            out.push(c);
        }
        if left != 0 {
            out.extend_from_slice(&new);
        }
        return Ok(like(a, out));
    }
    while i < data.len() {
        if left != 0 && data[i..].starts_with(&old) {
            out.extend_from_slice(&new);
            i += old.len();
            left -= 1;
        } else {
            out.push(data[i]);
            i += 1;
        }
    }
    Ok(like(a, out))
}

/// `sep.join(iterable)` for bytes and bytearray.
fn ba_join(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    arity("join", a, 1, 1)?;
    let sep = data("join", a)?;
    // Only a failure to get the iterator is reworded, as in CPython.
    let it = vm.get_iter(&a[1]).map_err(|e| {
        if e.matches(crate::runtime::ExcKind::TypeError) {
            type_error("can only join an iterable")
        } else {
            e
        }
    })?;
    let items = vm.collect(&it)?;
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let Some(b) = bytes_like(item) else {
            return Err(type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                type_name(item)
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&b);
    }
    Ok(like(a, out))
}

/// The methods `bytes` shares with `bytearray` (same code, result of the
/// receiver's type).
pub(crate) const SHARED_BYTES_METHODS: &[(&str, NativeFn)] = &[
    ("count", ba_count),
    ("find", ba_find),
    ("index", ba_index),
    ("startswith", ba_startswith),
    ("endswith", ba_endswith),
    ("upper", ba_upper),
    ("lower", ba_lower),
    ("replace", ba_replace),
    ("join", ba_join),
];

fn ba_decode(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let data = recv("decode", a)?.data.borrow().clone();
    let mut args = a.to_vec();
    args[0] = Value::Bytes(PyRef::new(PyBytes::new(data)));
    super::methods::bytes_decode(vm, &args, kw)
}

fn ba_hex(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    arity("hex", a, 0, 0)?;
    let data = recv("hex", a)?.data.borrow().clone();
    Ok(Value::string(
        data.iter().map(|b| format!("{b:02x}")).collect(),
    ))
}

/// The methods of `bytearray`.
pub const BYTEARRAY_METHODS: &[(&str, NativeFn)] = &[
    ("append", ba_append),
    ("extend", ba_extend),
    ("pop", ba_pop),
    ("insert", ba_insert),
    ("remove", ba_remove),
    ("clear", ba_clear),
    ("copy", ba_copy),
    ("reverse", ba_reverse),
    ("count", ba_count),
    ("find", ba_find),
    ("index", ba_index),
    ("startswith", ba_startswith),
    ("endswith", ba_endswith),
    ("upper", ba_upper),
    ("lower", ba_lower),
    ("replace", ba_replace),
    ("join", ba_join),
    ("decode", ba_decode),
    ("hex", ba_hex),
];

/// `str(object='')`, `str(object=b'', encoding='utf-8', errors='strict')`.
pub fn make_str(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = super::evalexec::bind_args("str", args, kw, &["object", "encoding", "errors"], 0, 0)?;
    let Some(obj) = &a[0] else {
        return Ok(Value::str(""));
    };
    if a[1].is_none() && a[2].is_none() {
        return match obj {
            Value::Str(_) => Ok(obj.clone()),
            _ => Ok(Value::string(vm.str_of(obj)?)),
        };
    }
    let Some(data) = bytes_like(&unwrap_builtin(obj)) else {
        if let Value::Str(_) = unwrap_builtin(obj) {
            return Err(type_error("decoding str is not supported"));
        }
        return Err(type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            type_name(obj)
        )));
    };
    let mut dargs = vec![Value::Bytes(PyRef::new(PyBytes::new(data)))];
    dargs.push(a[1].clone().unwrap_or_else(|| Value::str("utf-8")));
    super::methods::bytes_decode(vm, &dargs, &[])
}
