//! `repr()` and `str()` of built-in values, exactly as CPython prints them.

use super::format;
use super::int;
use super::object::PyException;
use super::types::{ExcKind, PyResult};
use super::value::Value;
use crate::runtime::rc::PyRef;
use std::cell::RefCell;

thread_local! {
    /// Containers whose repr is in progress (to print `[...]` for cycles).
    static IN_REPR: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Runs `f` unless the container at `ptr` is already being printed.
pub fn guarded(
    ptr: *const u8,
    cycle: &str,
    f: impl FnOnce() -> PyResult<String>,
) -> PyResult<String> {
    let p = ptr as usize;
    if IN_REPR.with(|s| s.borrow().contains(&p)) {
        return Ok(cycle.to_string());
    }
    if IN_REPR.with(|s| s.borrow().len()) >= 1000 {
        return Err(super::types::PyErr::new(
            super::types::ExcKind::RecursionError,
            "maximum recursion depth exceeded while getting the repr of an object",
        ));
    }
    IN_REPR.with(|s| s.borrow_mut().push(p));
    let r = f();
    IN_REPR.with(|s| {
        s.borrow_mut().pop();
    });
    r
}

fn join_reprs<'a>(items: impl Iterator<Item = &'a Value>) -> PyResult<String> {
    let mut out = String::new();
    for (i, v) in items.enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&repr(v)?);
    }
    Ok(out)
}

/// A tuple's repr from its items.
pub fn tuple_repr(items: &[Value]) -> PyResult<String> {
    if items.len() == 1 {
        return Ok(format!("({},)", repr(&items[0])?));
    }
    Ok(format!("({})", join_reprs(items.iter())?))
}

/// The repr of a set or frozenset, with `repr_item` for the elements:
/// `set()`, `{1, 2}`, `frozenset()`, `frozenset({1, 2})`.
pub fn set_repr(
    v: &Value,
    repr_item: &mut dyn FnMut(&Value) -> PyResult<String>,
) -> PyResult<String> {
    set_repr_named(v, None, repr_item)
}

/// `set_repr` for the set an instance of a subclass carries: `class_name`
/// is the subclass's name, which the repr then shows (`S({1, 2})`).
pub fn set_repr_named(
    v: &Value,
    class_name: Option<&str>,
    repr_item: &mut dyn FnMut(&Value) -> PyResult<String>,
) -> PyResult<String> {
    let (Value::Set(st) | Value::FrozenSet(st)) = v else {
        return repr(v);
    };
    let name = class_name.map_or_else(|| super::types::type_name(v), str::to_string);
    let keys = st.table.borrow().keys();
    if keys.is_empty() {
        return Ok(format!("{name}()"));
    }
    let frozen = matches!(v, Value::FrozenSet(_)) || class_name.is_some();
    guarded(v.heap_ptr(), &format!("{name}(...)"), || {
        let mut out = String::new();
        if frozen {
            out.push_str(&name);
            out.push('(');
        }
        out.push('{');
        for (i, k) in keys.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&repr_item(k)?);
        }
        out.push('}');
        if frozen {
            out.push(')');
        }
        Ok(out)
    })
}

/// `repr(v)`.
pub fn repr(v: &Value) -> PyResult<String> {
    Ok(match v {
        Value::Unbound => "<NULL>".to_string(),
        Value::None => "None".to_string(),
        Value::Bool(true) => "True".to_string(),
        Value::Bool(false) => "False".to_string(),
        Value::Int(i) => i.to_string(),
        Value::BigInt(b) => int::bigint_to_string(b)?,
        Value::Float(f) => format::float_repr(*f),
        Value::Str(s) => format::str_repr(s.as_str()),
        Value::List(l) => guarded(v.heap_ptr(), "[...]", || {
            let items = l.items.borrow().clone();
            Ok(format!("[{}]", join_reprs(items.iter())?))
        })?,
        Value::Tuple(t) => guarded(v.heap_ptr(), "(...)", || tuple_repr(&t.items))?,
        Value::Dict(d) => guarded(v.heap_ptr(), "{...}", || {
            let items = d.table.borrow().items();
            let mut out = String::from("{");
            for (i, (k, val)) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&repr(k)?);
                out.push_str(": ");
                out.push_str(&repr(val)?);
            }
            out.push('}');
            Ok(out)
        })?,
        Value::Set(_) | Value::FrozenSet(_) => set_repr(v, &mut |x| repr(x))?,
        Value::Function(f) => format!(
            "<function {} at {:#x}>",
            f.qualname.borrow(),
            v.heap_ptr() as usize
        ),
        Value::Builtin(b) => {
            let slot = b.is_slot_wrapper();
            match (&b.bound, &b.objclass) {
                (Some(obj), Some(_)) if slot => format!(
                    "<method-wrapper '{}' of {} object at {:#x}>",
                    b.name,
                    super::types::type_name(obj),
                    obj.heap_ptr() as usize
                ),
                (Some(obj), _) => format!(
                    "<built-in method {} of {} object at {:#x}>",
                    b.name,
                    super::types::type_name(obj),
                    obj.heap_ptr() as usize
                ),
                (None, Some(t)) if slot => {
                    format!("<slot wrapper '{}' of '{}' objects>", b.name, t.name())
                }
                (None, Some(t)) => format!("<method '{}' of '{}' objects>", b.name, t.name()),
                (None, None) => format!("<built-in function {}>", b.name),
            }
        }
        Value::Type(t) => format!("<class '{}'>", class_path(t)),
        Value::Object(o) => object_repr(o, v)?,
        Value::Exception(e) => exception_repr(e)?,
        Value::Module(m) => match m.dict.table.borrow().get_str("__file__") {
            Some(Value::Str(f)) => format!("<module '{}' from '{}'>", m.name, f.as_str()),
            _ => format!("<module '{}' (built-in)>", m.name),
        },
        Value::Range(r) => {
            if r.step == 1 {
                format!("range({}, {})", r.start, r.stop)
            } else {
                format!("range({}, {}, {})", r.start, r.stop, r.step)
            }
        }
        Value::RangeIter(_) => format!("<range_iterator object at {:#x}>", v.heap_ptr() as usize),
        Value::Iter(i) => format!(
            "<{} object at {:#x}>",
            PyRef::ty(i).name(),
            v.heap_ptr() as usize
        ),
        Value::Cell(_) => format!("<cell at {:#x}>", v.heap_ptr() as usize),
        Value::Code(c) => format!(
            "<code object {} at {:#x}, file \"{}\", line {}>",
            c.code.name,
            v.heap_ptr() as usize,
            c.code.filename,
            c.code.firstlineno
        ),
        Value::Slice(s) => format!(
            "slice({}, {}, {})",
            repr(&s.start)?,
            repr(&s.stop)?,
            repr(&s.step)?
        ),
        Value::DictView(dv) => guarded(v.heap_ptr(), "...", || {
            let items = dv.items();
            Ok(format!(
                "{}([{}])",
                dv.type_name(),
                join_reprs(items.iter())?
            ))
        })?,
        Value::Bytes(b) => crate::bytecode::dis::bytes_repr(&b.data),
        Value::Namespace(n) => guarded(v.heap_ptr(), "...", || {
            let items = n.dict.table.borrow().items();
            let mut parts = Vec::with_capacity(items.len());
            let tname = PyRef::ty(n).name();
            let spec = &*tname == "ModuleSpec";
            for (k, val) in &items {
                let key = str_of(k)?;
                // A spec shows what CPython's does: name, loader, origin, and
                // the search locations of a package.
                let shown = matches!(key.as_str(), "name" | "loader" | "origin")
                    || (key == "submodule_search_locations" && !val.is_none());
                if spec && !shown {
                    continue;
                }
                parts.push(format!("{key}={}", repr(val)?));
            }
            let name = if &*tname == "SimpleNamespace" {
                "namespace"
            } else {
                &*tname
            };
            Ok(format!("{name}({})", parts.join(", ")))
        })?,
        Value::Complex(c) => super::complex::repr(**c),
        Value::ByteArray(b) => super::bytearray::repr(&b.data.borrow()),
        Value::Ellipsis => "Ellipsis".to_string(),
        Value::NotImplemented => "NotImplemented".to_string(),
    })
}

/// `module.qualname` of a class (just the name for built-in types).
pub fn class_path(t: &super::object::PyType) -> String {
    if !t.is_heap() {
        return t.name().to_string();
    }
    match t.dict.table.borrow().get_str("__module__") {
        Some(Value::Str(m)) if m.as_str() != "builtins" => {
            format!("{}.{}", m.as_str(), t.qualname())
        }
        _ => t.qualname().to_string(),
    }
}

/// `list[int]`, `dict[str, list[int]]`, `tuple[int, ...]`, `int | None`.
fn alias_repr(origin: &Value, args: &Value) -> PyResult<String> {
    fn arg(v: &Value) -> PyResult<String> {
        match v {
            Value::Ellipsis => Ok("...".to_string()),
            Value::Type(t) if t.kind == super::object::TypeKind::NoneType => Ok("None".to_string()),
            Value::Type(t) => Ok(match t.dict.table.borrow().get_str("__module__") {
                Some(Value::Str(m)) if m.as_str() != "builtins" => {
                    format!("{}.{}", m.as_str(), t.qualname())
                }
                _ => t.qualname().to_string(),
            }),
            _ => repr(v),
        }
    }
    let items: Vec<Value> = match args {
        Value::Tuple(t) => t.items.to_vec(),
        other => vec![other.clone()],
    };
    let mut parts = Vec::with_capacity(items.len());
    for a in &items {
        parts.push(arg(a)?);
    }
    Ok(match origin {
        Value::None => parts.join(" | "),
        o if items.is_empty() => format!("{}[()]", arg(o)?),
        o => format!("{}[{}]", arg(o)?, parts.join(", ")),
    })
}

/// The default repr of an instance (and of the built-in record types).
fn object_repr(o: &PyRef<super::instance::PyInstance>, v: &Value) -> PyResult<String> {
    use super::instance::Payload;
    Ok(match &o.payload {
        Payload::Super { ty, obj_type, .. } => match obj_type {
            Some(ot) => format!("<super: <class '{}'>, <{} object>>", ty.name(), ot.name()),
            None => format!("<super: <class '{}'>, NULL>", ty.name()),
        },
        Payload::Method { func, obj } => {
            let name = match func {
                Value::Function(f) => f.qualname.borrow().clone(),
                other => repr(other)?,
            };
            format!("<bound method {name} of {}>", repr(obj)?)
        }
        Payload::Builtin(b)
            if !PyRef::ty(o).is_heap() && &*PyRef::ty(o).name() == "mappingproxy" =>
        {
            format!("mappingproxy({})", repr(&b.borrow())?)
        }
        Payload::Builtin(b) => {
            let inner = b.borrow().clone();
            let r = repr(&inner)?;
            match inner {
                // A set subclass's repr names the class: `T({1, 2})`, `T()`.
                Value::Set(_) | Value::FrozenSet(_) => {
                    let body = r
                        .strip_prefix("frozenset(")
                        .map_or(r.as_str(), |x| x.strip_suffix(')').unwrap_or(x));
                    let body = if matches!(body, "set()" | "") {
                        ""
                    } else {
                        body
                    };
                    format!("{}({body})", PyRef::ty(o).name())
                }
                _ => r,
            }
        }
        Payload::Member { name, owner, .. } => {
            format!(
                "<member '{}' of '{}' objects>",
                name.as_str(),
                owner.as_str()
            )
        }
        Payload::GetSet { attr, owner, .. } => {
            format!(
                "<attribute '{}' of '{}' objects>",
                attr.name(),
                owner.as_str()
            )
        }
        Payload::Alias { origin, args } => alias_repr(origin, args)?,
        Payload::Generator(g) => {
            let name = g
                .try_borrow()
                .map(|g| g.qualname.as_str().to_string())
                .unwrap_or_default();
            format!(
                "<{} object {name} at {:#x}>",
                PyRef::ty(o).name(),
                v.heap_ptr() as usize
            )
        }
        _ => format!(
            "<{} object at {:#x}>",
            class_path(PyRef::ty(o)),
            v.heap_ptr() as usize
        ),
    })
}

fn exception_repr(e: &PyRef<PyException>) -> PyResult<String> {
    let args = e.args.borrow().clone();
    let name = PyRef::ty(e).name();
    Ok(match args.len() {
        0 => format!("{name}()"),
        1 => format!("{name}({})", repr(&args[0])?),
        _ => format!("{name}{}", tuple_repr(&args)?),
    })
}

/// `str(e)` for an exception.
pub fn exception_str(e: &PyRef<PyException>) -> PyResult<String> {
    let args = e.args.borrow().clone();
    if let Some(s) = crate::vm::excobj::syntax_error_str(e)? {
        return Ok(s);
    }
    if let Some(s) = crate::vm::excobj::unicode_error_str(e)? {
        return Ok(s);
    }
    if let Some(s) = crate::vm::excobj::group_str(e) {
        return Ok(s);
    }
    if e.kind().is_some_and(crate::vm::excobj::is_os_error)
        && let Some(s) = crate::vm::excobj::os_error_str(e)?
    {
        return Ok(s);
    }
    Ok(match args.len() {
        0 => String::new(),
        1 => {
            if e.str_kind() == Some(ExcKind::KeyError) {
                repr(&args[0])?
            } else {
                str_of(&args[0])?
            }
        }
        _ => tuple_repr(&args)?,
    })
}

/// `str(v)`.
pub fn str_of(v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        Value::Exception(e) => exception_str(e),
        _ => repr(v),
    }
}

/// `ascii(v)`: repr with non-ASCII characters escaped.
pub fn ascii(v: &Value) -> PyResult<String> {
    let r = repr(v)?;
    let mut out = String::with_capacity(r.len());
    for c in r.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    Ok(out)
}
