//! Class methods of built-in types (`dict.fromkeys`, `int.from_bytes`):
//! native functions wrapped in `classmethod` and stored in the types' dicts,
//! so subclasses receive their own class.

use super::Vm;
use crate::runtime::object::{NativeFn, PyBuiltin, PyStr, PyType};
use crate::runtime::types::{PyResult, type_error, with_types};
use crate::runtime::{PyRef, Value};
use num_bigint::{BigInt, Sign};

type Kw<'a> = &'a [(PyRef<PyStr>, Value)];

/// `dict.fromkeys(iterable, value=None)`.
fn dict_fromkeys(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(Value::Type(cls)) = a.first() else {
        return Err(type_error("dict.fromkeys needs a class"));
    };
    if !kw.is_empty() {
        return Err(type_error("dict.fromkeys() takes no keyword arguments"));
    }
    let rest = &a[1..];
    if rest.is_empty() || rest.len() > 2 {
        return Err(type_error(format!(
            "fromkeys expected {}, got {}",
            if rest.is_empty() {
                "at least 1 argument"
            } else {
                "at most 2 arguments"
            },
            rest.len()
        )));
    }
    let value = rest.get(1).cloned().unwrap_or(Value::None);
    let keys = vm.collect(&rest[0])?;
    let d = vm.call_value(&Value::Type(cls.clone()), &[], &[])?;
    for k in keys {
        vm.setitem(&d, &k, value.clone())?;
    }
    Ok(d)
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`.
fn int_from_bytes(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(Value::Type(cls)) = a.first() else {
        return Err(type_error("int.from_bytes needs a class"));
    };
    let (bound, signed) = super::methods::bind_bytes_args(vm, "from_bytes", &a[1..], kw, "bytes")?;
    let Some(src) = bound[0].clone() else {
        return Err(type_error(
            "from_bytes() missing required argument 'bytes' (pos 1)",
        ));
    };
    let little = super::methods::byteorder_little("from_bytes", &bound[1])?;
    let data = super::bytearray::bytes_from_source(vm, &src, "bytes")?;
    let mut n = if little {
        BigInt::from_bytes_le(Sign::Plus, &data)
    } else {
        BigInt::from_bytes_be(Sign::Plus, &data)
    };
    let top = if little { data.last() } else { data.first() };
    if signed && top.is_some_and(|b| b & 0x80 != 0) {
        n -= BigInt::from(1) << (8 * data.len());
    }
    let v = Value::from_bigint(n);
    if cls.is_heap() {
        return vm.call_value(&Value::Type(cls.clone()), &[v], &[]);
    }
    Ok(v)
}

fn put(ty: &PyRef<PyType>, name: &'static str, func: NativeFn) {
    let f = Value::Builtin(PyRef::new(PyBuiltin {
        name,
        func,
        bound: None,
        owner: "",
        objclass: None,
    }));
    // Wrapping one callable in a classmethod cannot fail.
    if let Ok(cm) = super::descr::new_wrapper(
        &with_types(|t| t.classmethod.clone()),
        std::slice::from_ref(&f),
        &[],
        true,
    ) {
        ty.dict.table.borrow_mut().insert_str(name, cm);
    }
}

/// Installs the class methods in the built-in types' dicts.
pub fn install() {
    let (dict, int) = with_types(|t| (t.dict.clone(), t.int.clone()));
    put(&dict, "fromkeys", dict_fromkeys);
    put(&int, "from_bytes", int_from_bytes);
}
