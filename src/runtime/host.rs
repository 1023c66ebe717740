//! `Host`: the interface through which runtime container code calls back
//! into Python-level behaviour (a class's `__hash__`, `__eq__`, `__lt__`...).
//!
//! The runtime does not know the VM. Container algorithms that may have to
//! run Python code for their elements (dict probing, list and tuple
//! comparison, `in`, dict equality) take a `Host`, which the VM implements.
//! They never hold a `RefCell` borrow of a container while calling the host:
//! an element's `__eq__` may mutate the very container being searched. They
//! re-read the container after each call (a list's length, a dict's table)
//! as CPython's C code does.
//!
//! Elements whose hash and equality are built in (`needs_host` is false:
//! str, int, float, bytes, tuples of those, ...) are handled inline with no
//! call through the trait, so the common cases stay as fast as before.

use super::hash::keys_equal;
use super::ops::CmpOp;
use super::types::{ExcKind, PyErr, PyResult};
use super::value::Value;
use std::cell::Cell;

/// What the runtime needs from the interpreter to handle arbitrary objects.
pub trait Host {
    /// `hash(v)` (CPython's `PyObject_Hash`): a class's `__hash__` with the
    /// result reduced as CPython does, TypeError for unhashable values.
    fn hash(&mut self, v: &Value) -> PyResult<i64>;
    /// `a == b` as a bool (CPython's `PyObject_RichCompareBool(a, b, Py_EQ)`):
    /// identity first, then the rich comparison and its truth value.
    fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool>;
    /// `a OP b` as a bool (the rich comparison and its truth value).
    fn compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<bool>;
}

/// True when hashing or comparing `v` may run Python code, directly or for
/// one of its elements; false for values whose hash and equality are built
/// in (then `hash::py_hash` and `hash::keys_equal` are exact).
#[inline(always)]
pub fn needs_host(v: &Value) -> bool {
    match v {
        Value::Str(_) | Value::Int(_) | Value::Bool(_) | Value::Float(_) | Value::None => false,
        Value::Tuple(t) => tuple_needs_host(&t.items, 0),
        other => needs_host_slow(other, 0),
    }
}

fn tuple_needs_host(items: &[Value], depth: u32) -> bool {
    depth > 16 || items.iter().any(|x| needs_host_at(x, depth + 1))
}

fn needs_host_at(v: &Value, depth: u32) -> bool {
    match v {
        Value::Str(_) | Value::Int(_) | Value::Bool(_) | Value::Float(_) | Value::None => false,
        Value::Tuple(t) => tuple_needs_host(&t.items, depth),
        other => needs_host_slow(other, depth),
    }
}

#[inline(never)]
fn needs_host_slow(v: &Value, _depth: u32) -> bool {
    match v {
        Value::Object(_)
        | Value::Exception(_)
        | Value::List(_)
        | Value::Dict(_)
        | Value::Set(_)
        | Value::FrozenSet(_)
        | Value::DictView(_)
        | Value::Slice(_)
        | Value::Namespace(_) => true,
        Value::Type(t) => super::rc::PyRef::ty(t).is_heap(),
        _ => false,
    }
}

/// `hash(v)`: built in when possible, else through the host.
#[inline(always)]
pub fn hash<H: Host + ?Sized>(h: &mut H, v: &Value) -> PyResult<i64> {
    if needs_host(v) {
        h.hash(v)
    } else {
        super::hash::py_hash(v)
    }
}

/// `stored == key` as a dict or set compares keys (identity first), built
/// in when possible, else through the host.
#[inline(always)]
pub fn eq<H: Host + ?Sized>(h: &mut H, a: &Value, b: &Value) -> PyResult<bool> {
    if a.is(b) {
        return Ok(true);
    }
    if needs_host(a) || needs_host(b) {
        h.eq(a, b)
    } else {
        Ok(keys_equal(a, b))
    }
}

thread_local! {
    /// Container comparisons in progress (nested lists, tuples, dicts).
    static DEPTH: Cell<u32> = const { Cell::new(0) };
}

/// How deep container comparisons may nest (CPython's recursion limit).
const MAX_DEPTH: u32 = 1000;

/// Runs `f` one container level deeper; RecursionError past the limit
/// (CPython's `Py_EnterRecursiveCall(" in comparison")`).
fn nested<R>(f: impl FnOnce() -> PyResult<R>) -> PyResult<R> {
    let d = DEPTH.with(|c| c.get());
    if d >= MAX_DEPTH {
        return Err(PyErr::new(
            ExcKind::RecursionError,
            "maximum recursion depth exceeded in comparison",
        ));
    }
    DEPTH.with(|c| c.set(d + 1));
    let r = f();
    DEPTH.with(|c| c.set(d));
    r
}

/// Item `i` of a list or tuple and the current length (a list is read
/// afresh: the previous comparison may have changed it).
fn item_at(v: &Value, i: usize) -> Option<Value> {
    match v {
        Value::List(l) => l.items.borrow().get(i).cloned(),
        Value::Tuple(t) => t.items.get(i).cloned(),
        _ => None,
    }
}

fn seq_len(v: &Value) -> usize {
    match v {
        Value::List(l) => l.items.borrow().len(),
        Value::Tuple(t) => t.items.len(),
        _ => 0,
    }
}

/// `a OP b` for two lists or two tuples (`list_richcompare`,
/// `tuple_richcompare`): equal lengths first for `==`/`!=`, then the first
/// pair of items that differ (identity, then `==`) decides; the lengths
/// decide when one runs out. `None` when `a` and `b` are not two lists or
/// two tuples.
pub fn seq_compare<H: Host + ?Sized>(
    h: &mut H,
    op: CmpOp,
    a: &Value,
    b: &Value,
) -> PyResult<Option<bool>> {
    match (a, b) {
        (Value::List(_), Value::List(_)) | (Value::Tuple(_), Value::Tuple(_)) => {}
        _ => return Ok(None),
    }
    let eq_op = matches!(op, CmpOp::Eq | CmpOp::Ne);
    if eq_op && seq_len(a) != seq_len(b) {
        return Ok(Some(op == CmpOp::Ne));
    }
    nested(|| {
        let mut i = 0;
        let differing = loop {
            let (Some(x), Some(y)) = (item_at(a, i), item_at(b, i)) else {
                break None;
            };
            if !eq(h, &x, &y)? {
                break Some((x, y));
            }
            i += 1;
        };
        Ok(Some(match differing {
            None => op.test(seq_len(a).cmp(&seq_len(b))),
            Some(_) if op == CmpOp::Eq => false,
            Some(_) if op == CmpOp::Ne => true,
            Some((x, y)) => {
                if needs_host(&x) || needs_host(&y) {
                    h.compare(op, &x, &y)?
                } else {
                    super::ops::compare(op, &x, &y)?
                }
            }
        }))
    })
}

/// `a == b` for two dicts (`dict_equal`): same size, and every key of `a`
/// is in `b` with an equal value. No borrow is held while comparing.
pub fn dict_eq<H: Host + ?Sized>(
    h: &mut H,
    a: &super::object::PyDict,
    b: &super::object::PyDict,
) -> PyResult<bool> {
    if std::ptr::eq(a, b) {
        return Ok(true);
    }
    if a.table.borrow().len() != b.table.borrow().len() {
        return Ok(false);
    }
    nested(|| {
        let mut i = 0;
        loop {
            let entry = {
                let t = a.table.borrow();
                if i >= t.slots() {
                    break;
                }
                t.entry_at(i)
                    .map(|e| (e.key.clone(), e.hash, e.value.clone()))
            };
            i += 1;
            let Some((key, hash, aval)) = entry else {
                continue;
            };
            let Some(bval) = b.lookup_value(h, &key, hash)? else {
                return Ok(false);
            };
            if !eq(h, &aval, &bval)? {
                return Ok(false);
            }
        }
        Ok(true)
    })
}

/// `item in seq` for a list or tuple (`list_contains`): each element in
/// turn, the element on the left (`el == item`), the list re-read after
/// every comparison; comparison errors propagate.
pub fn seq_contains<H: Host + ?Sized>(h: &mut H, seq: &Value, item: &Value) -> PyResult<bool> {
    let mut i = 0;
    while let Some(x) = item_at(seq, i) {
        if eq(h, &x, item)? {
            return Ok(true);
        }
        i += 1;
    }
    Ok(false)
}

/// The position of the first element equal to `item` in `seq[start..end]`
/// (`list.index`, `list.remove`), re-reading the list after every
/// comparison.
pub fn seq_find<H: Host + ?Sized>(
    h: &mut H,
    seq: &Value,
    item: &Value,
    start: usize,
    end: usize,
) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < end {
        let Some(x) = item_at(seq, i) else {
            break;
        };
        if eq(h, &x, item)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

/// How many elements of `seq` equal `item` (`list.count`).
pub fn seq_count<H: Host + ?Sized>(h: &mut H, seq: &Value, item: &Value) -> PyResult<usize> {
    let mut n = 0;
    let mut i = 0;
    while let Some(x) = item_at(seq, i) {
        if eq(h, &x, item)? {
            n += 1;
        }
        i += 1;
    }
    Ok(n)
}

/// A `Host` for runtime code that runs no Python (no interpreter at hand):
/// the built-in hash and equality, identity for instances. Only for
/// containers known to hold no instances whose class defines `__hash__` or
/// `__eq__` (or where CPython itself would not call them).
pub struct BuiltinHost;

impl Host for BuiltinHost {
    fn hash(&mut self, v: &Value) -> PyResult<i64> {
        super::hash::py_hash(v)
    }
    fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        Ok(a.is(b) || keys_equal(a, b))
    }
    fn compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
        super::ops::compare(op, a, b)
    }
}
