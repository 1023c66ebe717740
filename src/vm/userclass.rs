//! Smaller pieces of the class machinery that CPython keeps on the built-in
//! record types: bound-method equality, ...

use super::Vm;
use crate::runtime::instance::Payload;
use crate::runtime::instance::PyInstance;
use crate::runtime::object::{PyType, TypeKind};
use crate::runtime::types::{ExcKind, PyResult, type_error, type_name, type_of, with_types};
use crate::runtime::{PyRef, Value};

/// `m1 == m2` for two bound methods: the same `__self__` (by identity) and
/// equal functions. None when either operand is not a bound method.
pub(crate) fn method_eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    let (Value::Object(x), Value::Object(y)) = (a, b) else {
        return Ok(None);
    };
    match (&x.payload, &y.payload) {
        (Payload::Method { func: f1, obj: o1 }, Payload::Method { func: f2, obj: o2 })
            if !PyRef::ty(x).is_heap() && !PyRef::ty(y).is_heap() =>
        {
            if !o1.is(o2) {
                return Ok(Some(false));
            }
            let (f1, f2) = (f1.clone(), f2.clone());
            vm.compare_bool(crate::runtime::ops::CmpOp::Eq, &f1, &f2)
                .map(Some)
        }
        _ => Ok(None),
    }
}

/// `cls.__bases__ = v`: the new bases must give a consistent MRO and the
/// same instance layout; the class and its subclasses get new MROs and
/// versions.
pub(crate) fn set_bases(cls: &PyRef<PyType>, v: Option<Value>) -> PyResult<()> {
    let name = cls.name();
    let Some(v) = v else {
        return Err(type_error(format!(
            "cannot delete '__bases__' attribute of immutable type '{name}'"
        )));
    };
    let Value::Tuple(t) = &v else {
        return Err(type_error(format!(
            "can only assign tuple to {name}.__bases__, not {}",
            type_name(&v)
        )));
    };
    if t.items.is_empty() {
        return Err(type_error(format!(
            "can only assign non-empty tuple to {name}.__bases__, not ()"
        )));
    }
    let mut bases = Vec::with_capacity(t.items.len());
    for b in t.items.iter() {
        let Value::Type(b) = b else {
            return Err(type_error(format!(
                "{name}.__bases__ must be tuple of classes, not '{}'",
                type_name(b)
            )));
        };
        if b.is_subtype(cls) {
            return Err(type_error("a __bases__ item causes an inheritance cycle"));
        }
        bases.push(b.clone());
    }
    let (kind, best_base) = super::class::layout_kind(&bases)?;
    if kind != cls.kind {
        let new_base = super::class::builtin_base(&bases[0]);
        let old_base = super::class::builtin_base(cls);
        return Err(type_error(format!(
            "__bases__ assignment: '{}' object layout differs from '{}'",
            new_base.name(),
            old_base.name()
        )));
    }
    let mro = super::class::c3_merge(&bases)?;
    let me = PyRef::as_ptr(cls);
    for b in cls.bases.borrow().iter() {
        b.subclasses.borrow_mut().retain(|&p| p != me);
    }
    for b in &bases {
        b.subclasses.borrow_mut().push(me);
    }
    *cls.base.borrow_mut() = bases.get(best_base).cloned();
    *cls.bases.borrow_mut() = bases;
    *cls.mro.borrow_mut() = mro;
    recompute_subclass_mros(cls)?;
    cls.modified();
    Ok(())
}

/// Recomputes the MROs of the (transitive) subclasses of `cls` after its
/// own MRO changed.
fn recompute_subclass_mros(cls: &PyType) -> PyResult<()> {
    let subs = cls.subclasses.borrow().clone();
    for s in subs {
        // SAFETY: a subclass removes itself from its bases' lists when it is
        // dropped, so every pointer in the list is a live type box.
        let sub: &PyType = unsafe { &(*s).value };
        let bases = sub.bases.borrow().clone();
        let mro = super::class::c3_merge(&bases)?;
        *sub.mro.borrow_mut() = mro;
        recompute_subclass_mros(sub)?;
    }
    Ok(())
}

// ----- types.GenericAlias and types.UnionType ------------------------------------

/// The built-in classes whose subscription makes a generic alias
/// (`list[int]`), as their `__class_getitem__` in CPython.
pub(crate) fn is_generic_builtin(t: &PyType) -> bool {
    !t.is_heap()
        && matches!(
            t.kind,
            TypeKind::List
                | TypeKind::Dict
                | TypeKind::Tuple
                | TypeKind::Set
                | TypeKind::FrozenSet
                | TypeKind::Type
        )
}

/// `origin[key]`: a `types.GenericAlias`.
pub(crate) fn generic_alias(origin: Value, key: &Value) -> Value {
    let args = match key {
        Value::Tuple(_) => key.clone(),
        other => Value::tuple(vec![other.clone()]),
    };
    Value::Object(PyRef::new_typed(
        PyInstance::record(Payload::Alias { origin, args }),
        with_types(|t| t.generic_alias.clone()),
    ))
}

/// `(origin, args)` of a generic alias or union (origin None).
fn alias_parts(v: &Value) -> Option<(Value, Value)> {
    match v {
        Value::Object(o) => match &o.payload {
            Payload::Alias { origin, args } if !PyRef::ty(o).is_heap() => {
                Some((origin.clone(), args.clone()))
            }
            _ => None,
        },
        _ => None,
    }
}

fn tuple_items(v: &Value) -> Vec<Value> {
    match v {
        Value::Tuple(t) => t.items.to_vec(),
        other => vec![other.clone()],
    }
}

/// `a | b` for classes, None and aliases (`type.__or__`): a
/// `types.UnionType` with the arguments flattened and deduplicated. None
/// when the operands are not of that kind (the operator then fails).
pub(crate) fn union_or(a: &Value, b: &Value) -> Option<Value> {
    let unionable = |v: &Value| match v {
        Value::Type(_) | Value::None => true,
        _ => alias_parts(v).is_some(),
    };
    let primary = |v: &Value| !matches!(v, Value::None);
    if !unionable(a) || !unionable(b) || (!primary(a) && !primary(b)) {
        return None;
    }
    let mut args: Vec<Value> = Vec::new();
    for v in [a, b] {
        let parts = match alias_parts(v) {
            Some((Value::None, args)) => tuple_items(&args),
            _ => vec![v.clone()],
        };
        for p in parts {
            let p = match p {
                Value::None => Value::Type(with_types(|t| t.none.clone())),
                p => p,
            };
            if !args.iter().any(|x| x.is(&p) || alias_same(x, &p)) {
                args.push(p);
            }
        }
    }
    if args.len() == 1 {
        return args.pop();
    }
    Some(Value::Object(PyRef::new_typed(
        PyInstance::record(Payload::Alias {
            origin: Value::None,
            args: Value::tuple(args),
        }),
        with_types(|t| t.union_type.clone()),
    )))
}

/// Structural equality of two aliases built from classes (no user code).
fn alias_same(a: &Value, b: &Value) -> bool {
    match (alias_parts(a), alias_parts(b)) {
        (Some((o1, a1)), Some((o2, a2))) => {
            let same = |x: &Value, y: &Value| x.is(y) || alias_same(x, y);
            let (i1, i2) = (tuple_items(&a1), tuple_items(&a2));
            if o1.is_none() && o2.is_none() {
                // Unions compare as sets of their arguments.
                return i1.len() == i2.len() && i1.iter().all(|x| i2.iter().any(|y| same(x, y)));
            }
            !o1.is_none()
                && same(&o1, &o2)
                && i1.len() == i2.len()
                && i1.iter().zip(i2.iter()).all(|(x, y)| same(x, y))
        }
        _ => false,
    }
}

/// `==` between two aliases: same origin and arguments. None when an
/// operand is not an alias.
pub(crate) fn alias_eq(a: &Value, b: &Value) -> Option<bool> {
    match (alias_parts(a), alias_parts(b)) {
        (Some(_), Some(_)) => Some(alias_same(a, b)),
        _ => None,
    }
}

// ----- isinstance / issubclass -----------------------------------------------------

impl Vm {
    /// `isinstance(v, cls)`, as CPython's `PyObject_IsInstance`.
    pub(crate) fn isinstance(&mut self, v: &Value, cls: &Value) -> PyResult<bool> {
        if let Value::Type(t) = cls
            && PyRef::ptr_eq(&type_of(v), t)
        {
            return Ok(true);
        }
        if let Value::Type(t) = cls
            && !PyRef::ty(t).is_heap()
        {
            return self.recursive_isinstance(v, t);
        }
        if let Some((Value::None, args)) = alias_parts(cls) {
            return self.isinstance(v, &args);
        }
        if let Value::Tuple(items) = cls {
            for c in items.items.iter() {
                if self.isinstance(v, c)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if let Some(check) = super::protocol::special(cls, "__instancecheck__") {
            let r = self.call_special(&check, cls, std::slice::from_ref(v))?;
            return self.truthy(&r);
        }
        match cls {
            Value::Type(t) => self.recursive_isinstance(v, t),
            _ if alias_parts(cls).is_some() => Err(type_error(
                "isinstance() argument 2 cannot be a parameterized generic",
            )),
            _ => Err(type_error(
                "isinstance() arg 2 must be a type, a tuple of types, or a union",
            )),
        }
    }

    /// The type check, then `v.__class__` when it names another class.
    fn recursive_isinstance(&mut self, v: &Value, t: &PyRef<PyType>) -> PyResult<bool> {
        let ty = type_of(v);
        if ty.is_subtype(t) {
            return Ok(true);
        }
        if !matches!(v, Value::Object(_)) {
            return Ok(false);
        }
        match self.getattr(v, "__class__") {
            Ok(Value::Type(c)) if !PyRef::ptr_eq(&c, &ty) => Ok(c.is_subtype(t)),
            Ok(_) => Ok(false),
            Err(e) if e.matches(ExcKind::AttributeError) => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// `issubclass(sub, cls)`, as CPython's `PyObject_IsSubclass`.
    pub(crate) fn issubclass(&mut self, sub: &Value, cls: &Value) -> PyResult<bool> {
        if let Value::Type(t) = cls
            && !PyRef::ty(t).is_heap()
        {
            return self.recursive_issubclass(sub, cls);
        }
        if let Some((Value::None, args)) = alias_parts(cls) {
            return self.issubclass(sub, &args);
        }
        if let Value::Tuple(items) = cls {
            for c in items.items.iter() {
                if self.issubclass(sub, c)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if let Some(check) = super::protocol::special(cls, "__subclasscheck__") {
            let r = self.call_special(&check, cls, std::slice::from_ref(sub))?;
            return self.truthy(&r);
        }
        self.recursive_issubclass(sub, cls)
    }

    fn recursive_issubclass(&mut self, sub: &Value, cls: &Value) -> PyResult<bool> {
        if let (Value::Type(s), Value::Type(c)) = (sub, cls) {
            return Ok(s.is_subtype(c));
        }
        if alias_parts(cls).is_some() {
            return Err(type_error(
                "issubclass() argument 2 cannot be a parameterized generic",
            ));
        }
        // Objects with a `__bases__` tuple stand for classes (CPython's
        // `abstract_issubclass`).
        if self.abstract_bases(sub)?.is_none() {
            return Err(type_error("issubclass() arg 1 must be a class"));
        }
        if self.abstract_bases(cls)?.is_none() {
            return Err(type_error(
                "issubclass() arg 2 must be a class, a tuple of classes, or a union",
            ));
        }
        self.abstract_issubclass(sub, cls)
    }

    /// `obj.__bases__` when it is a tuple (a class's for a class).
    fn abstract_bases(&mut self, obj: &Value) -> PyResult<Option<Vec<Value>>> {
        if let Value::Type(t) = obj {
            return Ok(Some(
                t.bases.borrow().iter().cloned().map(Value::Type).collect(),
            ));
        }
        match self.getattr(obj, "__bases__") {
            Ok(Value::Tuple(t)) => Ok(Some(t.items.to_vec())),
            Ok(_) => Ok(None),
            Err(e) if e.matches(ExcKind::AttributeError) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `derived` is `cls` or reaches it through `__bases__`.
    fn abstract_issubclass(&mut self, derived: &Value, cls: &Value) -> PyResult<bool> {
        let mut derived = derived.clone();
        loop {
            if derived.is(cls) {
                return Ok(true);
            }
            let bases = self.abstract_bases(&derived)?.unwrap_or_default();
            match bases.len() {
                0 => return Ok(false),
                1 => derived = bases[0].clone(),
                _ => {
                    for b in &bases {
                        if self.abstract_issubclass(b, cls)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
            }
        }
    }
}

impl Vm {
    /// `repr(v)` as an object: a `str` subclass instance a class's
    /// `__repr__` returns is passed on as it is.
    pub(crate) fn repr_value(&mut self, v: &Value) -> PyResult<Value> {
        if let Some(f) = super::protocol::special(v, "__repr__") {
            let r = self.call_special(&f, v, &[])?;
            if let Value::Object(o) = &r
                && let Some(Value::Str(_)) = o.builtin_value()
            {
                return Ok(r);
            }
            if let Value::Str(_) = r {
                return Ok(r);
            }
            return Err(type_error(format!(
                "__repr__ returned non-string (type {})",
                type_name(&r)
            )));
        }
        self.repr_of(v).map(Value::string)
    }
}

type Kw<'a> = &'a [(PyRef<crate::runtime::object::PyStr>, Value)];

fn wrapped(a: &[Value], what: &str) -> PyResult<Value> {
    match a.first() {
        Some(Value::Object(o)) => match &o.payload {
            Payload::StaticMethod(f) | Payload::ClassMethod(f) => Ok(f.borrow().clone()),
            _ => Err(type_error(format!(
                "descriptor '__get__' requires a '{what}' object"
            ))),
        },
        _ => Err(type_error(format!(
            "descriptor '__get__' requires a '{what}' object"
        ))),
    }
}

fn get_args(a: &[Value]) -> PyResult<(Value, Value)> {
    match a {
        [_, obj] => Ok((obj.clone(), Value::None)),
        [_, obj, owner] => Ok((obj.clone(), owner.clone())),
        _ => Err(type_error(format!(
            "expected 1 or 2 arguments, got {}",
            a.len().saturating_sub(1)
        ))),
    }
}

/// `staticmethod.__get__(obj, type=None)`: the function itself.
pub(crate) fn staticmethod_get(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let f = wrapped(a, "staticmethod")?;
    get_args(a)?;
    Ok(f)
}

/// `classmethod.__get__(obj, type=None)`: the function bound to `type`
/// (or to the type of `obj`).
pub(crate) fn classmethod_get(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let f = wrapped(a, "classmethod")?;
    let (obj, owner) = get_args(a)?;
    let owner = if owner.is_none() {
        Value::Type(type_of(&obj))
    } else {
        owner
    };
    Ok(super::descr::bound_method(f, owner))
}

/// True when `v` (not a class) has an `__mro_entries__` method.
pub(crate) fn has_mro_entries(v: &Value) -> bool {
    !matches!(v, Value::Type(_))
        && (alias_parts(v).is_some_and(|(o, _)| !o.is_none())
            || type_of(v).lookup("__mro_entries__").is_some())
}

/// `list[int].__mro_entries__(bases)`: `(list,)`.
pub(crate) fn alias_mro_entries(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    match a.first().and_then(alias_parts) {
        Some((origin, _)) if !origin.is_none() => Ok(Value::tuple(vec![origin])),
        _ => Err(type_error(
            "descriptor '__mro_entries__' requires a 'types.GenericAlias' object",
        )),
    }
}

impl Vm {
    /// The bases of a class statement after `__mro_entries__`: a base that
    /// is not a class and defines it is replaced by the tuple it returns.
    pub(crate) fn resolve_mro_entries(&mut self, orig: &[Value]) -> PyResult<Vec<Value>> {
        if !orig.iter().any(has_mro_entries) {
            return Ok(orig.to_vec());
        }
        let orig_tuple = Value::tuple(orig.to_vec());
        let mut out = Vec::with_capacity(orig.len());
        for b in orig {
            if !has_mro_entries(b) {
                out.push(b.clone());
                continue;
            }
            let f = self.getattr(b, "__mro_entries__")?;
            let r = self.call_value(&f, std::slice::from_ref(&orig_tuple), &[])?;
            let Value::Tuple(t) = &r else {
                return Err(type_error("__mro_entries__ must return a tuple"));
            };
            out.extend(t.items.iter().cloned());
        }
        Ok(out)
    }
}

// ----- __slots__ ------------------------------------------------------------------

/// The class whose instance layout `t`'s instances extend last: the nearest
/// class on the first-base chain that declares slots, else the built-in base.
fn solid_base(t: &PyRef<PyType>) -> PyRef<PyType> {
    let mut cur = t.clone();
    loop {
        if !cur.slot_names.borrow().is_empty() {
            return cur;
        }
        if !cur.is_heap() {
            // Built-in exceptions share their layout with the nearest class
            // that adds fields (`ExcKind::layout`).
            return match cur.kind {
                TypeKind::Exception(k) => with_types(|t| t.exc[k.layout() as usize].clone()),
                _ => cur,
            };
        }
        let next = cur.base.borrow().clone();
        match next {
            Some(b) => cur = b,
            None => return cur,
        }
    }
}

/// Bases whose layouts add slots on different branches cannot be combined.
pub(crate) fn check_slot_layouts(bases: &[PyRef<PyType>]) -> PyResult<()> {
    let mut winner: Option<PyRef<PyType>> = None;
    for b in bases {
        let cand = solid_base(b);
        winner = Some(match winner {
            None => cand,
            Some(w) if w.is_subtype(&cand) => w,
            Some(w) if cand.is_subtype(&w) => cand,
            Some(_) => {
                return Err(type_error("multiple bases have instance lay-out conflict"));
            }
        });
    }
    Ok(())
}

/// `__slots__` names must be identifiers, with `__dict__` at most once and
/// only when no base gives instances a dict already.
pub(crate) fn check_slot_names(
    names: &[PyRef<crate::runtime::object::PyStr>],
    bases: &[PyRef<PyType>],
) -> PyResult<()> {
    use crate::runtime::object::type_flags;
    let mut seen_dict = bases
        .iter()
        .any(|b| b.flags.get() & type_flags::HAS_DICT != 0 && b.is_heap());
    for n in names {
        let s = n.as_str();
        let mut chars = s.chars();
        let ident = chars.next().is_some_and(|c| c == '_' || c.is_alphabetic())
            && chars.all(|c| c == '_' || c.is_alphanumeric());
        if !ident {
            return Err(type_error("__slots__ must be identifiers"));
        }
        if s == "__dict__" {
            if seen_dict {
                return Err(type_error("__dict__ slot disallowed: we already got one"));
            }
            seen_dict = true;
        }
    }
    // Variable-sized layouts (int, tuple, bytes) keep their items where
    // slots would go.
    let nslots = names
        .iter()
        .filter(|n| !matches!(n.as_str(), "__dict__" | "__weakref__"))
        .count();
    if nslots > 0
        && let Some(b) = bases.iter().find(|b| {
            use crate::runtime::object::TypeKind as K;
            matches!(b.kind, K::Int | K::Bool | K::Tuple | K::Bytes)
        })
    {
        let base = builtin_base_name(b);
        return Err(type_error(format!(
            "nonempty __slots__ not supported for subtype of '{base}'"
        )));
    }
    Ok(())
}

/// The name of the nearest built-in class on `t`'s MRO (`t` itself when built in).
fn builtin_base_name(t: &PyRef<PyType>) -> String {
    std::iter::once(t.clone())
        .chain(t.mro.borrow().iter().cloned())
        .find(|c| !c.is_heap())
        .map_or_else(|| t.name().to_string(), |c| c.name().to_string())
}

impl Vm {
    /// `d.update(src)` for an instance that is a mapping: a dict subclass
    /// that keeps dict's iteration is copied directly; an object with
    /// `keys()` is read as `src[k]` for each key. False when `src` is
    /// neither (the caller reads it as a sequence of pairs).
    pub(crate) fn merge_mapping(
        &mut self,
        d: &PyRef<crate::runtime::object::PyDict>,
        src: &Value,
    ) -> PyResult<bool> {
        let Value::Object(o) = src else {
            return Ok(false);
        };
        // CPython's `dict_merge` copies a dict subclass directly unless it
        // overrides `__iter__` (its `keys` and `__getitem__` are not asked).
        if let Some(Value::Dict(inner)) = o.builtin_value()
            && super::protocol::special(src, "__iter__").is_none()
        {
            crate::runtime::dict::merge(self, d, &inner)?;
            return Ok(true);
        }
        let keys = match self.getattr(src, "keys") {
            Ok(k) => k,
            Err(e) if e.matches(ExcKind::AttributeError) => return Ok(false),
            Err(e) => return Err(e),
        };
        let keys = self.call_value(&keys, &[], &[])?;
        for k in self.collect(&keys)? {
            let v = self.getitem(src, &k)?;
            d.table.borrow_mut().insert(k, v)?;
        }
        Ok(true)
    }
}

// ----- `*x` and `**m` in calls and displays -----------------------------------------

/// How an error names a callable: `module.qualname()` (CPython's
/// `_PyObject_FunctionStr`).
fn function_str(f: &Value) -> String {
    match f {
        Value::Function(func) => match &*func.module.borrow() {
            Value::Str(m) if m.as_str() != "builtins" => {
                format!("{}.{}()", m.as_str(), func.qualname.borrow())
            }
            _ => format!("{}()", func.qualname.borrow()),
        },
        Value::Builtin(b) => format!("{}()", b.name),
        Value::Type(t) => format!("{}()", crate::runtime::repr::class_path(t)),
        Value::Object(o) => match &o.payload {
            Payload::Method { func, .. } => function_str(func),
            _ => format!("{} object", type_name(f)),
        },
        _ => format!("{} object", type_name(f)),
    }
}

/// True when `v`'s type can be iterated at all (`__iter__`, or a sequence).
fn iterable_type(v: &Value) -> bool {
    match v {
        Value::Object(_) | Value::Type(_) => {
            super::protocol::special(v, "__iter__").is_some()
                || super::protocol::special(v, "__getitem__").is_some()
                || matches!(v, Value::Object(o) if o.builtin_value().is_some())
        }
        _ => crate::runtime::iter::get_iter(v).is_ok(),
    }
}

impl Vm {
    /// `[*x]`, `(*x,)` and `f(*x)`: extends the list with the items of `src`.
    pub(crate) fn star_extend(
        &mut self,
        list: &Value,
        src: &Value,
        func: Option<&Value>,
    ) -> PyResult<()> {
        let items = match self.collect(src) {
            Ok(items) => items,
            Err(e) if e.matches(ExcKind::TypeError) && !iterable_type(src) => {
                return Err(type_error(match func {
                    Some(f) => format!(
                        "{} argument after * must be an iterable, not {}",
                        function_str(f),
                        type_name(src)
                    ),
                    None => format!("Value after * must be an iterable, not {}", type_name(src)),
                }));
            }
            Err(e) => return Err(e),
        };
        if let Value::List(l) = list {
            l.items.borrow_mut().extend(items);
        }
        Ok(())
    }

    /// `{**m}` and `f(**m)`: merges the mapping `src` into the dict. For a
    /// call (`func` given) the keys must be strings not given already.
    pub(crate) fn kw_merge(
        &mut self,
        d: &Value,
        src: &Value,
        func: Option<&Value>,
    ) -> PyResult<()> {
        let Value::Dict(dd) = d else {
            return Err(type_error("dict update on a non-dict"));
        };
        let tmp = PyRef::new(crate::runtime::object::PyDict::new());
        let from: PyRef<crate::runtime::object::PyDict> = match src {
            Value::Dict(s) if func.is_none() => {
                return crate::runtime::dict::merge(self, dd, s);
            }
            Value::Dict(s) => s.clone(),
            _ => {
                let mapping = match self.merge_mapping(&tmp, src) {
                    Ok(ok) => ok,
                    Err(e) if func.is_some() && e.matches(ExcKind::AttributeError) => false,
                    Err(e) => return Err(e),
                };
                if !mapping {
                    return Err(type_error(match func {
                        Some(f) => format!(
                            "{} argument after ** must be a mapping, not {}",
                            function_str(f),
                            type_name(src)
                        ),
                        None => format!("'{}' object is not a mapping", type_name(src)),
                    }));
                }
                tmp
            }
        };
        let items = from.table.borrow().items();
        for (k, v) in items {
            if let Some(f) = func {
                let Value::Str(ks) = &k else {
                    return Err(type_error("keywords must be strings"));
                };
                if dd.table.borrow().get_str(ks.as_str()).is_some() {
                    return Err(type_error(format!(
                        "{} got multiple values for keyword argument '{}'",
                        function_str(f),
                        ks.as_str()
                    )));
                }
            }
            dd.table.borrow_mut().insert(k, v)?;
        }
        Ok(())
    }
}

impl Vm {
    /// `dir(obj)` for objects other than modules: a class-defined
    /// `__dir__`, else the names in the instance dict and along the type's
    /// MRO (for a class: along its own MRO), sorted.
    pub(crate) fn dir_of(&mut self, obj: &Value) -> PyResult<Value> {
        let names = if let Some(f) = super::protocol::special(obj, "__dir__") {
            let r = self.call_special(&f, obj, &[])?;
            self.collect(&r)?
        } else {
            default_dir(obj)
        };
        let list = Value::list(names);
        if let Value::List(l) = &list {
            let mut items = l.items.borrow().clone();
            super::builtins::sort_values(self, &mut items, &Value::None, false)?;
            *l.items.borrow_mut() = items;
        }
        Ok(list)
    }
}

/// The names `object.__dir__` (and `type.__dir__`) lists, unsorted: the
/// instance dict's keys, then those of the classes on the type's MRO (for
/// a class: its own MRO).
fn default_dir(obj: &Value) -> Vec<Value> {
    let mut names: Vec<Value> = Vec::new();
    {
        {
            let mut dicts = Vec::new();
            let types: PyRef<PyType> = match obj {
                Value::Type(t) => t.clone(),
                other => {
                    if let Some(d) = super::descr::instance_dict(other) {
                        dicts.push(d);
                    }
                    type_of(other)
                }
            };
            dicts.push(types.dict.clone());
            dicts.extend(types.mro.borrow().iter().map(|t| t.dict.clone()));
            let mut seen = std::collections::HashSet::new();
            for d in dicts {
                for (k, _) in d.table.borrow().items() {
                    if let Value::Str(s) = &k
                        && seen.insert(s.as_str().to_string())
                    {
                        names.push(k.clone());
                    }
                }
            }
        }
    }
    names
}

/// `object.__dir__(self)`.
pub(crate) fn object_dir(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    match args {
        [obj] => Ok(Value::list(default_dir(obj))),
        _ => Err(type_error(format!(
            "__dir__() takes no arguments ({} given)",
            args.len().saturating_sub(1)
        ))),
    }
}

/// `object.__subclasshook__(cls, subclass)`: NotImplemented, so that
/// `issubclass` goes on to the normal rules.
pub(crate) fn object_subclasshook(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::NotImplemented)
}

/// `object.__sizeof__(self)`: the size of the object's memory as pyjit
/// lays it out (the header and the instance record with its slots for
/// instances; a `Value` for everything else).
pub(crate) fn object_sizeof(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let size = match args.first() {
        Some(Value::Object(o)) => {
            std::mem::size_of::<crate::runtime::rc::RcBox<PyInstance>>()
                + o.slots.borrow().len() * std::mem::size_of::<Value>()
        }
        _ => std::mem::size_of::<Value>(),
    };
    Ok(Value::Int(size as i64))
}

/// `object.__getstate__(self)` (3.11): the instance dict (None when empty
/// or absent), paired with a dict of the filled `__slots__` when there are
/// any.
pub(crate) fn object_getstate(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let [obj] = args else {
        return Err(type_error(format!(
            "object.__getstate__() takes no arguments ({} given)",
            args.len().saturating_sub(1)
        )));
    };
    let state = match super::descr::instance_dict(obj) {
        Some(d) if !d.table.borrow().is_empty() => Value::Dict(d),
        _ => Value::None,
    };
    let ty = type_of(obj);
    let mut slot_names = Vec::new();
    for t in std::iter::once(ty.clone()).chain(ty.mro.borrow().iter().cloned()) {
        for n in t.slot_names.borrow().iter() {
            if !matches!(n.as_str(), "__dict__" | "__weakref__") {
                slot_names.push(n.as_str().to_string());
            }
        }
    }
    if slot_names.is_empty() {
        return Ok(state);
    }
    let slots = PyRef::new(crate::runtime::object::PyDict::new());
    for n in slot_names {
        match vm.getattr(obj, &n) {
            Ok(v) => slots.table.borrow_mut().insert_str(&n, v),
            Err(e) if e.matches(crate::runtime::types::ExcKind::AttributeError) => {}
            Err(e) => return Err(e),
        }
    }
    if slots.table.borrow().is_empty() {
        return Ok(state);
    }
    Ok(Value::tuple(vec![state, Value::Dict(slots)]))
}

// ----- mappingproxy -----------------------------------------------------------------

/// `C.__dict__`: a read-only view of the class dict. It carries the dict as
/// its payload, so reading, iterating and the dict's methods work on it;
/// item assignment and deletion are refused.
pub(crate) fn mapping_proxy(d: PyRef<crate::runtime::object::PyDict>) -> Value {
    Value::Object(PyRef::new_typed(
        PyInstance::record(Payload::Builtin(std::cell::RefCell::new(Value::Dict(d)))),
        with_types(|t| t.mappingproxy.clone()),
    ))
}

pub(crate) fn is_mapping_proxy(v: &Value) -> bool {
    match v {
        Value::Object(o) => {
            let t = PyRef::ty(o);
            with_types(|ts| std::ptr::eq(t, &*ts.mappingproxy))
        }
        _ => false,
    }
}

impl Vm {
    /// The namespace object a class body stores its names in, when the
    /// frame's locals dict `d` stands for one (see `Vm::ns_objects`).
    pub(crate) fn ns_object(&self, d: &PyRef<crate::runtime::object::PyDict>) -> Option<Value> {
        let p = PyRef::as_ptr(d) as usize;
        self.ns_objects
            .iter()
            .rev()
            .find(|(q, _)| *q == p)
            .map(|(_, v)| v.clone())
    }

    /// True for a `__prepare__` result that is a mapping other than a
    /// plain dict: an instance whose class defines `__getitem__` (or
    /// derives from dict).
    pub(crate) fn is_namespace_mapping(&self, ns: &Value) -> bool {
        matches!(ns, Value::Object(o) if matches!(o.builtin_value(), Some(Value::Dict(_))))
            || (matches!(ns, Value::Object(_))
                && super::protocol::special(ns, "__getitem__").is_some())
    }
}
