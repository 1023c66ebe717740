//! The `builtins` module: built-in functions and the constructors of the
//! built-in types (calling `int`, `str`, `ValueError`, ...).

use super::Vm;
use crate::runtime::int::{self, as_int};
use crate::runtime::iter::{index_arg, new_iter};
use crate::runtime::object::{
    IterState, NativeFn, PyBuiltin, PyDict, PyRange, PySlice, PyStr, PyType, TypeKind,
};
use crate::runtime::types::{
    ExcKind, PyErr, PyResult, exc_type, new_exception, type_error, type_name, type_of, value_error,
    with_types,
};
use crate::runtime::{PyRef, Value, fmt_err, format, hash, ops, repr};

type Kw<'a> = &'a [(PyRef<PyStr>, Value)];

/// Registers every built-in name in `vm.builtins`.
pub fn install(vm: &mut Vm) {
    let mut t = vm.builtins.table.borrow_mut();
    for (name, f) in FUNCTIONS.iter().chain(super::evalexec::FUNCTIONS) {
        t.insert_str(
            name,
            Value::Builtin(PyRef::new(PyBuiltin {
                name,
                func: *f,
                bound: None,
                owner: "",
                objclass: None,
            })),
        );
    }
    with_types(|ty| {
        for (name, typ) in [
            ("object", &ty.object),
            ("int", &ty.int),
            ("bool", &ty.bool),
            ("float", &ty.float),
            ("str", &ty.str),
            ("list", &ty.list),
            ("tuple", &ty.tuple),
            ("dict", &ty.dict),
            ("range", &ty.range),
            ("type", &ty.type_),
            ("slice", &ty.slice),
            ("bytes", &ty.bytes),
            ("complex", &ty.complex),
            ("bytearray", &ty.bytearray),
            ("set", &ty.set),
            ("frozenset", &ty.frozenset),
            ("map", &ty.map),
            ("filter", &ty.filter),
        ] {
            t.insert_str(name, Value::Type(typ.clone()));
        }
        for &k in ExcKind::ALL {
            t.insert_str(k.name(), Value::Type(ty.exc[k as usize].clone()));
        }
        for alias in ["EnvironmentError", "IOError"] {
            t.insert_str(
                alias,
                Value::Type(ty.exc[ExcKind::OSError as usize].clone()),
            );
        }
    });
    with_types(|ty| {
        for (name, typ) in [
            ("property", &ty.property),
            ("staticmethod", &ty.staticmethod),
            ("classmethod", &ty.classmethod),
            ("super", &ty.super_),
        ] {
            t.insert_str(name, Value::Type(typ.clone()));
        }
    });
    t.insert_str(
        "__build_class__",
        Value::Builtin(PyRef::new(PyBuiltin {
            name: "__build_class__",
            func: |vm, a, k| vm.build_class(a, k),
            bound: None,
            owner: "",
            objclass: None,
        })),
    );
    drop(t);
    super::class::install_type_dicts();
    super::classmethods::install();
    let mut t = vm.builtins.table.borrow_mut();
    t.insert_str("Ellipsis", Value::Ellipsis);
    t.insert_str("NotImplemented", Value::NotImplemented);
    t.insert_str("__name__", Value::str("builtins"));
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("print", b_print),
    ("len", b_len),
    ("abs", b_abs),
    ("min", b_min),
    ("max", b_max),
    ("sum", b_sum),
    ("repr", b_repr),
    ("ascii", b_ascii),
    ("isinstance", b_isinstance),
    ("issubclass", b_issubclass),
    ("sorted", b_sorted),
    ("reversed", b_reversed),
    ("enumerate", b_enumerate),
    ("zip", b_zip),
    ("divmod", b_divmod),
    ("pow", b_pow),
    ("round", b_round),
    ("chr", b_chr),
    ("ord", b_ord),
    ("all", b_all),
    ("any", b_any),
    ("hex", b_hex),
    ("oct", b_oct),
    ("bin", b_bin),
    ("iter", b_iter),
    ("next", b_next),
    ("hash", b_hash),
    ("id", b_id),
    ("callable", b_callable),
    ("getattr", b_getattr),
    ("setattr", b_setattr),
    ("hasattr", b_hasattr),
    ("delattr", b_delattr),
    ("format", b_format),
    ("input", b_input),
];

fn exactly(name: &str, args: &[Value], kw: Kw, n: usize) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    if args.len() != n {
        return Err(type_error(match n {
            1 => format!("{name}() takes exactly one argument ({} given)", args.len()),
            _ => format!("{name} expected {n} arguments, got {}", args.len()),
        }));
    }
    Ok(())
}

fn range_args(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    if args.len() < min {
        return Err(type_error(format!(
            "{name} expected at least {min} argument{}, got {}",
            if min == 1 { "" } else { "s" },
            args.len()
        )));
    }
    if args.len() > max {
        return Err(type_error(format!(
            "{name} expected at most {max} argument{}, got {}",
            if max == 1 { "" } else { "s" },
            args.len()
        )));
    }
    Ok(())
}

pub(crate) fn kwarg<'a>(kw: Kw<'a>, name: &str) -> Option<&'a Value> {
    kw.iter().find(|(k, _)| k.as_str() == name).map(|(_, v)| v)
}

pub(crate) fn only_kw(fname: &str, kw: Kw, allowed: &[&str]) -> PyResult<()> {
    if allowed.is_empty() && !kw.is_empty() {
        return Err(type_error(format!("{fname}() takes no keyword arguments")));
    }
    for (k, _) in kw {
        if !allowed.contains(&k.as_str()) {
            return Err(type_error(format!(
                "'{}' is an invalid keyword argument for {fname}()",
                k.as_str()
            )));
        }
    }
    Ok(())
}

fn b_print(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    only_kw("print", kw, &["sep", "end", "file", "flush"])?;
    let sep = match kwarg(kw, "sep") {
        None | Some(Value::None) => " ".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(type_error(format!(
                "sep must be None or a string, not {}",
                type_name(other)
            )));
        }
    };
    let end = match kwarg(kw, "end") {
        None | Some(Value::None) => "\n".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(type_error(format!(
                "end must be None or a string, not {}",
                type_name(other)
            )));
        }
    };
    let mut text = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            text.push_str(&sep);
        }
        match a {
            Value::Str(s) => text.push_str(s.as_str()),
            other => text.push_str(&vm.str_of(other)?),
        }
    }
    text.push_str(&end);
    let to_stderr = match kwarg(kw, "file") {
        None | Some(Value::None) => false,
        Some(f) => super::modules::is_stderr(f),
    };
    if to_stderr {
        vm.flush();
        eprint!("{text}");
    } else {
        vm.write_out(&text);
        if kwarg(kw, "flush").is_some_and(ops::truthy) {
            vm.flush();
        }
    }
    Ok(Value::None)
}

fn b_len(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    exactly("len", args, kw, 1)?;
    Ok(Value::Int(vm.len(&args[0])? as i64))
}

fn b_abs(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    exactly("abs", args, kw, 1)?;
    vm.unary_op("__abs__", &args[0])
}

fn b_repr(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    exactly("repr", args, kw, 1)?;
    vm.repr_value(&args[0])
}

fn b_ascii(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    exactly("ascii", args, kw, 1)?;
    Ok(Value::string(repr::ascii(&args[0])?))
}

fn minmax(vm: &mut Vm, args: &[Value], kw: Kw, name: &str, want: ops::CmpOp) -> PyResult<Value> {
    only_kw(name, kw, &["key", "default"])?;
    if args.is_empty() {
        return Err(type_error(format!(
            "{name} expected at least 1 argument, got 0"
        )));
    }
    let items = if args.len() == 1 {
        vm.collect(&args[0])?
    } else {
        args.to_vec()
    };
    let default = kwarg(kw, "default");
    if args.len() > 1 && default.is_some() {
        return Err(type_error(format!(
            "Cannot specify a default for {name}() with multiple positional arguments"
        )));
    }
    let key = kwarg(kw, "key").filter(|k| !k.is_none()).cloned();
    let mut best: Option<(Value, Value)> = None;
    for it in items {
        let k = match &key {
            Some(f) => vm.call_value(f, std::slice::from_ref(&it), &[])?,
            None => it.clone(),
        };
        best = match best {
            None => Some((k, it)),
            Some((bk, bv)) => {
                if vm.compare_bool(want, &k, &bk)? {
                    Some((k, it))
                } else {
                    Some((bk, bv))
                }
            }
        };
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match default {
            Some(d) => Ok(d.clone()),
            None => Err(value_error(format!("{name}() arg is an empty sequence"))),
        },
    }
}

fn b_min(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    minmax(vm, args, kw, "min", ops::CmpOp::Lt)
}

fn b_max(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    minmax(vm, args, kw, "max", ops::CmpOp::Gt)
}

fn b_sum(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = super::evalexec::bind_args("sum", args, kw, &["iterable", "start"], 1, 1)?;
    let mut acc = a[1].clone().unwrap_or(Value::Int(0));
    if let Value::Str(_) = acc {
        return Err(type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    for it in vm.collect(&args[0])? {
        acc = match (&acc, &it) {
            (Value::Int(a), Value::Int(b)) if a.checked_add(*b).is_some() => Value::Int(a + b),
            (Value::Float(a), Value::Float(b)) => Value::Float(a + b),
            _ => vm.binary_op(ops::BinOp::Add, &acc, &it)?,
        };
    }
    Ok(acc)
}

fn b_isinstance(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    exactly("isinstance", args, kw, 2)?;
    vm.isinstance(&args[0], &args[1]).map(Value::Bool)
}

fn b_issubclass(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    exactly("issubclass", args, kw, 2)?;
    vm.issubclass(&args[0], &args[1]).map(Value::Bool)
}

/// Sorts `items` in place (stably), by `key` when it is not None.
pub fn sort_values(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: &Value,
    reverse: bool,
) -> PyResult<()> {
    let keys: Vec<Value> = if key.is_none() {
        items.clone()
    } else {
        let mut ks = Vec::with_capacity(items.len());
        for it in items.iter() {
            ks.push(vm.call_value(key, std::slice::from_ref(it), &[])?);
        }
        ks
    };
    let mut pairs: Vec<(Value, Value)> = keys.into_iter().zip(items.drain(..)).collect();
    if reverse {
        pairs.reverse();
    }
    let r = super::sort::merge_sort(&mut pairs, &mut |a, b| match (&a.0, &b.0) {
        (Value::Int(x), Value::Int(y)) => Ok(x < y),
        (Value::Float(x), Value::Float(y)) => Ok(x < y),
        (Value::Str(x), Value::Str(y)) => Ok(x.as_str() < y.as_str()),
        (x, y) => vm.compare_bool(ops::CmpOp::Lt, x, y),
    });
    if reverse {
        pairs.reverse();
    }
    items.extend(pairs.into_iter().map(|(_, v)| v));
    r
}

fn b_sorted(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    only_kw("sort", kw, &["key", "reverse"])?;
    if args.len() != 1 {
        return Err(type_error(format!(
            "sorted expected 1 argument, got {}",
            args.len()
        )));
    }
    let mut items = vm.collect(&args[0])?;
    let key = kwarg(kw, "key").cloned().unwrap_or(Value::None);
    // `reverse` is parsed as a C int, as CPython's sorted() does.
    let reverse = match kwarg(kw, "reverse") {
        Some(v) => vm.index_value(v)? != 0,
        None => false,
    };
    sort_values(vm, &mut items, &key, reverse)?;
    Ok(Value::list(items))
}

fn b_reversed(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error("reversed() takes no keyword arguments"));
    }
    if args.len() != 1 {
        return Err(type_error(format!(
            "reversed expected 1 argument, got {}",
            args.len()
        )));
    }
    if let Value::Object(_) = &args[0] {
        let obj = &args[0];
        let rev = super::protocol::special(obj, "__reversed__");
        if let Some(Value::None) = rev {
            return Err(type_error(format!(
                "'{}' object is not reversible",
                type_name(obj)
            )));
        }
        if let Some(f) = rev {
            return vm.call_special(&f, obj, &[]);
        }
        if super::protocol::special(obj, "__getitem__").is_some() {
            // The sequence protocol, from the end: obj[len-1], ..., obj[0].
            let n = vm.len(obj)?;
            let mut items = Vec::with_capacity(n);
            for i in (0..n).rev() {
                items.push(vm.getitem(obj, &Value::Int(i as i64))?);
            }
            return Ok(new_iter(IterState::Values { items, index: 0 }, "reversed"));
        }
        let inner = super::protocol::unwrap_builtin(obj);
        if !inner.is(obj) {
            return b_reversed(vm, &[inner], kw);
        }
    }
    Ok(match &args[0] {
        Value::List(l) => {
            let n = l.items.borrow().len();
            new_iter(
                IterState::ListReversed {
                    list: l.clone(),
                    index: n,
                },
                "list_reverseiterator",
            )
        }
        Value::Tuple(_) | Value::Str(_) | Value::Range(_) | Value::Dict(_) | Value::DictView(_) => {
            let mut items = vm.collect(&args[0])?;
            items.reverse();
            new_iter(IterState::Values { items, index: 0 }, "reversed")
        }
        other => {
            return Err(type_error(format!(
                "'{}' object is not reversible",
                type_name(other)
            )));
        }
    })
}

fn b_enumerate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = super::evalexec::bind_args("enumerate", args, kw, &["iterable", "start"], 0, 0)?;
    let Some(iterable) = &a[0] else {
        return Err(type_error(
            "enumerate() missing required argument 'iterable'",
        ));
    };
    let start = match &a[1] {
        Some(v) => vm.index_value(v)?,
        None => 0,
    };
    let inner = vm.get_iter(iterable)?;
    Ok(new_iter(
        IterState::Enumerate {
            inner,
            count: start,
        },
        "enumerate",
    ))
}

fn b_zip(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    only_kw("zip", kw, &["strict"])?;
    let strict = match kwarg(kw, "strict") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut inners = Vec::with_capacity(args.len());
    for a in args {
        inners.push(vm.get_iter(a)?);
    }
    Ok(new_iter(IterState::Zip { inners, strict }, "zip"))
}

fn b_divmod(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    exactly("divmod", args, kw, 2)?;
    vm.divmod(&args[0], &args[1])
}

fn b_pow(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    only_kw("pow", kw, &["base", "exp", "mod"])?;
    let a = super::evalexec::bind_args("pow", args, kw, &["base", "exp", "mod"], 2, 0)?;
    let (Some(x), Some(y)) = (&a[0], &a[1]) else {
        return Err(type_error("pow() missing required argument"));
    };
    match &a[2] {
        None | Some(Value::None) => vm.binary_op(ops::BinOp::Pow, x, y),
        Some(m) => vm.pow3(x, y, m),
    }
}

fn b_round(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let bound = super::evalexec::bind_args("round", args, kw, &["number", "ndigits"], 1, 0)?;
    let Some(number) = bound[0].clone() else {
        return Err(type_error(
            "round() missing required argument 'number' (pos 1)",
        ));
    };
    let nd = bound[1].as_ref().filter(|v| !v.is_none());
    if super::protocol::special(&number, "__round__").is_some() {
        let m = vm.getattr(&number, "__round__")?;
        let rest: Vec<Value> = nd.into_iter().cloned().collect();
        return vm.call_value(&m, &rest, &[]);
    }
    let number = super::protocol::unwrap_builtin(&number);
    match &number {
        Value::Float(f) => match nd {
            None => format::round_float_to_int(*f)
                .map(Value::from_bigint)
                .map_err(fmt_err),
            Some(n) => {
                let n = vm.index_value(n)?;
                format::round_float(*f, n)
                    .map(Value::Float)
                    .map_err(fmt_err)
            }
        },
        v if as_int(v).is_some() => {
            let Some(n) = nd else { return ops::pos(v) };
            let n = vm.index_value(n)?;
            if n >= 0 {
                return ops::pos(v);
            }
            // Round to a multiple of 10**-n, half to even.
            let Some(i) = as_int(v) else {
                return ops::pos(v);
            };
            let p = int::pow(int::IntRef::Small(10), int::IntRef::Small(-n))?;
            let Some(pr) = as_int(&p) else {
                return ops::pos(v);
            };
            let (q, r) = int::divmod(i, pr)?;
            let twice = ops::binary_op(ops::BinOp::Mul, &r, &Value::Int(2))?;
            let c = ops::compare(ops::CmpOp::Gt, &twice, &p)?;
            let tie = ops::values_equal(&twice, &p);
            let q_odd = matches!(
                ops::binary_op(ops::BinOp::Mod, &q, &Value::Int(2))?,
                Value::Int(1)
            );
            let q = if c || (tie && q_odd) {
                ops::binary_op(ops::BinOp::Add, &q, &Value::Int(1))?
            } else {
                q
            };
            ops::binary_op(ops::BinOp::Mul, &q, &p)
        }
        other => Err(type_error(format!(
            "type {} doesn't define __round__ method",
            type_name(other)
        ))),
    }
}

fn b_chr(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    exactly("chr", args, kw, 1)?;
    let arg = match &args[0] {
        v @ Value::Object(_) => vm.index_int(v)?,
        v => v.clone(),
    };
    let i = match as_int(&arg) {
        Some(i) => int::to_i64(i).unwrap_or(-1),
        None => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(&args[0])
            )));
        }
    };
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(Value::string(c.to_string())),
        None if (0xd800..0xe000).contains(&i) => Err(value_error("chr() arg is a lone surrogate")),
        None => Err(value_error("chr() arg not in range(0x110000)")),
    }
}

fn b_ord(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    exactly("ord", args, kw, 1)?;
    match &args[0] {
        Value::Str(s) => {
            if s.len() != 1 {
                return Err(type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.len()
                )));
            }
            Ok(Value::Int(s.char_at(0).map_or(0, |c| c as i64)))
        }
        other => Err(type_error(format!(
            "ord() expected string of length 1, but {} found",
            type_name(other)
        ))),
    }
}

fn b_all(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    exactly("all", args, kw, 1)?;
    let it = vm.get_iter(&args[0])?;
    while let Some(v) = vm.iter_next(&it)? {
        if !vm.truthy(&v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn b_any(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    exactly("any", args, kw, 1)?;
    let it = vm.get_iter(&args[0])?;
    while let Some(v) = vm.iter_next(&it)? {
        if vm.truthy(&v)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn base_fn(vm: &mut Vm, name: &str, args: &[Value], kw: Kw, base: u32) -> PyResult<Value> {
    exactly(name, args, kw, 1)?;
    if let Value::Object(_) = &args[0] {
        let i = vm.index_value(&args[0])?;
        return Ok(Value::string(format::int_to_base(
            &num_bigint::BigInt::from(i),
            base,
            true,
        )));
    }
    match as_int(&args[0]) {
        Some(i) => Ok(Value::string(format::int_to_base(&i.big(), base, true))),
        None => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(&args[0])
        ))),
    }
}

fn b_hex(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    base_fn(vm, "hex", args, kw, 16)
}
fn b_oct(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    base_fn(vm, "oct", args, kw, 8)
}
fn b_bin(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    base_fn(vm, "bin", args, kw, 2)
}

fn b_iter(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error("iter() takes no keyword arguments"));
    }
    range_args("iter", args, 1, 2)?;
    match args.get(1) {
        Some(sentinel) => super::lazyiter::callable_iter(&args[0], sentinel),
        None => vm.get_iter(&args[0]),
    }
}

fn b_next(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    range_args("next", args, 1, 2)?;
    let _ = kw;
    if let Value::Object(_) = &args[0] {
        // `__next__` is called directly so that its StopIteration (and the
        // value it carries) reaches the caller unchanged.
        return match vm.call_next(&args[0]) {
            Err(e) if e.matches(ExcKind::StopIteration) && args.len() == 2 => Ok(args[1].clone()),
            r => r,
        };
    }
    let next = match vm.next_keeping_stop(&args[0]) {
        Err(e) if e.matches(ExcKind::StopIteration) && args.len() == 2 => Ok(None),
        r => r,
    };
    match next? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(PyErr::with_args(ExcKind::StopIteration, vec![])),
        },
    }
}

fn b_hash(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    exactly("hash", args, kw, 1)?;
    Ok(Value::Int(vm.hash_of(&args[0])?))
}

fn b_id(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    exactly("id", args, kw, 1)?;
    let p = args[0].heap_ptr() as usize;
    Ok(Value::Int(if p != 0 {
        p as i64
    } else {
        // Inline values have no address; derive a stable number from the bits.
        (hash::py_hash(&args[0]).unwrap_or(0) & 0xffff_ffff) | (i64::from(args[0].tag()) << 40)
    }))
}

fn b_callable(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    exactly("callable", args, kw, 1)?;
    Ok(Value::Bool(super::lazyiter::is_callable(&args[0])))
}

fn attr_name(_fname: &str, v: &Value) -> PyResult<std::rc::Rc<str>> {
    match v {
        Value::Str(s) => Ok(s.as_str().into()),
        // An instance of a str subclass names the attribute by its value.
        Value::Object(o) if matches!(o.builtin_value(), Some(Value::Str(_))) => {
            match o.builtin_value() {
                Some(Value::Str(s)) => Ok(s.as_str().into()),
                _ => Err(type_error("attribute name must be string")),
            }
        }
        other => Err(type_error(format!(
            "attribute name must be string, not '{}'",
            type_name(other)
        ))),
    }
}

fn b_getattr(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    range_args("getattr", args, 2, 3)?;
    let _ = kw;
    let name = attr_name("getattr", &args[1])?;
    match vm.getattr(&args[0], &name) {
        Ok(v) => Ok(v),
        Err(e) if e.matches(ExcKind::AttributeError) && args.len() == 3 => Ok(args[2].clone()),
        Err(e) => Err(e),
    }
}

fn b_setattr(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    exactly("setattr", args, kw, 3)?;
    let name = attr_name("setattr", &args[1])?;
    // A str subclass's instance is kept as the name object.
    let key = matches!(&args[1], Value::Object(_)).then_some(&args[1]);
    vm.setattr_key(&args[0], &name, key, args[2].clone())?;
    Ok(Value::None)
}

fn b_hasattr(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    exactly("hasattr", args, kw, 2)?;
    let name = attr_name("hasattr", &args[1])?;
    match vm.getattr(&args[0], &name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if e.matches(ExcKind::AttributeError) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn b_delattr(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    exactly("delattr", args, kw, 2)?;
    let name = attr_name("delattr", &args[1])?;
    vm.delattr(&args[0], &name)?;
    Ok(Value::None)
}

fn b_format(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    range_args("format", args, 1, 2)?;
    let _ = kw;
    let spec = match args.get(1) {
        None => String::new(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(type_error(format!(
                "format() argument 2 must be str, not {}",
                type_name(other)
            )));
        }
    };
    vm.format_value(&args[0], &spec).map(Value::string)
}

fn b_input(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    range_args("input", args, 0, 1)?;
    let _ = kw;
    if let Some(p) = args.first() {
        let s = repr::str_of(p)?;
        vm.write_out(&s);
    }
    vm.flush();
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) => Err(PyErr::new(ExcKind::EOFError, "EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(Value::string(line))
        }
        Err(e) => Err(PyErr::new(ExcKind::OSError, e.to_string())),
    }
}

// ----- type constructors ------------------------------------------------------------

/// Calls a type object: `int(x)`, `ValueError("msg")`, ...
pub fn call_type(vm: &mut Vm, t: &PyRef<PyType>, args: &[Value], kw: Kw) -> PyResult<Value> {
    if t.kind == TypeKind::Iterator
        && let Some(r) = super::lazyiter::call_iter_type(vm, t, args, kw)
    {
        return r;
    }
    match t.kind {
        TypeKind::Int => super::numbers::make_int(vm, args, kw),
        TypeKind::Float => super::numbers::make_float(vm, args, kw),
        TypeKind::Complex => super::numbers::make_complex(vm, args, kw),
        TypeKind::ByteArray => super::bytearray::make_bytearray(vm, args, kw),
        TypeKind::Str => super::bytearray::make_str(vm, args, kw),
        TypeKind::Cell => {
            only_kw("cell", kw, &[])?;
            range_args("cell", args, 0, 1)?;
            let value = args.first().cloned().unwrap_or(Value::Unbound);
            Ok(Value::Cell(PyRef::new(crate::runtime::object::PyCell {
                value: std::cell::RefCell::new(value),
            })))
        }
        TypeKind::Bool => {
            only_kw("bool", kw, &[])?;
            range_args("bool", args, 0, 1)?;
            Ok(Value::Bool(match args.first() {
                None => false,
                Some(v) => vm.truthy(v)?,
            }))
        }
        TypeKind::List => {
            only_kw("list", kw, &[])?;
            range_args("list", args, 0, 1)?;
            Ok(Value::list(match args.first() {
                None => Vec::new(),
                Some(v) => vm.collect(v)?,
            }))
        }
        TypeKind::Tuple => {
            only_kw("tuple", kw, &[])?;
            range_args("tuple", args, 0, 1)?;
            match args.first() {
                None => Ok(Value::tuple(Vec::new())),
                Some(v @ Value::Tuple(_)) => Ok(v.clone()),
                Some(v) => Ok(Value::tuple(vm.collect(v)?)),
            }
        }
        TypeKind::Dict => {
            range_args("dict", args, 0, 1)?;
            let d = Value::Dict(PyRef::new(PyDict::new()));
            if let Some(src) = args.first() {
                vm.dict_update(&d, src)?;
            }
            if let Value::Dict(dd) = &d {
                let mut t = dd.table.borrow_mut();
                for (k, v) in kw {
                    t.insert(Value::Str(k.clone()), v.clone())?;
                }
            }
            Ok(d)
        }
        TypeKind::Range => {
            only_kw("range", kw, &[])?;
            range_args("range", args, 1, 3)?;
            let mut ints = Vec::with_capacity(3);
            for a in args {
                let i = vm.index_int(a)?;
                ints.push(index_arg(&i)?);
            }
            let (start, stop, step) = match ints[..] {
                [stop] => (0, stop, 1),
                [start, stop] => (start, stop, 1),
                [start, stop, step, ..] => (start, stop, step),
                [] => (0, 0, 1),
            };
            if step == 0 {
                return Err(value_error("range() arg 3 must not be zero"));
            }
            Ok(Value::Range(PyRef::new(PyRange { start, stop, step })))
        }
        TypeKind::Bytes => make_bytes(vm, args, kw),
        TypeKind::Set => super::setmethods::construct(vm, false, args, kw),
        TypeKind::FrozenSet => super::setmethods::construct(vm, true, args, kw),
        TypeKind::Slice => {
            range_args("slice", args, 1, 3)?;
            let (start, stop, step) = match args.len() {
                1 => (Value::None, args[0].clone(), Value::None),
                2 => (args[0].clone(), args[1].clone(), Value::None),
                _ => (args[0].clone(), args[1].clone(), args[2].clone()),
            };
            Ok(Value::Slice(PyRef::new(PySlice { start, stop, step })))
        }
        TypeKind::Type => {
            if args.len() == 1 && kw.is_empty() {
                return Ok(Value::Type(type_of(&args[0])));
            }
            Err(type_error("type() takes 1 or 3 arguments"))
        }
        TypeKind::Exception(k) => {
            let e = if super::excobj::is_os_error(k) {
                super::excobj::make_os_error(vm, t, args)?
            } else if matches!(k, ExcKind::BaseExceptionGroup | ExcKind::ExceptionGroup) {
                super::excobj::make_group(vm, t, args)?
            } else {
                new_exception(t.clone(), args.to_vec())
            };
            if !kw.is_empty() || super::excobj::has_init_fields(k) {
                super::excobj::init_exception(vm, &e, args, kw)?;
            }
            Ok(Value::Exception(e))
        }
        TypeKind::Namespace if &*t.name() == "SimpleNamespace" => {
            if !args.is_empty() {
                return Err(type_error("no positional arguments expected"));
            }
            let d = PyRef::new(PyDict::new());
            for (name, v) in kw {
                d.table.borrow_mut().insert_str(name.as_str(), v.clone());
            }
            Ok(Value::Namespace(PyRef::new_typed(
                crate::runtime::object::PyNamespace { dict: d },
                t.clone(),
            )))
        }
        TypeKind::Module => {
            let a = super::evalexec::bind_args("module", args, kw, &["name", "doc"], 1, 0)?;
            let name = match &a[0] {
                Some(Value::Str(s)) => s.as_str().to_string(),
                Some(other) => {
                    return Err(type_error(format!(
                        "module.__init__() argument 'name' must be str, not {}",
                        type_name(other)
                    )));
                }
                None => String::new(),
            };
            let d = PyRef::new(PyDict::new());
            {
                let mut tb = d.table.borrow_mut();
                tb.insert_str("__name__", Value::str(&name));
                tb.insert_str("__doc__", a[1].clone().unwrap_or(Value::None));
                tb.insert_str("__package__", Value::None);
                tb.insert_str("__loader__", Value::None);
                tb.insert_str("__spec__", Value::None);
            }
            Ok(Value::Module(PyRef::new(
                crate::runtime::object::PyModule { name, dict: d },
            )))
        }
        _ => Err(type_error(format!(
            "cannot create '{}' instances",
            t.name()
        ))),
    }
}

/// The bytes of `s` in `encoding` (utf-8, ascii or latin-1), as `str.encode`.
pub fn encode_str(s: &str, encoding: &str) -> PyResult<Vec<u8>> {
    let enc = encoding.to_ascii_lowercase().replace('_', "-");
    match enc.as_str() {
        "utf-8" | "utf8" => Ok(s.as_bytes().to_vec()),
        "ascii" | "latin-1" | "latin1" | "iso-8859-1" => {
            let limit = if enc == "ascii" { 0x80 } else { 0x100 };
            let mut out = Vec::with_capacity(s.len());
            for (i, c) in s.chars().enumerate() {
                let n = c as u32;
                if n >= limit {
                    let name = if enc == "ascii" { "ascii" } else { "latin-1" };
                    // The error covers the whole run of unencodable characters.
                    let run = s.chars().skip(i).take_while(|c| *c as u32 >= limit).count();
                    return Err(PyErr::with_args(
                        ExcKind::UnicodeEncodeError,
                        vec![
                            Value::str(name),
                            Value::str(s),
                            Value::Int(i as i64),
                            Value::Int((i + run) as i64),
                            Value::string(format!("ordinal not in range({limit})")),
                        ],
                    ));
                }
                out.push(n as u8);
            }
            Ok(out)
        }
        _ => Err(PyErr::new(
            ExcKind::LookupError,
            format!("unknown encoding: {encoding}"),
        )),
    }
}

fn make_bytes(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = super::evalexec::bind_args("bytes", args, kw, &["source", "encoding", "errors"], 0, 0)?;
    let data = match (&a[0], &a[1]) {
        (None, _) => Vec::new(),
        (Some(Value::Str(s)), Some(Value::Str(e))) => encode_str(s.as_str(), e.as_str())?,
        (Some(Value::Str(_)), _) => return Err(type_error("string argument without an encoding")),
        (Some(_), Some(_)) => return Err(type_error("encoding without a string argument")),
        (Some(v), None) => super::bytearray::bytes_from_source(vm, v, "bytes")?,
    };
    Ok(Value::Bytes(PyRef::new(
        crate::runtime::object::PyBytes::new(data),
    )))
}

/// Makes an exception instance of a built-in class.
pub fn new_exc(k: ExcKind, args: Vec<Value>) -> Value {
    Value::Exception(new_exception(exc_type(k), args))
}
