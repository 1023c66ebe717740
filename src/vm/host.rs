//! The VM as the runtime's `Host` (`runtime::host`): hashing and comparing
//! go through the protocol layer, so container code in the runtime calls
//! classes' `__hash__` and `__eq__`. Also the VM's entry points for the
//! built-in containers' operations that may run Python code for their
//! elements: dict item access, `in`, and container comparison.

use super::Vm;
use crate::runtime::host::{self, Host};
use crate::runtime::object::PyDict;
use crate::runtime::ops::{self, CmpOp};
use crate::runtime::types::{PyResult, key_error};
use crate::runtime::{PyRef, Value};

impl Host for Vm {
    fn hash(&mut self, v: &Value) -> PyResult<i64> {
        self.hash_of(v)
    }

    fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        Ok(a.is(b) || self.compare_bool(CmpOp::Eq, a, b)?)
    }

    fn compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
        self.compare_bool(op, a, b)
    }
}

impl Vm {
    /// A comparison of two values neither of which is an instance of a
    /// class: lists, tuples and dicts compare their elements through the
    /// protocol; everything else is the runtime's.
    pub(crate) fn builtin_compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = host::seq_compare(self, op, a, b)? {
            return Ok(r);
        }
        if let (Value::Dict(x), Value::Dict(y)) = (a, b)
            && matches!(op, CmpOp::Eq | CmpOp::Ne)
        {
            let same = host::dict_eq(self, x, y)?;
            return Ok(same == (op == CmpOp::Eq));
        }
        if let (Value::Cell(x), Value::Cell(y)) = (a, b) {
            // Cells compare their contents; an empty cell is less than a
            // full one.
            let (vx, vy) = (x.value.borrow().clone(), y.value.borrow().clone());
            if matches!(vx, Value::Unbound) || matches!(vy, Value::Unbound) {
                let full = |v: &Value| Value::Bool(!matches!(v, Value::Unbound));
                return ops::compare(op, &full(&vx), &full(&vy));
            }
            let r = self.rich_compare(op, &vx, &vy)?;
            return self.truthy(&r);
        }
        ops::compare(op, a, b)
    }

    /// `item in container` for the built-in containers whose search may
    /// run Python code (lists, tuples, dicts and dict views); `None` for
    /// other containers.
    pub(crate) fn builtin_contains(
        &mut self,
        container: &Value,
        item: &Value,
    ) -> PyResult<Option<bool>> {
        Ok(Some(match container {
            Value::List(_) | Value::Tuple(_) => host::seq_contains(self, container, item)?,
            Value::Dict(d) => d.contains_key(self, item)?,
            Value::DictView(dv) => match dv.which {
                0 => dv.dict.contains_key(self, item)?,
                2 => {
                    let Value::Tuple(t) = item else {
                        return Ok(Some(false));
                    };
                    let [k, v] = &t.items[..] else {
                        return Ok(Some(false));
                    };
                    match dv.dict.get_item(self, k)? {
                        Some(found) => host::eq(self, &found, v)?,
                        None => false,
                    }
                }
                _ => {
                    let values = dv.dict.table.borrow().values();
                    let mut found = false;
                    for x in &values {
                        if host::eq(self, x, item)? {
                            found = true;
                            break;
                        }
                    }
                    found
                }
            },
            _ => return Ok(None),
        }))
    }

    /// `{k0: v0, k1: v1, ...}` from the flat key/value list `items`.
    pub(crate) fn build_dict(&mut self, items: &[Value]) -> PyResult<Value> {
        let d = PyRef::new(PyDict::new());
        for pair in items.chunks(2) {
            if let [k, v] = pair {
                d.set_item(self, k.clone(), v.clone())?;
            }
        }
        Ok(Value::Dict(d))
    }

    /// `d[key]` for a dict; KeyError when absent.
    pub(crate) fn dict_getitem(&mut self, d: &PyDict, key: &Value) -> PyResult<Value> {
        match d.get_item(self, key)? {
            Some(v) => Ok(v),
            None => Err(key_error(key.clone())),
        }
    }

    /// `del d[key]` for a dict; KeyError when absent.
    pub(crate) fn dict_delitem(&mut self, d: &PyDict, key: &Value) -> PyResult<()> {
        match d.remove_item(self, key)? {
            Some(v) => {
                drop(v);
                Ok(())
            }
            None => Err(key_error(key.clone())),
        }
    }
}
