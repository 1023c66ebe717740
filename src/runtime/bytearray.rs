//! Python `bytearray`: a mutable sequence of bytes. Its methods are in
//! `vm::bytearray`; this module has the payload and the parts the runtime's
//! generic operations (repr, equality, concatenation) use.

use super::int::{self, as_int};
use super::rc::PyRef;
use super::seq;
use super::types::{PyResult, type_error, type_name, value_error};
use super::value::Value;
use std::cell::RefCell;

/// A bytearray's contents.
pub struct PyByteArray {
    pub data: RefCell<Vec<u8>>,
}

impl PyByteArray {
    pub fn new(data: Vec<u8>) -> PyByteArray {
        PyByteArray {
            data: RefCell::new(data),
        }
    }
}

/// A bytearray value.
pub fn value(data: Vec<u8>) -> Value {
    Value::ByteArray(PyRef::new(PyByteArray::new(data)))
}

/// `repr(b)`: `bytearray(b'...')`.
pub fn repr(data: &[u8]) -> String {
    format!("bytearray({})", crate::bytecode::dis::bytes_repr(data))
}

/// The bytes of a bytes-like value (bytes or bytearray), copied.
pub fn bytes_like(v: &Value) -> Option<Vec<u8>> {
    match v {
        Value::Bytes(b) => Some(b.data.to_vec()),
        Value::ByteArray(b) => Some(b.data.borrow().clone()),
        _ => None,
    }
}

/// A byte value for storing into a bytearray: an int in range(256).
pub fn byte_of(v: &Value) -> PyResult<u8> {
    match as_int(v) {
        Some(i) => match int::to_i64(i) {
            Some(x) if (0..256).contains(&x) => Ok(x as u8),
            _ => Err(value_error("byte must be in range(0, 256)")),
        },
        None => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        ))),
    }
}

fn index_of(key: &Value) -> Option<PyResult<i64>> {
    let i = as_int(key)?;
    Some(
        int::to_i64(i).ok_or_else(|| {
            super::types::index_error("cannot fit 'int' into an index-sized integer")
        }),
    )
}

/// The bytes a slice assignment stores: bytes-like values, or an iterable
/// of ints (collected by the caller's runtime when it is a built-in one).
fn assigned_bytes(v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_like(v) {
        return Ok(b);
    }
    if as_int(v).is_some() {
        return Err(type_error(
            "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
        ));
    }
    match super::iter::collect_builtin(v) {
        Some(items) => items?.iter().map(byte_of).collect(),
        None => Err(type_error(
            "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
        )),
    }
}

/// `b[key] = value`.
pub fn setitem(b: &PyByteArray, key: &Value, value: &Value) -> PyResult<()> {
    if let Some(i) = index_of(key) {
        let x = byte_of(value)?;
        let mut data = b.data.borrow_mut();
        let j = seq::norm_index(i?, data.len())
            .ok_or_else(|| super::types::index_error("bytearray index out of range"))?;
        data[j] = x;
        return Ok(());
    }
    if let Value::Slice(s) = key {
        let new = assigned_bytes(value)?;
        let mut data = b.data.borrow_mut();
        let (start, stop, step, n) = seq::slice_indices(s, data.len())?;
        if step == 1 {
            let stop = stop.max(start);
            data.splice(start as usize..stop as usize, new);
            return Ok(());
        }
        if new.len() != n {
            return Err(value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {}",
                new.len(),
                n
            )));
        }
        for (k, x) in new.into_iter().enumerate() {
            data[(start + k as i64 * step) as usize] = x;
        }
        return Ok(());
    }
    Err(type_error(format!(
        "bytearray indices must be integers or slices, not {}",
        type_name(key)
    )))
}

/// `del b[key]`.
pub fn delitem(b: &PyByteArray, key: &Value) -> PyResult<()> {
    let mut data = b.data.borrow_mut();
    if let Some(i) = index_of(key) {
        let j = seq::norm_index(i?, data.len())
            .ok_or_else(|| super::types::index_error("bytearray index out of range"))?;
        data.remove(j);
        return Ok(());
    }
    if let Value::Slice(s) = key {
        let (start, _, step, n) = seq::slice_indices(s, data.len())?;
        let mut doomed: Vec<usize> = (0..n as i64).map(|k| (start + k * step) as usize).collect();
        doomed.sort_unstable();
        for &j in doomed.iter().rev() {
            data.remove(j);
        }
        return Ok(());
    }
    Err(type_error(format!(
        "bytearray indices must be integers or slices, not {}",
        type_name(key)
    )))
}
