//! Subscripting of built-in containers: `x[i]`, `x[a:b:c]`, item assignment
//! and deletion, with CPython's index normalisation and messages.

use super::int::{self, as_int};
use super::object::{PyRange, PySlice};
use super::rc::PyRef;
use super::types::{
    ExcKind, PyErr, PyResult, index_error, key_error, type_error, type_name, value_error,
};
use super::value::Value;

/// An index converted to isize; IndexError for ints that do not fit.
fn index_value(key: &Value) -> Option<PyResult<i64>> {
    let i = as_int(key)?;
    Some(int::to_i64(i).ok_or_else(|| {
        PyErr::new(
            ExcKind::IndexError,
            "cannot fit 'int' into an index-sized integer",
        )
    }))
}

/// Normalises a possibly negative index against `len`.
#[inline]
pub fn norm_index(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    if j >= 0 && (j as usize) < len {
        Some(j as usize)
    } else {
        None
    }
}

/// (start, stop, step, length) of a slice applied to a sequence of `len`
/// elements, as CPython's `PySlice_AdjustIndices`.
pub fn slice_indices(s: &PySlice, len: usize) -> PyResult<(i64, i64, i64, usize)> {
    fn component(v: &Value) -> PyResult<Option<i64>> {
        match v {
            Value::None => Ok(None),
            _ => match as_int(v) {
                // Out-of-range slice bounds clamp, so saturate big ints.
                Some(i) => Ok(Some(int::to_i64(i).unwrap_or(if i.is_negative() {
                    i64::MIN
                } else {
                    i64::MAX
                }))),
                None => Err(type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
            },
        }
    }
    let step = component(&s.step)?.unwrap_or(1);
    if step == 0 {
        return Err(value_error("slice step cannot be zero"));
    }
    let step = step.max(-i64::MAX);
    let len = len as i64;
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let adjust = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(x) if x < 0 => (x.saturating_add(len)).max(lower),
            Some(x) => x.min(upper),
        }
    };
    let start = adjust(component(&s.start)?, if step < 0 { upper } else { lower });
    let stop = adjust(component(&s.stop)?, if step < 0 { lower } else { upper });
    let n = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Ok((start, stop, step, n as usize))
}

fn pick<T: Clone>(items: &[T], s: &PySlice) -> PyResult<Vec<T>> {
    let (start, _, step, n) = slice_indices(s, items.len())?;
    Ok((0..n as i64)
        .map(|k| items[(start + k * step) as usize].clone())
        .collect())
}

/// `obj[key]` for built-in containers.
pub fn getitem(obj: &Value, key: &Value) -> PyResult<Value> {
    match obj {
        Value::List(l) => {
            let items = l.items.borrow();
            if let Some(i) = index_value(key) {
                return norm_index(i?, items.len())
                    .map(|j| items[j].clone())
                    .ok_or_else(|| index_error("list index out of range"));
            }
            if let Value::Slice(s) = key {
                return Ok(Value::list(pick(&items, s)?));
            }
            Err(type_error(format!(
                "list indices must be integers or slices, not {}",
                type_name(key)
            )))
        }
        Value::Tuple(t) => {
            if let Some(i) = index_value(key) {
                return norm_index(i?, t.items.len())
                    .map(|j| t.items[j].clone())
                    .ok_or_else(|| index_error("tuple index out of range"));
            }
            if let Value::Slice(s) = key {
                return Ok(Value::tuple(pick(&t.items, s)?));
            }
            Err(type_error(format!(
                "tuple indices must be integers or slices, not {}",
                type_name(key)
            )))
        }
        Value::Str(s) => {
            if let Some(i) = index_value(key) {
                let j = norm_index(i?, s.len())
                    .ok_or_else(|| index_error("string index out of range"))?;
                return Ok(match s.char_at(j) {
                    Some(c) => Value::string(c.to_string()),
                    None => Value::str(""),
                });
            }
            if let Value::Slice(sl) = key {
                let (start, _, step, n) = slice_indices(sl, s.len())?;
                if step == 1 {
                    let a = s.byte_offset(start.max(0) as usize);
                    let b = s.byte_offset(start.max(0) as usize + n);
                    return Ok(Value::str(&s.as_str()[a..b]));
                }
                let chars: Vec<char> = s.as_str().chars().collect();
                let out: String = (0..n as i64)
                    .map(|k| chars[(start + k * step) as usize])
                    .collect();
                return Ok(Value::string(out));
            }
            Err(type_error(format!(
                "string indices must be integers, not '{}'",
                type_name(key)
            )))
        }
        Value::Dict(d) => match d.table.borrow().get(key)? {
            Some(v) => Ok(v),
            None => Err(key_error(key.clone())),
        },
        Value::Bytes(b) => {
            if let Some(i) = index_value(key) {
                return norm_index(i?, b.data.len())
                    .map(|j| Value::Int(i64::from(b.data[j])))
                    .ok_or_else(|| index_error("index out of range"));
            }
            if let Value::Slice(s) = key {
                return Ok(Value::Bytes(PyRef::new(super::object::PyBytes::new(pick(
                    &b.data, s,
                )?))));
            }
            Err(type_error(format!(
                "byte indices must be integers or slices, not {}",
                type_name(key)
            )))
        }
        Value::ByteArray(b) => {
            let data = b.data.borrow();
            if let Some(i) = index_value(key) {
                return norm_index(i?, data.len())
                    .map(|j| Value::Int(i64::from(data[j])))
                    .ok_or_else(|| index_error("bytearray index out of range"));
            }
            if let Value::Slice(s) = key {
                return Ok(super::bytearray::value(pick(&data, s)?));
            }
            Err(type_error(format!(
                "bytearray indices must be integers or slices, not {}",
                type_name(key)
            )))
        }
        Value::Range(r) => {
            if let Some(i) = index_value(key) {
                let len = r.len() as usize;
                return norm_index(i?, len)
                    .map(|j| Value::Int(r.get(j as i64)))
                    .ok_or_else(|| index_error("range object index out of range"));
            }
            if let Value::Slice(sl) = key {
                let (start, _, step, n) = slice_indices(sl, r.len() as usize)?;
                let new_start = r.get(start);
                let new_step = r.step * step;
                let new_stop = new_start + new_step * n as i64;
                return Ok(Value::Range(PyRef::new(PyRange {
                    start: new_start,
                    stop: new_stop,
                    step: new_step,
                })));
            }
            Err(type_error(format!(
                "range indices must be integers or slices, not {}",
                type_name(key)
            )))
        }
        _ => Err(type_error(format!(
            "'{}' object is not subscriptable",
            type_name(obj)
        ))),
    }
}

/// `obj[key] = value` for built-in containers. `items` is the already
/// collected right-hand side for slice assignment.
pub fn setitem(obj: &Value, key: &Value, value: Value) -> PyResult<()> {
    match obj {
        Value::List(l) => {
            if let Some(i) = index_value(key) {
                let mut items = l.items.borrow_mut();
                let len = items.len();
                let j = norm_index(i?, len)
                    .ok_or_else(|| index_error("list assignment index out of range"))?;
                let old = std::mem::replace(&mut items[j], value);
                // The old item is dropped with the list released (its
                // finaliser may use the list).
                drop(items);
                drop(old);
                return Ok(());
            }
            if let Value::Slice(s) = key {
                let new = match super::iter::collect_builtin(&value) {
                    Some(v) => v?,
                    None => return Err(type_error("can only assign an iterable")),
                };
                let mut items = l.items.borrow_mut();
                let (start, stop, step, n) = slice_indices(s, items.len())?;
                if step == 1 {
                    let stop = stop.max(start);
                    let old: Vec<Value> =
                        items.splice(start as usize..stop as usize, new).collect();
                    drop(items);
                    super::object::drop_reversed(old);
                    return Ok(());
                }
                if new.len() != n {
                    return Err(value_error(format!(
                        "attempt to assign sequence of size {} to extended slice of size {}",
                        new.len(),
                        n
                    )));
                }
                let mut old = Vec::with_capacity(new.len());
                for (k, v) in new.into_iter().enumerate() {
                    old.push(std::mem::replace(
                        &mut items[(start + k as i64 * step) as usize],
                        v,
                    ));
                }
                drop(items);
                super::object::drop_reversed(old);
                return Ok(());
            }
            Err(type_error(format!(
                "list indices must be integers or slices, not {}",
                type_name(key)
            )))
        }
        Value::Dict(d) => d.set_item(&mut super::host::BuiltinHost, key.clone(), value),
        Value::ByteArray(b) => super::bytearray::setitem(b, key, &value),
        _ => Err(type_error(format!(
            "'{}' object does not support item assignment",
            type_name(obj)
        ))),
    }
}

/// `del obj[key]`.
pub fn delitem(obj: &Value, key: &Value) -> PyResult<()> {
    match obj {
        Value::List(l) => {
            let mut items = l.items.borrow_mut();
            if let Some(i) = index_value(key) {
                let len = items.len();
                let j = norm_index(i?, len)
                    .ok_or_else(|| index_error("list assignment index out of range"))?;
                let old = items.remove(j);
                drop(items);
                drop(old);
                return Ok(());
            }
            if let Value::Slice(s) = key {
                let (start, _, step, n) = slice_indices(s, items.len())?;
                let mut doomed: Vec<usize> =
                    (0..n as i64).map(|k| (start + k * step) as usize).collect();
                doomed.sort_unstable();
                let old: Vec<Value> = doomed.iter().rev().map(|&j| items.remove(j)).collect();
                drop(items);
                drop(old);
                return Ok(());
            }
            Err(type_error(format!(
                "list indices must be integers or slices, not {}",
                type_name(key)
            )))
        }
        Value::Dict(d) => match d.remove_item(&mut super::host::BuiltinHost, key)? {
            Some(_) => Ok(()),
            None => Err(key_error(key.clone())),
        },
        Value::ByteArray(b) => super::bytearray::delitem(b, key),
        _ => Err(type_error(format!(
            "'{}' object doesn't support item deletion",
            type_name(obj)
        ))),
    }
}

/// `len(v)` for built-in sized values.
pub fn len(v: &Value) -> PyResult<usize> {
    Ok(match v {
        Value::Str(s) => s.len(),
        Value::List(l) => l.items.borrow().len(),
        Value::Tuple(t) => t.items.len(),
        Value::Bytes(b) => b.data.len(),
        Value::ByteArray(b) => b.data.borrow().len(),
        Value::Dict(d) => d.table.borrow().len(),
        Value::Range(r) => r.len() as usize,
        Value::DictView(dv) => dv.dict.table.borrow().len(),
        Value::Set(st) | Value::FrozenSet(st) => st.table.borrow().len(),
        _ => {
            return Err(type_error(format!(
                "object of type '{}' has no len()",
                type_name(v)
            )));
        }
    })
}
