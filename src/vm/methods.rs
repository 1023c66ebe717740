//! Methods of built-in types (`str`, `list`, `dict`, `tuple`, `int`, `float`).
//!
//! Every method is a `NativeFn` whose first argument is the receiver, so the
//! same function serves `obj.m(x)` (through `CallMethod`, without creating a
//! bound method), bound methods (`f = obj.m`) and unbound ones (`str.m(obj, x)`,
//! which is why each method checks its receiver's type).

use super::Vm;
use crate::runtime::host;
use crate::runtime::object::{DictView, NativeFn, PyStr, PyType, TypeKind};
use crate::runtime::types::{
    ExcKind, PyErr, PyResult, index_error, key_error, type_error, type_name, value_error,
};
use crate::runtime::{PyRef, Value, ops, seq};

type Kw<'a> = &'a [(PyRef<PyStr>, Value)];

/// The method `name` of `obj`'s type, if it is a built-in method.
pub fn lookup(obj: &Value, name: &str) -> Option<NativeFn> {
    let table: &[(&str, NativeFn)] = match obj {
        Value::Str(_) => STR_METHODS,
        Value::List(_) => LIST_METHODS,
        Value::Dict(_) => DICT_METHODS,
        Value::Tuple(_) => TUPLE_METHODS,
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => INT_METHODS,
        Value::Float(_) => FLOAT_METHODS,
        Value::Bytes(_) => BYTES_METHODS,
        Value::ByteArray(_) => super::bytearray::BYTEARRAY_METHODS,
        Value::Complex(_) => super::numbers::COMPLEX_METHODS,
        Value::Code(_) => super::codeobj::CODE_METHODS,
        Value::Slice(_) => SLICE_METHODS,
        Value::Set(_) => super::setmethods::SET_METHODS,
        Value::FrozenSet(_) => super::setmethods::FROZENSET_METHODS,
        _ => return None,
    };
    table.iter().find(|(n, _)| *n == name).map(|(_, f)| *f)
}

/// The method `name` of type `t` (for `str.upper` and friends).
pub fn lookup_on_type(t: &PyType, name: &str) -> Option<NativeFn> {
    let table: &[(&str, NativeFn)] = match t.kind {
        TypeKind::Str => STR_METHODS,
        TypeKind::List => LIST_METHODS,
        TypeKind::Dict => DICT_METHODS,
        TypeKind::Tuple => TUPLE_METHODS,
        TypeKind::Int | TypeKind::Bool => INT_METHODS,
        TypeKind::Float => FLOAT_METHODS,
        TypeKind::Bytes => BYTES_METHODS,
        TypeKind::ByteArray => super::bytearray::BYTEARRAY_METHODS,
        TypeKind::Complex => super::numbers::COMPLEX_METHODS,
        TypeKind::Code => super::codeobj::CODE_METHODS,
        TypeKind::Slice => SLICE_METHODS,
        TypeKind::Set => super::setmethods::SET_METHODS,
        TypeKind::FrozenSet => super::setmethods::FROZENSET_METHODS,
        _ => return None,
    };
    table.iter().find(|(n, _)| *n == name).map(|(_, f)| *f)
}

/// A built-in type's methods: (name, function) pairs.
pub(crate) type MethodTable = &'static [(&'static str, NativeFn)];

/// The method tables of the built-in types, installed in their dicts.
pub(crate) fn type_tables(t: &crate::runtime::types::Types) -> Vec<(&PyRef<PyType>, MethodTable)> {
    vec![
        (&t.str, STR_METHODS),
        (&t.list, LIST_METHODS),
        (&t.dict, DICT_METHODS),
        (&t.tuple, TUPLE_METHODS),
        (&t.int, INT_METHODS),
        (&t.float, FLOAT_METHODS),
        (&t.bytes, BYTES_METHODS),
        (&t.bytes, super::bytearray::SHARED_BYTES_METHODS),
        (&t.bytearray, super::bytearray::BYTEARRAY_METHODS),
        (&t.complex, super::numbers::COMPLEX_METHODS),
        (&t.code, super::codeobj::CODE_METHODS),
        (&t.slice, SLICE_METHODS),
        (&t.set, super::setmethods::SET_METHODS),
        (&t.frozenset, super::setmethods::FROZENSET_METHODS),
    ]
}

/// The TypeError of a built-in type's method `owner.name` called on
/// `got` (None: with no argument at all), worded as CPython words it for a
/// method descriptor, or for a slot wrapper (a dunder name).
pub(crate) fn wrong_receiver(name: &str, owner: &str, got: Option<&Value>) -> PyErr {
    match got {
        None => type_error(format!("unbound method {owner}.{name}() needs an argument")),
        Some(v) if crate::runtime::object::is_slot_name(name) => type_error(format!(
            "descriptor '{name}' requires a '{owner}' object but received a '{}'",
            type_name(v)
        )),
        Some(v) => type_error(format!(
            "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
            type_name(v)
        )),
    }
}

/// A `'static` copy of a method name (for bound-method objects).
pub fn static_name(name: &str) -> &'static str {
    for table in [
        STR_METHODS,
        LIST_METHODS,
        DICT_METHODS,
        TUPLE_METHODS,
        INT_METHODS,
        FLOAT_METHODS,
        BYTES_METHODS,
        super::bytearray::SHARED_BYTES_METHODS,
        super::bytearray::BYTEARRAY_METHODS,
        super::numbers::COMPLEX_METHODS,
        super::codeobj::CODE_METHODS,
        SLICE_METHODS,
        super::setmethods::SET_METHODS,
    ] {
        if let Some((n, _)) = table.iter().find(|(n, _)| *n == name) {
            return n;
        }
    }
    "method"
}

// ----- argument helpers --------------------------------------------------------

fn no_kw(name: &str, kw: Kw) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(type_error(format!("{name}() takes no keyword arguments")))
    }
}

/// Checks the number of arguments after the receiver.
fn nargs(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len().saturating_sub(1);
    if n >= min && n <= max {
        return Ok(());
    }
    // Methods taking none or one argument are named with their type.
    let owner = match args.first() {
        _ if name.contains('.') => "",
        Some(Value::Str(_)) => "str.",
        Some(Value::List(_)) => "list.",
        Some(Value::Dict(_)) => "dict.",
        Some(Value::Tuple(_)) => "tuple.",
        Some(Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) => "int.",
        Some(Value::Float(_)) => "float.",
        Some(Value::Bytes(_)) => "bytes.",
        _ => "",
    };
    Err(type_error(if min == max {
        match min {
            0 => format!("{owner}{name}() takes no arguments ({n} given)"),
            1 => format!("{owner}{name}() takes exactly one argument ({n} given)"),
            _ => format!("{name}() takes exactly {min} arguments ({n} given)"),
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
    }))
}

fn recv_str<'a>(name: &str, args: &'a [Value]) -> PyResult<&'a PyRef<PyStr>> {
    match args.first() {
        Some(Value::Str(s)) => Ok(s),
        Some(other) => Err(type_error(format!(
            "descriptor '{name}' for 'str' objects doesn't apply to a '{}' object",
            type_name(other)
        ))),
        None => Err(type_error(format!(
            "unbound method str.{name}() needs an argument"
        ))),
    }
}

fn arg_str<'a>(what: &str, v: &'a Value) -> PyResult<&'a str> {
    match v {
        Value::Str(s) => Ok(s.as_str()),
        other => Err(type_error(format!(
            "{what} must be str, not {}",
            type_name(other)
        ))),
    }
}

fn opt_index(vm: &mut Vm, v: Option<&Value>, default: i64) -> PyResult<i64> {
    match v {
        None | Some(Value::None) => Ok(default),
        Some(x) => idx(vm, x),
    }
}

/// An optional int argument (built-in ints only).
fn opt_int(v: Option<&Value>, default: i64) -> PyResult<i64> {
    match v {
        None | Some(Value::None) => Ok(default),
        Some(x) => crate::runtime::iter::index_arg(x),
    }
}

/// An index argument: an int, or an instance with `__index__`.
fn idx(vm: &mut Vm, x: &Value) -> PyResult<i64> {
    match x {
        Value::Object(_) => vm.index_value(x),
        _ => crate::runtime::iter::index_arg(x),
    }
}

/// Python's `str.isspace` for one character.
pub fn py_isspace(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// Clamps `[start, end)` (character indices, negative from the end) to `n`.
fn clamp_range(start: i64, end: i64, n: usize) -> (usize, usize) {
    let n = n as i64;
    let fix = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
    (fix(start) as usize, fix(end) as usize)
}

// ----- str --------------------------------------------------------------------------

fn s_upper(_: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    no_kw("upper", kw)?;
    nargs("upper", a, 0, 0)?;
    Ok(Value::string(recv_str("upper", a)?.as_str().to_uppercase()))
}

fn s_lower(_: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    no_kw("lower", kw)?;
    nargs("lower", a, 0, 0)?;
    Ok(Value::string(recv_str("lower", a)?.as_str().to_lowercase()))
}

fn s_casefold(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("casefold", a, 0, 0)?;
    Ok(Value::string(
        recv_str("casefold", a)?.as_str().to_lowercase(),
    ))
}

fn s_swapcase(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("swapcase", a, 0, 0)?;
    let s = recv_str("swapcase", a)?;
    let out: String = s
        .as_str()
        .chars()
        .flat_map(|c| {
            if c.is_uppercase() {
                c.to_lowercase().collect::<Vec<_>>()
            } else {
                c.to_uppercase().collect::<Vec<_>>()
            }
        })
        .collect();
    Ok(Value::string(out))
}

fn s_title(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("title", a, 0, 0)?;
    let s = recv_str("title", a)?;
    let mut out = String::new();
    let mut prev_cased = false;
    for c in s.as_str().chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            out.extend(c.to_uppercase());
        }
        prev_cased = c.is_alphabetic() && (c.is_uppercase() || c.is_lowercase());
    }
    Ok(Value::string(out))
}

fn s_capitalize(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("capitalize", a, 0, 0)?;
    let s = recv_str("capitalize", a)?;
    let mut chars = s.as_str().chars();
    let mut out = String::new();
    if let Some(c) = chars.next() {
        out.extend(c.to_uppercase());
    }
    for c in chars {
        out.extend(c.to_lowercase());
    }
    Ok(Value::string(out))
}

fn strip_impl(name: &str, a: &[Value], left: bool, right: bool) -> PyResult<Value> {
    nargs(name, a, 0, 1)?;
    let s = recv_str(name, a)?.as_str();
    let out = match a.get(1) {
        None | Some(Value::None) => {
            let mut t = s;
            if left {
                t = t.trim_start_matches(py_isspace);
            }
            if right {
                t = t.trim_end_matches(py_isspace);
            }
            t
        }
        Some(Value::Str(chars)) => {
            let set: Vec<char> = chars.as_str().chars().collect();
            let mut t = s;
            if left {
                t = t.trim_start_matches(|c| set.contains(&c));
            }
            if right {
                t = t.trim_end_matches(|c| set.contains(&c));
            }
            t
        }
        Some(other) => {
            return Err(type_error(format!(
                "{name} arg must be None or str, not {}",
                type_name(other)
            )));
        }
    };
    Ok(Value::str(out))
}

fn s_strip(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    strip_impl("strip", a, true, true)
}
fn s_lstrip(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    strip_impl("lstrip", a, true, false)
}
fn s_rstrip(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    strip_impl("rstrip", a, false, true)
}

/// Splits `s` on runs of whitespace, at most `max` times (negative: no limit).
fn split_whitespace(s: &str, max: i64, from_right: bool) -> Vec<Value> {
    let mut out: Vec<String> = Vec::new();
    if !from_right {
        let mut rest = s.trim_start_matches(py_isspace);
        let mut n = 0;
        while !rest.is_empty() {
            if max >= 0 && n >= max {
                out.push(rest.to_string());
                break;
            }
            match rest.find(py_isspace) {
                Some(i) => {
                    out.push(rest[..i].to_string());
                    rest = rest[i..].trim_start_matches(py_isspace);
                    n += 1;
                }
                None => {
                    out.push(rest.to_string());
                    break;
                }
            }
        }
    } else {
        let mut rest = s.trim_end_matches(py_isspace);
        let mut n = 0;
        while !rest.is_empty() {
            if max >= 0 && n >= max {
                out.push(rest.to_string());
                break;
            }
            match rest.rfind(py_isspace) {
                Some(i) => {
                    let c = rest[i..].chars().next().map_or(1, char::len_utf8);
                    out.push(rest[i + c..].to_string());
                    rest = rest[..i].trim_end_matches(py_isspace);
                    n += 1;
                }
                None => {
                    out.push(rest.to_string());
                    break;
                }
            }
        }
        out.reverse();
    }
    out.into_iter().map(Value::string).collect()
}

fn split_args<'a>(
    vm: &mut Vm,
    name: &str,
    a: &'a [Value],
    kw: Kw<'a>,
) -> PyResult<(Option<&'a Value>, i64)> {
    // As CPython's argument clinic: the count of all arguments first.
    super::numbers::at_most(name, a.get(1..).unwrap_or_default(), kw, 2)?;
    nargs(name, a, 0, 2)?;
    let mut sep = a.get(1);
    let mut max = a.get(2);
    for (k, v) in kw {
        match k.as_str() {
            "sep" => sep = Some(v),
            "maxsplit" => max = Some(v),
            other => {
                return Err(type_error(format!(
                    "{name}() got an unexpected keyword argument '{other}'"
                )));
            }
        }
    }
    Ok((sep, opt_index(vm, max, -1)?))
}

fn s_split(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let s = recv_str("split", a)?.as_str();
    let (sep, max) = split_args(vm, "split", a, kw)?;
    match sep {
        None | Some(Value::None) => Ok(Value::list(split_whitespace(s, max, false))),
        Some(sepv) => {
            let sep = arg_str("must be str or None", sepv)
                .map_err(|_| type_error(format!("must be str or None, not {}", type_name(sepv))))?;
            if sep.is_empty() {
                return Err(value_error("empty separator"));
            }
            let parts: Vec<Value> = if max < 0 {
                s.split(sep).map(Value::str).collect()
            } else {
                s.splitn(max as usize + 1, sep).map(Value::str).collect()
            };
            Ok(Value::list(parts))
        }
    }
}

fn s_rsplit(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let s = recv_str("rsplit", a)?.as_str();
    let (sep, max) = split_args(vm, "rsplit", a, kw)?;
    match sep {
        None | Some(Value::None) => Ok(Value::list(split_whitespace(s, max, true))),
        Some(sepv) => {
            let sep = arg_str("sep", sepv)?;
            if sep.is_empty() {
                return Err(value_error("empty separator"));
            }
            let mut parts: Vec<Value> = if max < 0 {
                s.rsplit(sep).map(Value::str).collect()
            } else {
                s.rsplitn(max as usize + 1, sep).map(Value::str).collect()
            };
            parts.reverse();
            Ok(Value::list(parts))
        }
    }
}

fn s_splitlines(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("splitlines", a, 0, 1)?;
    let s = recv_str("splitlines", a)?.as_str();
    let keep = a.get(1).is_some_and(ops::truthy);
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (b, c) = chars[i];
        let is_break = matches!(
            c,
            '\n' | '\r'
                | '\u{0b}'
                | '\u{0c}'
                | '\u{1c}'
                | '\u{1d}'
                | '\u{1e}'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if is_break {
            let mut end = b + c.len_utf8();
            if c == '\r' && chars.get(i + 1).is_some_and(|&(_, n)| n == '\n') {
                end += 1;
                i += 1;
            }
            out.push(Value::str(if keep { &s[start..end] } else { &s[start..b] }));
            start = end;
        }
        i += 1;
    }
    if start < s.len() {
        out.push(Value::str(&s[start..]));
    }
    Ok(Value::list(out))
}

fn s_join(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    no_kw("join", kw)?;
    nargs("str.join", a, 1, 1)?;
    let sep = recv_str("join", a)?.as_str();
    let items = vm.collect(&a[1])?;
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        match it {
            Value::Str(s) => out.push_str(s.as_str()),
            other => {
                return Err(type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    type_name(other)
                )));
            }
        }
    }
    Ok(Value::string(out))
}

fn s_replace(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("replace", a, 2, 3)?;
    let s = recv_str("replace", a)?.as_str();
    let old = arg_str("replace() argument 1", &a[1])?;
    let new = arg_str("replace() argument 2", &a[2])?;
    let count = opt_index(vm, a.get(3), -1)?;
    if count < 0 {
        return Ok(Value::string(s.replace(old, new)));
    }
    if old.is_empty() {
        // Insert `new` between characters, at most `count` times.
        let mut out = String::new();
        let mut n = 0;
        for c in s.chars() {
            if n < count {
                out.push_str(new);
                n += 1;
            }
            out.push(c);
        }
        if n < count {
            out.push_str(new);
        }
        return Ok(Value::string(out));
    }
    Ok(Value::string(s.replacen(old, new, count as usize)))
}

/// The receiver's slice `[start:end]` for find/count/startswith (byte offsets).
fn sub_range<'a>(s: &'a PyStr, a: &[Value], first: usize) -> PyResult<(&'a str, usize)> {
    let start = opt_int(a.get(first), 0)?;
    let end = opt_int(a.get(first + 1), i64::MAX)?;
    let (st, en) = clamp_range(start, end, s.len());
    if st > en {
        return Ok(("", usize::MAX));
    }
    let b0 = s.byte_offset(st);
    let b1 = s.byte_offset(en);
    Ok((&s.as_str()[b0..b1], st))
}

fn char_index(s: &str, byte: usize) -> usize {
    s[..byte].chars().count()
}

fn find_impl(name: &str, a: &[Value], rev: bool) -> PyResult<Option<usize>> {
    nargs(name, a, 1, 3)?;
    let s = recv_str(name, a)?;
    let sub = match &a[1] {
        Value::Str(x) => x.as_str(),
        other => {
            return Err(type_error(format!("must be str, not {}", type_name(other))));
        }
    };
    let (hay, offset) = sub_range(s, a, 2)?;
    if offset == usize::MAX {
        return Ok(None);
    }
    let found = if rev { hay.rfind(sub) } else { hay.find(sub) };
    Ok(found.map(|b| offset + char_index(hay, b)))
}

fn s_find(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Int(
        find_impl("find", a, false)?.map_or(-1, |i| i as i64),
    ))
}
fn s_rfind(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Int(
        find_impl("rfind", a, true)?.map_or(-1, |i| i as i64),
    ))
}
fn s_index(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    match find_impl("index", a, false)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(value_error("substring not found")),
    }
}
fn s_rindex(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    match find_impl("rindex", a, true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(value_error("substring not found")),
    }
}

fn s_count(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("count", a, 1, 3)?;
    let s = recv_str("count", a)?;
    let sub = arg_str("count() argument 1", &a[1])?;
    let (hay, offset) = sub_range(s, a, 2)?;
    if offset == usize::MAX {
        return Ok(Value::Int(0));
    }
    let n = if sub.is_empty() {
        hay.chars().count() + 1
    } else {
        hay.matches(sub).count()
    };
    Ok(Value::Int(n as i64))
}

fn affix_impl(name: &str, a: &[Value], end: bool) -> PyResult<Value> {
    nargs(name, a, 1, 3)?;
    let s = recv_str(name, a)?;
    let (hay, offset) = sub_range(s, a, 2)?;
    if offset == usize::MAX {
        return Ok(Value::Bool(false));
    }
    let test = |p: &str| {
        if end {
            hay.ends_with(p)
        } else {
            hay.starts_with(p)
        }
    };
    match &a[1] {
        Value::Str(p) => Ok(Value::Bool(test(p.as_str()))),
        Value::Tuple(t) => {
            for p in t.items.iter() {
                match p {
                    Value::Str(p) if test(p.as_str()) => return Ok(Value::Bool(true)),
                    Value::Str(_) => {}
                    other => {
                        return Err(type_error(format!(
                            "tuple for {name} must only contain str, not {}",
                            type_name(other)
                        )));
                    }
                }
            }
            Ok(Value::Bool(false))
        }
        other => Err(type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            type_name(other)
        ))),
    }
}

fn s_startswith(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    affix_impl("startswith", a, false)
}
fn s_endswith(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    affix_impl("endswith", a, true)
}

fn pred(name: &str, a: &[Value], f: fn(char) -> bool) -> PyResult<Value> {
    nargs(name, a, 0, 0)?;
    let s = recv_str(name, a)?.as_str();
    Ok(Value::Bool(!s.is_empty() && s.chars().all(f)))
}

fn s_isdigit(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    pred("isdigit", a, |c| {
        c.is_ascii_digit() || (c.is_numeric() && c.to_digit(10).is_some_and(|_| true))
    })
}
fn s_isdecimal(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    pred("isdecimal", a, |c| c.is_ascii_digit())
}
fn s_isnumeric(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    pred("isnumeric", a, char::is_numeric)
}
fn s_isalpha(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    pred("isalpha", a, char::is_alphabetic)
}
fn s_isalnum(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    pred("isalnum", a, char::is_alphanumeric)
}
fn s_isspace(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    pred("isspace", a, py_isspace)
}

fn s_isupper(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("isupper", a, 0, 0)?;
    let s = recv_str("isupper", a)?.as_str();
    Ok(Value::Bool(
        s.chars().any(char::is_uppercase) && !s.chars().any(char::is_lowercase),
    ))
}

fn s_islower(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("islower", a, 0, 0)?;
    let s = recv_str("islower", a)?.as_str();
    Ok(Value::Bool(
        s.chars().any(char::is_lowercase) && !s.chars().any(char::is_uppercase),
    ))
}

fn s_isidentifier(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("isidentifier", a, 0, 0)?;
    let s = recv_str("isidentifier", a)?.as_str();
    let mut chars = s.chars();
    let ok = match chars.next() {
        Some(c) => {
            (c == '_' || c.is_alphabetic()) && chars.all(|c| c == '_' || c.is_alphanumeric())
        }
        None => false,
    };
    Ok(Value::Bool(ok))
}

fn pad_args(vm: &mut Vm, name: &str, a: &[Value]) -> PyResult<(usize, char)> {
    nargs(name, a, 1, 2)?;
    let width = idx(vm, &a[1])?.max(0) as usize;
    let fill = match a.get(2) {
        None => ' ',
        Some(Value::Str(f)) if f.len() == 1 => f.as_str().chars().next().unwrap_or(' '),
        Some(_) => {
            return Err(type_error(
                "The fill character must be exactly one character long",
            ));
        }
    };
    Ok((width, fill))
}

fn s_center(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let (width, fill) = pad_args(vm, "center", a)?;
    let s = recv_str("center", a)?;
    let n = s.len();
    if width <= n {
        return Ok(a[0].clone());
    }
    let marg = width - n;
    // CPython: left = marg/2 + (marg & width & 1).
    let left = marg / 2 + (marg & width & 1);
    let right = marg - left;
    let f = fill.to_string();
    Ok(Value::string(format!(
        "{}{}{}",
        f.repeat(left),
        s.as_str(),
        f.repeat(right)
    )))
}

fn s_ljust(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let (width, fill) = pad_args(vm, "ljust", a)?;
    let s = recv_str("ljust", a)?;
    let pad = width.saturating_sub(s.len());
    Ok(Value::string(format!(
        "{}{}",
        s.as_str(),
        fill.to_string().repeat(pad)
    )))
}

fn s_rjust(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let (width, fill) = pad_args(vm, "rjust", a)?;
    let s = recv_str("rjust", a)?;
    let pad = width.saturating_sub(s.len());
    Ok(Value::string(format!(
        "{}{}",
        fill.to_string().repeat(pad),
        s.as_str()
    )))
}

fn s_zfill(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("zfill", a, 1, 1)?;
    let s = recv_str("zfill", a)?.as_str();
    let width = idx(vm, &a[1])?.max(0) as usize;
    let n = s.chars().count();
    if width <= n {
        return Ok(a[0].clone());
    }
    let zeros = "0".repeat(width - n);
    Ok(Value::string(match s.strip_prefix(['+', '-']) {
        Some(rest) => format!("{}{zeros}{rest}", &s[..1]),
        None => format!("{zeros}{s}"),
    }))
}

fn partition_impl(name: &str, a: &[Value], rev: bool) -> PyResult<Value> {
    nargs(name, a, 1, 1)?;
    let s = recv_str(name, a)?.as_str();
    let sep = arg_str("sep", &a[1])?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let found = if rev { s.rfind(sep) } else { s.find(sep) };
    Ok(Value::tuple(match found {
        Some(i) => vec![
            Value::str(&s[..i]),
            Value::str(sep),
            Value::str(&s[i + sep.len()..]),
        ],
        None if rev => vec![Value::str(""), Value::str(""), Value::str(s)],
        None => vec![Value::str(s), Value::str(""), Value::str("")],
    }))
}

fn s_partition(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    partition_impl("partition", a, false)
}
fn s_rpartition(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    partition_impl("rpartition", a, true)
}

fn s_removeprefix(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("removeprefix", a, 1, 1)?;
    let s = recv_str("removeprefix", a)?.as_str();
    let p = arg_str("removeprefix() argument", &a[1])?;
    Ok(Value::str(s.strip_prefix(p).unwrap_or(s)))
}

fn s_removesuffix(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("removesuffix", a, 1, 1)?;
    let s = recv_str("removesuffix", a)?.as_str();
    let p = arg_str("removesuffix() argument", &a[1])?;
    Ok(Value::str(if p.is_empty() {
        s
    } else {
        s.strip_suffix(p).unwrap_or(s)
    }))
}

fn s_format(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let s = recv_str("format", a)?.as_str().to_string();
    super::strformat::str_format(vm, &s, &a[1..], kw).map(Value::string)
}

fn s_encode(_: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    nargs("encode", a, 0, 2)?;
    let s = recv_str("encode", a)?.as_str();
    let enc_arg = a.get(1).or_else(|| {
        kw.iter()
            .find(|(k, _)| k.as_str() == "encoding")
            .map(|(_, v)| v)
    });
    let enc = match enc_arg {
        Some(Value::Str(e)) => e.as_str().to_string(),
        Some(other) => {
            return Err(type_error(format!(
                "encode() argument 'encoding' must be str, not {}",
                type_name(other)
            )));
        }
        None => "utf-8".to_string(),
    };
    let data = super::builtins::encode_str(s, &enc)?;
    Ok(Value::Bytes(PyRef::new(
        crate::runtime::object::PyBytes::new(data),
    )))
}

const STR_METHODS: &[(&str, NativeFn)] = &[
    ("encode", s_encode),
    ("upper", s_upper),
    ("lower", s_lower),
    ("casefold", s_casefold),
    ("swapcase", s_swapcase),
    ("title", s_title),
    ("capitalize", s_capitalize),
    ("strip", s_strip),
    ("lstrip", s_lstrip),
    ("rstrip", s_rstrip),
    ("split", s_split),
    ("rsplit", s_rsplit),
    ("splitlines", s_splitlines),
    ("join", s_join),
    ("replace", s_replace),
    ("find", s_find),
    ("rfind", s_rfind),
    ("index", s_index),
    ("rindex", s_rindex),
    ("count", s_count),
    ("startswith", s_startswith),
    ("endswith", s_endswith),
    ("isdigit", s_isdigit),
    ("isdecimal", s_isdecimal),
    ("isnumeric", s_isnumeric),
    ("isalpha", s_isalpha),
    ("isalnum", s_isalnum),
    ("isspace", s_isspace),
    ("isupper", s_isupper),
    ("islower", s_islower),
    ("isidentifier", s_isidentifier),
    ("center", s_center),
    ("ljust", s_ljust),
    ("rjust", s_rjust),
    ("zfill", s_zfill),
    ("partition", s_partition),
    ("rpartition", s_rpartition),
    ("removeprefix", s_removeprefix),
    ("removesuffix", s_removesuffix),
    ("format", s_format),
];

// ----- list --------------------------------------------------------------------------

fn recv_list<'a>(
    name: &str,
    a: &'a [Value],
) -> PyResult<&'a PyRef<crate::runtime::object::PyList>> {
    match a.first() {
        Some(Value::List(l)) => Ok(l),
        Some(other) => Err(type_error(format!(
            "descriptor '{name}' for 'list' objects doesn't apply to a '{}' object",
            type_name(other)
        ))),
        None => Err(type_error(format!(
            "unbound method list.{name}() needs an argument"
        ))),
    }
}

fn l_append(_: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    no_kw("list.append", kw)?;
    nargs("list.append", a, 1, 1)?;
    recv_list("append", a)?
        .items
        .borrow_mut()
        .push(a[1].clone());
    Ok(Value::None)
}

fn l_extend(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("list.extend", a, 1, 1)?;
    let l = recv_list("extend", a)?;
    let items = vm.collect(&a[1])?;
    l.items.borrow_mut().extend(items);
    Ok(Value::None)
}

fn l_insert(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    if a.len() != 3 {
        return Err(type_error(format!(
            "insert expected 2 arguments, got {}",
            a.len().saturating_sub(1)
        )));
    }
    let l = recv_list("insert", a)?;
    let i = idx(vm, &a[1])?;
    let mut items = l.items.borrow_mut();
    let n = items.len() as i64;
    let pos = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    items.insert(pos, a[2].clone());
    Ok(Value::None)
}

fn l_pop(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("pop", a, 0, 1)?;
    let l = recv_list("pop", a)?;
    let mut items = l.items.borrow_mut();
    if items.is_empty() {
        return Err(index_error("pop from empty list"));
    }
    let i = opt_index(vm, a.get(1), -1)?;
    match seq::norm_index(i, items.len()) {
        Some(j) => Ok(items.remove(j)),
        None => Err(index_error("pop index out of range")),
    }
}

fn l_remove(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("list.remove", a, 1, 1)?;
    let l = recv_list("remove", a)?;
    let seq = a[0].clone();
    if let Some(i) = host::seq_find(vm, &seq, &a[1], 0, usize::MAX)? {
        let removed = {
            let mut cur = l.items.borrow_mut();
            (i < cur.len()).then(|| cur.remove(i))
        };
        drop(removed);
        return Ok(Value::None);
    }
    Err(value_error("list.remove(x): x not in list"))
}

/// `seq.index(x[, start[, end]])` for a list or tuple, searching the live
/// sequence (its length is re-read after every comparison).
fn seq_index(vm: &mut Vm, seq: &Value, a: &[Value], what: &str) -> PyResult<Value> {
    nargs("index", a, 1, 3)?;
    let start = opt_index(vm, a.get(2), 0)?;
    let end = opt_index(vm, a.get(3), i64::MAX)?;
    let (st, en) = clamp_range(start, end, crate::runtime::seq::len(seq)?);
    if let Some(i) = host::seq_find(vm, seq, &a[1], st, en)? {
        return Ok(Value::Int(i as i64));
    }
    if what == "list" {
        Err(value_error(format!(
            "{} is not in list",
            vm.repr_of(&a[1])?
        )))
    } else {
        Err(value_error("tuple.index(x): x not in tuple"))
    }
}

fn l_index(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    recv_list("index", a)?;
    let seq = a[0].clone();
    seq_index(vm, &seq, a, "list")
}

fn l_count(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("count", a, 1, 1)?;
    recv_list("count", a)?;
    let seq = a[0].clone();
    Ok(Value::Int(host::seq_count(vm, &seq, &a[1])? as i64))
}

fn l_reverse(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("reverse", a, 0, 0)?;
    recv_list("reverse", a)?.items.borrow_mut().reverse();
    Ok(Value::None)
}

fn l_copy(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("copy", a, 0, 0)?;
    Ok(Value::list(recv_list("copy", a)?.items.borrow().clone()))
}

fn l_clear(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("clear", a, 0, 0)?;
    let old = std::mem::take(&mut *recv_list("clear", a)?.items.borrow_mut());
    crate::runtime::object::drop_reversed(old);
    Ok(Value::None)
}

fn l_sort(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    if a.len() > 1 {
        return Err(type_error("sort() takes no positional arguments"));
    }
    let l = recv_list("sort", a)?;
    let mut key = Value::None;
    let mut reverse = false;
    for (k, v) in kw {
        match k.as_str() {
            "key" => key = v.clone(),
            "reverse" => reverse = vm.index_value(v)? != 0,
            other => {
                return Err(type_error(format!(
                    "'{other}' is an invalid keyword argument for sort()"
                )));
            }
        }
    }
    // Sort a copy; the list is empty while sorting, as CPython's is.
    let mut items = std::mem::take(&mut *l.items.borrow_mut());
    let r = super::builtins::sort_values(vm, &mut items, &key, reverse);
    let modified = !l.items.borrow().is_empty();
    let added = std::mem::replace(&mut *l.items.borrow_mut(), items);
    drop(added);
    r?;
    if modified {
        return Err(value_error("list modified during sort"));
    }
    Ok(Value::None)
}

const LIST_METHODS: &[(&str, NativeFn)] = &[
    ("append", l_append),
    ("extend", l_extend),
    ("insert", l_insert),
    ("pop", l_pop),
    ("remove", l_remove),
    ("index", l_index),
    ("count", l_count),
    ("reverse", l_reverse),
    ("copy", l_copy),
    ("clear", l_clear),
    ("sort", l_sort),
];

// ----- tuple -------------------------------------------------------------------------

fn t_index(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    match a.first() {
        Some(t @ Value::Tuple(_)) => {
            let t = t.clone();
            seq_index(vm, &t, a, "tuple")
        }
        _ => Err(type_error(
            "descriptor 'index' for 'tuple' objects needs a tuple",
        )),
    }
}

fn t_count(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("count", a, 1, 1)?;
    match a.first() {
        Some(t @ Value::Tuple(_)) => {
            let t = t.clone();
            Ok(Value::Int(host::seq_count(vm, &t, &a[1])? as i64))
        }
        _ => Err(type_error(
            "descriptor 'count' for 'tuple' objects needs a tuple",
        )),
    }
}

const TUPLE_METHODS: &[(&str, NativeFn)] = &[("index", t_index), ("count", t_count)];

// ----- dict --------------------------------------------------------------------------

fn recv_dict<'a>(
    name: &str,
    a: &'a [Value],
) -> PyResult<&'a PyRef<crate::runtime::object::PyDict>> {
    match a.first() {
        Some(Value::Dict(d)) => Ok(d),
        Some(other) => Err(type_error(format!(
            "descriptor '{name}' for 'dict' objects doesn't apply to a '{}' object",
            type_name(other)
        ))),
        None => Err(type_error(format!(
            "unbound method dict.{name}() needs an argument"
        ))),
    }
}

fn d_get(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("get", a, 1, 2)?;
    let d = recv_dict("get", a)?.clone();
    let v = d.get_item(vm, &a[1])?;
    Ok(v.unwrap_or_else(|| a.get(2).cloned().unwrap_or(Value::None)))
}

fn view(a: &[Value], name: &str, which: u8) -> PyResult<Value> {
    nargs(name, a, 0, 0)?;
    let d = recv_dict(name, a)?;
    Ok(Value::DictView(PyRef::new(DictView {
        dict: d.clone(),
        which,
    })))
}

fn d_keys(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    view(a, "keys", 0)
}
fn d_values(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    view(a, "values", 1)
}
fn d_items(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    view(a, "items", 2)
}

fn d_pop(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("pop", a, 1, 2)?;
    let d = recv_dict("pop", a)?.clone();
    let removed = d.remove_item(vm, &a[1])?;
    match (removed, a.get(2)) {
        (Some(v), _) => Ok(v),
        (None, Some(default)) => Ok(default.clone()),
        (None, None) => Err(key_error(a[1].clone())),
    }
}

fn d_popitem(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("popitem", a, 0, 0)?;
    let d = recv_dict("popitem", a)?;
    let last = d.table.borrow_mut().pop_last();
    match last {
        Some((k, v)) => Ok(Value::tuple(vec![k, v])),
        None => Err(PyErr::new(
            ExcKind::KeyError,
            "popitem(): dictionary is empty",
        )),
    }
}

fn d_setdefault(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("setdefault", a, 1, 2)?;
    let d = recv_dict("setdefault", a)?.clone();
    let default = a.get(2).cloned().unwrap_or(Value::None);
    d.set_default(vm, a[1].clone(), default)
}

fn d_update(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    nargs("update", a, 0, 1)?;
    let d = recv_dict("update", a)?.clone();
    if let Some(src) = a.get(1) {
        vm.dict_update(&a[0], src)?;
    }
    for (k, v) in kw {
        d.set_item(vm, Value::Str(k.clone()), v.clone())?;
    }
    Ok(Value::None)
}

fn d_copy(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("copy", a, 0, 0)?;
    let d = recv_dict("copy", a)?;
    let t = d.table.borrow().clone();
    Ok(Value::Dict(PyRef::new(crate::runtime::object::PyDict {
        table: std::cell::RefCell::new(t),
    })))
}

fn d_clear(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("clear", a, 0, 0)?;
    let d = recv_dict("clear", a)?;
    let old = std::mem::take(&mut *d.table.borrow_mut());
    drop(old);
    Ok(Value::None)
}

const DICT_METHODS: &[(&str, NativeFn)] = &[
    ("get", d_get),
    ("keys", d_keys),
    ("values", d_values),
    ("items", d_items),
    ("pop", d_pop),
    ("popitem", d_popitem),
    ("setdefault", d_setdefault),
    ("update", d_update),
    ("copy", d_copy),
    ("clear", d_clear),
];

// ----- int and float -------------------------------------------------------------------

fn i_bit_length(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("bit_length", a, 0, 0)?;
    Ok(Value::Int(match a.first() {
        Some(Value::Int(i)) => i64::from(64 - i.unsigned_abs().leading_zeros()),
        Some(Value::Bool(b)) => i64::from(*b),
        Some(Value::BigInt(b)) => b.bits() as i64,
        _ => return Err(type_error("descriptor 'bit_length' needs an int")),
    }))
}

/// The receiver of an int method as a big integer (bools are ints).
fn int_recv(name: &str, a: &[Value]) -> PyResult<num_bigint::BigInt> {
    match a.first() {
        Some(Value::Int(i)) => Ok((*i).into()),
        Some(Value::Bool(b)) => Ok(i64::from(*b).into()),
        Some(Value::BigInt(b)) => Ok((**b).clone()),
        _ => Err(type_error(format!("descriptor '{name}' needs an int"))),
    }
}

fn i_bit_count(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("bit_count", a, 0, 0)?;
    let n = int_recv("bit_count", a)?;
    let ones: u64 = n
        .magnitude()
        .iter_u64_digits()
        .map(|d| u64::from(d.count_ones()))
        .sum();
    Ok(Value::Int(ones as i64))
}

/// Binds the arguments of `int.to_bytes(length, byteorder, *, signed)` and
/// `int.from_bytes(bytes, byteorder, *, signed)` (`first` names the first
/// parameter; a missing required one is the caller's to report, after the
/// keywords are bound), with CPython's messages.
pub(crate) fn bind_bytes_args(
    vm: &mut Vm,
    fname: &str,
    pos: &[Value],
    kw: Kw,
    first: &str,
) -> PyResult<(Vec<Option<Value>>, bool)> {
    let mut bound = super::evalexec::bind_args(fname, pos, &[], &[first, "byteorder"], 0, 0)?;
    let mut signed = false;
    for (k, v) in kw {
        let k = k.as_str();
        if k == "signed" {
            signed = vm.truthy(v)?;
        } else if k == first || k == "byteorder" {
            let i = usize::from(k == "byteorder");
            if bound[i].is_some() {
                return Err(type_error(format!(
                    "argument for {fname}() given by name ('{k}') and position ({})",
                    i + 1
                )));
            }
            bound[i] = Some(v.clone());
        } else {
            return Err(type_error(format!(
                "'{k}' is an invalid keyword argument for {fname}()"
            )));
        }
    }
    Ok((bound, signed))
}

/// The `byteorder` argument of `int.to_bytes`/`int.from_bytes` (default
/// 'big'): true for 'little'.
pub(crate) fn byteorder_little(fname: &str, v: &Option<Value>) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(Value::Str(s)) if s.as_str() == "big" => Ok(false),
        Some(Value::Str(s)) if s.as_str() == "little" => Ok(true),
        Some(Value::Str(_)) => Err(value_error("byteorder must be either 'little' or 'big'")),
        Some(v) => Err(type_error(format!(
            "{fname}() argument 'byteorder' must be str, not {}",
            type_name(v)
        ))),
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn i_to_bytes(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    use num_bigint::Sign;
    let n = int_recv("to_bytes", a)?;
    let (bound, signed) = bind_bytes_args(vm, "to_bytes", &a[1..], kw, "length")?;
    let length = match &bound[0] {
        None => 1,
        Some(v) => idx(vm, v)?,
    };
    if length < 0 {
        return Err(value_error("length argument must be non-negative"));
    }
    let little = byteorder_little("to_bytes", &bound[1])?;
    if n.sign() == Sign::Minus && !signed {
        return Err(PyErr::new(
            ExcKind::OverflowError,
            "can't convert negative int to unsigned",
        ));
    }
    let length = length as usize;
    // Two's complement, little-endian, sign-extended to `length` bytes.
    let mut le = n.to_signed_bytes_le();
    if !signed && le.len() > 1 && le.last() == Some(&0) {
        le.pop();
    }
    if n.sign() == Sign::NoSign {
        le.clear();
    }
    if le.len() > length {
        return Err(PyErr::new(ExcKind::OverflowError, "int too big to convert"));
    }
    let fill = if n.sign() == Sign::Minus { 0xff } else { 0 };
    le.resize(length, fill);
    if !little {
        le.reverse();
    }
    Ok(Value::Bytes(PyRef::new(
        crate::runtime::object::PyBytes::new(le),
    )))
}

fn i_as_integer_ratio(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("as_integer_ratio", a, 0, 0)?;
    let n = int_recv("as_integer_ratio", a)?;
    Ok(Value::tuple(vec![Value::from_bigint(n), Value::Int(1)]))
}

fn i_conjugate(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("conjugate", a, 0, 0)?;
    Ok(Value::from_bigint(int_recv("conjugate", a)?))
}

const INT_METHODS: &[(&str, NativeFn)] = &[
    ("bit_length", i_bit_length),
    ("bit_count", i_bit_count),
    ("to_bytes", i_to_bytes),
    ("as_integer_ratio", i_as_integer_ratio),
    ("conjugate", i_conjugate),
];

fn f_is_integer(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("is_integer", a, 0, 0)?;
    match a.first() {
        Some(Value::Float(f)) => Ok(Value::Bool(f.is_finite() && f.fract() == 0.0)),
        _ => Err(type_error("descriptor 'is_integer' needs a float")),
    }
}

const FLOAT_METHODS: &[(&str, NativeFn)] = &[("is_integer", f_is_integer)];

fn recv_bytes<'a>(name: &str, a: &'a [Value]) -> PyResult<&'a [u8]> {
    match a.first() {
        Some(Value::Bytes(b)) => Ok(&b.data),
        _ => Err(type_error(format!(
            "descriptor '{name}' for 'bytes' objects needs a bytes"
        ))),
    }
}

/// `bytes.decode` (also serves `bytearray.decode` on a copy).
pub(crate) fn bytes_decode(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    b_decode(vm, a, kw)
}

fn b_decode(_: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    nargs("decode", a, 0, 2)?;
    let data = recv_bytes("decode", a)?;
    let enc_arg = a.get(1).or_else(|| {
        kw.iter()
            .find(|(k, _)| k.as_str() == "encoding")
            .map(|(_, v)| v)
    });
    let enc = match enc_arg {
        Some(Value::Str(e)) => e.as_str().to_ascii_lowercase().replace('_', "-"),
        _ => "utf-8".to_string(),
    };
    match enc.as_str() {
        "utf-8" | "utf8" => match std::str::from_utf8(data) {
            Ok(s) => Ok(Value::str(s)),
            Err(e) => {
                let pos = e.valid_up_to();
                let byte = data.get(pos).copied().unwrap_or(0);
                let why = if e.error_len().is_none() {
                    "unexpected end of data"
                } else if (0x80..0xc0).contains(&byte) || byte >= 0xf8 {
                    "invalid start byte"
                } else {
                    "invalid continuation byte"
                };
                let end = if e.error_len().is_none() {
                    data.len()
                } else {
                    pos + 1
                };
                Err(crate::vm::excobj::decode_error(
                    "utf-8", data, pos, end, why,
                ))
            }
        },
        "ascii" => match data.iter().position(|&b| b >= 0x80) {
            Some(pos) => Err(crate::vm::excobj::decode_error(
                "ascii",
                data,
                pos,
                pos + 1,
                "ordinal not in range(128)",
            )),
            None => Ok(Value::string(data.iter().map(|&b| b as char).collect())),
        },
        "latin-1" | "latin1" | "iso-8859-1" => {
            Ok(Value::string(data.iter().map(|&b| b as char).collect()))
        }
        _ => Err(PyErr::new(
            ExcKind::LookupError,
            format!("unknown encoding: {enc}"),
        )),
    }
}

fn b_hex(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("hex", a, 0, 0)?;
    let data = recv_bytes("hex", a)?;
    Ok(Value::string(
        data.iter().map(|b| format!("{b:02x}")).collect(),
    ))
}

const BYTES_METHODS: &[(&str, NativeFn)] = &[("decode", b_decode), ("hex", b_hex)];

/// `slice.indices(length)`: (start, stop, step) clipped to a sequence of
/// that length.
fn sl_indices(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    nargs("indices", a, 1, 1)?;
    let Some(Value::Slice(s)) = a.first() else {
        return Err(type_error("descriptor 'indices' needs a slice"));
    };
    let n = vm.index_value(&a[1])?;
    if n < 0 {
        return Err(value_error("length should not be negative"));
    }
    let (start, stop, step, _) = seq::slice_indices(s, n as usize)?;
    Ok(Value::tuple(vec![
        Value::Int(start),
        Value::Int(stop),
        Value::Int(step),
    ]))
}

const SLICE_METHODS: &[(&str, NativeFn)] = &[("indices", sl_indices)];

impl Vm {
    /// `d.update(src)` for a dict, or an iterable of pairs.
    pub fn dict_update(&mut self, d: &Value, src: &Value) -> PyResult<()> {
        let Value::Dict(d) = d else {
            return Err(type_error("dict update on a non-dict"));
        };
        let d = d.clone();
        if let Value::Dict(s) = src {
            return crate::runtime::dict::merge(self, &d, s);
        }
        if self.merge_mapping(&d, src)? {
            return Ok(());
        }
        // Pairs are taken one at a time; only a TypeError from making an
        // element's iterator is reported as a bad element.
        let it = self.get_iter(src)?;
        let mut i = 0usize;
        while let Some(item) = self.iter_next(&it)? {
            let pair = match self.get_iter(&item) {
                Ok(pit) => self.collect(&pit)?,
                Err(e) if e.matches(ExcKind::TypeError) => {
                    return Err(type_error(format!(
                        "cannot convert dictionary update sequence element #{i} to a sequence"
                    )));
                }
                Err(e) => return Err(e),
            };
            if pair.len() != 2 {
                return Err(value_error(format!(
                    "dictionary update sequence element #{i} has length {}; 2 is required",
                    pair.len()
                )));
            }
            d.set_item(self, pair[0].clone(), pair[1].clone())?;
            i += 1;
        }
        Ok(())
    }
}
