//! The special methods of the built-in types as attributes (`int.__add__`,
//! `list.__getitem__`, `object.__repr__`, ...), declared in one table per
//! group of types and installed in the types' dicts as method descriptors.
//!
//! Each wrapper works on the built-in value its receiver carries (a `list`
//! subclass instance stands for its list), so `super().__getitem__(k)` in a
//! subclass reaches the built-in behaviour, and calls the same runtime
//! functions the interpreter's fast paths call: there is one implementation
//! of each operation. The protocol layer (`vm::protocol`) does not call
//! these wrappers for built-in values; it recognises them as "not defined by
//! a class" and uses the built-in behaviour directly.

use super::Vm;
use super::protocol::unwrap_builtin;
use crate::runtime::object::{NativeFn, PyStr, PyType};
use crate::runtime::ops::{self, BinOp, CmpOp};
use crate::runtime::types::{ExcKind, PyErr, PyResult, Types, type_error};
use crate::runtime::{PyRef, Value, hash, iter, repr, seq};

type Kw<'a> = &'a [(PyRef<PyStr>, Value)];

/// The `owner` of these wrappers' method descriptors: calls pass them the
/// receiver as it is (see `recv`), not the built-in value it carries.
pub(crate) const OWNER: &str = crate::runtime::object::SLOT_OWNER;

fn recv(args: &[Value], n: usize, name: &str) -> PyResult<Value> {
    if args.len() != n {
        return Err(type_error(format!(
            "{name} expected {} argument{}, got {}",
            n - 1,
            if n == 2 { "" } else { "s" },
            args.len().saturating_sub(1)
        )));
    }
    Ok(unwrap_builtin(&args[0]))
}

/// A TypeError from a built-in operation becomes NotImplemented, so the
/// other operand's method is tried (as CPython's slot wrappers do).
fn or_not_implemented(r: PyResult<Value>) -> PyResult<Value> {
    match r {
        Err(e) if e.matches(ExcKind::TypeError) => Ok(Value::NotImplemented),
        r => r,
    }
}

/// `x op y` on built-in values: the set algebra needs the VM (hashing may
/// call Python code), everything else is the runtime's.
fn builtin_binop(vm: &mut Vm, op: BinOp, x: &Value, y: &Value) -> PyResult<Value> {
    if super::setmethods::is_anyset(x)
        && super::setmethods::is_anyset(y)
        && let Some(v) = vm.set_binary(op, x, y)?
    {
        return Ok(v);
    }
    ops::binary_op(op, x, y)
}

macro_rules! binop_wrappers {
    ($($f:ident, $rf:ident, $op:expr;)*) => {$(
        fn $f(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
            let x = recv(a, 2, "binop")?;
            or_not_implemented(builtin_binop(vm, $op, &x, &unwrap_builtin(&a[1])))
        }
        fn $rf(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
            let x = recv(a, 2, "binop")?;
            or_not_implemented(builtin_binop(vm, $op, &unwrap_builtin(&a[1]), &x))
        }
    )*};
}

binop_wrappers! {
    w_add, w_radd, BinOp::Add;
    w_sub, w_rsub, BinOp::Sub;
    w_mul, w_rmul, BinOp::Mul;
    w_truediv, w_rtruediv, BinOp::TrueDiv;
    w_floordiv, w_rfloordiv, BinOp::FloorDiv;
    w_mod, w_rmod, BinOp::Mod;
    w_pow, w_rpow, BinOp::Pow;
    w_lshift, w_rlshift, BinOp::LShift;
    w_rshift, w_rrshift, BinOp::RShift;
    w_and, w_rand, BinOp::And;
    w_or, w_ror, BinOp::Or;
    w_xor, w_rxor, BinOp::Xor;
}

macro_rules! cmp_wrappers {
    ($($f:ident, $op:expr;)*) => {$(
        fn $f(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
            let x = recv(a, 2, "compare")?;
            let y = unwrap_builtin(&a[1]);
            if matches!(x, Value::Object(_)) || matches!(y, Value::Object(_)) {
                // object's comparisons: identity for ==/!=, else NotImplemented.
                return Ok(match $op {
                    CmpOp::Eq if a[0].is(&a[1]) => Value::Bool(true),
                    CmpOp::Ne if a[0].is(&a[1]) => Value::Bool(false),
                    _ => Value::NotImplemented,
                });
            }
            or_not_implemented(vm.builtin_compare($op, &x, &y).map(Value::Bool))
        }
    )*};
}

cmp_wrappers! {
    w_lt, CmpOp::Lt;
    w_le, CmpOp::Le;
    w_gt, CmpOp::Gt;
    w_ge, CmpOp::Ge;
    w_eq, CmpOp::Eq;
    w_ne, CmpOp::Ne;
}

fn w_repr(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let x = recv(a, 1, "__repr__")?;
    if let Value::Object(_) = x {
        return Ok(Value::string(repr::repr(&x)?));
    }
    Ok(Value::string(vm.repr_of(&x)?))
}

/// `object.__str__`: the type's `__repr__`.
fn w_str(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    recv(a, 1, "__str__")?;
    if let Value::Object(_) = &a[0]
        && unwrap_builtin(&a[0]).is(&a[0])
    {
        return Ok(Value::string(vm.repr_of(&a[0])?));
    }
    Ok(Value::string(repr::str_of(&unwrap_builtin(&a[0]))?))
}

fn w_hash(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let x = recv(a, 1, "__hash__")?;
    if let Value::Tuple(_) = x {
        // A tuple's elements may define __hash__.
        return Ok(Value::Int(vm.hash_of(&x)?));
    }
    Ok(Value::Int(hash::py_hash(&x)?))
}

fn w_bool(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let x = recv(a, 1, "__bool__")?;
    Ok(Value::Bool(ops::truthy(&x)))
}

fn w_len(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let x = recv(a, 1, "__len__")?;
    Ok(Value::Int(seq::len(&x)? as i64))
}

fn w_getitem(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let x = recv(a, 2, "__getitem__")?;
    let k = unwrap_builtin(&a[1]);
    let r = match &x {
        Value::Dict(d) => vm.dict_getitem(d, &a[1]),
        _ => seq::getitem(&x, &k),
    };
    match r {
        Err(e) if e.matches(ExcKind::KeyError) && matches!(x, Value::Dict(_)) => {
            // dict.__getitem__ on a subclass calls its __missing__.
            match super::protocol::special(&a[0], "__missing__") {
                Some(m) => vm.call_special(&m, &a[0], &[a[1].clone()]),
                None => Err(e),
            }
        }
        r => r,
    }
}

fn w_setitem(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let x = recv(a, 3, "__setitem__")?;
    if let Value::Dict(d) = &x {
        d.set_item(vm, a[1].clone(), a[2].clone())?;
        return Ok(Value::None);
    }
    seq::setitem(&x, &unwrap_builtin(&a[1]), a[2].clone())?;
    Ok(Value::None)
}

fn w_delitem(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let x = recv(a, 2, "__delitem__")?;
    if let Value::Dict(d) = &x {
        vm.dict_delitem(d, &a[1])?;
        return Ok(Value::None);
    }
    seq::delitem(&x, &unwrap_builtin(&a[1]))?;
    Ok(Value::None)
}

fn w_contains(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let x = recv(a, 2, "__contains__")?;
    if let Value::Set(s) | Value::FrozenSet(s) = &x {
        return Ok(Value::Bool(vm.set_contains(s, &a[1])?));
    }
    if let Some(r) = vm.builtin_contains(&x, &a[1])? {
        return Ok(Value::Bool(r));
    }
    Ok(Value::Bool(ops::contains(&x, &a[1])?))
}

fn w_iter(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let x = recv(a, 1, "__iter__")?;
    iter::get_iter(&x)
}

fn w_next(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    recv(a, 1, "__next__")?;
    match vm.iter_next(&a[0])? {
        Some(v) => Ok(v),
        None => Err(PyErr::with_args(ExcKind::StopIteration, vec![])),
    }
}

fn w_call(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(f) = a.first() else {
        return Err(type_error("__call__ needs an argument"));
    };
    vm.call_kw(f, &a[1..], kw)
}

fn w_neg(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    ops::neg(&recv(a, 1, "__neg__")?)
}
fn w_pos(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    ops::pos(&recv(a, 1, "__pos__")?)
}
fn w_invert(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    ops::invert(&recv(a, 1, "__invert__")?)
}
fn w_abs(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    ops::abs(&recv(a, 1, "__abs__")?)
}

fn w_format(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let x = recv(a, 2, "__format__")?;
    let spec = match &a[1] {
        Value::Str(s) => s.as_str().to_string(),
        other => {
            return Err(type_error(format!(
                "format() argument 2 must be str, not {}",
                crate::runtime::types::type_name(other)
            )));
        }
    };
    if let Value::Object(_) = x {
        if spec.is_empty() {
            return Ok(Value::string(vm.str_of(&a[0])?));
        }
        return Err(type_error(format!(
            "unsupported format string passed to {}.__format__",
            crate::runtime::types::type_name(&a[0])
        )));
    }
    Ok(Value::string(vm.format_value(&x, &spec)?))
}

const OBJECT: &[(&str, NativeFn)] = &[
    ("__repr__", w_repr),
    ("__str__", w_str),
    ("__hash__", w_hash),
    ("__eq__", w_eq),
    ("__ne__", w_ne),
    ("__lt__", w_lt),
    ("__le__", w_le),
    ("__gt__", w_gt),
    ("__ge__", w_ge),
    ("__format__", w_format),
];

const NUMBER: &[(&str, NativeFn)] = &[
    ("__add__", w_add),
    ("__radd__", w_radd),
    ("__sub__", w_sub),
    ("__rsub__", w_rsub),
    ("__mul__", w_mul),
    ("__rmul__", w_rmul),
    ("__truediv__", w_truediv),
    ("__rtruediv__", w_rtruediv),
    ("__floordiv__", w_floordiv),
    ("__rfloordiv__", w_rfloordiv),
    ("__mod__", w_mod),
    ("__rmod__", w_rmod),
    ("__pow__", w_pow),
    ("__rpow__", w_rpow),
    ("__neg__", w_neg),
    ("__pos__", w_pos),
    ("__abs__", w_abs),
    ("__bool__", w_bool),
];

const INT_BITS: &[(&str, NativeFn)] = &[
    ("__lshift__", w_lshift),
    ("__rlshift__", w_rlshift),
    ("__rshift__", w_rshift),
    ("__rrshift__", w_rrshift),
    ("__and__", w_and),
    ("__rand__", w_rand),
    ("__or__", w_or),
    ("__ror__", w_ror),
    ("__xor__", w_xor),
    ("__rxor__", w_rxor),
    ("__invert__", w_invert),
    ("__index__", w_pos),
    ("__int__", w_pos),
];

const SEQUENCE: &[(&str, NativeFn)] = &[
    ("__len__", w_len),
    ("__getitem__", w_getitem),
    ("__contains__", w_contains),
    ("__iter__", w_iter),
    ("__add__", w_add),
    ("__mul__", w_mul),
    ("__rmul__", w_rmul),
];

const MUTABLE: &[(&str, NativeFn)] = &[("__setitem__", w_setitem), ("__delitem__", w_delitem)];

const MAPPING: &[(&str, NativeFn)] = &[
    ("__len__", w_len),
    ("__getitem__", w_getitem),
    ("__setitem__", w_setitem),
    ("__delitem__", w_delitem),
    ("__contains__", w_contains),
    ("__iter__", w_iter),
    ("__or__", w_or),
];

/// `set` and `frozenset`: the set algebra operators (results are plain
/// sets, as CPython's), size, membership and iteration.
const SET: &[(&str, NativeFn)] = &[
    ("__len__", w_len),
    ("__contains__", w_contains),
    ("__iter__", w_iter),
    ("__or__", w_or),
    ("__ror__", w_ror),
    ("__and__", w_and),
    ("__rand__", w_rand),
    ("__sub__", w_sub),
    ("__rsub__", w_rsub),
    ("__xor__", w_xor),
    ("__rxor__", w_rxor),
];

const ITERATOR: &[(&str, NativeFn)] = &[("__iter__", w_iter), ("__next__", w_next)];

const CALLABLE: &[(&str, NativeFn)] = &[("__call__", w_call)];

/// `function.__get__(self, obj, type=None)`: a bound method, or the function
/// itself when `obj` is None.
fn w_func_get(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    match a {
        [f, Value::None] | [f, Value::None, _] => Ok(f.clone()),
        [f, obj] | [f, obj, _] => Ok(super::descr::bound_method(f.clone(), obj.clone())),
        _ => Err(type_error("__get__ expected 1 or 2 arguments")),
    }
}

/// `staticmethod.__call__`: calls the wrapped function.
fn w_static_call(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let f = match a.first() {
        Some(Value::Object(o)) => match &o.payload {
            crate::runtime::instance::Payload::StaticMethod(f) => f.borrow().clone(),
            _ => {
                return Err(type_error(
                    "descriptor '__call__' requires a 'staticmethod' object",
                ));
            }
        },
        _ => {
            return Err(type_error(
                "descriptor '__call__' requires a 'staticmethod' object",
            ));
        }
    };
    vm.call_kw(&f, &a[1..], kw)
}

/// `function.__call__`: the receiver must be a function.
fn w_func_call(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    match a.first() {
        Some(f @ Value::Function(_)) => vm.call_kw(f, &a[1..], kw),
        Some(other) => Err(type_error(format!(
            "descriptor '__call__' requires a 'function' object but received a '{}'",
            crate::runtime::types::type_name(other)
        ))),
        None => Err(type_error(
            "descriptor '__call__' of 'function' object needs an argument",
        )),
    }
}

const FUNCTION: &[(&str, NativeFn)] = &[("__call__", w_func_call), ("__get__", w_func_get)];

/// The special-method tables of the built-in types.
pub(crate) fn type_tables(t: &Types) -> Vec<(&PyRef<PyType>, super::methods::MethodTable)> {
    let mut v: Vec<(&PyRef<PyType>, super::methods::MethodTable)> = vec![
        (&t.object, OBJECT),
        (&t.int, NUMBER),
        (&t.int, INT_BITS),
        (&t.float, NUMBER),
        (&t.str, SEQUENCE),
        (&t.str, &[("__mod__", w_mod)]),
        (&t.list, SEQUENCE),
        (&t.list, MUTABLE),
        (&t.tuple, SEQUENCE),
        (&t.bytes, SEQUENCE),
        (&t.dict, MAPPING),
        (&t.set, SET),
        (&t.frozenset, SET),
        (
            &t.range,
            &[
                ("__len__", w_len),
                ("__getitem__", w_getitem),
                ("__iter__", w_iter),
                ("__contains__", w_contains),
            ],
        ),
        (&t.function, FUNCTION),
        (
            &t.staticmethod,
            &[
                ("__call__", w_static_call),
                ("__get__", super::userclass::staticmethod_get),
            ],
        ),
        (
            &t.classmethod,
            &[("__get__", super::userclass::classmethod_get)],
        ),
        (
            &t.generic_alias,
            &[("__mro_entries__", super::userclass::alias_mro_entries)],
        ),
        (&t.builtin_function, CALLABLE),
        (&t.method_descriptor, CALLABLE),
        (&t.wrapper_descriptor, CALLABLE),
        (&t.method_wrapper, CALLABLE),
        (&t.type_, CALLABLE),
        (&t.method, CALLABLE),
    ];
    for it in [
        &t.list_iterator,
        &t.list_reverseiterator,
        &t.tuple_iterator,
        &t.str_iterator,
        &t.bytes_iterator,
        &t.dict_keyiterator,
        &t.dict_valueiterator,
        &t.dict_itemiterator,
        &t.reversed,
        &t.enumerate,
        &t.zip,
        &t.iterator,
        &t.range_iterator,
    ] {
        v.push((it, ITERATOR));
    }
    v
}
