//! Runtime support for the `with` and `match` statements: the context
//! manager protocol (`BeforeWith`, `WithExcept`) and the structural pattern
//! matching instructions (`MatchSequence`, `MatchMapping`, `MatchKeys`,
//! `CopyDictWithoutKeys`, `MatchClass`), with CPython 3.11's rules and
//! messages (`ceval.c`: `match_class`, `match_keys`).
//!
//! The compiler (`compiler/pattern.rs`) does the control flow: these
//! operations only answer "is it a sequence / mapping / instance", extract
//! the values the sub-patterns match, and report errors.

use super::Vm;
use super::protocol::{special, unwrap_builtin};
use crate::runtime::object::{PyDict, PyType};
use crate::runtime::ops::CmpOp;
use crate::runtime::types::{ExcKind, PyErr, PyResult, type_error, type_name, type_of, with_types};
use crate::runtime::{PyRef, Value};

/// True when `t` is `base` or a subclass of it.
fn sub(t: &PyType, base: &PyRef<PyType>) -> bool {
    t.is_subtype(base)
}

impl Vm {
    // ----- with ------------------------------------------------------------------

    /// `BeforeWith`: returns (bound `__exit__`, result of `__enter__()`).
    /// Both methods are looked up on the type, `__enter__` first.
    pub(crate) fn before_with(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let no_protocol = |suffix: &str| {
            type_error(format!(
                "'{}' object does not support the context manager protocol{suffix}",
                type_name(mgr)
            ))
        };
        let Some(enter) = special(mgr, "__enter__") else {
            return Err(no_protocol(""));
        };
        let Some(exit) = special(mgr, "__exit__") else {
            return Err(no_protocol(" (missed __exit__ method)"));
        };
        let ty = type_of(mgr);
        let exit = self.descr_get(&exit, Some(mgr), &ty)?;
        let enter = self.descr_get(&enter, Some(mgr), &ty)?;
        let entered = self.call_value(&enter, &[], &[])?;
        Ok((exit, entered))
    }

    /// `WithExcept`: `exit(type(exc), exc, exc.__traceback__)`.
    pub(crate) fn with_except(&mut self, exit: &Value, exc: &Value) -> PyResult<Value> {
        let ty = Value::Type(type_of(exc));
        let tb = match exc {
            Value::Exception(e) => super::traceback::traceback_of(e),
            _ => Value::None,
        };
        self.call_value(exit, &[ty, exc.clone(), tb], &[])
    }

    // ----- match -------------------------------------------------------------------

    /// `MatchSequence`: lists, tuples, ranges and their subclasses (CPython's
    /// `Py_TPFLAGS_SEQUENCE`); never str, bytes or bytearray.
    pub(crate) fn match_sequence(v: &Value) -> bool {
        match v {
            Value::List(_) | Value::Tuple(_) | Value::Range(_) => true,
            Value::Object(_) => {
                let t = type_of(v);
                with_types(|ts| sub(&t, &ts.list) || sub(&t, &ts.tuple) || sub(&t, &ts.range))
            }
            _ => false,
        }
    }

    /// `MatchMapping`: dicts and their subclasses (`Py_TPFLAGS_MAPPING`).
    pub(crate) fn match_mapping(v: &Value) -> bool {
        match v {
            Value::Dict(_) => true,
            Value::Object(_) => {
                let t = type_of(v);
                with_types(|ts| sub(&t, &ts.dict))
            }
            _ => false,
        }
    }

    /// `MatchKeys`: the values of `keys` in the mapping `subj`, or None when
    /// one is missing. Uses `subj.get(key, <sentinel>)` as CPython does (so
    /// `__missing__` is not consulted), directly for an exact dict.
    pub(crate) fn match_keys(&mut self, subj: &Value, keys: &Value) -> PyResult<Value> {
        let Value::Tuple(keys) = keys else {
            return Err(PyErr::new(
                ExcKind::SystemError,
                "MatchKeys: keys not a tuple",
            ));
        };
        let keys: Vec<Value> = keys.items.to_vec();
        let mut values = Vec::with_capacity(keys.len());
        let mut get: Option<(Value, Value)> = None;
        for (i, key) in keys.iter().enumerate() {
            for earlier in &keys[..i] {
                if earlier.is(key) || self.compare_bool(CmpOp::Eq, earlier, key)? {
                    let r = self.repr_of(key)?;
                    return Err(PyErr::new(
                        ExcKind::ValueError,
                        format!("mapping pattern checks duplicate key ({r})"),
                    ));
                }
            }
            let found = match subj {
                Value::Dict(d) => d.get_item(self, key)?,
                _ => {
                    if get.is_none() {
                        let m = self.getattr(subj, "get")?;
                        let object = with_types(|ts| ts.object.clone());
                        let sentinel = self.call_value(&Value::Type(object), &[], &[])?;
                        get = Some((m, sentinel));
                    }
                    let Some((m, sentinel)) = &get else {
                        return Ok(Value::None);
                    };
                    let v = self.call_value(m, &[key.clone(), sentinel.clone()], &[])?;
                    if v.is(sentinel) { None } else { Some(v) }
                }
            };
            match found {
                Some(v) => values.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(Value::tuple(values))
    }

    /// `CopyDictWithoutKeys`: a new dict with the items of the mapping `subj`
    /// (its dict storage for a dict subclass, as `PyDict_Update` does) minus
    /// `keys`.
    pub(crate) fn copy_dict_without_keys(&mut self, subj: &Value, keys: &Value) -> PyResult<Value> {
        let src = match unwrap_builtin(subj) {
            Value::Dict(d) => d,
            _ => {
                return Err(type_error(format!(
                    "'{}' object is not a mapping",
                    type_name(subj)
                )));
            }
        };
        let rest = PyDict::new();
        crate::runtime::dict::merge(self, &rest, &src)?;
        if let Value::Tuple(keys) = keys {
            for k in keys.items.iter() {
                if rest.remove_item(self, k)?.is_none() {
                    return Err(crate::runtime::types::key_error(k.clone()));
                }
            }
        }
        Ok(Value::Dict(PyRef::new(rest)))
    }

    /// `MatchClass`: a tuple of the values the sub-patterns of
    /// `cls(<npos positional>, <kwnames>=...)` match, or None when `subj` is
    /// not an instance of `cls` or lacks one of the attributes.
    pub(crate) fn match_class(
        &mut self,
        subj: &Value,
        cls: &Value,
        npos: usize,
        kwnames: &[Value],
    ) -> PyResult<Value> {
        let Value::Type(t) = cls else {
            return Err(type_error("called match pattern must be a type"));
        };
        if !type_of(subj).is_subtype(t) {
            return Ok(Value::None);
        }
        let tname = t.name();
        let mut seen: Vec<String> = Vec::new();
        let mut attrs = Vec::with_capacity(npos + kwnames.len());
        if npos > 0 {
            let (match_args, match_self) = match self.getattr(cls, "__match_args__") {
                Ok(Value::Tuple(items)) => (items.items.to_vec(), false),
                Ok(other) => {
                    return Err(type_error(format!(
                        "{tname}.__match_args__ must be a tuple (got {})",
                        type_name(&other)
                    )));
                }
                Err(e) if e.matches(ExcKind::AttributeError) => (Vec::new(), matches_self(t)),
                Err(e) => return Err(e),
            };
            let allowed = if match_self { 1 } else { match_args.len() };
            if allowed < npos {
                let plural = if allowed == 1 { "" } else { "s" };
                return Err(type_error(format!(
                    "{tname}() accepts {allowed} positional sub-pattern{plural} ({npos} given)"
                )));
            }
            if match_self {
                attrs.push(subj.clone());
            } else {
                for name in &match_args[..npos] {
                    let Value::Str(s) = name else {
                        return Err(type_error(format!(
                            "__match_args__ elements must be strings (got {})",
                            type_name(name)
                        )));
                    };
                    match self.match_class_attr(subj, &tname, s.as_str(), &mut seen)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(Value::None),
                    }
                }
            }
        }
        for name in kwnames {
            let Value::Str(s) = name else {
                return Err(PyErr::new(ExcKind::SystemError, "MatchClass: bad names"));
            };
            match self.match_class_attr(subj, &tname, s.as_str(), &mut seen)? {
                Some(v) => attrs.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(Value::tuple(attrs))
    }

    /// One attribute for `match_class`: None when it is missing.
    fn match_class_attr(
        &mut self,
        subj: &Value,
        tname: &str,
        name: &str,
        seen: &mut Vec<String>,
    ) -> PyResult<Option<Value>> {
        if seen.iter().any(|s| s == name) {
            return Err(type_error(format!(
                "{tname}() got multiple sub-patterns for attribute '{name}'"
            )));
        }
        seen.push(name.to_string());
        match self.getattr(subj, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.matches(ExcKind::AttributeError) => Ok(None),
            Err(e) => Err(e),
        }
    }
}

/// Classes whose one positional sub-pattern matches the subject itself
/// (CPython's `_Py_TPFLAGS_MATCH_SELF`, inherited by subclasses).
fn matches_self(t: &PyType) -> bool {
    with_types(|ts| {
        [
            &ts.bool,
            &ts.bytearray,
            &ts.bytes,
            &ts.dict,
            &ts.float,
            &ts.frozenset,
            &ts.int,
            &ts.list,
            &ts.set,
            &ts.str,
            &ts.tuple,
        ]
        .iter()
        .any(|b| t.is_subtype(b))
    })
}
