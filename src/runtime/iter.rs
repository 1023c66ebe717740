//! Iteration over built-in values: `iter()`, `next()` and collecting.

use super::int::{self, as_int};
use super::object::{IterState, PyIter, RangeIter};
use super::rc::PyRef;
use super::types::{PyResult, runtime_error, type_error, type_name, with_types};
use super::value::Value;
use std::cell::{Cell, RefCell};

/// Wraps an iterator state in a new iterator object.
pub fn new_iter(state: IterState, type_name: &'static str) -> Value {
    let ty = with_types(|t| {
        match type_name {
            "list_iterator" => &t.list_iterator,
            "list_reverseiterator" => &t.list_reverseiterator,
            "tuple_iterator" => &t.tuple_iterator,
            "str_iterator" => &t.str_iterator,
            "bytes_iterator" => &t.bytes_iterator,
            "bytearray_iterator" => &t.bytearray_iterator,
            "dict_keyiterator" => &t.dict_keyiterator,
            "dict_valueiterator" => &t.dict_valueiterator,
            "dict_itemiterator" => &t.dict_itemiterator,
            "enumerate" => &t.enumerate,
            "zip" => &t.zip,
            "iterator" => &t.iterator,
            "set_iterator" => &t.set_iterator,
            "map" => &t.map,
            "filter" => &t.filter,
            "callable_iterator" => &t.callable_iterator,
            _ => &t.reversed,
        }
        .clone()
    });
    Value::Iter(PyRef::new_typed(
        PyIter {
            state: RefCell::new(state),
        },
        ty,
    ))
}

/// A range iterator from `start` stepping by `step`, `len` values.
pub fn range_iter(start: i64, step: i64, len: i64) -> Value {
    Value::RangeIter(PyRef::new(RangeIter {
        next: Cell::new(start),
        remaining: Cell::new(len),
        step,
    }))
}

/// `iter(v)` for built-in iterables.
pub fn get_iter(v: &Value) -> PyResult<Value> {
    Ok(match v {
        Value::Range(r) => range_iter(r.start, r.step, r.len()),
        Value::List(l) => new_iter(
            IterState::List {
                list: l.clone(),
                index: 0,
            },
            "list_iterator",
        ),
        Value::Tuple(t) => new_iter(
            IterState::Tuple {
                tuple: t.clone(),
                index: 0,
            },
            "tuple_iterator",
        ),
        Value::Str(s) => new_iter(
            IterState::Str {
                s: s.clone(),
                byte: 0,
            },
            "str_iterator",
        ),
        Value::Dict(d) => {
            let len = d.table.borrow().len();
            new_iter(
                IterState::Dict {
                    dict: d.clone(),
                    index: 0,
                    len,
                    which: 0,
                },
                "dict_keyiterator",
            )
        }
        Value::DictView(dv) => {
            let len = dv.dict.table.borrow().len();
            new_iter(
                IterState::Dict {
                    dict: dv.dict.clone(),
                    index: 0,
                    len,
                    which: dv.which,
                },
                match dv.which {
                    0 => "dict_keyiterator",
                    1 => "dict_valueiterator",
                    _ => "dict_itemiterator",
                },
            )
        }
        Value::Bytes(b) => new_iter(
            IterState::Values {
                items: b.data.iter().map(|&x| Value::Int(i64::from(x))).collect(),
                index: 0,
            },
            "bytes_iterator",
        ),
        Value::ByteArray(b) => new_iter(
            IterState::Values {
                items: b
                    .data
                    .borrow()
                    .iter()
                    .map(|&x| Value::Int(i64::from(x)))
                    .collect(),
                index: 0,
            },
            "bytearray_iterator",
        ),
        Value::Set(st) | Value::FrozenSet(st) => {
            let len = st.table.borrow().len();
            new_iter(
                IterState::Set {
                    set: st.clone(),
                    pos: 0,
                    len,
                },
                "set_iterator",
            )
        }
        Value::RangeIter(_) | Value::Iter(_) => v.clone(),
        _ => {
            return Err(type_error(format!(
                "'{}' object is not iterable",
                type_name(v)
            )));
        }
    })
}

/// `next(it)`: `Ok(None)` when exhausted.
pub fn iter_next(it: &Value) -> PyResult<Option<Value>> {
    match it {
        Value::RangeIter(r) => Ok(r.next_value().map(Value::Int)),
        Value::Iter(i) => next_state(i),
        _ => Err(type_error(format!(
            "'{}' object is not an iterator",
            type_name(it)
        ))),
    }
}

fn next_state(it: &PyIter) -> PyResult<Option<Value>> {
    let mut st = it.state.borrow_mut();
    let out = match &mut *st {
        IterState::List { list, index } => {
            let items = list.items.borrow();
            let v = items.get(*index).cloned();
            *index += 1;
            v
        }
        IterState::ListReversed { list, index } => {
            let items = list.items.borrow();
            if *index == 0 || *index > items.len() {
                None
            } else {
                *index -= 1;
                items.get(*index).cloned()
            }
        }
        IterState::Tuple { tuple, index } => {
            let v = tuple.items.get(*index).cloned();
            *index += 1;
            v
        }
        IterState::Str { s, byte } => {
            let rest = &s.as_str()[*byte..];
            match rest.chars().next() {
                Some(c) => {
                    *byte += c.len_utf8();
                    Some(Value::string(c.to_string()))
                }
                None => None,
            }
        }
        IterState::Dict {
            dict,
            index,
            len,
            which,
        } => {
            let t = dict.table.borrow();
            if t.len() != *len {
                *len = usize::MAX;
                return Err(runtime_error("dictionary changed size during iteration"));
            }
            let mut found = None;
            while *index < t.slots() {
                let i = *index;
                *index += 1;
                if let Some(e) = t.entry_at(i) {
                    found = Some(match which {
                        0 => e.key.clone(),
                        1 => e.value.clone(),
                        _ => Value::tuple(vec![e.key.clone(), e.value.clone()]),
                    });
                    break;
                }
            }
            found
        }
        IterState::Enumerate { inner, count } => {
            let inner = inner.clone();
            let n = *count;
            drop(st);
            let v = iter_next(&inner)?;
            let mut st = it.state.borrow_mut();
            if let IterState::Enumerate { count, .. } = &mut *st {
                *count = count.wrapping_add(1);
            }
            return Ok(v.map(|v| Value::tuple(vec![Value::Int(n), v])));
        }
        IterState::Zip { inners, strict } => {
            let inners = inners.clone();
            let strict = *strict;
            drop(st);
            let mut out = Vec::with_capacity(inners.len());
            for (k, i) in inners.iter().enumerate() {
                match iter_next(i)? {
                    Some(v) => out.push(v),
                    None if strict => {
                        let rest: PyResult<Vec<bool>> = inners[k + 1..]
                            .iter()
                            .map(|j| iter_next(j).map(|v| v.is_some()))
                            .collect();
                        return zip_strict_end(k, &rest?).map(|()| None);
                    }
                    None => return Ok(None),
                }
            }
            if inners.is_empty() {
                return Ok(None);
            }
            return Ok(Some(Value::tuple(out)));
        }
        IterState::Values { items, index } => {
            let v = items.get(*index).cloned();
            *index += 1;
            v
        }
        IterState::Set { set, pos, len } => {
            let t = set.table.borrow();
            if t.len() != *len {
                *len = usize::MAX;
                return Err(runtime_error("Set changed size during iteration"));
            }
            t.next_from(pos)
        }
        // Advanced by the VM (they call Python code); see `Vm::iter_next`.
        IterState::Exhausted
        | IterState::Seq { .. }
        | IterState::Map { .. }
        | IterState::Filter { .. }
        | IterState::Callable { .. } => None,
    };
    if out.is_none() {
        *st = IterState::Exhausted;
    }
    Ok(out)
}

/// Collects a built-in iterable into a vector; `None` when `v` is not a
/// built-in iterable.
pub fn collect_builtin(v: &Value) -> Option<PyResult<Vec<Value>>> {
    Some(Ok(match v {
        Value::List(l) => l.items.borrow().clone(),
        Value::Tuple(t) => t.items.to_vec(),
        Value::Str(s) => s
            .as_str()
            .chars()
            .map(|c| Value::string(c.to_string()))
            .collect(),
        Value::Dict(d) => d.table.borrow().keys(),
        Value::DictView(dv) => dv.items(),
        Value::Set(st) | Value::FrozenSet(st) => st.table.borrow().keys(),
        Value::Bytes(b) => b.data.iter().map(|&x| Value::Int(i64::from(x))).collect(),
        Value::ByteArray(b) => b
            .data
            .borrow()
            .iter()
            .map(|&x| Value::Int(i64::from(x)))
            .collect(),
        Value::Range(r) => (0..r.len()).map(|k| Value::Int(r.get(k))).collect(),
        Value::Iter(i) if needs_vm(&i.state.borrow()) => return None,
        Value::RangeIter(_) | Value::Iter(_) => {
            let mut out = Vec::new();
            loop {
                match iter_next(v) {
                    Ok(Some(x)) => out.push(x),
                    Ok(None) => break,
                    Err(e) => return Some(Err(e)),
                }
            }
            out
        }
        _ => return None,
    }))
}

/// True for iterator states that only the VM can advance: they call Python
/// code, or wrap iterators that may.
pub fn needs_vm(st: &IterState) -> bool {
    matches!(
        st,
        IterState::Seq { .. }
            | IterState::Map { .. }
            | IterState::Filter { .. }
            | IterState::Callable { .. }
            | IterState::Enumerate { .. }
            | IterState::Zip { .. }
    )
}

/// An index-sized integer argument (for `range`, repeat counts, ...).
pub fn index_arg(v: &Value) -> PyResult<i64> {
    match as_int(v) {
        Some(i) => int::to_i64(i).ok_or_else(|| {
            super::types::overflow_error("Python int too large to convert to C ssize_t")
        }),
        None => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        ))),
    }
}

/// The end of a `zip(strict=True)`: argument `k` (0-based) was exhausted
/// first; `later[j]` says whether argument `k + 1 + j` still had an item.
/// Raises CPython's ValueError when the lengths differ.
pub fn zip_strict_end(k: usize, later: &[bool]) -> PyResult<()> {
    let plural = |n: usize| {
        if n == 1 {
            "argument 1".to_string()
        } else {
            format!("arguments 1-{n}")
        }
    };
    if k > 0 {
        return Err(super::types::value_error(format!(
            "zip() argument {} is shorter than {}",
            k + 1,
            plural(k)
        )));
    }
    if let Some(j) = later.iter().position(|&more| more) {
        return Err(super::types::value_error(format!(
            "zip() argument {} is longer than {}",
            j + 2,
            plural(j + 1)
        )));
    }
    Ok(())
}
