//! Attribute access on built-in objects: `obj.name`, `obj.name = v`, `del obj.name`.

use super::Vm;
use crate::runtime::instance::Payload;
use crate::runtime::object::{PyBuiltin, PyDict, PyException};
use crate::runtime::types::{ExcKind, PyErr, PyResult, attribute_error, type_name};
use crate::runtime::{PyRef, Value};

fn no_attr(obj: &Value, name: &str) -> PyErr {
    match obj {
        Value::Module(m) => {
            attribute_error(format!("module '{}' has no attribute '{name}'", m.name))
        }
        Value::Type(t) => attribute_error(format!(
            "type object '{}' has no attribute '{name}'",
            t.name()
        )),
        _ => attribute_error(format!(
            "'{}' object has no attribute '{name}'",
            type_name(obj)
        )),
    }
}

fn dict_get(d: &std::cell::RefCell<Option<PyRef<PyDict>>>, name: &str) -> Option<Value> {
    d.borrow()
        .as_ref()
        .and_then(|d| d.table.borrow().get_str(name))
}

fn dict_set(d: &std::cell::RefCell<Option<PyRef<PyDict>>>, name: &str, v: Value) {
    let mut slot = d.borrow_mut();
    let dict = slot.get_or_insert_with(|| PyRef::new(PyDict::new()));
    dict.table.borrow_mut().insert_str(name, v);
}

/// Exception attributes other than those in the instance dict.
fn exception_attr(e: &PyRef<PyException>, name: &str) -> Option<Value> {
    Some(match name {
        "args" => Value::tuple(e.args.borrow().clone()),
        "__cause__" => e.cause.borrow().clone(),
        "__context__" => e.context.borrow().clone(),
        "__suppress_context__" => Value::Bool(e.suppress_context.get()),
        "__traceback__" => super::traceback::traceback_of(e),
        "__class__" => Value::Type(PyRef::class(e)),
        "__dict__" => Value::Dict(
            e.dict
                .borrow_mut()
                .get_or_insert_with(|| PyRef::new(PyDict::new()))
                .clone(),
        ),
        "value" if e.kind() == Some(ExcKind::StopIteration) => {
            e.args.borrow().first().cloned().unwrap_or(Value::None)
        }
        "msg" | "name" | "path"
            if matches!(
                e.kind(),
                Some(ExcKind::ImportError | ExcKind::ModuleNotFoundError)
            ) =>
        {
            let args = e.args.borrow();
            match (name, args.as_slice()) {
                ("msg", [m]) => m.clone(),
                _ => Value::None,
            }
        }
        "message" | "exceptions" => return super::excobj::group_attr(e, name),
        "errno" | "strerror" | "filename" | "filename2"
            if e.kind().is_some_and(super::excobj::is_os_error) =>
        {
            Value::None
        }
        "name" | "obj" if e.kind() == Some(ExcKind::AttributeError) => Value::None,
        "name"
            if matches!(
                e.kind(),
                Some(ExcKind::NameError | ExcKind::UnboundLocalError)
            ) =>
        {
            // Raised by the interpreter: the name is in the message.
            let args = e.args.borrow();
            match args.first() {
                Some(Value::Str(s)) => {
                    let s = s.as_str();
                    match s.split('\'').nth(1) {
                        Some(n) if s.starts_with("name '") || s.starts_with("cannot access") => {
                            Value::str(n)
                        }
                        _ => Value::None,
                    }
                }
                _ => Value::None,
            }
        }
        "code" if e.kind() == Some(ExcKind::SystemExit) => {
            let args = e.args.borrow();
            match args.len() {
                0 => Value::None,
                1 => args[0].clone(),
                _ => Value::tuple(args.clone()),
            }
        }
        "msg"
        | "filename"
        | "lineno"
        | "offset"
        | "text"
        | "end_lineno"
        | "end_offset"
        | "print_file_and_line"
            if matches!(
                e.kind(),
                Some(ExcKind::SyntaxError | ExcKind::IndentationError | ExcKind::TabError)
            ) =>
        {
            // SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset)).
            let args = e.args.borrow();
            let details = [
                "filename",
                "lineno",
                "offset",
                "text",
                "end_lineno",
                "end_offset",
            ];
            match (name, args.as_slice()) {
                ("msg", [m, ..]) => m.clone(),
                (_, [_, Value::Tuple(t)]) => details
                    .iter()
                    .position(|n| *n == name)
                    .and_then(|i| t.items.get(i).cloned())
                    .unwrap_or(Value::None),
                _ => Value::None,
            }
        }
        "encoding" | "object" | "start" | "end" | "reason" => {
            return super::excobj::unicode_error_attr(e, name);
        }
        _ => return None,
    })
}

impl Vm {
    /// `getattr(obj, name)`: instances and classes go through the attribute
    /// protocol (`vm::descr`); other built-in objects through their own attributes.
    pub fn getattr(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let r = self.getattr_inner(obj, name);
        if let Err(err) = &r
            && err.exc.kind() == Some(ExcKind::AttributeError)
            && dict_get(&err.exc.dict, "name").is_none()
        {
            dict_set(&err.exc.dict, "name", Value::str(name));
            dict_set(&err.exc.dict, "obj", obj.clone());
        }
        r
    }

    fn getattr_inner(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        match obj {
            Value::Object(o) => {
                if let Payload::Super { .. } = o.payload {
                    return self.super_getattr(o, name);
                }
                if !PyRef::ty(o).is_heap() {
                    if let Some(v) = super::descr::record_attr(o, name) {
                        return Ok(v);
                    }
                    if let Some(v) = super::traceback::tb_attr(o, name) {
                        return Ok(v);
                    }
                    if let Some(v) = super::traceback::frame_attr(o, name, &self.builtins) {
                        return Ok(v);
                    }
                    if super::generator::gen_field(o, name) == Some("frame") {
                        return Ok(super::traceback::generator_frame(obj));
                    }
                    if let Some(v) = super::generator::gen_attr(o, name) {
                        return Ok(v);
                    }
                    // A bound method forwards the attributes its type does
                    // not define (and `__doc__`) to its function.
                    if let Payload::Method { func, .. } = &o.payload
                        && (name == "__doc__" || PyRef::ty(o).lookup(name).is_none())
                        && !matches!(name, "__class__")
                    {
                        let func = func.clone();
                        return self.getattr(&func, name);
                    }
                }
                self.object_getattr(obj, name)
            }
            Value::Type(t) => self.type_getattr(t, name),
            Value::Exception(e) if PyRef::ty(e).is_heap() => self.object_getattr(obj, name),
            _ => self.builtin_getattr(obj, name),
        }
    }

    /// Attributes of built-in objects other than instances and classes.
    pub(crate) fn builtin_getattr(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        if let Some(f) = super::methods::lookup(obj, name) {
            return Ok(Value::Builtin(PyRef::new(PyBuiltin {
                name: super::methods::static_name(name),
                func: f,
                bound: Some(obj.clone()),
                owner: "",
                objclass: None,
            })));
        }
        let found = match obj {
            Value::Module(m) => m.dict.table.borrow().get_str(name),
            Value::Namespace(n) => match name {
                "__dict__" => Some(Value::Dict(n.dict.clone())),
                _ => n.dict.table.borrow().get_str(name),
            },
            Value::Exception(e) => dict_get(&e.dict, name).or_else(|| exception_attr(e, name)),
            Value::Function(f) => match name {
                "__name__" => Some(Value::str(&f.name.borrow())),
                "__qualname__" => Some(Value::str(&f.qualname.borrow())),
                "__module__" => Some(f.module.borrow().clone()),
                "__annotations__" => {
                    let mut slot = f.annotations.borrow_mut();
                    Some(Value::Dict(
                        slot.get_or_insert_with(|| PyRef::new(PyDict::new()))
                            .clone(),
                    ))
                }
                "__defaults__" => Some(if f.defaults.borrow().is_empty() {
                    Value::None
                } else {
                    Value::tuple(f.defaults.borrow().to_vec())
                }),
                "__kwdefaults__" => Some(
                    f.kwdefaults
                        .borrow()
                        .clone()
                        .map_or(Value::None, Value::Dict),
                ),
                "__code__" => Some(Value::Code(f.code.borrow().clone())),
                "__globals__" => Some(Value::Dict(f.globals.clone())),
                "__builtins__" => Some(match f.globals.table.borrow().get_str("__builtins__") {
                    Some(Value::Dict(d)) => Value::Dict(d),
                    Some(Value::Module(m)) => Value::Dict(m.dict.clone()),
                    _ => Value::Dict(self.builtins.clone()),
                }),
                "__doc__" => Some(f.doc.borrow().clone()),
                "__closure__" => Some(if f.closure.is_empty() {
                    Value::None
                } else {
                    Value::tuple(f.closure.to_vec())
                }),
                "__dict__" => {
                    let mut slot = f.dict.borrow_mut();
                    Some(Value::Dict(
                        slot.get_or_insert_with(|| PyRef::new(PyDict::new()))
                            .clone(),
                    ))
                }
                _ => dict_get(&f.dict, name),
            },
            Value::Builtin(b) => match name {
                "__name__" => Some(Value::str(b.name)),
                "__objclass__" => b.objclass.clone().map(Value::Type),
                "__qualname__" => Some(match &b.bound {
                    None if b.objclass.is_some() => Value::str(&format!(
                        "{}.{}",
                        b.objclass
                            .as_ref()
                            .map_or(String::new(), |t| t.name().to_string()),
                        b.name
                    )),
                    Some(Value::Module(_)) | None => Value::str(b.name),
                    Some(o) => {
                        let owner = if b.owner.is_empty() {
                            type_name(o)
                        } else {
                            b.owner.to_string()
                        };
                        Value::str(&format!("{owner}.{}", b.name))
                    }
                }),
                "__module__" => Some(match &b.bound {
                    None if self.is_builtins_function(b) => Value::str("builtins"),
                    _ => Value::None,
                }),
                "__self__" => b.bound.clone(),
                _ => None,
            },
            Value::Type(t) => match name {
                "__name__" => Some(Value::str(&t.name())),
                "__qualname__" => Some(Value::str(&t.qualname())),
                "__module__" => Some(Value::str("builtins")),
                "__base__" => Some(t.base.borrow().clone().map_or(Value::None, Value::Type)),
                "__bases__" => Some(Value::tuple(
                    t.bases.borrow().iter().cloned().map(Value::Type).collect(),
                )),
                "__mro__" => {
                    let mut out = vec![Value::Type(t.clone())];
                    out.extend(t.mro.borrow().iter().cloned().map(Value::Type));
                    Some(Value::tuple(out))
                }
                _ => super::methods::lookup_on_type(t, name).map(|f| {
                    Value::Builtin(PyRef::new(PyBuiltin {
                        name: super::methods::static_name(name),
                        func: f,
                        bound: None,
                        owner: "",
                        objclass: None,
                    }))
                }),
            },
            Value::Code(c) => super::codeobj::code_attr(c, name),
            Value::Cell(c) if name == "cell_contents" => match &*c.value.borrow() {
                Value::Unbound => return Err(PyErr::new(ExcKind::ValueError, "Cell is empty")),
                v => Some(v.clone()),
            },
            Value::Range(r) => match name {
                "start" => Some(Value::Int(r.start)),
                "stop" => Some(Value::Int(r.stop)),
                "step" => Some(Value::Int(r.step)),
                _ => None,
            },
            Value::Slice(s) => match name {
                "start" => Some(s.start.clone()),
                "stop" => Some(s.stop.clone()),
                "step" => Some(s.step.clone()),
                _ => None,
            },
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => match name {
                "real" | "numerator" => Some(crate::runtime::ops::pos(obj)?),
                "imag" => Some(Value::Int(0)),
                "denominator" => Some(Value::Int(1)),
                _ => None,
            },
            Value::Float(f) => match name {
                "real" => Some(Value::Float(*f)),
                "imag" => Some(Value::Float(0.0)),
                _ => None,
            },
            Value::Complex(c) => super::numbers::complex_attr(c, name),
            _ => None,
        };
        if let Some(v) = found {
            return Ok(v);
        }
        if name == "__class__" {
            return Ok(Value::Type(crate::runtime::types::type_of(obj)));
        }
        // Attributes declared on the built-in type (its special methods).
        let ty = crate::runtime::types::type_of(obj);
        if let Some(d) = ty.lookup(name) {
            return self.descr_get(&d, Some(obj), &ty);
        }
        if name == "__name__"
            && let Value::Module(m) = obj
        {
            return Ok(Value::str(&m.name));
        }
        Err(no_attr(obj, name))
    }

    /// `setattr(obj, name, v)`.
    pub fn setattr(&mut self, obj: &Value, name: &str, v: Value) -> PyResult<()> {
        self.setattr_key(obj, name, None, v)
    }

    /// `setattr(obj, name, v)` where the program named the attribute with
    /// the object `key` (an instance of a str subclass): instances'
    /// `__setattr__` receives it and their `__dict__` stores it as the key.
    pub fn setattr_key(
        &mut self,
        obj: &Value,
        name: &str,
        key: Option<&Value>,
        v: Value,
    ) -> PyResult<()> {
        match obj {
            Value::Object(o) => {
                if let Some(r) = super::generator::gen_setattr(o, name, Some(&v)) {
                    return r;
                }
                self.object_setattr_key(obj, name, key, Some(v))
            }
            Value::Type(t) => self.type_setattr(t, name, Some(v)),
            Value::Exception(e)
                if PyRef::ty(e).is_heap() && !name.starts_with("__") && name != "args" =>
            {
                self.object_setattr_key(obj, name, key, Some(v))
            }
            Value::Module(m) => {
                m.dict.table.borrow_mut().insert_str(name, v);
                Ok(())
            }
            Value::Namespace(n) => {
                n.dict.table.borrow_mut().insert_str(name, v);
                Ok(())
            }
            Value::Function(f) => {
                match name {
                    "__name__" | "__qualname__" | "__annotations__" | "__doc__" | "__module__" => {
                        return super::call::set_function_meta(f, name, Some(v));
                    }
                    "__defaults__" => {
                        let d: Box<[Value]> = match &v {
                            Value::None => Box::default(),
                            Value::Tuple(t) => t.items.clone(),
                            _ => {
                                return Err(crate::runtime::types::type_error(
                                    "__defaults__ must be set to a tuple object",
                                ));
                            }
                        };
                        let old = std::mem::replace(&mut *f.defaults.borrow_mut(), d);
                        drop(old);
                    }
                    "__kwdefaults__" => {
                        let d = match &v {
                            Value::None => None,
                            Value::Dict(d) => Some(d.clone()),
                            _ => {
                                return Err(crate::runtime::types::type_error(
                                    "__kwdefaults__ must be set to a dict object",
                                ));
                            }
                        };
                        let old = std::mem::replace(&mut *f.kwdefaults.borrow_mut(), d);
                        drop(old);
                    }
                    "__code__" => {
                        let Value::Code(c) = v else {
                            return Err(crate::runtime::types::type_error(
                                "__code__ must be set to a code object",
                            ));
                        };
                        let (want, have) = (f.closure.len(), c.code.freevars.len());
                        if want != have {
                            return Err(PyErr::new(
                                ExcKind::ValueError,
                                format!(
                                    "{}() requires a code object with {want} free vars, not {have}",
                                    f.name.borrow()
                                ),
                            ));
                        }
                        *f.code.borrow_mut() = c;
                    }
                    "__dict__" => {
                        let Value::Dict(d) = v else {
                            return Err(crate::runtime::types::type_error(format!(
                                "__dict__ must be set to a dictionary, not a '{}'",
                                type_name(&v)
                            )));
                        };
                        let old = f.dict.borrow_mut().replace(d);
                        drop(old);
                    }
                    "__closure__" | "__globals__" | "__builtins__" => {
                        return Err(PyErr::new(ExcKind::AttributeError, "readonly attribute"));
                    }
                    _ => dict_set(&f.dict, name, v),
                }
                Ok(())
            }
            Value::Exception(e) => {
                match name {
                    "__cause__" => {
                        if !matches!(v, Value::None | Value::Exception(_)) {
                            return Err(crate::runtime::types::type_error(
                                "exception cause must be None or derive from BaseException",
                            ));
                        }
                        *e.cause.borrow_mut() = v;
                        e.suppress_context.set(true);
                    }
                    "__context__" => {
                        if !matches!(v, Value::None | Value::Exception(_)) {
                            return Err(crate::runtime::types::type_error(
                                "exception context must be None or derive from BaseException",
                            ));
                        }
                        *e.context.borrow_mut() = v
                    }
                    "__suppress_context__" => match v {
                        Value::Bool(b) => e.suppress_context.set(b),
                        _ => {
                            return Err(crate::runtime::types::type_error(
                                "attribute value type must be bool",
                            ));
                        }
                    },
                    "__traceback__" => {
                        super::traceback::check_traceback(&v)?;
                        super::traceback::set_traceback(e, v);
                    }
                    "args" => *e.args.borrow_mut() = self.collect(&v)?,
                    _ => dict_set(&e.dict, name, v),
                }
                Ok(())
            }
            _ if name == "__class__" => {
                super::descr::set_class(obj, &crate::runtime::types::type_of(obj), Some(v))
            }
            _ => Err(not_settable(obj, name)),
        }
    }

    /// `delattr(obj, name)`.
    pub fn delattr(&mut self, obj: &Value, name: &str) -> PyResult<()> {
        let removed = match obj {
            Value::Object(o) => {
                if let Some(r) = super::generator::gen_setattr(o, name, None) {
                    return r;
                }
                return self.object_setattr(obj, name, None);
            }
            Value::Type(t) => return self.type_setattr(t, name, None),
            Value::Module(m) => m
                .dict
                .table
                .borrow_mut()
                .remove(&Value::str(name))?
                .is_some(),
            Value::Namespace(n) => n
                .dict
                .table
                .borrow_mut()
                .remove(&Value::str(name))?
                .is_some(),
            Value::Function(f) => match name {
                "__name__" | "__qualname__" | "__annotations__" | "__doc__" | "__module__" => {
                    return super::call::set_function_meta(f, name, None);
                }
                "__defaults__" => {
                    let old = std::mem::take(&mut *f.defaults.borrow_mut());
                    drop(old);
                    true
                }
                "__kwdefaults__" => {
                    let old = f.kwdefaults.borrow_mut().take();
                    drop(old);
                    true
                }
                "__dict__" => {
                    return Err(crate::runtime::types::type_error("cannot delete __dict__"));
                }
                "__code__" => {
                    return Err(crate::runtime::types::type_error(
                        "__code__ must be set to a code object",
                    ));
                }
                "__closure__" | "__globals__" | "__builtins__" => {
                    return Err(PyErr::new(ExcKind::AttributeError, "readonly attribute"));
                }
                _ => match f.dict.borrow().as_ref() {
                    Some(d) => d.table.borrow_mut().remove(&Value::str(name))?.is_some(),
                    None => false,
                },
            },
            Value::Exception(_)
                if matches!(name, "__cause__" | "__context__" | "__traceback__" | "args") =>
            {
                return Err(crate::runtime::types::type_error(format!(
                    "{name} may not be deleted"
                )));
            }
            Value::Exception(_) if name == "__suppress_context__" => {
                return Err(crate::runtime::types::type_error(
                    "can't delete numeric/char attribute",
                ));
            }
            Value::Exception(e) => match e.dict.borrow().as_ref() {
                Some(d) => d.table.borrow_mut().remove(&Value::str(name))?.is_some(),
                None => false,
            },
            _ => return self.builtin_delattr(obj, name),
        };
        if removed {
            Ok(())
        } else {
            Err(no_attr(obj, name))
        }
    }

    /// `del obj.name` on a built-in object: its methods are read-only, its
    /// other attributes (data descriptors such as `int.real`) not writable.
    fn builtin_delattr(&mut self, obj: &Value, name: &str) -> PyResult<()> {
        let t = crate::runtime::types::type_name(obj);
        if super::methods::lookup(obj, name).is_some() {
            return Err(PyErr::new(
                ExcKind::AttributeError,
                format!("'{t}' object attribute '{name}' is read-only"),
            ));
        }
        if self.builtin_getattr(obj, name).is_ok() {
            return Err(PyErr::new(
                ExcKind::AttributeError,
                format!("attribute '{name}' of '{t}' objects is not writable"),
            ));
        }
        Err(no_attr(obj, name))
    }

    /// True when `b` is the function the builtins module holds under its name.
    fn is_builtins_function(&self, b: &PyBuiltin) -> bool {
        matches!(
            self.builtins.table.borrow().get_str(b.name),
            Some(Value::Builtin(x)) if x.func as usize == b.func as usize && x.bound.is_none()
        )
    }
}

/// The error for assigning attribute `name` of a built-in object that has
/// no instance dict: a getset of its type is not writable, a method is
/// read-only, anything else does not exist.
#[cold]
fn not_settable(obj: &Value, name: &str) -> PyErr {
    let ty = crate::runtime::types::type_of(obj);
    match ty.lookup(name) {
        Some(Value::Object(d)) if matches!(d.payload, Payload::GetSet { .. }) => PyErr::new(
            ExcKind::AttributeError,
            format!(
                "attribute '{name}' of '{}' objects is not writable",
                ty.name()
            ),
        ),
        Some(_) => PyErr::new(
            ExcKind::AttributeError,
            format!("'{}' object attribute '{name}' is read-only", ty.name()),
        ),
        None => no_attr(obj, name),
    }
}
