//! `format()` and f-string fields.

use super::Vm;
use crate::runtime::types::{PyResult, type_error, type_name};
use crate::runtime::{Value, fmt_err, format, repr};

impl Vm {
    /// An f-string field: conversion (`!s`, `!r`, `!a`) then the format spec.
    pub fn format_field(&mut self, v: &Value, conv: u32, spec: Option<&Value>) -> PyResult<Value> {
        let converted;
        let v = match conv {
            1 => {
                converted = Value::string(self.str_of(v)?);
                &converted
            }
            2 => {
                converted = Value::string(self.repr_of(v)?);
                &converted
            }
            3 => {
                converted = Value::string(repr::ascii(v)?);
                &converted
            }
            _ => v,
        };
        let spec = match spec {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => String::new(),
        };
        if spec.is_empty()
            && let Value::Str(_) = v
        {
            return Ok(v.clone());
        }
        self.format_value(v, &spec).map(Value::string)
    }

    /// `format(v, spec)`.
    pub fn format_value(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        if let Some(s) = self.format_user(v, spec)? {
            return Ok(s);
        }
        let unwrapped = super::protocol::unwrap_builtin(v);
        let v = &unwrapped;
        match v {
            Value::Int(i) => format::format_i64(*i, spec).map_err(fmt_err),
            Value::Bool(b) if !spec.is_empty() => {
                format::format_i64(i64::from(*b), spec).map_err(fmt_err)
            }
            Value::BigInt(b) => format::format_int(b, spec).map_err(fmt_err),
            Value::Float(f) => format::format_float(*f, spec).map_err(fmt_err),
            Value::Str(s) => format::format_str(s.as_str(), spec).map_err(fmt_err),
            _ => {
                if spec.is_empty() {
                    self.str_of(v)
                } else {
                    Err(type_error(format!(
                        "unsupported format string passed to {}.__format__",
                        type_name(v)
                    )))
                }
            }
        }
    }
}
