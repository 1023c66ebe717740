//! The attribute protocol of instances and classes, and the descriptor types.
//!
//! Lookup order for `obj.name` on an instance (CPython's
//! `PyObject_GenericGetAttr`): a data descriptor found on the type's MRO
//! (`property`, a slot, an object whose type defines `__set__` or
//! `__delete__`) wins; then the instance `__dict__`; then a non-data
//! descriptor or plain class attribute (functions bind to the instance); then
//! the type's `__getattr__`. A class that defines `__getattribute__` replaces
//! all of this. For `Class.name` the metaclass's data descriptors come first,
//! then the class's MRO (descriptors bound with no instance), then the
//! metaclass's other attributes.

use super::Vm;
use crate::runtime::instance::{GetSetAttr, Payload, PyInstance};
use crate::runtime::object::{PyBuiltin, PyDict, PyStr, PyType, special};
use crate::runtime::types::{ExcKind, PyResult, attribute_error, type_error, type_of, with_types};
use crate::runtime::{PyRef, Value};

/// A native function that stands for a slot of `object` (`object.__setattr__`, ...).
pub(crate) fn is_native(v: &Value, f: crate::runtime::object::NativeFn) -> bool {
    matches!(v, Value::Builtin(b) if std::ptr::fn_addr_eq(b.func, f))
}

/// The instance dict of `obj`, when it has one.
pub(crate) fn instance_dict(obj: &Value) -> Option<PyRef<PyDict>> {
    match obj {
        Value::Object(o) => o.dict(),
        Value::Exception(e) => Some(
            e.dict
                .borrow_mut()
                .get_or_insert_with(|| PyRef::new(PyDict::new()))
                .clone(),
        ),
        Value::Function(f) => Some(
            f.dict
                .borrow_mut()
                .get_or_insert_with(|| PyRef::new(PyDict::new()))
                .clone(),
        ),
        _ => None,
    }
}

/// A new bound method.
pub fn bound_method(func: Value, obj: Value) -> Value {
    let ty = with_types(|t| t.method.clone());
    Value::Object(PyRef::new_typed(
        PyInstance::record(Payload::Method { func, obj }),
        ty,
    ))
}

/// What kind of descriptor a class attribute is.
enum Descr {
    /// Not a descriptor: the attribute itself.
    Plain,
    /// Binds to instances (functions, method descriptors, classmethod,
    /// staticmethod, objects with `__get__` only).
    NonData,
    /// property, slot members, objects with `__set__`/`__delete__`.
    Data,
}

fn descr_kind(v: &Value) -> Descr {
    match v {
        Value::Function(_) => Descr::NonData,
        Value::Builtin(b) if b.bound.is_none() && !b.owner.is_empty() => Descr::NonData,
        Value::Object(o) => match &o.payload {
            Payload::Property { .. } | Payload::Member { .. } | Payload::GetSet { .. } => {
                Descr::Data
            }
            Payload::StaticMethod(_) | Payload::ClassMethod(_) => Descr::NonData,
            _ => {
                let t = PyRef::ty(o);
                if !t.is_heap() {
                    return Descr::Plain;
                }
                let s = t.specials();
                if s & (special::SET | special::DELETE) != 0 {
                    Descr::Data
                } else if s & special::GET != 0 {
                    Descr::NonData
                } else {
                    Descr::Plain
                }
            }
        },
        _ => Descr::Plain,
    }
}

/// False for a data descriptor of a class that defines `__set__` or
/// `__delete__` but no `__get__`: the instance dict then comes first, and
/// without an entry there the descriptor itself is the attribute.
fn has_getter(d: &Value) -> bool {
    match d {
        Value::Object(o)
            if PyRef::ty(o).is_heap()
                && !matches!(o.payload, Payload::Property { .. } | Payload::Member { .. }) =>
        {
            PyRef::ty(o).specials() & special::GET != 0
        }
        _ => true,
    }
}

impl Vm {
    /// `descr.__get__(obj, owner)`; `obj` is None for lookups on the class.
    pub(crate) fn descr_get(
        &mut self,
        descr: &Value,
        obj: Option<&Value>,
        owner: &PyRef<PyType>,
    ) -> PyResult<Value> {
        match descr {
            Value::Function(_) => Ok(match obj {
                Some(o) => bound_method(descr.clone(), o.clone()),
                None => descr.clone(),
            }),
            Value::Builtin(b) if b.bound.is_none() && !b.owner.is_empty() => Ok(match obj {
                Some(o) => super::class::method_descriptor(PyBuiltin {
                    name: b.name,
                    func: b.func,
                    bound: Some(o.clone()),
                    owner: b.owner,
                    objclass: b.objclass.clone(),
                }),
                None => descr.clone(),
            }),
            Value::Object(o) => match &o.payload {
                Payload::StaticMethod(f) => Ok(f.borrow().clone()),
                Payload::ClassMethod(f) => {
                    let f = f.borrow().clone();
                    Ok(bound_method(f, Value::Type(owner.clone())))
                }
                Payload::Member { index, name, .. } => match obj {
                    None => Ok(descr.clone()),
                    Some(Value::Object(inst)) => match inst.slots.borrow().get(*index) {
                        Some(v) if !v.is_unbound() => Ok(v.clone()),
                        _ => Err(attribute_error(format!(
                            "'{}' object has no attribute '{}'",
                            PyRef::ty(inst).name(),
                            name.as_str()
                        ))),
                    },
                    Some(other) => Err(not_applicable(o, other)),
                },
                Payload::GetSet { attr, .. } => match (obj, attr) {
                    (None, _) => Ok(descr.clone()),
                    (Some(o), GetSetAttr::Builtin(name)) => self.builtin_getset_get(o, name),
                    (Some(_), GetSetAttr::WeakRef) => Ok(Value::None),
                    (Some(o), GetSetAttr::Dict) => match instance_dict(o) {
                        Some(d) => Ok(Value::Dict(d)),
                        None => Err(attribute_error(format!(
                            "'{}' object has no attribute '__dict__'",
                            crate::runtime::types::type_name(o)
                        ))),
                    },
                },
                Payload::Property { fget, name, .. } => match obj {
                    None => Ok(descr.clone()),
                    Some(o) => {
                        if fget.is_none() {
                            return Err(property_missing(&name.borrow(), o, "getter"));
                        }
                        self.call_value(fget, std::slice::from_ref(o), &[])
                    }
                },
                _ => {
                    let get = PyRef::ty(o).lookup("__get__");
                    match get {
                        Some(g) => {
                            let inst = obj.cloned().unwrap_or(Value::None);
                            self.call_value(
                                &g,
                                &[descr.clone(), inst, Value::Type(owner.clone())],
                                &[],
                            )
                        }
                        None => Ok(descr.clone()),
                    }
                }
            },
            _ => Ok(descr.clone()),
        }
    }

    /// Attribute lookup on an instance of a class (or a record type).
    pub(crate) fn object_getattr(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let ty = type_of(obj);
        if ty.specials() & special::GETATTRIBUTE != 0
            && let Some(ga) = ty.lookup("__getattribute__")
            && !is_native(&ga, object_getattribute)
        {
            let r = self.call_value(&ga, &[obj.clone(), Value::str(name)], &[]);
            return match r {
                Err(e) if e.matches(ExcKind::AttributeError) => match ty.lookup("__getattr__") {
                    Some(g) => self.call_value(&g, &[obj.clone(), Value::str(name)], &[]),
                    None => Err(e),
                },
                r => r,
            };
        }
        let found = match self.generic_getattr(obj, &ty, name) {
            // An AttributeError from a descriptor also falls back to __getattr__.
            Err(e)
                if e.matches(ExcKind::AttributeError) && ty.specials() & special::GETATTR != 0 =>
            {
                None
            }
            r => r?,
        };
        match found {
            Some(v) => Ok(v),
            None => match (ty.specials() & special::GETATTR != 0)
                .then(|| ty.lookup("__getattr__"))
                .flatten()
            {
                Some(g) => self.call_value(&g, &[obj.clone(), Value::str(name)], &[]),
                None => Err(attribute_error(format!(
                    "'{}' object has no attribute '{name}'",
                    ty.name()
                ))),
            },
        }
    }

    /// `object.__getattribute__` without the `__getattr__` fallback; `None`
    /// when the attribute does not exist.
    pub(crate) fn generic_getattr(
        &mut self,
        obj: &Value,
        ty: &PyRef<PyType>,
        name: &str,
    ) -> PyResult<Option<Value>> {
        let descr = ty.lookup(name);
        if let Some(d) = &descr
            && matches!(descr_kind(d), Descr::Data)
            && has_getter(d)
        {
            return self.descr_get(d, Some(obj), ty).map(Some);
        }
        if let Some(d) = instance_dict(obj)
            && let Some(v) = d.table.borrow().get_str(name)
        {
            return Ok(Some(v));
        }
        if let Some(d) = &descr {
            return self.descr_get(d, Some(obj), ty).map(Some);
        }
        match name {
            "__class__" => Ok(Some(Value::Type(ty.clone()))),
            "__dict__" => Ok(instance_dict(obj).map(Value::Dict)),
            _ => {
                // Attributes of the built-in payload (`self.real` on an int subclass).
                if let Value::Object(o) = obj
                    && let Some(v) = o.builtin_value()
                {
                    return match self.getattr(&v, name) {
                        Ok(r) => Ok(Some(r)),
                        Err(e) if e.matches(ExcKind::AttributeError) => Ok(None),
                        Err(e) => Err(e),
                    };
                }
                if let Value::Exception(_) | Value::Function(_) = obj {
                    return match self.builtin_getattr(obj, name) {
                        Ok(r) => Ok(Some(r)),
                        Err(e) if e.matches(ExcKind::AttributeError) => Ok(None),
                        Err(e) => Err(e),
                    };
                }
                Ok(None)
            }
        }
    }

    /// `Class.name`.
    pub(crate) fn type_getattr(&mut self, cls: &PyRef<PyType>, name: &str) -> PyResult<Value> {
        let meta = PyRef::class(cls);
        let meta_attr = meta.lookup(name);
        if let Some(d) = &meta_attr
            && matches!(descr_kind(d), Descr::Data)
        {
            return self.descr_get(d, Some(&Value::Type(cls.clone())), &meta);
        }
        // `type`'s own data descriptors win over the class's namespace (a
        // class's `__dict__` entry is its instances' `__dict__` attribute).
        if matches!(
            name,
            "__dict__"
                | "__name__"
                | "__qualname__"
                | "__bases__"
                | "__base__"
                | "__mro__"
                | "__class__"
        ) && let Some(v) = type_special_attr(cls, name)
        {
            return Ok(v);
        }
        if let Some(v) = cls.lookup(name) {
            return self.descr_get(&v, None, cls);
        }
        if let Some(d) = &meta_attr {
            return self.descr_get(d, Some(&Value::Type(cls.clone())), &meta);
        }
        if let Some(v) = type_special_attr(cls, name) {
            return Ok(v);
        }
        if meta.is_heap()
            && let Some(g) = meta.lookup("__getattr__")
        {
            return self.call_value(&g, &[Value::Type(cls.clone()), Value::str(name)], &[]);
        }
        Err(attribute_error(format!(
            "type object '{}' has no attribute '{name}'",
            cls.name()
        )))
    }

    /// `obj.name = v` on an instance of a class.
    pub(crate) fn object_setattr(
        &mut self,
        obj: &Value,
        name: &str,
        v: Option<Value>,
    ) -> PyResult<()> {
        self.object_setattr_key(obj, name, None, v)
    }

    /// `object_setattr` with the name's object when it is not a plain str
    /// (see `Vm::setattr_key`).
    pub(crate) fn object_setattr_key(
        &mut self,
        obj: &Value,
        name: &str,
        key: Option<&Value>,
        v: Option<Value>,
    ) -> PyResult<()> {
        let ty = type_of(obj);
        let (hook, native, bit): (&str, crate::runtime::object::NativeFn, u32) = match v {
            Some(_) => ("__setattr__", object_setattr_native, special::SETATTR),
            None => ("__delattr__", object_delattr_native, special::DELATTR),
        };
        if ty.specials() & bit != 0
            && let Some(sa) = ty.lookup(hook)
            && !is_native(&sa, native)
        {
            let name = key.cloned().unwrap_or_else(|| Value::str(name));
            let mut args = vec![obj.clone(), name];
            args.extend(v);
            self.call_value(&sa, &args, &[])?;
            return Ok(());
        }
        self.generic_setattr_key(obj, &ty, name, key, v)
    }

    /// `object.__setattr__` (`v` Some) and `object.__delattr__` (`v` None).
    pub(crate) fn generic_setattr(
        &mut self,
        obj: &Value,
        ty: &PyRef<PyType>,
        name: &str,
        v: Option<Value>,
    ) -> PyResult<()> {
        self.generic_setattr_key(obj, ty, name, None, v)
    }

    /// `generic_setattr` with the name's object when it is not a plain str:
    /// the instance dict stores that object as the key.
    fn generic_setattr_key(
        &mut self,
        obj: &Value,
        ty: &PyRef<PyType>,
        name: &str,
        key: Option<&Value>,
        v: Option<Value>,
    ) -> PyResult<()> {
        if name == "__class__" {
            return set_class(obj, ty, v);
        }
        if let Some(d) = ty.lookup(name)
            && matches!(descr_kind(&d), Descr::Data)
        {
            return self.descr_set(&d, obj, v, name, ty);
        }
        if let Some(dict) = instance_dict(obj) {
            match (v, key) {
                (Some(v), Some(k)) => return dict.set_item(self, k.clone(), v),
                (Some(v), None) => {
                    dict.table.borrow_mut().insert_str(name, v);
                    return Ok(());
                }
                (None, _) => {
                    if dict.table.borrow_mut().remove(&Value::str(name))?.is_some() {
                        return Ok(());
                    }
                    return Err(attribute_error(format!(
                        "'{}' object has no attribute '{name}'",
                        ty.name()
                    )));
                }
            }
        }
        if ty.lookup(name).is_some() {
            return Err(attribute_error(format!(
                "'{}' object attribute '{name}' is read-only",
                ty.name()
            )));
        }
        Err(attribute_error(format!(
            "'{}' object has no attribute '{name}'",
            ty.name()
        )))
    }

    /// Sets (or deletes, `v` None) through a data descriptor.
    fn descr_set(
        &mut self,
        d: &Value,
        obj: &Value,
        v: Option<Value>,
        name: &str,
        ty: &PyRef<PyType>,
    ) -> PyResult<()> {
        if let Value::Object(o) = d {
            if let Payload::Member {
                index, name: mname, ..
            } = &o.payload
            {
                let Value::Object(inst) = obj else {
                    return Err(not_applicable(o, obj));
                };
                let mut slots = inst.slots.borrow_mut();
                let Some(slot) = slots.get_mut(*index) else {
                    return Err(not_applicable(o, obj));
                };
                if v.is_none() && slot.is_unbound() {
                    // CPython's member_descriptor says only the name here.
                    let _ = ty;
                    return Err(attribute_error(mname.as_str().to_string()));
                }
                let old = std::mem::replace(slot, v.unwrap_or(Value::Unbound));
                drop(slots);
                drop(old);
                return Ok(());
            }
            if let Payload::GetSet { attr, owner, .. } = &o.payload {
                return match (attr, obj, v) {
                    (GetSetAttr::Builtin(n), Value::Type(cls), v) => {
                        self.type_setattr_builtin(cls, n, v)
                    }
                    (GetSetAttr::Builtin("__class__"), obj, v) => set_class(obj, &type_of(obj), v),
                    (GetSetAttr::Builtin(n), obj, Some(v)) if !matches!(obj, Value::Object(_)) => {
                        self.setattr(obj, n, v)
                    }
                    (GetSetAttr::Builtin(n), obj, None) if !matches!(obj, Value::Object(_)) => {
                        self.delattr(obj, n)
                    }
                    (GetSetAttr::Dict, Value::Object(inst), Some(Value::Dict(d))) => {
                        inst.set_dict(d);
                        Ok(())
                    }
                    // Deleting gives the instance a fresh, empty dict.
                    (GetSetAttr::Dict, Value::Object(inst), None) => {
                        inst.set_dict(PyRef::new(PyDict::new()));
                        Ok(())
                    }
                    (GetSetAttr::Dict, _, Some(other)) => Err(type_error(format!(
                        "__dict__ must be set to a dictionary, not a '{}'",
                        crate::runtime::types::type_name(&other)
                    ))),
                    _ => Err(attribute_error(format!(
                        "attribute '{}' of '{}' objects is not writable",
                        attr.name(),
                        owner.as_str()
                    ))),
                };
            }
            if let Payload::Property {
                fset,
                fdel,
                name: pname,
                ..
            } = &o.payload
            {
                let (f, what) = match &v {
                    Some(_) => (fset, "setter"),
                    None => (fdel, "deleter"),
                };
                if f.is_none() {
                    return Err(property_missing(&pname.borrow(), obj, what));
                }
                let mut args = vec![obj.clone()];
                args.extend(v);
                self.call_value(f, &args, &[])?;
                return Ok(());
            }
            let dt = PyRef::ty(o);
            let (meth, args) = match v {
                Some(v) => ("__set__", vec![d.clone(), obj.clone(), v]),
                None => ("__delete__", vec![d.clone(), obj.clone()]),
            };
            if let Some(m) = dt.lookup(meth) {
                self.call_value(&m, &args, &[])?;
                return Ok(());
            }
            return Err(attribute_error(format!("__{}__", &meth[2..meth.len() - 2])));
        }
        Err(attribute_error(format!(
            "'{}' object attribute '{name}' is read-only",
            ty.name()
        )))
    }

    /// `Class.name = v` (or `del Class.name` with `v` None).
    pub(crate) fn type_setattr(
        &mut self,
        cls: &PyRef<PyType>,
        name: &str,
        v: Option<Value>,
    ) -> PyResult<()> {
        let meta = PyRef::class(cls);
        if meta.is_heap() {
            if let Some(sa) = meta.lookup("__setattr__")
                && v.is_some()
                && !is_native(&sa, type_setattr_native)
            {
                self.call_value(
                    &sa,
                    &[
                        Value::Type(cls.clone()),
                        Value::str(name),
                        v.unwrap_or(Value::None),
                    ],
                    &[],
                )?;
                return Ok(());
            }
            if let Some(d) = meta.lookup(name)
                && matches!(descr_kind(&d), Descr::Data)
            {
                return self.descr_set(&d, &Value::Type(cls.clone()), v, name, &meta);
            }
        }
        self.type_setattr_builtin(cls, name, v)
    }

    /// `type.__setattr__` after the metaclass's hooks and descriptors: the
    /// attributes `type` itself serves (`__name__`, `__bases__`, ...), then
    /// the class dict.
    fn type_setattr_builtin(
        &mut self,
        cls: &PyRef<PyType>,
        name: &str,
        v: Option<Value>,
    ) -> PyResult<()> {
        if !cls.is_heap() {
            return Err(type_error(format!(
                "cannot set '{name}' attribute of immutable type '{}'",
                cls.name()
            )));
        }
        match (name, &v) {
            ("__bases__", _) => return super::userclass::set_bases(cls, v),
            ("__name__" | "__qualname__" | "__module__" | "__doc__", None) => {
                return Err(type_error(format!(
                    "cannot delete '{name}' attribute of immutable type '{}'",
                    cls.name()
                )));
            }
            ("__name__" | "__qualname__", Some(Value::Str(s))) => {
                if name == "__name__" {
                    cls.set_name(s.as_str());
                } else {
                    cls.set_qualname(s.as_str());
                }
                return Ok(());
            }
            ("__name__" | "__qualname__", Some(other)) => {
                return Err(type_error(format!(
                    "can only assign string to {}.{name}, not '{}'",
                    cls.name(),
                    crate::runtime::types::type_name(other)
                )));
            }
            _ => {}
        }
        match v {
            Some(v) => {
                cls.dict.table.borrow_mut().insert_str(name, v);
                if name == "__del__" {
                    super::class::mark_finalizable(cls);
                }
            }
            None => {
                if cls
                    .dict
                    .table
                    .borrow_mut()
                    .remove(&Value::str(name))?
                    .is_none()
                {
                    return Err(attribute_error(format!(
                        "type object '{}' has no attribute '{name}'",
                        cls.name()
                    )));
                }
            }
        }
        cls.modified();
        Ok(())
    }
}

/// `obj.__class__ = new`: allowed between classes whose instances have the
/// same layout (payload kind, dict, slots), as CPython's check.
pub(crate) fn set_class(obj: &Value, ty: &PyRef<PyType>, v: Option<Value>) -> PyResult<()> {
    let Some(v) = v else {
        return Err(type_error("can't delete __class__ attribute"));
    };
    let Value::Type(new) = &v else {
        return Err(type_error(format!(
            "__class__ must be set to a class, not '{}' object",
            crate::runtime::types::type_name(&v)
        )));
    };
    let Value::Object(o) = obj else {
        return Err(type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    };
    if !ty.is_heap() || !new.is_heap() {
        return Err(type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    }
    let slots = |t: &PyType| -> usize {
        t.slot_names.borrow().len()
            + t.mro
                .borrow()
                .iter()
                .map(|b| b.slot_names.borrow().len())
                .sum::<usize>()
    };
    let dict_flag = |t: &PyType| t.flags.get() & crate::runtime::object::type_flags::HAS_DICT;
    // The same slots, by name, along both MROs (CPython's `same_slots_added`).
    let slot_names = |t: &PyType| -> Vec<String> {
        std::iter::once(t)
            .chain(t.mro.borrow().iter().map(|b| &**b))
            .flat_map(|b| {
                b.slot_names
                    .borrow()
                    .iter()
                    .map(|n| n.as_str().to_string())
                    .collect::<Vec<_>>()
            })
            .collect()
    };
    if new.kind != ty.kind
        || slots(new) != slots(ty)
        || dict_flag(new) != dict_flag(ty)
        || slot_names(new) != slot_names(ty)
    {
        return Err(type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            new.name(),
            ty.name()
        )));
    }
    PyRef::set_type(o, new.clone());
    Ok(())
}

/// Attributes every class has that are not in its dict.
pub(crate) fn type_special_attr(t: &PyRef<PyType>, name: &str) -> Option<Value> {
    Some(match name {
        "__name__" => Value::str(&t.name()),
        "__qualname__" => Value::str(&t.qualname()),
        "__module__" => t
            .dict
            .table
            .borrow()
            .get_str("__module__")
            .unwrap_or_else(|| Value::str("builtins")),
        "__doc__" => t
            .dict
            .table
            .borrow()
            .get_str("__doc__")
            .unwrap_or(Value::None),
        "__base__" => t.base.borrow().clone().map_or(Value::None, Value::Type),
        "__bases__" => Value::tuple(t.bases.borrow().iter().cloned().map(Value::Type).collect()),
        "__mro__" => {
            let mut out = vec![Value::Type(t.clone())];
            out.extend(t.mro.borrow().iter().cloned().map(Value::Type));
            Value::tuple(out)
        }
        "__dict__" => super::userclass::mapping_proxy(t.dict.clone()),
        "__class__" => Value::Type(PyRef::class(t)),
        _ => return None,
    })
}

// ----- natives of `object` and `type` that the protocol recognises -------------

type Kw<'a> = &'a [(PyRef<PyStr>, Value)];

fn attr_name(v: &Value) -> PyResult<&PyRef<PyStr>> {
    match v {
        Value::Str(s) => Ok(s),
        other => Err(type_error(format!(
            "attribute name must be string, not '{}'",
            crate::runtime::types::type_name(other)
        ))),
    }
}

fn want_args(name: &str, args: &[Value], n: usize) -> PyResult<()> {
    if args.len() != n {
        return Err(type_error(format!(
            "{name} expected {} arguments, got {}",
            n - 1,
            args.len().saturating_sub(1)
        )));
    }
    Ok(())
}

/// `object.__getattribute__(self, name)`.
pub(crate) fn object_getattribute(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    want_args("__getattribute__", args, 2)?;
    let name = attr_name(&args[1])?;
    let obj = &args[0];
    if let Value::Type(t) = obj {
        return vm.type_getattr(t, name.as_str());
    }
    if !matches!(obj, Value::Object(_)) {
        return vm.builtin_getattr(obj, name.as_str());
    }
    let ty = type_of(obj);
    match vm.generic_getattr(obj, &ty, name.as_str())? {
        Some(v) => Ok(v),
        None => Err(attribute_error(format!(
            "'{}' object has no attribute '{}'",
            ty.name(),
            name.as_str()
        ))),
    }
}

/// `object.__setattr__(self, name, value)`.
pub(crate) fn object_setattr_native(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    want_args("__setattr__", args, 3)?;
    let name = attr_name(&args[1])?;
    let obj = &args[0];
    if let Value::Type(t) = obj {
        vm.type_setattr(t, name.as_str(), Some(args[2].clone()))?;
        return Ok(Value::None);
    }
    let ty = type_of(obj);
    vm.generic_setattr(obj, &ty, name.as_str(), Some(args[2].clone()))?;
    Ok(Value::None)
}

/// `object.__delattr__(self, name)`.
pub(crate) fn object_delattr_native(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    want_args("__delattr__", args, 2)?;
    let name = attr_name(&args[1])?;
    let obj = &args[0];
    if let Value::Type(t) = obj {
        vm.type_setattr(t, name.as_str(), None)?;
        return Ok(Value::None);
    }
    let ty = type_of(obj);
    vm.generic_setattr(obj, &ty, name.as_str(), None)?;
    Ok(Value::None)
}

/// `type.__setattr__(cls, name, value)`.
pub(crate) fn type_setattr_native(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    want_args("__setattr__", args, 3)?;
    let name = attr_name(&args[1])?;
    let Value::Type(t) = &args[0] else {
        return Err(type_error(
            "descriptor '__setattr__' requires a 'type' object",
        ));
    };
    vm.type_setattr(t, name.as_str(), Some(args[2].clone()))?;
    Ok(Value::None)
}

// ----- the descriptor types' own methods ---------------------------------------------

/// The name and owner (class name) of a member or getset descriptor.
fn descr_names(o: &PyInstance) -> Option<(&str, String)> {
    match &o.payload {
        Payload::Member { name, owner, .. } => Some((name.as_str(), owner.as_str().to_string())),
        Payload::GetSet {
            attr,
            owner,
            objclass,
        } => Some((
            attr.name(),
            objclass
                .as_ref()
                .map_or_else(|| owner.as_str().to_string(), |t| t.name().to_string()),
        )),
        _ => None,
    }
}

/// CPython's `descr_check` error: `obj` is not an instance of the class
/// descriptor `d` belongs to.
#[cold]
fn not_applicable(d: &PyInstance, obj: &Value) -> crate::runtime::PyErr {
    let (name, owner) = descr_names(d).unwrap_or(("?", String::new()));
    type_error(format!(
        "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
        crate::runtime::types::type_name(obj)
    ))
}

/// True when member or getset descriptor `d` applies to `obj`: `obj`'s
/// type is (a subclass of) the class whose dict holds `d`. A class's own
/// descriptors do not name the class (that would be a reference cycle), so
/// the class is found as the one on `obj`'s MRO whose dict holds `d`.
fn descr_applies(d: &PyRef<PyInstance>, obj: &Value) -> bool {
    if let Payload::GetSet {
        objclass: Some(t), ..
    } = &d.payload
    {
        return crate::runtime::types::with_type_of(obj, |ot| ot.is_subtype(t));
    }
    let Some((name, _)) = descr_names(d) else {
        return false;
    };
    let ty = type_of(obj);
    let holds = |t: &PyType| matches!(t.dict.table.borrow().get_str(name), Some(Value::Object(x)) if PyRef::ptr_eq(&x, d));
    holds(&ty) || ty.mro.borrow().iter().any(|t| holds(t))
}

/// The descriptor (`args[0]`) and object (`args[1]`) of a member or getset
/// descriptor's `__set__`/`__delete__`, checked.
fn descr_target<'a>(name: &str, args: &'a [Value], n: usize) -> PyResult<&'a Value> {
    want_args(name, args, n)?;
    let Value::Object(d) = &args[0] else {
        return Err(type_error(format!(
            "descriptor '{name}' needs a descriptor"
        )));
    };
    if !descr_applies(d, &args[1]) {
        return Err(not_applicable(d, &args[1]));
    }
    Ok(&args[1])
}

/// `descr.__get__(obj, type=None)` of member and getset descriptors.
fn data_descr_get(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (Some(Value::Object(d)), Some(obj)) = (args.first(), args.get(1)) else {
        return Err(type_error("expected at least 1 argument, got 0"));
    };
    if args.len() > 3 {
        return Err(type_error(format!(
            "expected at most 2 arguments, got {}",
            args.len() - 1
        )));
    }
    if obj.is_none() {
        return match args.get(2) {
            None | Some(Value::None) => Err(type_error("__get__(None, None) is invalid")),
            Some(_) => Ok(args[0].clone()),
        };
    }
    if !descr_applies(d, obj) {
        return Err(not_applicable(d, obj));
    }
    let t = type_of(obj);
    vm.descr_get(&args[0], Some(obj), &t)
}

/// `descr.__set__(obj, value)` of member and getset descriptors.
fn data_descr_set(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let obj = descr_target("__set__", args, 3)?;
    let t = type_of(obj);
    let name = match &args[0] {
        Value::Object(d) => descr_names(d).map_or(String::new(), |(n, _)| n.to_string()),
        _ => String::new(),
    };
    vm.descr_set(&args[0], obj, Some(args[2].clone()), &name, &t)?;
    Ok(Value::None)
}

/// `descr.__delete__(obj)` of member and getset descriptors.
fn data_descr_delete(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let obj = descr_target("__delete__", args, 2)?;
    let t = type_of(obj);
    let name = match &args[0] {
        Value::Object(d) => descr_names(d).map_or(String::new(), |(n, _)| n.to_string()),
        _ => String::new(),
    };
    vm.descr_set(&args[0], obj, None, &name, &t)?;
    Ok(Value::None)
}

/// Methods of `member_descriptor` and `getset_descriptor`.
pub(crate) const DATA_DESCR_METHODS: &[(&str, crate::runtime::object::NativeFn)] = &[
    ("__get__", data_descr_get),
    ("__set__", data_descr_set),
    ("__delete__", data_descr_delete),
];

/// `method.__get__(obj, type=None)` of a built-in type's method
/// descriptor (`str.upper.__get__('x')`), bound to the descriptor.
pub(crate) fn method_descr_get(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (Some(Value::Builtin(b)), Some(obj)) = (args.first(), args.get(1)) else {
        return Err(type_error("expected at least 1 argument, got 0"));
    };
    if args.len() > 3 {
        return Err(type_error(format!(
            "expected at most 2 arguments, got {}",
            args.len() - 1
        )));
    }
    let Some(oc) = &b.objclass else {
        return Ok(args[0].clone());
    };
    if obj.is_none() {
        return match args.get(2) {
            None | Some(Value::None) => Err(type_error("__get__(None, None) is invalid")),
            Some(_) => Ok(args[0].clone()),
        };
    }
    if !crate::runtime::types::with_type_of(obj, |t| t.is_subtype(oc)) {
        return Err(type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            b.name,
            oc.name(),
            crate::runtime::types::type_name(obj)
        )));
    }
    let t = type_of(obj);
    vm.descr_get(&args[0], Some(obj), &t)
}

impl Vm {
    /// Reads attribute `name` of `obj` through a built-in type's getset
    /// descriptor: the attribute code of that type answers it.
    fn builtin_getset_get(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        if name == "__class__" {
            return Ok(Value::Type(type_of(obj)));
        }
        match obj {
            Value::Type(t) => type_special_attr(t, name).ok_or_else(|| {
                attribute_error(format!(
                    "type object '{}' has no attribute '{name}'",
                    t.name()
                ))
            }),
            Value::Object(o) => match o.builtin_value() {
                Some(v) => self.builtin_getattr(&v, name),
                None => Err(attribute_error(format!(
                    "'{}' object has no attribute '{name}'",
                    PyRef::ty(o).name()
                ))),
            },
            _ => self.builtin_getattr(obj, name),
        }
    }
}

/// The getset descriptors of the built-in types: attributes of their
/// instances that their attribute code serves (vm/attr.rs), installed in
/// their dicts so that `type.__dict__['__name__']`, `dir()` and
/// subclasses see them.
pub(crate) fn builtin_getsets(
    t: &crate::runtime::types::Types,
) -> Vec<(&PyRef<PyType>, &'static [&'static str])> {
    vec![
        (&t.object, &["__class__"]),
        (
            &t.type_,
            &[
                "__name__",
                "__qualname__",
                "__module__",
                "__doc__",
                "__bases__",
                "__base__",
                "__mro__",
                "__dict__",
            ],
        ),
        (
            &t.function,
            &[
                "__code__",
                "__defaults__",
                "__kwdefaults__",
                "__annotations__",
                "__dict__",
                "__name__",
                "__qualname__",
                "__closure__",
                "__doc__",
                "__globals__",
                "__module__",
            ],
        ),
        (&t.int, &["real", "imag", "numerator", "denominator"]),
        (&t.float, &["real", "imag"]),
        (&t.complex, &["real", "imag"]),
    ]
}

/// A `getset_descriptor` for attribute `name` of `ty`'s instances.
pub(crate) fn builtin_getset(ty: &PyRef<PyType>, name: &'static str) -> Value {
    Value::Object(PyRef::new_typed(
        PyInstance::record(Payload::GetSet {
            attr: GetSetAttr::Builtin(name),
            owner: PyRef::new(PyStr::new(&ty.name())),
            objclass: Some(ty.clone()),
        }),
        with_types(|t| t.getset_descriptor.clone()),
    ))
}

// ----- property, staticmethod, classmethod ------------------------------------------

fn kw_or<'a>(args: &'a [Value], kw: Kw<'a>, i: usize, name: &str) -> Option<&'a Value> {
    args.get(i)
        .or_else(|| kw.iter().find(|(k, _)| k.as_str() == name).map(|(_, v)| v))
}

/// `property(fget=None, fset=None, fdel=None, doc=None)` (as `cls.__new__`).
pub(crate) fn new_property(cls: &PyRef<PyType>, args: &[Value], kw: Kw) -> PyResult<Value> {
    if args.len() > 4 {
        return Err(type_error(format!(
            "property expected at most 4 arguments, got {}",
            args.len()
        )));
    }
    let get = |i, n| kw_or(args, kw, i, n).cloned().unwrap_or(Value::None);
    let fget = get(0, "fget");
    let mut doc = get(3, "doc");
    if doc.is_none()
        && let Value::Function(f) = &fget
    {
        doc = f.doc.borrow().clone();
    }
    Ok(make_property(
        cls.clone(),
        [fget, get(1, "fset"), get(2, "fdel")],
        doc,
        Value::None,
    ))
}

fn make_property(
    cls: PyRef<PyType>,
    [fget, fset, fdel]: [Value; 3],
    doc: Value,
    name: Value,
) -> Value {
    Value::Object(PyRef::new_typed(
        PyInstance {
            dict: if cls.is_heap() {
                Some(std::cell::RefCell::new(PyRef::new(PyDict::new())))
            } else {
                None
            },
            slots: Default::default(),
            payload: Payload::Property {
                fget,
                fset,
                fdel,
                doc: std::cell::RefCell::new(doc),
                name: std::cell::RefCell::new(name),
            },
            finalized: std::cell::Cell::new(false),
        },
        cls,
    ))
}

fn property_copy(args: &[Value], which: usize) -> PyResult<Value> {
    let (Some(Value::Object(p)), Some(f)) = (args.first(), args.get(1)) else {
        return Err(type_error("property method expects a function"));
    };
    let Payload::Property {
        fget,
        fset,
        fdel,
        doc,
        name,
    } = &p.payload
    else {
        return Err(type_error("descriptor requires a 'property' object"));
    };
    let mut parts = [fget.clone(), fset.clone(), fdel.clone()];
    parts[which] = f.clone();
    Ok(make_property(
        PyRef::class(p),
        parts,
        doc.borrow().clone(),
        name.borrow().clone(),
    ))
}

/// CPython's error for a property without the function asked for.
#[cold]
fn property_missing(name: &Value, obj: &Value, what: &str) -> crate::runtime::PyErr {
    let t = crate::runtime::types::type_name(obj);
    attribute_error(match crate::runtime::repr::repr(name) {
        Ok(n) if !name.is_none() => format!("property {n} of '{t}' object has no {what}"),
        _ => format!("property of '{t}' object has no {what}"),
    })
}

/// `property.__set_name__(owner, name)`: remembers the name for messages.
fn property_set_name(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    want_args("__set_name__", args, 3)?;
    if let Value::Object(p) = &args[0]
        && let Payload::Property { name, .. } = &p.payload
    {
        let old = name.replace(args[2].clone());
        drop(old);
    }
    Ok(Value::None)
}

fn property_get(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (Some(p), Some(obj)) = (args.first(), args.get(1)) else {
        return Err(type_error("expected at least 1 argument, got 0"));
    };
    if args.len() > 3 {
        return Err(type_error(format!(
            "expected at most 2 arguments, got {}",
            args.len() - 1
        )));
    }
    if obj.is_none() {
        return match args.get(2) {
            None | Some(Value::None) => Err(type_error("__get__(None, None) is invalid")),
            Some(_) => Ok(p.clone()),
        };
    }
    let t = type_of(obj);
    vm.descr_get(p, Some(obj), &t)
}

fn property_set(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    want_args("__set__", args, 3)?;
    let t = type_of(&args[1]);
    vm.descr_set(&args[0], &args[1], Some(args[2].clone()), "", &t)?;
    Ok(Value::None)
}

fn property_delete(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    want_args("__delete__", args, 2)?;
    let t = type_of(&args[1]);
    vm.descr_set(&args[0], &args[1], None, "", &t)?;
    Ok(Value::None)
}

fn property_getter(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    property_copy(args, 0)
}
fn property_setter(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    property_copy(args, 1)
}
fn property_deleter(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    property_copy(args, 2)
}

/// Methods of `property`.
pub(crate) const PROPERTY_METHODS: &[(&str, crate::runtime::object::NativeFn)] = &[
    ("__get__", property_get),
    ("__set__", property_set),
    ("__delete__", property_delete),
    ("__set_name__", property_set_name),
    ("getter", property_getter),
    ("setter", property_setter),
    ("deleter", property_deleter),
];

/// The attributes of the built-in record types (`fget`, `__func__`, ...).
pub(crate) fn record_attr(o: &PyInstance, name: &str) -> Option<Value> {
    match (&o.payload, name) {
        (Payload::Property { fget, .. }, "fget") => Some(fget.clone()),
        (Payload::Property { fset, .. }, "fset") => Some(fset.clone()),
        (Payload::Property { fdel, .. }, "fdel") => Some(fdel.clone()),
        (Payload::Property { doc, .. }, "__doc__") => Some(doc.borrow().clone()),
        (Payload::StaticMethod(f) | Payload::ClassMethod(f), "__func__" | "__wrapped__") => {
            Some(f.borrow().clone())
        }
        (Payload::Method { func, .. }, "__func__") => Some(func.clone()),
        (Payload::Method { obj, .. }, "__self__") => Some(obj.clone()),
        (Payload::Member { .. } | Payload::GetSet { .. }, "__doc__") => Some(Value::None),
        (Payload::Member { .. } | Payload::GetSet { .. }, "__name__") => {
            descr_names(o).map(|(n, _)| Value::str(n))
        }
        (Payload::Member { .. } | Payload::GetSet { .. }, "__qualname__") => {
            descr_names(o).map(|(n, owner)| Value::str(&format!("{owner}.{n}")))
        }
        (
            Payload::GetSet {
                objclass: Some(t), ..
            },
            "__objclass__",
        ) => Some(Value::Type(t.clone())),
        (Payload::Alias { origin, .. }, "__origin__") if !origin.is_none() => Some(origin.clone()),
        (Payload::Alias { args, .. }, "__args__") => Some(args.clone()),
        (Payload::Alias { .. }, "__parameters__") => Some(Value::tuple(Vec::new())),
        (Payload::Super { ty, .. }, "__thisclass__") => Some(Value::Type(ty.clone())),
        (Payload::Super { obj, .. }, "__self__") => Some(obj.clone()),
        (Payload::Super { obj_type, .. }, "__self_class__") => {
            Some(obj_type.clone().map_or(Value::None, Value::Type))
        }
        _ => None,
    }
}

/// `staticmethod(f)` / `classmethod(f)`.
pub(crate) fn new_wrapper(
    cls: &PyRef<PyType>,
    args: &[Value],
    kw: Kw,
    class: bool,
) -> PyResult<Value> {
    let what = if class { "classmethod" } else { "staticmethod" };
    if !kw.is_empty() {
        return Err(type_error(format!("{what}() takes no keyword arguments")));
    }
    if args.len() != 1 {
        return Err(type_error(format!(
            "{what} expected 1 argument, got {}",
            args.len()
        )));
    }
    let f = std::cell::RefCell::new(args[0].clone());
    let payload = if class {
        Payload::ClassMethod(f)
    } else {
        Payload::StaticMethod(f)
    };
    Ok(Value::Object(PyRef::new_typed(
        PyInstance {
            dict: Some(std::cell::RefCell::new(PyRef::new(PyDict::new()))),
            slots: Default::default(),
            payload,
            finalized: std::cell::Cell::new(false),
        },
        cls.clone(),
    )))
}

// ----- inline caches for the attribute instructions -----------------------------------

use crate::runtime::code::{AttrCache, AttrEntry, attr_kind};
use crate::runtime::instance::Payload as P;

/// The cache entry of `cache` for instance `o`, if one was filled for `o`'s
/// type in its current version.
#[inline]
fn cache_hit<'c>(cache: &'c AttrCache, o: &PyRef<PyInstance>) -> Option<&'c AttrEntry> {
    cache.find(PyRef::type_ptr(o) as usize, PyRef::ty(o).version.get())
}

/// True when dict key `key` is the str `name`.
#[inline]
fn is_name(key: &Value, name: &PyRef<PyStr>) -> bool {
    matches!(key, Value::Str(s) if PyRef::ptr_eq(s, name) || s.as_str() == name.as_str())
}

/// Fills an entry of `cache` for reading or writing `name` on instances of
/// `ty`, when the lookup's outcome depends only on the type: no attribute
/// hooks, and either a slot member or no data descriptor. Returns the entry
/// filled.
fn fill_cache<'c>(
    cache: &'c AttrCache,
    ty: &PyType,
    tptr: usize,
    name: &PyRef<PyStr>,
    method: bool,
) -> Option<&'c AttrEntry> {
    if matches!(name.as_str(), "__class__" | "__dict__") {
        return None;
    }
    let s = ty.specials();
    if s & (special::GETATTRIBUTE | special::SETATTR | special::DELATTR) != 0 {
        return None;
    }
    let found = ty.lookup_str(name);
    let (kind, index) = match &found {
        Some(Value::Object(d)) => match &d.payload {
            P::Member { index, .. } => (attr_kind::SLOT, *index as u32),
            _ => return None,
        },
        Some(Value::Function(_)) if method => (attr_kind::METHOD, 0),
        Some(Value::Function(_)) | None => (attr_kind::DICT, 0),
        Some(v) if matches!(descr_kind(v), Descr::Plain) => (attr_kind::DICT, 0),
        _ => return None,
    };
    let e = cache.slot_for(tptr);
    let old = std::mem::replace(&mut *e.value.borrow_mut(), found.unwrap_or(Value::Unbound));
    e.index.set(index);
    e.ty.set(tptr);
    e.version.set(ty.version.get());
    e.kind.set(kind);
    drop(old);
    Some(e)
}

/// The entry of `cache` for `o`'s type: the one filled for its current
/// version, else a fresh one when the lookup can be cached.
#[inline]
fn cache_entry<'c>(
    cache: &'c AttrCache,
    o: &PyRef<PyInstance>,
    name: &PyRef<PyStr>,
    method: bool,
) -> Option<&'c AttrEntry> {
    if let Some(e) = cache_hit(cache, o) {
        return Some(e);
    }
    let ty = PyRef::ty(o);
    if !ty.is_heap() {
        return None;
    }
    fill_cache(cache, ty, PyRef::type_ptr(o) as usize, name, method)
}

/// `name`'s value in instance dict `d`, trying the entry's position hint
/// first and updating it.
#[inline]
fn dict_get_hinted(e: &AttrEntry, d: &PyDict, name: &PyRef<PyStr>) -> Option<Value> {
    let t = d.table.borrow();
    if let Some(en) = t.entry_at(e.index.get() as usize)
        && is_name(&en.key, name)
    {
        return Some(en.value.clone());
    }
    let i = t.position_str_hashed(name.as_str(), crate::runtime::hash::str_hash(name))?;
    e.index.set(i as u32);
    t.value_at(i).cloned()
}

/// `obj.name` found on the instance itself by cache entry `e` (filled for
/// `o`'s type at its current version): the slot's value or the instance
/// dict's entry. `None` when the instance does not have it (the class
/// attribute or the full lookup decides). Both tiers' `LoadAttr` hits.
#[inline]
pub(crate) fn instance_hit(o: &PyInstance, e: &AttrEntry, name: &PyRef<PyStr>) -> Option<Value> {
    match e.kind.get() {
        attr_kind::SLOT => {
            let slots = o.slots.borrow();
            let v = slots.get(e.index.get() as usize)?;
            (!v.is_unbound()).then(|| v.clone())
        }
        attr_kind::DICT => {
            let d = o.dict_ref()?;
            dict_get_hinted(e, &d, name)
        }
        _ => None,
    }
}

impl Vm {
    /// `obj.name` for `LoadAttr`, through the instruction's inline cache.
    pub(crate) fn load_attr_cached(
        &mut self,
        cache: &AttrCache,
        obj: &Value,
        name: &PyRef<PyStr>,
    ) -> PyResult<Value> {
        if let Value::Object(o) = obj {
            let e = cache_entry(cache, o, name, false);
            if let Some(e) = e {
                if let Some(v) = instance_hit(o, e, name) {
                    return Ok(v);
                }
                if e.kind.get() == attr_kind::DICT {
                    let class_attr = e.value.borrow().clone();
                    if let Value::Function(_) = class_attr {
                        return Ok(bound_method(class_attr, obj.clone()));
                    }
                    if !class_attr.is_unbound() {
                        return Ok(class_attr);
                    }
                }
            }
        }
        self.getattr(obj, name.as_str())
    }

    /// `obj.name = v` for `StoreAttr`, through the instruction's inline cache.
    pub(crate) fn store_attr_cached(
        &mut self,
        cache: &AttrCache,
        obj: &Value,
        name: &PyRef<PyStr>,
        v: Value,
    ) -> PyResult<()> {
        if let Value::Object(o) = obj {
            let e = cache_entry(cache, o, name, false);
            if let Some(e) = e {
                match e.kind.get() {
                    attr_kind::SLOT => {
                        let mut slots = o.slots.borrow_mut();
                        if let Some(slot) = slots.get_mut(e.index.get() as usize) {
                            let old = std::mem::replace(slot, v);
                            drop(slots);
                            drop(old);
                            return Ok(());
                        }
                    }
                    attr_kind::DICT => {
                        if let Some(d) = o.dict_ref() {
                            let old = {
                                let mut t = d.table.borrow_mut();
                                let hint = e.index.get() as usize;
                                if t.entry_at(hint).is_some_and(|en| is_name(&en.key, name)) {
                                    t.replace_value_at(hint, v)
                                } else {
                                    let old = t.set_str_key(name, v);
                                    let h = crate::runtime::hash::str_hash(name);
                                    if let Some(i) = t.position_str_hashed(name.as_str(), h) {
                                        e.index.set(i as u32);
                                    }
                                    old
                                }
                            };
                            drop(d);
                            drop(old);
                            return Ok(());
                        }
                    }
                    _ => {}
                }
            }
        }
        self.setattr(obj, name.as_str(), v)
    }

    /// The function `obj.name(...)` would call with `obj` first, for
    /// `CallMethod`, through the instruction's inline cache.
    pub(crate) fn method_cached(
        &mut self,
        cache: &AttrCache,
        o: &PyRef<PyInstance>,
        name: &PyRef<PyStr>,
    ) -> Option<Value> {
        let e = cache_entry(cache, o, name, true)?;
        if e.kind.get() != attr_kind::METHOD {
            return None;
        }
        let shadowed = o.dict_ref().is_some_and(|d| {
            let h = crate::runtime::hash::str_hash(name);
            d.table
                .borrow()
                .position_str_hashed(name.as_str(), h)
                .is_some()
        });
        if shadowed {
            return None;
        }
        Some(e.value.borrow().clone())
    }
}
