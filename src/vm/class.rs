//! Classes: the class statement (`__build_class__`), `type(name, bases, ns)`,
//! C3 linearisation, instance creation (`type.__call__`, `object.__new__`,
//! `object.__init__`), `super`, and the natives installed in the dicts of
//! `object` and `type`.
//!
//! A class statement compiles to a call of `__build_class__` with the class
//! body as a function. The body runs with the namespace as its locals (name
//! instructions read and write it, as module code under `exec` does) and
//! returns its `__class__` cell, if a method needs one, which is then filled
//! with the new class so that zero-argument `super()` can find it.

use super::Vm;
use super::descr::{self, is_native};
use crate::runtime::instance::{GetSetAttr, Payload, PyInstance};
use crate::runtime::object::{NativeFn, PyBuiltin, PyDict, PyStr, PyType, TypeKind, type_flags};
use crate::runtime::types::{
    ExcKind, PyErr, PyResult, new_exception, type_error, type_name, type_of, with_types,
};
use crate::runtime::{PyRef, Value};

type Kw<'a> = &'a [(PyRef<PyStr>, Value)];

impl Vm {
    /// Calls `f` with positional arguments and (name, value) keyword pairs.
    pub fn call_kw(&mut self, f: &Value, pos: &[Value], kw: Kw) -> PyResult<Value> {
        if kw.is_empty() {
            return self.call_value(f, pos, &[]);
        }
        let mut all = pos.to_vec();
        let mut names = Vec::with_capacity(kw.len());
        for (k, v) in kw {
            names.push(Value::Str(k.clone()));
            all.push(v.clone());
        }
        self.call_value(f, &all, &names)
    }

    /// Calls a type object that is a class, has a class as metaclass, or is
    /// one of the types whose construction goes through `__new__`/`__init__`.
    pub fn call_class(&mut self, t: &PyRef<PyType>, args: &[Value], kw: Kw) -> PyResult<Value> {
        let meta = PyRef::class(t);
        if meta.is_heap()
            && let Some(c) = meta.lookup("__call__")
            && !is_native(&c, type_call_native)
        {
            let mut all = vec![Value::Type(t.clone())];
            all.extend_from_slice(args);
            return self.call_kw(&c, &all, kw);
        }
        self.type_call(t, args, kw)
    }

    /// `type.__call__(cls, *args, **kw)`: `__new__`, then `__init__` when the
    /// result is an instance of `cls`.
    pub(crate) fn type_call(
        &mut self,
        t: &PyRef<PyType>,
        args: &[Value],
        kw: Kw,
    ) -> PyResult<Value> {
        let is_type_itself = with_types(|ty| PyRef::ptr_eq(t, &ty.type_));
        if is_type_itself && args.len() == 1 && kw.is_empty() {
            return Ok(Value::Type(type_of(&args[0])));
        }
        let new = t.lookup_static("__new__");
        let obj = match &new {
            Some(n) if !is_native(n, builtin_new) => {
                let f = match n {
                    Value::Object(o) => match &o.payload {
                        Payload::StaticMethod(f) => f.borrow().clone(),
                        _ => n.clone(),
                    },
                    _ => n.clone(),
                };
                let mut all = vec![Value::Type(t.clone())];
                all.extend_from_slice(args);
                self.call_kw(&f, &all, kw)?
            }
            _ => self.new_instance(t, args, kw)?,
        };
        let ot = type_of(&obj);
        if !ot.is_subtype(t) {
            return Ok(obj);
        }
        if let Some(init) = ot.lookup_static("__init__")
            && !is_native(&init, object_init)
        {
            let r = if let Value::Function(f) = &init {
                // A plain function: called with the instance first, no bound
                // method.
                if kw.is_empty() {
                    self.call_with_receiver(f, &obj, args)?
                } else {
                    let mut pos = Vec::with_capacity(args.len() + 1);
                    pos.push(obj.clone());
                    pos.extend_from_slice(args);
                    self.call_kw(&init, &pos, kw)?
                }
            } else {
                let bound = self.descr_get(&init, Some(&obj), &ot)?;
                self.call_kw(&bound, args, kw)?
            };
            if !r.is_none() {
                return Err(type_error(format!(
                    "__init__() should return None, not '{}'",
                    type_name(&r)
                )));
            }
        } else if !args.is_empty() || !kw.is_empty() {
            // object.__init__ with arguments: an error only if __new__ was not overridden.
            if matches!(&new, Some(n) if is_native(n, builtin_new)) && t.kind == TypeKind::Object {
                return Err(type_error(format!("{}() takes no arguments", t.name())));
            }
        }
        Ok(obj)
    }

    /// `cls.__new__(cls, *args)` for the built-in `__new__` of `cls`'s layout.
    pub(crate) fn new_instance(
        &mut self,
        cls: &PyRef<PyType>,
        args: &[Value],
        kw: Kw,
    ) -> PyResult<Value> {
        match cls.kind {
            TypeKind::Object => {
                if !cls.is_heap()
                    && with_types(|t| PyRef::ptr_eq(cls, &t.object))
                    && (!args.is_empty() || !kw.is_empty())
                {
                    return Err(type_error("object() takes no arguments"));
                }
                Ok(plain_instance(cls, Payload::None))
            }
            TypeKind::Type => {
                if args.len() != 3 {
                    return Err(type_error("type() takes 1 or 3 arguments"));
                }
                let Value::Str(name) = &args[0] else {
                    return Err(type_error(format!(
                        "type.__new__() argument 1 must be str, not {}",
                        type_name(&args[0])
                    )));
                };
                let Value::Tuple(bases) = &args[1] else {
                    return Err(type_error(format!(
                        "type.__new__() argument 2 must be tuple, not {}",
                        type_name(&args[1])
                    )));
                };
                // A dict subclass instance stands for its dict.
                let Value::Dict(ns) = super::protocol::unwrap_builtin(&args[2]) else {
                    return Err(type_error(format!(
                        "type.__new__() argument 3 must be dict, not {}",
                        type_name(&args[2])
                    )));
                };
                let t = self.type_new(cls, name.as_str(), &bases.items, &ns, kw)?;
                Ok(Value::Type(t))
            }
            TypeKind::Exception(k) if super::excobj::is_os_error(k) => Ok(Value::Exception(
                super::excobj::make_os_error(self, cls, args)?,
            )),
            TypeKind::Exception(_) => {
                Ok(Value::Exception(new_exception(cls.clone(), args.to_vec())))
            }
            TypeKind::Property => descr::new_property(cls, args, kw),
            TypeKind::StaticMethod => descr::new_wrapper(cls, args, kw, false),
            TypeKind::ClassMethod => descr::new_wrapper(cls, args, kw, true),
            TypeKind::Super => self.new_super(cls, args),
            TypeKind::List | TypeKind::Dict => {
                // Filled by `__init__` (list.__init__ / dict.__init__).
                let empty = if cls.kind == TypeKind::List {
                    Value::list(Vec::new())
                } else {
                    Value::Dict(PyRef::new(PyDict::new()))
                };
                if !cls.is_heap() {
                    return super::builtins::call_type(self, cls, args, kw);
                }
                Ok(plain_instance(
                    cls,
                    Payload::Builtin(std::cell::RefCell::new(empty)),
                ))
            }
            _ => {
                // Immutable built-in values: the value is made by the built-in
                // constructor and carried by the instance.
                let base = builtin_base(cls);
                let v = super::builtins::call_type(self, &base, args, kw)?;
                if !cls.is_heap() {
                    return Ok(v);
                }
                Ok(plain_instance(
                    cls,
                    Payload::Builtin(std::cell::RefCell::new(v)),
                ))
            }
        }
    }

    /// `type(name, bases, ns)` with metaclass `meta`.
    pub(crate) fn type_new(
        &mut self,
        meta: &PyRef<PyType>,
        name: &str,
        bases: &[Value],
        ns: &PyRef<PyDict>,
        kw: Kw,
    ) -> PyResult<PyRef<PyType>> {
        let mut base_types: Vec<PyRef<PyType>> = Vec::with_capacity(bases.len());
        for b in bases {
            let Value::Type(t) = b else {
                if super::userclass::has_mro_entries(b) {
                    return Err(type_error(
                        "type() doesn't support MRO entry resolution; use types.new_class()",
                    ));
                }
                // CPython computes the metaclass from the bases' types
                // first: a base that is not a class has a type that is not
                // a metaclass.
                return Err(type_error(
                    "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
                ));
            };
            if t.flags.get() & type_flags::BASETYPE == 0 {
                return Err(type_error(format!(
                    "type '{}' is not an acceptable base type",
                    t.name()
                )));
            }
            if base_types.iter().any(|x| PyRef::ptr_eq(x, t)) {
                return Err(type_error(format!("duplicate base class {}", t.name())));
            }
            base_types.push(t.clone());
        }
        if base_types.is_empty() {
            base_types.push(with_types(|t| t.object.clone()));
        }
        let (kind, best_base) = layout_kind(&base_types)?;
        super::userclass::check_slot_layouts(&base_types)?;
        let mro = c3_merge(&base_types)?;
        // The namespace becomes the class dict (a copy, as CPython's).
        let dict = PyRef::new(PyDict::new());
        let mut qualname: Option<String> = None;
        let mut slots: Option<Vec<PyRef<PyStr>>> = None;
        for (k, v) in ns.table.borrow().items() {
            if let Value::Str(ks) = &k {
                match ks.as_str() {
                    "__qualname__" => {
                        let Value::Str(q) = &v else {
                            return Err(type_error(format!(
                                "type __qualname__ must be a str, not {}",
                                type_name(&v)
                            )));
                        };
                        qualname = Some(q.as_str().to_string());
                        continue;
                    }
                    "__slots__" => {
                        let names = match &v {
                            Value::Str(s) => vec![s.clone()],
                            other => {
                                let mut out = Vec::new();
                                for x in self.collect(other)? {
                                    match x {
                                        Value::Str(s) => out.push(s),
                                        o => {
                                            return Err(type_error(format!(
                                                "__slots__ items must be strings, not '{}'",
                                                type_name(&o)
                                            )));
                                        }
                                    }
                                }
                                out
                            }
                        };
                        super::userclass::check_slot_names(&names, &base_types)?;
                        slots = Some(names);
                    }
                    _ => {}
                }
            }
            let v = match (&k, &v) {
                (Value::Str(ks), Value::Function(_))
                    if matches!(ks.as_str(), "__init_subclass__" | "__class_getitem__") =>
                {
                    descr::new_wrapper(
                        &with_types(|t| t.classmethod.clone()),
                        std::slice::from_ref(&v),
                        &[],
                        true,
                    )?
                }
                (Value::Str(ks), Value::Function(_)) if ks.as_str() == "__new__" => {
                    descr::new_wrapper(
                        &with_types(|t| t.staticmethod.clone()),
                        std::slice::from_ref(&v),
                        &[],
                        false,
                    )?
                }
                _ => v,
            };
            dict.table.borrow_mut().insert(k, v)?;
        }
        {
            let mut t = dict.table.borrow_mut();
            // A class that defines __eq__ without __hash__ is unhashable.
            if t.get_str("__eq__").is_some() && t.get_str("__hash__").is_none() {
                t.insert_str("__hash__", Value::None);
            }
            if t.get_str("__module__").is_none()
                && let Some(m) = self.caller_module_name()
            {
                t.insert_str("__module__", m);
            }
        }
        let bases_have_dict = base_types.iter().any(|b| {
            b.flags.get() & type_flags::HAS_DICT != 0 || b.kind != TypeKind::Object && b.is_heap()
        });
        let mut flags = type_flags::HEAPTYPE | type_flags::BASETYPE;
        let own_slots: Vec<PyRef<PyStr>> = slots.clone().unwrap_or_default();
        let wants_dict = match &slots {
            None => true,
            Some(s) => s.iter().any(|n| n.as_str() == "__dict__") || bases_have_dict,
        };
        if wants_dict {
            flags |= type_flags::HAS_DICT;
        }
        let t = PyType::new(name, kind, flags, base_types.clone(), dict);
        *t.base.borrow_mut() = base_types.get(best_base).cloned();
        t.set_qualname(qualname.as_deref().unwrap_or(name));
        *t.mro.borrow_mut() = mro;
        // Slots: indices after those of the bases.
        let first_slot: usize = t
            .mro
            .borrow()
            .iter()
            .map(|b| b.slot_names.borrow().len())
            .sum();
        let mut slot_names = Vec::new();
        for s in &own_slots {
            if matches!(s.as_str(), "__dict__" | "__weakref__") {
                continue;
            }
            // Private names are mangled, as in the class body.
            let mangled = crate::compiler::symtable::mangle_name(Some(name), s.as_str());
            let s = &if mangled == s.as_str() {
                s.clone()
            } else {
                PyRef::new(PyStr::new(&mangled))
            };
            if t.dict.table.borrow().get_str(s.as_str()).is_some() {
                return Err(crate::runtime::types::value_error(format!(
                    "'{}' in __slots__ conflicts with class variable",
                    s.as_str()
                )));
            }
            slot_names.push(s.clone());
        }
        *t.slot_names.borrow_mut() = slot_names.clone();
        let cls = PyRef::new_typed(t, meta.clone());
        let owner = PyRef::new(PyStr::new(name));
        for (i, s) in slot_names.iter().enumerate() {
            let member = Value::Object(PyRef::new_typed(
                PyInstance::record(Payload::Member {
                    index: first_slot + i,
                    name: s.clone(),
                    owner: owner.clone(),
                }),
                with_types(|t| t.member_descriptor.clone()),
            ));
            cls.dict
                .table
                .borrow_mut()
                .insert(Value::Str(s.clone()), member)?;
        }
        // The `__dict__` and `__weakref__` attributes the class adds for
        // its instances (when no base provides them), then `__doc__`.
        for attr in add_getsets(
            &base_types,
            kind,
            slots.as_deref(),
            wants_dict && !bases_have_dict,
        ) {
            let d = Value::Object(PyRef::new_typed(
                PyInstance::record(Payload::GetSet {
                    attr,
                    owner: owner.clone(),
                    objclass: None,
                }),
                with_types(|t| t.getset_descriptor.clone()),
            ));
            cls.dict.table.borrow_mut().insert_str(attr.name(), d);
        }
        {
            let mut t = cls.dict.table.borrow_mut();
            if t.get_str("__doc__").is_none() {
                t.insert_str("__doc__", Value::None);
            }
        }
        for b in &base_types {
            b.subclasses.borrow_mut().push(PyRef::as_ptr(&cls));
        }
        // A metaclass that overrides `mro()` decides the MRO.
        if meta.is_heap()
            && let Some(m) = meta.lookup("mro")
            && !is_native(&m, type_mro)
        {
            let r = self.call_value(&m, &[Value::Type(cls.clone())], &[])?;
            let mut order = Vec::new();
            for x in self.collect(&r)? {
                let Value::Type(c) = x else {
                    return Err(type_error(format!(
                        "mro() returned a non-class ('{}')",
                        type_name(&x)
                    )));
                };
                if !PyRef::ptr_eq(&c, &cls) {
                    order.push(c);
                }
            }
            *cls.mro.borrow_mut() = order;
            cls.modified();
        }
        if cls.lookup("__del__").is_some() {
            mark_finalizable(&cls);
        }
        // __set_name__ on the attributes, then the parent's __init_subclass__.
        let items = cls.dict.table.borrow().items();
        for (k, v) in items {
            let vt = type_of(&v);
            if let Some(sn) = vt.lookup("__set_name__")
                && let Err(e) =
                    self.call_value(&sn, &[v.clone(), Value::Type(cls.clone()), k.clone()], &[])
            {
                let err = crate::runtime::types::PyErr::new(
                    crate::runtime::types::ExcKind::RuntimeError,
                    format!(
                        "Error calling __set_name__ on '{}' instance {} in '{}'",
                        vt.name(),
                        crate::runtime::repr::repr(&k)?,
                        cls.name()
                    ),
                );
                *err.exc.cause.borrow_mut() = e.value();
                *err.exc.context.borrow_mut() = e.value();
                err.exc.suppress_context.set(true);
                return Err(err);
            }
        }
        let parent_init = cls
            .mro
            .borrow()
            .iter()
            .find_map(|b| b.dict.table.borrow().get_str("__init_subclass__"));
        if let Some(init) = parent_init {
            if is_native(&init, object_init_subclass) {
                if let Some((k, _)) = kw.first() {
                    let _ = k;
                    return Err(type_error(format!(
                        "{}.__init_subclass__() takes no keyword arguments",
                        cls.name()
                    )));
                }
            } else {
                let bound = self.descr_get(&init, None, &cls)?;
                self.call_kw(&bound, &[], kw)?;
            }
        }
        Ok(cls)
    }

    /// `__name__` of the innermost frame's globals (a class's `__module__`).
    fn caller_module_name(&self) -> Option<Value> {
        let f = self.current_frame;
        if f.is_null() {
            return None;
        }
        // SAFETY: `current_frame` points to the live innermost frame.
        let globals = unsafe { &(*f).globals };
        globals.table.borrow().get_str("__name__")
    }

    /// `super(type, obj)`, and `super()` in a method (from the frame's first
    /// argument and its `__class__` cell).
    fn new_super(&mut self, cls: &PyRef<PyType>, args: &[Value]) -> PyResult<Value> {
        let (ty, obj) = match args {
            [] => self.zero_arg_super()?,
            [Value::Type(t)] => (t.clone(), Value::None),
            [Value::Type(t), o] => (t.clone(), o.clone()),
            [other, ..] if args.len() <= 2 => {
                return Err(type_error(format!(
                    "super() argument 1 must be a type, not {}",
                    type_name(other)
                )));
            }
            _ => {
                return Err(type_error(format!(
                    "super() takes at most 2 arguments ({} given)",
                    args.len()
                )));
            }
        };
        let obj_type = if obj.is_none() && args.len() < 2 {
            None
        } else {
            Some(match &obj {
                Value::Type(t) if t.is_subtype(&ty) => t.clone(),
                o => {
                    let ot = type_of(o);
                    if !ot.is_subtype(&ty) {
                        return Err(type_error(
                            "super(type, obj): obj must be an instance or subtype of type",
                        ));
                    }
                    ot
                }
            })
        };
        Ok(Value::Object(PyRef::new_typed(
            PyInstance::record(Payload::Super { ty, obj, obj_type }),
            cls.clone(),
        )))
    }

    fn zero_arg_super(&self) -> PyResult<(PyRef<PyType>, Value)> {
        let f = self.current_frame;
        let err = |m: &str| PyErr::new(ExcKind::RuntimeError, m.to_string());
        if f.is_null() {
            return Err(err("super(): no current frame"));
        }
        // SAFETY: `current_frame` is the live innermost Python frame; its
        // register window holds `nregs` values (verified code).
        let frame = unsafe { &*f };
        let c = &frame.code.code;
        if c.argcount == 0 {
            return Err(err("super(): no arguments"));
        }
        let reg = |i: usize| -> Value {
            if i < c.nregs as usize {
                // SAFETY: i < nregs, inside the frame's window.
                unsafe { (*frame.regs.add(i)).clone() }
            } else {
                Value::Unbound
            }
        };
        let mut first = reg(0);
        let ncells_before = c.varnames.len();
        if let Some(first_name) = c.varnames.first()
            && let Some(ci) = c.cellvars.iter().position(|n| n == first_name)
            && let Value::Cell(cell) = reg(ncells_before + ci)
        {
            first = cell.value.borrow().clone();
        }
        if first.is_unbound() {
            return Err(err("super(): arg[0] deleted"));
        }
        let Some(fi) = c.freevars.iter().position(|n| &**n == "__class__") else {
            return Err(err("super(): __class__ cell not found"));
        };
        let Value::Cell(cell) = reg(ncells_before + c.cellvars.len() + fi) else {
            return Err(err("super(): bad __class__ cell"));
        };
        let v = cell.value.borrow().clone();
        match v {
            Value::Type(t) => Ok((t, first)),
            Value::Unbound => Err(err("super(): empty __class__ cell")),
            _ => Err(err("super(): __class__ is not a type")),
        }
    }

    /// Attribute lookup on a `super` object.
    pub(crate) fn super_getattr(&mut self, sup: &PyRef<PyInstance>, name: &str) -> PyResult<Value> {
        let Payload::Super { ty, obj, obj_type } = &sup.payload else {
            return Err(type_error("not a super object"));
        };
        if let Some(start) = obj_type
            && name != "__class__"
        {
            let full: Vec<PyRef<PyType>> = std::iter::once(start.clone())
                .chain(start.mro.borrow().iter().cloned())
                .collect();
            let pos = full.iter().position(|t| PyRef::ptr_eq(t, ty));
            if let Some(p) = pos {
                for t in &full[p + 1..] {
                    let found = t.dict.table.borrow().get_str(name);
                    if let Some(d) = found {
                        let inst = match obj {
                            Value::Type(ot) if PyRef::ptr_eq(ot, start) => None,
                            o => Some(o),
                        };
                        return self.descr_get(&d, inst, start);
                    }
                }
            }
        }
        if let Some(v) = descr::record_attr(sup, name) {
            return Ok(v);
        }
        // The super object's own attributes (`super`'s and `object`'s).
        let st = PyRef::class(sup);
        if let Some(d) = st.lookup(name) {
            return self.descr_get(&d, Some(&Value::Object(sup.clone())), &st);
        }
        Err(crate::runtime::types::attribute_error(format!(
            "'super' object has no attribute '{name}'"
        )))
    }

    /// Runs a class statement: `__build_class__(body, name, *bases, **kw)`.
    pub(crate) fn build_class(&mut self, args: &[Value], kw: Kw) -> PyResult<Value> {
        let (Some(Value::Function(body)), Some(Value::Str(name))) = (args.first(), args.get(1))
        else {
            return Err(type_error("__build_class__: func must be a function"));
        };
        let orig_bases: Vec<Value> = args[2..].to_vec();
        let bases = self.resolve_mro_entries(&orig_bases)?;
        let mut meta: Option<Value> = None;
        let mut rest: Vec<(PyRef<PyStr>, Value)> = Vec::new();
        for (k, v) in kw {
            if k.as_str() == "metaclass" {
                meta = Some(v.clone());
            } else {
                rest.push((k.clone(), v.clone()));
            }
        }
        // The most derived metaclass of the explicit one and the bases' types.
        let mut winner: Value = match meta {
            Some(m) => m,
            None => match bases.first() {
                Some(b) => Value::Type(type_of(b)),
                None => Value::Type(with_types(|t| t.type_.clone())),
            },
        };
        if let Value::Type(w) = &winner {
            let mut w = w.clone();
            for b in &bases {
                let bt = type_of(b);
                if w.is_subtype(&bt) {
                    continue;
                }
                if bt.is_subtype(&w) {
                    w = bt;
                    continue;
                }
                return Err(type_error(
                    "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
                ));
            }
            winner = Value::Type(w);
        }
        let bases_tuple = Value::tuple(bases.clone());
        let ns = match &winner {
            Value::Type(m) if m.is_heap() && m.lookup("__prepare__").is_some() => {
                let prep = self.getattr(&winner, "__prepare__")?;
                self.call_kw(
                    &prep,
                    &[Value::Str(name.clone()), bases_tuple.clone()],
                    &rest,
                )?
            }
            _ => Value::Dict(PyRef::new(PyDict::new())),
        };
        // A namespace that is not a plain dict: the body's names go through
        // its item methods (`Vm::ns_objects`); a dict subclass keeps its
        // items in its own dict, another mapping in a placeholder.
        let ns_dict_owned = match &ns {
            Value::Object(o) if self.is_namespace_mapping(&ns) => Some(match o.builtin_value() {
                Some(Value::Dict(d)) => d,
                _ => PyRef::new(PyDict::new()),
            }),
            _ => None,
        };
        let ((Value::Dict(ns_dict), _) | (_, Some(ns_dict))) = (&ns, &ns_dict_owned) else {
            return Err(type_error(format!(
                "{}.__prepare__() must return a mapping, not {}",
                match &winner {
                    Value::Type(m) => m.name().to_string(),
                    _ => "metaclass".to_string(),
                },
                type_name(&ns)
            )));
        };
        let code = body.code.borrow().clone();
        if ns_dict_owned.is_some() {
            self.ns_objects
                .push((PyRef::as_ptr(ns_dict) as usize, ns.clone()));
        }
        let cell = self.run_new_frame(
            code,
            body.globals.clone(),
            Some(ns_dict.clone()),
            &[],
            Some(&body.closure),
        );
        if ns_dict_owned.is_some() {
            self.ns_objects.pop();
        }
        let cell = cell?;
        if bases.len() != orig_bases.len() || bases.iter().zip(&orig_bases).any(|(a, b)| !a.is(b)) {
            self.setitem(&ns, &Value::str("__orig_bases__"), Value::tuple(orig_bases))?;
        }
        let cls = self.call_kw(
            &winner,
            &[Value::Str(name.clone()), bases_tuple, ns.clone()],
            &rest,
        )?;
        if let Value::Cell(c) = &cell {
            *c.value.borrow_mut() = cls.clone();
        }
        Ok(cls)
    }
}

/// Gives `cls` and its subclasses the `FINALIZE` flag (a `__del__` was
/// defined or assigned): their instances go to the finaliser queue when
/// their last reference goes. Classes whose instances are not `PyInstance`s
/// (exceptions, metaclasses, namespaces) are left out: their `__del__` is
/// not called.
pub(crate) fn mark_finalizable(cls: &PyType) {
    if matches!(
        cls.kind,
        TypeKind::Type | TypeKind::Exception(_) | TypeKind::Namespace
    ) || !cls.is_heap()
    {
        return;
    }
    cls.flags.set(cls.flags.get() | type_flags::FINALIZE);
    let subs = cls.subclasses.borrow().clone();
    for s in subs {
        // SAFETY: a subclass removes itself from its bases' lists when it is
        // dropped, so every pointer in the list is a live type box.
        mark_finalizable(unsafe { &(*s).value });
    }
}

/// An instance of `cls` with a fresh dict (when the class has one) and empty slots.
fn plain_instance(cls: &PyRef<PyType>, payload: Payload) -> Value {
    let nslots: usize = std::iter::once(cls)
        .chain(cls.mro.borrow().iter())
        .map(|t| t.slot_names.borrow().len())
        .sum::<usize>();
    let dict = if cls.flags.get() & type_flags::HAS_DICT != 0 {
        Some(PyRef::new(PyDict::new()))
    } else {
        None
    };
    Value::Object(PyRef::new_typed(
        PyInstance::new(dict, nslots, payload),
        cls.clone(),
    ))
}

/// Which of `__dict__` and `__weakref__` a new class adds (as CPython's
/// `type_new`): `__dict__` when instances get a dict no base gives them
/// (exceptions, types, staticmethod and classmethod objects have one);
/// `__weakref__` when `__slots__` asks for it, or without `__slots__` when
/// no base supports weak references and the layout is not variable-sized.
fn add_getsets(
    bases: &[PyRef<PyType>],
    kind: TypeKind,
    slots: Option<&[PyRef<PyStr>]>,
    new_dict: bool,
) -> Vec<GetSetAttr> {
    let builtin_dict = matches!(
        kind,
        TypeKind::Exception(_) | TypeKind::Type | TypeKind::StaticMethod | TypeKind::ClassMethod
    );
    let weakref_base = bases.iter().any(|b| {
        matches!(b.kind, TypeKind::Set | TypeKind::FrozenSet | TypeKind::Type)
            || b.lookup("__weakref__").is_some()
    });
    let var_sized = matches!(
        kind,
        TypeKind::Int | TypeKind::Bool | TypeKind::Tuple | TypeKind::Bytes
    );
    let weakref = match slots {
        None => !weakref_base && !var_sized,
        Some(s) => s.iter().any(|n| n.as_str() == "__weakref__"),
    };
    let mut out = Vec::new();
    if new_dict && !builtin_dict {
        out.push(GetSetAttr::Dict);
    }
    if weakref {
        out.push(GetSetAttr::WeakRef);
    }
    out
}

/// The nearest built-in type in `cls`'s MRO (itself for a built-in type).
pub(crate) fn builtin_base(cls: &PyRef<PyType>) -> PyRef<PyType> {
    if !cls.is_heap() {
        return cls.clone();
    }
    for t in cls.mro.borrow().iter() {
        if !t.is_heap() {
            return t.clone();
        }
    }
    with_types(|t| t.object.clone())
}

/// The layout kind a class with these bases has: `Object` unless a base
/// carries a built-in payload; two different payloads conflict. For
/// exceptions the layout is CPython's (`ExcKind::layout`), and the first base
/// with the most derived layout gives the kind (CPython's `best_base`).
/// Also returns the index of that base, the class's `__base__`.
pub(crate) fn layout_kind(bases: &[PyRef<PyType>]) -> PyResult<(TypeKind, usize)> {
    let mut kind = TypeKind::Object;
    let mut best = 0;
    let mut solid: Option<PyRef<PyType>> = None;
    for (i, b) in bases.iter().enumerate() {
        if b.kind == TypeKind::Object {
            continue;
        }
        let bb = match b.kind {
            TypeKind::Exception(k) => with_types(|t| t.exc[k.layout() as usize].clone()),
            _ => builtin_base(b),
        };
        match &solid {
            None => {
                kind = b.kind;
                best = i;
                solid = Some(bb);
            }
            Some(s) => {
                if s.is_subtype(&bb) {
                    // The first base with the most derived layout decides.
                } else if bb.is_subtype(s) {
                    kind = b.kind;
                    best = i;
                    solid = Some(bb);
                } else {
                    return Err(type_error("multiple bases have instance lay-out conflict"));
                }
            }
        }
    }
    Ok((kind, best))
}

/// C3 linearisation of a class with these bases (the class itself excluded).
pub(crate) fn c3_merge(bases: &[PyRef<PyType>]) -> PyResult<Vec<PyRef<PyType>>> {
    let mut seqs: Vec<Vec<PyRef<PyType>>> = bases
        .iter()
        .map(|b| {
            std::iter::once(b.clone())
                .chain(b.mro.borrow().iter().cloned())
                .collect()
        })
        .collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<PyRef<PyType>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut chosen: Option<PyRef<PyType>> = None;
        for s in &seqs {
            let head = &s[0];
            let in_tail = seqs
                .iter()
                .any(|t| t[1..].iter().any(|x| PyRef::ptr_eq(x, head)));
            if !in_tail {
                chosen = Some(head.clone());
                break;
            }
        }
        let Some(c) = chosen else {
            let mut names: Vec<String> = Vec::new();
            for s in &seqs {
                let n = s[0].name().to_string();
                if !names.contains(&n) {
                    names.push(n);
                }
            }
            return Err(type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in seqs.iter_mut() {
            if PyRef::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

// ----- natives of object and type --------------------------------------------------

fn cls_arg<'a>(what: &str, args: &'a [Value]) -> PyResult<&'a PyRef<PyType>> {
    match args.first() {
        Some(Value::Type(t)) => Ok(t),
        Some(other) => Err(type_error(format!(
            "{what}(X): X is not a type object ({})",
            type_name(other)
        ))),
        None => Err(type_error(format!("{what}(): not enough arguments"))),
    }
}

/// `X.__new__(cls, *args, **kw)` for every built-in layout (bound to `X`,
/// which comes first in `args`): checks `cls` as CPython's
/// `tp_new_wrapper`, then dispatches on `cls`'s layout kind.
pub(crate) fn builtin_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(Value::Type(owner)) = args.first() else {
        return Err(type_error("__new__ needs the type it belongs to"));
    };
    let cls = cls_arg(&format!("{}.__new__", owner.name()), &args[1..])?.clone();
    if !cls.is_subtype(owner) {
        return Err(type_error(format!(
            "{o}.__new__({c}): {c} is not a subtype of {o}",
            o = owner.name(),
            c = cls.name()
        )));
    }
    // The built-in `__new__` that `cls` would run (skipping classes that
    // define `__new__` in Python) must be this one: `object.__new__(int)`
    // would make an int without its value.
    let mut base = Some(cls.clone());
    while let Some(t) = base {
        if let Some(Value::Builtin(b)) = t.lookup("__new__")
            && std::ptr::fn_addr_eq(b.func, builtin_new as crate::runtime::object::NativeFn)
        {
            if let Some(Value::Type(real)) = &b.bound
                && !PyRef::ptr_eq(real, owner)
            {
                return Err(type_error(format!(
                    "{}.__new__({}) is not safe, use {}.__new__()",
                    owner.name(),
                    cls.name(),
                    t.name()
                )));
            }
            break;
        }
        base = t.base.borrow().clone();
    }
    let rest = &args[2..];
    if cls.kind == TypeKind::Object && (!rest.is_empty() || !kw.is_empty()) {
        // object.__new__ with arguments is an error when __new__ is
        // overridden or __init__ is not.
        let new_overridden = cls
            .lookup("__new__")
            .is_some_and(|n| !is_native(&n, builtin_new));
        let init_overridden = cls
            .lookup("__init__")
            .is_some_and(|n| !is_native(&n, object_init));
        if new_overridden {
            return Err(type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if !init_overridden {
            return Err(type_error(format!("{}() takes no arguments", cls.name())));
        }
        return vm.new_instance(&cls, &[], &[]);
    }
    vm.new_instance(&cls, rest, kw)
}

/// `object.__init__(self, *args, **kw)`.
pub(crate) fn object_init(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(obj) = args.first() else {
        return Err(type_error(
            "descriptor '__init__' of 'object' object needs an argument",
        ));
    };
    if args.len() > 1 || !kw.is_empty() {
        let t = type_of(obj);
        let init_overridden = t
            .lookup("__init__")
            .is_some_and(|n| !is_native(&n, object_init));
        let new_overridden = t
            .lookup("__new__")
            .is_some_and(|n| !is_native(&n, builtin_new));
        if init_overridden {
            return Err(type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if !new_overridden {
            return Err(type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                t.name()
            )));
        }
    }
    Ok(Value::None)
}

/// `object.__init_subclass__()`.
pub(crate) fn object_init_subclass(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error(match args.first() {
            Some(Value::Type(t)) => {
                format!(
                    "{}.__init_subclass__() takes no keyword arguments",
                    t.name()
                )
            }
            _ => "__init_subclass__() takes no keyword arguments".to_string(),
        }));
    }
    Ok(Value::None)
}

/// `type.__call__(cls, *args, **kw)`.
pub(crate) fn type_call_native(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let cls = cls_arg("type.__call__", args)?.clone();
    vm.type_call(&cls, &args[1..], kw)
}

/// `type.__init__(cls, ...)`: nothing to do (the class was made by `__new__`).
fn type_init(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    match args.len() {
        2 | 4 => Ok(Value::None),
        _ => Err(type_error("type.__init__() takes 1 or 3 arguments")),
    }
}

/// `type.__prepare__(name, bases, **kw)`: a new empty namespace.
fn type_prepare(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Dict(PyRef::new(PyDict::new())))
}

/// `type.mro(cls)`.
fn type_mro(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let cls = cls_arg("type.mro", args)?;
    let mut out = vec![Value::Type(cls.clone())];
    out.extend(cls.mro.borrow().iter().cloned().map(Value::Type));
    Ok(Value::list(out))
}

/// `type.__subclasses__(cls)`.
fn type_subclasses(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let cls = cls_arg("type.__subclasses__", args)?;
    let subs = cls.subclasses.borrow().clone();
    let mut out = Vec::new();
    for s in subs {
        // SAFETY: subclass pointers are live (a class removes itself when it dies);
        // the count is incremented for the new reference.
        let t = unsafe {
            (*s).count.set((*s).count.get() + 1);
            PyRef::from_raw(s)
        };
        out.push(Value::Type(t));
    }
    Ok(Value::list(out))
}

/// `list.__init__(self, iterable=())`.
fn list_init(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error("list() takes no keyword arguments"));
    }
    if args.len() > 2 {
        return Err(type_error(format!(
            "list expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    let Some(Value::List(l)) = args.first() else {
        return Err(type_error("descriptor '__init__' requires a 'list' object"));
    };
    let items = match args.get(1) {
        Some(it) => vm.collect(it)?,
        None => Vec::new(),
    };
    let old = std::mem::replace(&mut *l.items.borrow_mut(), items);
    drop(old);
    Ok(Value::None)
}

/// `dict.__init__(self, *args, **kw)`.
fn dict_init(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(d @ Value::Dict(dd)) = args.first() else {
        return Err(type_error("descriptor '__init__' requires a 'dict' object"));
    };
    if args.len() > 2 {
        return Err(type_error(format!(
            "dict expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    if let Some(src) = args.get(1) {
        let made = super::builtins::call_type(
            vm,
            &with_types(|t| t.dict.clone()),
            std::slice::from_ref(src),
            &[],
        )?;
        vm.dict_update(d, &made)?;
    }
    for (k, v) in kw {
        dd.table
            .borrow_mut()
            .insert(Value::Str(k.clone()), v.clone())?;
    }
    Ok(Value::None)
}

/// `BaseException.__init__(self, *args, **kw)`.
fn exception_init(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if let Some(Value::Exception(e)) = args.first() {
        super::excobj::init_exception(vm, e, &args[1..], kw)?;
    }
    Ok(Value::None)
}

/// Natives installed in the built-in types' dicts, by type.
/// A built-in function as a value of its type: `method_descriptor` or
/// `wrapper_descriptor` when unbound with an `objclass`, `method-wrapper`
/// when a slot wrapper is bound, else `builtin_function_or_method`.
pub(crate) fn method_descriptor(b: PyBuiltin) -> Value {
    let ty = with_types(
        |t| match (b.objclass.is_some(), b.bound.is_some(), b.is_slot_wrapper()) {
            (true, false, false) => t.method_descriptor.clone(),
            (true, false, true) => t.wrapper_descriptor.clone(),
            (true, true, true) => t.method_wrapper.clone(),
            _ => t.builtin_function.clone(),
        },
    );
    Value::Builtin(PyRef::new_typed(b, ty))
}

pub(crate) fn install_type_dicts() {
    fn put(t: &PyRef<PyType>, owner: &'static str, items: &[(&'static str, NativeFn)]) {
        let mut d = t.dict.table.borrow_mut();
        for (name, f) in items {
            if d.get_str(name).is_none() {
                d.insert_str(
                    name,
                    if *name == "__new__" {
                        // `int.__new__` is bound to `int` (CPython's
                        // `tp_new_wrapper`): its first argument is the
                        // class to make an instance of.
                        method_descriptor(PyBuiltin {
                            name,
                            func: *f,
                            bound: Some(Value::Type(t.clone())),
                            owner,
                            objclass: None,
                        })
                    } else {
                        method_descriptor(PyBuiltin {
                            name,
                            func: *f,
                            bound: None,
                            owner,
                            objclass: Some(t.clone()),
                        })
                    },
                );
            }
        }
    }
    with_types(|t| {
        if t.object.dict.table.borrow().get_str("__init__").is_some() {
            return;
        }
        put(
            &t.object,
            "object",
            &[
                ("__new__", builtin_new),
                ("__init__", object_init),
                ("__init_subclass__", object_init_subclass),
                ("__getattribute__", descr::object_getattribute),
                ("__setattr__", descr::object_setattr_native),
                ("__delattr__", descr::object_delattr_native),
                ("__dir__", super::userclass::object_dir),
                ("__sizeof__", super::userclass::object_sizeof),
                ("__getstate__", super::userclass::object_getstate),
                ("__subclasshook__", super::userclass::object_subclasshook),
            ],
        );
        let hook = t.object.dict.table.borrow().get_str("__subclasshook__");
        if let Some(f) = hook
            && let Ok(cm) = descr::new_wrapper(&t.classmethod, &[f], &[], true)
        {
            t.object
                .dict
                .table
                .borrow_mut()
                .insert_str("__subclasshook__", cm);
        }
        // `object.__init_subclass__` is a class method: bound to the new
        // class (directly or through super()), whose name its error gives.
        let init_sub = t.object.dict.table.borrow().get_str("__init_subclass__");
        if let Some(f) = init_sub
            && let Ok(cm) = descr::new_wrapper(&t.classmethod, &[f], &[], true)
        {
            t.object
                .dict
                .table
                .borrow_mut()
                .insert_str("__init_subclass__", cm);
        }
        put(
            &t.type_,
            "type",
            &[
                ("__new__", builtin_new),
                ("__call__", type_call_native),
                ("__init__", type_init),
                ("__setattr__", descr::type_setattr_native),
                ("mro", type_mro),
                ("__prepare__", type_prepare),
                ("__subclasses__", type_subclasses),
            ],
        );
        let prep = t.type_.dict.table.borrow().get_str("__prepare__");
        if let Some(f) = prep
            && let Ok(cm) = descr::new_wrapper(&t.classmethod, &[f], &[], true)
        {
            t.type_
                .dict
                .table
                .borrow_mut()
                .insert_str("__prepare__", cm);
        }
        for ty in [
            &t.int,
            &t.float,
            &t.complex,
            &t.str,
            &t.tuple,
            &t.bytes,
            &t.list,
            &t.dict,
            &t.property,
            &t.staticmethod,
            &t.classmethod,
            &t.super_,
        ] {
            put(ty, "builtin", &[("__new__", builtin_new)]);
        }
        put(&t.list, "list", &[("__init__", list_init)]);
        put(&t.dict, "dict", &[("__init__", dict_init)]);
        put(&t.property, "property", descr::PROPERTY_METHODS);
        let base_exc = &t.exc[ExcKind::BaseException as usize];
        put(
            base_exc,
            "BaseException",
            &[("__new__", builtin_new), ("__init__", exception_init)],
        );
        put(base_exc, "BaseException", super::excobj::BASE_EXCEPTION);
        put(
            &t.exc[ExcKind::BaseExceptionGroup as usize],
            "BaseExceptionGroup",
            super::excobj::EXCEPTION_GROUP,
        );
        for (ty, table) in super::methods::type_tables(t)
            .into_iter()
            .chain(super::generator::type_tables(t))
        {
            put(ty, "builtin", table);
        }
        for ty in [&t.method_descriptor, &t.wrapper_descriptor] {
            put(
                ty,
                "method_descriptor",
                &[("__get__", descr::method_descr_get)],
            );
        }
        put(
            &t.member_descriptor,
            "member_descriptor",
            descr::DATA_DESCR_METHODS,
        );
        put(
            &t.getset_descriptor,
            "getset_descriptor",
            descr::DATA_DESCR_METHODS,
        );
        // The unhashable built-in types say so in their dicts, as CPython's
        // do (`list.__hash__ is None`).
        for ty in [&t.list, &t.dict, &t.set, &t.bytearray, &t.slice] {
            ty.dict
                .table
                .borrow_mut()
                .insert_str("__hash__", Value::None);
        }
        for (ty, names) in descr::builtin_getsets(t) {
            let mut d = ty.dict.table.borrow_mut();
            for name in names {
                if d.get_str(name).is_none() {
                    d.insert_str(name, descr::builtin_getset(ty, name));
                }
            }
        }
        // Special-method wrappers unwrap their receiver themselves.
        for (ty, table) in super::slots::type_tables(t) {
            put(ty, super::slots::OWNER, table);
        }
    });
}
