//! The lazy iterators that call Python code: `map`, `filter` and
//! `iter(callable, sentinel)`. Their state lives in `IterState`; they are
//! advanced here, by the VM, because each step may call a function or
//! another iterator's `__next__`.

use super::Vm;
use crate::runtime::iter::new_iter;
use crate::runtime::object::{IterState, PyStr, PyType};
use crate::runtime::ops::CmpOp;
use crate::runtime::types::{ExcKind, PyResult, type_error, with_types};
use crate::runtime::{PyRef, Value};

type Kw<'a> = &'a [(PyRef<PyStr>, Value)];

/// Calls to the `map` and `filter` types; `None` for other types.
pub fn call_iter_type(
    vm: &mut Vm,
    t: &PyRef<PyType>,
    args: &[Value],
    kw: Kw,
) -> Option<PyResult<Value>> {
    let (is_map, is_filter) =
        with_types(|ty| (PyRef::ptr_eq(t, &ty.map), PyRef::ptr_eq(t, &ty.filter)));
    if is_map {
        Some(make_map(vm, args, kw))
    } else if is_filter {
        Some(make_filter(vm, args, kw))
    } else {
        None
    }
}

fn make_map(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error("map() takes no keyword arguments"));
    }
    if args.len() < 2 {
        return Err(type_error("map() must have at least two arguments."));
    }
    let mut iters = Vec::with_capacity(args.len() - 1);
    for a in &args[1..] {
        iters.push(vm.get_iter(a)?);
    }
    Ok(new_iter(
        IterState::Map {
            func: args[0].clone(),
            iters,
        },
        "map",
    ))
}

fn make_filter(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error("filter() takes no keyword arguments"));
    }
    if args.len() != 2 {
        return Err(type_error(format!(
            "filter expected 2 arguments, got {}",
            args.len()
        )));
    }
    let iter = vm.get_iter(&args[1])?;
    Ok(new_iter(
        IterState::Filter {
            func: args[0].clone(),
            iter,
        },
        "filter",
    ))
}

/// `iter(func, sentinel)`.
pub fn callable_iter(func: &Value, sentinel: &Value) -> PyResult<Value> {
    if !is_callable(func) {
        return Err(type_error("iter(v, w): v must be callable"));
    }
    Ok(new_iter(
        IterState::Callable {
            func: func.clone(),
            sentinel: sentinel.clone(),
        },
        "callable_iterator",
    ))
}

/// `callable(v)`.
pub fn is_callable(v: &Value) -> bool {
    use crate::runtime::instance::Payload;
    match v {
        Value::Function(_) | Value::Builtin(_) | Value::Type(_) => true,
        Value::Object(o) => match o.payload {
            Payload::Method { .. } | Payload::StaticMethod(_) => true,
            _ => PyRef::ty(o).lookup("__call__").is_some(),
        },
        Value::Exception(e) => PyRef::ty(e).lookup("__call__").is_some(),
        _ => false,
    }
}

/// What one step of a lazy iterator needs, copied out of its state so no
/// borrow is held while Python code runs.
enum Step {
    Map(Value, Vec<Value>),
    Filter(Value, Value),
    Callable(Value, Value),
}

impl Vm {
    /// `next()` of a map, filter or callable iterator; `None` for other states.
    pub(crate) fn lazy_iter_next(&mut self, it: &Value) -> Option<PyResult<Option<Value>>> {
        let Value::Iter(i) = it else {
            return None;
        };
        let step = match &*i.state.borrow() {
            IterState::Map { func, iters } => Step::Map(func.clone(), iters.clone()),
            IterState::Filter { func, iter } => Step::Filter(func.clone(), iter.clone()),
            IterState::Callable { func, sentinel } => {
                Step::Callable(func.clone(), sentinel.clone())
            }
            _ => return None,
        };
        let r = self.lazy_step(step);
        if matches!(r, Ok(None)) {
            *i.state.borrow_mut() = IterState::Exhausted;
        }
        Some(r)
    }

    fn lazy_step(&mut self, step: Step) -> PyResult<Option<Value>> {
        match step {
            Step::Map(func, iters) => {
                let mut items = Vec::with_capacity(iters.len());
                for x in &iters {
                    match self.iter_next(x)? {
                        Some(v) => items.push(v),
                        None => return Ok(None),
                    }
                }
                self.call_value(&func, &items, &[]).map(Some)
            }
            Step::Filter(func, iter) => loop {
                let Some(x) = self.iter_next(&iter)? else {
                    return Ok(None);
                };
                let keep = if func.is_none() {
                    self.truthy(&x)?
                } else {
                    let r = self.call_value(&func, std::slice::from_ref(&x), &[])?;
                    self.truthy(&r)?
                };
                if keep {
                    return Ok(Some(x));
                }
            },
            Step::Callable(func, sentinel) => match self.call_value(&func, &[], &[]) {
                Ok(v) => {
                    if self.compare_bool(CmpOp::Eq, &v, &sentinel)? {
                        Ok(None)
                    } else {
                        Ok(Some(v))
                    }
                }
                Err(e) if e.matches(ExcKind::StopIteration) => Ok(None),
                Err(e) => Err(e),
            },
        }
    }
}
