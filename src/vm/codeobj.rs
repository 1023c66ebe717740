//! Code objects as Python sees them: the `co_*` attributes, `co_lines()` and
//! `replace()`.
//!
//! `co_code` is the bytes of our own instruction encoding (`Instr::encode`,
//! the same bytes the cache file stores), and the offsets `co_lines()` yields
//! index into it.

use super::Vm;
use crate::bytecode::verify;
use crate::bytecode::{CodeObject, Const, Instr, Position};
use crate::runtime::code::value_to_const;
use crate::runtime::object::{NativeFn, PyBytes, PyStr};
use crate::runtime::types::{ExcKind, PyErr, PyResult, type_error, type_name};
use crate::runtime::{PyCode, PyRef, Value};

type Kw<'a> = &'a [(PyRef<PyStr>, Value)];

/// Methods of code objects.
pub const CODE_METHODS: &[(&str, NativeFn)] = &[("co_lines", co_lines), ("replace", replace)];

fn strs(items: &[crate::bytecode::Name]) -> Value {
    Value::tuple(items.iter().map(|s| Value::str(s)).collect())
}

/// The bytes of `code`'s instructions, and the offset where each starts (plus
/// the end offset).
fn encoded(code: &CodeObject) -> (Vec<u8>, Vec<usize>) {
    let mut out = Vec::with_capacity(code.instrs.len() * 4);
    let mut offsets = Vec::with_capacity(code.instrs.len() + 1);
    for i in &code.instrs {
        offsets.push(out.len());
        i.encode(&mut out);
    }
    offsets.push(out.len());
    (out, offsets)
}

/// The attribute `name` of a code object.
pub fn code_attr(c: &PyRef<PyCode>, name: &str) -> Option<Value> {
    let code = &c.code;
    let int = |n: u32| Value::Int(i64::from(n));
    Some(match name {
        "co_name" => Value::str(&code.name),
        "co_qualname" => Value::str(&code.qualname),
        "co_filename" => Value::str(&code.filename),
        "co_firstlineno" => int(code.firstlineno),
        "co_argcount" => int(code.argcount),
        "co_posonlyargcount" => int(code.posonlyargcount),
        "co_kwonlyargcount" => int(code.kwonlyargcount),
        "co_nlocals" => Value::Int(code.varnames.len() as i64),
        "co_stacksize" => int(code.nregs),
        "co_varnames" => strs(&code.varnames),
        "co_cellvars" => strs(&code.cellvars),
        "co_freevars" => strs(&code.freevars),
        "co_names" => strs(&code.names),
        "co_flags" => int(code.flags),
        "co_consts" => Value::tuple(c.consts.to_vec()),
        "co_code" => Value::Bytes(PyRef::new(PyBytes::new(encoded(code).0))),
        _ => return None,
    })
}

fn receiver<'a>(name: &str, args: &'a [Value]) -> PyResult<&'a PyRef<PyCode>> {
    match args.first() {
        Some(Value::Code(c)) => Ok(c),
        Some(other) => Err(type_error(format!(
            "descriptor '{name}' for 'code' objects doesn't apply to a '{}' object",
            type_name(other)
        ))),
        None => Err(type_error(format!(
            "unbound method code.{name}() needs an argument"
        ))),
    }
}

/// `code.co_lines()`: `(start, end, line)` for each instruction, with byte
/// offsets into `co_code` and `None` for instructions without a line.
fn co_lines(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let c = receiver("co_lines", args)?;
    super::evalexec::bind_args("co_lines", &args[1..], kw, &[], 0, 0)?;
    let code = &c.code;
    let (_, offsets) = encoded(code);
    let items = (0..code.instrs.len())
        .map(|i| {
            let line = code.line_of(i);
            Value::tuple(vec![
                Value::Int(offsets[i] as i64),
                Value::Int(offsets[i + 1] as i64),
                if line == 0 {
                    Value::None
                } else {
                    Value::Int(i64::from(line))
                },
            ])
        })
        .collect();
    vm.get_iter(&Value::list(items))
}

fn want_str(field: &str, v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        other => Err(type_error(format!(
            "replace() argument '{field}' must be str, not {}",
            type_name(other)
        ))),
    }
}

fn want_u32(field: &str, v: &Value) -> PyResult<u32> {
    match v {
        Value::Int(n) => u32::try_from(*n).map_err(|_| {
            PyErr::new(
                ExcKind::ValueError,
                format!("replace() argument '{field}' out of range: {n}"),
            )
        }),
        Value::Bool(b) => Ok(u32::from(*b)),
        other => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(other)
        ))),
    }
}

fn want_tuple<'a>(field: &str, v: &'a Value) -> PyResult<&'a [Value]> {
    match v {
        Value::Tuple(t) => Ok(&t.items),
        other => Err(type_error(format!(
            "replace() argument '{field}' must be tuple, not {}",
            type_name(other)
        ))),
    }
}

fn want_names(field: &str, v: &Value) -> PyResult<Vec<crate::bytecode::Name>> {
    want_tuple(field, v)?
        .iter()
        .map(|item| match item {
            Value::Str(s) => Ok(s.as_str().into()),
            _ => Err(PyErr::new(
                ExcKind::SystemError,
                "non-string found in code slot",
            )),
        })
        .collect()
}

fn want_consts(v: &Value) -> PyResult<Vec<Const>> {
    want_tuple("co_consts", v)?
        .iter()
        .map(|item| {
            value_to_const(item).ok_or_else(|| {
                PyErr::new(
                    ExcKind::ValueError,
                    format!(
                        "a '{}' object cannot be a constant of a code object",
                        type_name(item)
                    ),
                )
            })
        })
        .collect()
}

fn decode_instrs(v: &Value) -> PyResult<Vec<Instr>> {
    let Value::Bytes(b) = v else {
        return Err(type_error(format!(
            "replace() argument 'co_code' must be bytes, not {}",
            type_name(v)
        )));
    };
    let mut pos = 0;
    let mut out = Vec::new();
    while pos < b.data.len() {
        let i = Instr::decode(&b.data, &mut pos).map_err(|e| {
            PyErr::new(
                ExcKind::ValueError,
                format!("co_code is not valid pyjit bytecode at offset {pos}: {e:?}"),
            )
        })?;
        out.push(i);
    }
    Ok(out)
}

/// `code.replace(**changes)`: a copy with the given fields changed. The result
/// is verified like a code object loaded from a file, so a bad combination is
/// a `ValueError`, never a crash.
fn replace(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let c = receiver("replace", args)?;
    if args.len() > 1 {
        return Err(type_error("replace() takes no positional arguments"));
    }
    let mut code = c.code.clone();
    let mut nlocals = None;
    for (k, v) in kw {
        let field = k.as_str();
        match field {
            "co_name" => code.name = want_str(field, v)?.into(),
            "co_qualname" => code.qualname = want_str(field, v)?.into(),
            "co_filename" => code.filename = want_str(field, v)?.into(),
            "co_firstlineno" => code.firstlineno = want_u32(field, v)?,
            "co_argcount" => code.argcount = want_u32(field, v)?,
            "co_posonlyargcount" => code.posonlyargcount = want_u32(field, v)?,
            "co_kwonlyargcount" => code.kwonlyargcount = want_u32(field, v)?,
            "co_nlocals" => nlocals = Some(want_u32(field, v)?),
            "co_stacksize" => code.nregs = want_u32(field, v)?,
            "co_flags" => code.flags = want_u32(field, v)?,
            "co_varnames" => code.varnames = want_names(field, v)?,
            "co_cellvars" => code.cellvars = want_names(field, v)?,
            "co_freevars" => code.freevars = want_names(field, v)?,
            "co_names" => code.names = want_names(field, v)?,
            "co_consts" => code.consts = want_consts(v)?,
            "co_code" => code.instrs = decode_instrs(v)?,
            _ => {
                return Err(type_error(format!(
                    "'{field}' is an invalid keyword argument for replace()"
                )));
            }
        }
    }
    if let Some(n) = nlocals
        && n as usize != code.varnames.len()
    {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "code: co_nlocals != len(co_varnames)",
        ));
    }
    // New instructions keep the old positions where they line up.
    let last = code
        .positions
        .last()
        .copied()
        .unwrap_or(Position::default());
    code.positions.resize(code.instrs.len(), last);
    verify::verify(&code).map_err(|e| {
        PyErr::new(
            ExcKind::ValueError,
            format!("replace() would make an invalid code object: {e}"),
        )
    })?;
    Ok(Value::Code(PyRef::new(PyCode::new(code))))
}
