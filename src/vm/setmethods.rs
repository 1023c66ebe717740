//! `set` and `frozenset`: construction, methods, operators and comparisons.
//!
//! These live in the VM because hashing and comparing elements may call
//! Python code (`__hash__`, `__eq__`). The table (`runtime::set`) never
//! compares keys itself: a lookup first collects the stored keys with an
//! equal hash, compares them here with no borrow held, and then acts on the
//! table with a predicate that recognises the matching key by identity. The
//! algorithms (which operand is iterated, when a table is resized, which
//! object supplies the result's keys) follow CPython's `setobject.c`, since
//! they decide the iteration order that programs print.

use super::Vm;
use super::protocol::is_user;
use crate::runtime::hash::keys_equal;
use crate::runtime::object::{NativeFn, PyStr};
use crate::runtime::ops::{BinOp, CmpOp};
use crate::runtime::set::{PySet, SetTable};
use crate::runtime::types::{PyErr, PyResult, key_error, type_error, type_name, with_types};
use crate::runtime::{ExcKind, PyRef, Value};

type Kw<'a> = &'a [(PyRef<PyStr>, Value)];

/// True for sets and frozensets.
#[inline]
pub fn is_anyset(v: &Value) -> bool {
    matches!(v, Value::Set(_) | Value::FrozenSet(_))
}

fn anyset(v: &Value) -> Option<&PyRef<PySet>> {
    match v {
        Value::Set(s) | Value::FrozenSet(s) => Some(s),
        _ => None,
    }
}

/// A new set (or frozenset) holding `table`.
pub fn new_set(frozen: bool, table: SetTable) -> Value {
    let s = PySet::new(table);
    if frozen {
        Value::FrozenSet(PyRef::new_typed(s, with_types(|t| t.frozenset.clone())))
    } else {
        Value::Set(PyRef::new(s))
    }
}

/// An empty set of the same kind as `like` (`make_new_set_basetype`).
fn empty_like(like: &Value) -> Value {
    new_set(matches!(like, Value::FrozenSet(_)), SetTable::new())
}

/// The table of a value known to be a set (a TypeError otherwise).
fn payload(v: &Value) -> PyResult<&PyRef<PySet>> {
    anyset(v).ok_or_else(|| {
        type_error(format!(
            "descriptor requires a 'set' object but received a '{}'",
            type_name(v)
        ))
    })
}

impl Vm {
    /// The hash a set stores `key` under (TypeError for unhashable keys).
    fn set_key_hash(&mut self, key: &Value) -> PyResult<i64> {
        self.hash_of(key)
    }

    /// Whether stored key `stored` equals `key` (CPython compares stored == key).
    fn set_key_eq(&mut self, stored: &Value, key: &Value) -> PyResult<bool> {
        if stored.is(key) {
            return Ok(true);
        }
        if !is_user(stored) && !is_user(key) {
            return Ok(keys_equal(stored, key));
        }
        self.compare_bool(CmpOp::Eq, stored, key)
    }

    /// The stored key equal to `key` (whose hash is `hash`), if any.
    fn set_find(&mut self, s: &PySet, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        let cands = s.table.borrow().candidates(hash);
        for c in cands {
            if self.set_key_eq(&c, key)? {
                return Ok(Some(c));
            }
        }
        Ok(None)
    }

    /// Adds `key` with a known hash.
    fn set_add_hashed(&mut self, s: &PySet, key: Value, hash: i64) -> PyResult<()> {
        if self.set_find(s, &key, hash)?.is_none() {
            s.table.borrow_mut().add(key, hash, &mut |_| false);
        }
        Ok(())
    }

    /// `s.add(key)`.
    pub fn set_add(&mut self, s: &PySet, key: Value) -> PyResult<()> {
        let h = self.set_key_hash(&key)?;
        self.set_add_hashed(s, key, h)
    }

    /// Removes the key equal to `key`; true when one was there.
    fn set_discard_hashed(&mut self, s: &PySet, key: &Value, hash: i64) -> PyResult<bool> {
        match self.set_find(s, key, hash)? {
            Some(found) => {
                let removed = s.table.borrow_mut().discard(hash, &mut |k| k.is(&found));
                Ok(removed.is_some())
            }
            None => Ok(false),
        }
    }

    /// The hash to look `key` up with: a set is looked up as a frozenset.
    fn set_lookup_hash(&mut self, key: &Value) -> PyResult<i64> {
        match key {
            Value::Set(s) => Ok(s.table.borrow().frozen_hash()),
            _ => self.set_key_hash(key),
        }
    }

    /// `key in s`.
    pub fn set_contains(&mut self, s: &PySet, key: &Value) -> PyResult<bool> {
        let h = self.set_lookup_hash(key)?;
        Ok(self.set_find(s, key, h)?.is_some())
    }

    /// `dst.update(src)` for one iterable (`set_update_internal`).
    pub fn set_update(&mut self, dst: &PyRef<PySet>, src: &Value) -> PyResult<()> {
        if let Some(o) = anyset(src) {
            if PyRef::ptr_eq(dst, o) {
                return Ok(());
            }
            let entries = {
                let other = o.table.borrow();
                if other.is_empty() {
                    return Ok(());
                }
                let mut d = dst.table.borrow_mut();
                d.reserve(other.len());
                if d.is_pristine() {
                    d.copy_into_empty(&other);
                    return Ok(());
                }
                other.entries()
            };
            for (h, k) in entries {
                self.set_add_hashed(dst, k, h)?;
            }
            return Ok(());
        }
        if let Value::Dict(d) = src {
            let entries: Vec<(i64, Value)> = d
                .table
                .borrow()
                .iter()
                .map(|e| (e.hash, e.key.clone()))
                .collect();
            dst.table.borrow_mut().reserve(entries.len());
            for (h, k) in entries {
                self.set_add_hashed(dst, k, h)?;
            }
            return Ok(());
        }
        if let Value::List(l) = src {
            let items = l.items.borrow().clone();
            for k in items {
                self.set_add(dst, k)?;
            }
            return Ok(());
        }
        let it = self.get_iter(src)?;
        while let Some(k) = self.iter_next(&it)? {
            self.set_add(dst, k)?;
        }
        Ok(())
    }

    /// `{a, b, c}`: a set of `items`, added in order (`BuildSet`).
    pub fn build_set(&mut self, items: &[Value]) -> PyResult<Value> {
        let v = new_set(false, SetTable::new());
        let s = payload(&v)?;
        for k in items {
            self.set_add(s, k.clone())?;
        }
        Ok(v)
    }

    /// `set(frozenset(items))` (`BuildConstSet`).
    pub fn build_const_set(&mut self, items: &Value) -> PyResult<Value> {
        let frozen = self.set_from(true, items)?;
        let v = new_set(false, SetTable::new());
        self.set_update(payload(&v)?, &frozen)?;
        Ok(v)
    }

    /// A set (or frozenset) of the items of `src`.
    pub fn set_from(&mut self, frozen: bool, src: &Value) -> PyResult<Value> {
        let v = new_set(frozen, SetTable::new());
        self.set_update(payload(&v)?, src)?;
        Ok(v)
    }

    /// A copy of `so` of the same kind.
    fn set_copy(&mut self, so: &Value) -> PyResult<Value> {
        let r = empty_like(so);
        self.set_update(payload(&r)?, so)?;
        Ok(r)
    }

    /// `so.intersection(other)` (`set_intersection`).
    fn set_intersection(&mut self, so: &Value, other: &Value) -> PyResult<Value> {
        if so.is(other) {
            return self.set_copy(so);
        }
        let result = empty_like(so);
        let res = payload(&result)?.clone();
        if let (Some(a), Some(b)) = (anyset(so), anyset(other)) {
            let (big, small) = if b.table.borrow().len() > a.table.borrow().len() {
                (b, a)
            } else {
                (a, b)
            };
            let entries = small.table.borrow().entries();
            for (h, k) in entries {
                if self.set_find(big, &k, h)?.is_some() {
                    self.set_add_hashed(&res, k, h)?;
                }
            }
            return Ok(result);
        }
        let so_set = payload(so)?.clone();
        let it = self.get_iter(other)?;
        while let Some(k) = self.iter_next(&it)? {
            let h = self.set_key_hash(&k)?;
            if self.set_find(&so_set, &k, h)?.is_some() {
                self.set_add_hashed(&res, k, h)?;
            }
        }
        Ok(result)
    }

    /// `so.difference_update(other)` (`set_difference_update_internal`).
    fn set_difference_update(&mut self, so: &Value, other: &Value) -> PyResult<()> {
        let s = payload(so)?.clone();
        if so.is(other) {
            let old = s.table.borrow_mut().clear();
            drop(old);
            return Ok(());
        }
        if let Some(o) = anyset(other) {
            let big = o.table.borrow().len() >> 3 > s.table.borrow().len();
            let src = if big {
                self.set_intersection(so, other)?
            } else {
                other.clone()
            };
            let entries = payload(&src)?.table.borrow().entries();
            for (h, k) in entries {
                self.set_discard_hashed(&s, &k, h)?;
            }
        } else {
            let it = self.get_iter(other)?;
            while let Some(k) = self.iter_next(&it)? {
                let h = self.set_lookup_hash(&k)?;
                self.set_discard_hashed(&s, &k, h)?;
            }
        }
        s.table.borrow_mut().shrink_dummies();
        Ok(())
    }

    /// `so.difference(other)` (`set_difference`).
    fn set_difference(&mut self, so: &Value, other: &Value) -> PyResult<Value> {
        let other_size = match other {
            Value::Set(o) | Value::FrozenSet(o) => Some(o.table.borrow().len()),
            Value::Dict(d) => Some(d.table.borrow().len()),
            _ => None,
        };
        let so_len = payload(so)?.table.borrow().len();
        match other_size {
            Some(n) if so_len >> 2 <= n => {}
            _ => {
                let r = self.set_copy(so)?;
                self.set_difference_update(&r, other)?;
                return Ok(r);
            }
        }
        let result = empty_like(so);
        let res = payload(&result)?.clone();
        let entries = payload(so)?.table.borrow().entries();
        for (h, k) in entries {
            let inside = match other {
                Value::Dict(d) => d.table.borrow().get(&k)?.is_some(),
                _ => self.set_find(payload(other)?, &k, h)?.is_some(),
            };
            if !inside {
                self.set_add_hashed(&res, k, h)?;
            }
        }
        Ok(result)
    }

    /// `so.symmetric_difference_update(other)`.
    fn set_symmetric_difference_update(&mut self, so: &Value, other: &Value) -> PyResult<()> {
        let s = payload(so)?.clone();
        if so.is(other) {
            let old = s.table.borrow_mut().clear();
            drop(old);
            return Ok(());
        }
        let entries = match other {
            Value::Dict(d) => d
                .table
                .borrow()
                .iter()
                .map(|e| (e.hash, e.key.clone()))
                .collect(),
            Value::Set(o) | Value::FrozenSet(o) => o.table.borrow().entries(),
            _ => {
                let tmp = self.set_from(false, other)?;
                payload(&tmp)?.table.borrow().entries()
            }
        };
        for (h, k) in entries {
            if !self.set_discard_hashed(&s, &k, h)? {
                self.set_add_hashed(&s, k, h)?;
            }
        }
        Ok(())
    }

    /// `so.symmetric_difference(other)`: a copy of `other` updated with `so`.
    fn set_symmetric_difference(&mut self, so: &Value, other: &Value) -> PyResult<Value> {
        let r = empty_like(so);
        self.set_update(payload(&r)?, other)?;
        self.set_symmetric_difference_update(&r, so)?;
        Ok(r)
    }

    /// Every key of set `a` is in set `b`.
    fn set_subset(&mut self, a: &PyRef<PySet>, b: &PyRef<PySet>) -> PyResult<bool> {
        if a.table.borrow().len() > b.table.borrow().len() {
            return Ok(false);
        }
        let entries = a.table.borrow().entries();
        for (h, k) in entries {
            if self.set_find(b, &k, h)?.is_none() {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `a op b` for two sets (`| & - ^`); `None` for other operators.
    pub fn set_binary(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        Ok(Some(match op {
            BinOp::Or => {
                let r = self.set_copy(a)?;
                if !a.is(b) {
                    self.set_update(payload(&r)?, b)?;
                }
                r
            }
            BinOp::And => self.set_intersection(a, b)?,
            BinOp::Sub => self.set_difference(a, b)?,
            BinOp::Xor => self.set_symmetric_difference(a, b)?,
            _ => return Ok(None),
        }))
    }

    /// `a op= b` for a set `a` and a set or frozenset `b` (mutates `a`).
    pub fn set_inplace(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        let Value::Set(s) = a else {
            return self.set_binary(op, a, b);
        };
        match op {
            BinOp::Or => self.set_update(s, b)?,
            BinOp::And => {
                let r = self.set_intersection(a, b)?;
                swap_bodies(s, payload(&r)?);
            }
            BinOp::Sub => self.set_difference_update(a, b)?,
            BinOp::Xor => self.set_symmetric_difference_update(a, b)?,
            _ => return Ok(None),
        }
        Ok(Some(a.clone()))
    }

    /// A comparison between two sets.
    pub fn set_compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
        let (Some(x), Some(y)) = (anyset(a), anyset(b)) else {
            return crate::runtime::ops::compare(op, a, b);
        };
        let (lx, ly) = (x.table.borrow().len(), y.table.borrow().len());
        Ok(match op {
            CmpOp::Eq => lx == ly && self.set_subset(x, y)?,
            CmpOp::Ne => !(lx == ly && self.set_subset(x, y)?),
            CmpOp::Le => self.set_subset(x, y)?,
            CmpOp::Ge => self.set_subset(y, x)?,
            CmpOp::Lt => lx < ly && self.set_subset(x, y)?,
            CmpOp::Gt => lx > ly && self.set_subset(y, x)?,
        })
    }

    /// The elements' reprs through the protocol (instances' `__repr__`).
    pub(crate) fn set_repr(&mut self, v: &Value) -> PyResult<String> {
        crate::runtime::repr::set_repr(v, &mut |x| self.repr_of(x))
    }
}

/// Exchanges the contents of two sets (`set_swap_bodies`).
fn swap_bodies(a: &PySet, b: &PySet) {
    if std::ptr::eq(a, b) {
        return;
    }
    std::mem::swap(&mut *a.table.borrow_mut(), &mut *b.table.borrow_mut());
    a.hash.set(None);
    b.hash.set(None);
}

// ----- methods -------------------------------------------------------------------

fn recv<'a>(name: &str, a: &'a [Value], mutating: bool) -> PyResult<&'a Value> {
    let owner = if mutating { "set" } else { "frozenset" };
    match a.first() {
        Some(v @ Value::Set(_)) => Ok(v),
        Some(v @ Value::FrozenSet(_)) if !mutating => Ok(v),
        Some(other) => Err(type_error(format!(
            "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
            type_name(other)
        ))),
        None => Err(type_error(format!(
            "unbound method {owner}.{name}() needs an argument"
        ))),
    }
}

fn no_kw(name: &str, kw: Kw) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(type_error(format!("{name}() takes no keyword arguments")))
    }
}

fn one_arg(name: &str, a: &[Value], kw: Kw) -> PyResult<()> {
    no_kw(name, kw)?;
    let n = a.len().saturating_sub(1);
    if n != 1 {
        return Err(type_error(format!(
            "{name}() takes exactly one argument ({n} given)"
        )));
    }
    Ok(())
}

fn no_args(name: &str, a: &[Value], kw: Kw) -> PyResult<()> {
    no_kw(name, kw)?;
    let n = a.len().saturating_sub(1);
    if n != 0 {
        return Err(type_error(format!(
            "{name}() takes no arguments ({n} given)"
        )));
    }
    Ok(())
}

fn s_add(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    one_arg("set.add", a, kw)?;
    let s = payload(recv("add", a, true)?)?.clone();
    vm.set_add(&s, a[1].clone())?;
    Ok(Value::None)
}

fn s_remove(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    one_arg("set.remove", a, kw)?;
    let s = payload(recv("remove", a, true)?)?.clone();
    let h = vm.set_lookup_hash(&a[1])?;
    if !vm.set_discard_hashed(&s, &a[1], h)? {
        return Err(key_error(a[1].clone()));
    }
    Ok(Value::None)
}

fn s_discard(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    one_arg("set.discard", a, kw)?;
    let s = payload(recv("discard", a, true)?)?.clone();
    let h = vm.set_lookup_hash(&a[1])?;
    vm.set_discard_hashed(&s, &a[1], h)?;
    Ok(Value::None)
}

fn s_pop(_: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("set.pop", a, kw)?;
    let s = payload(recv("pop", a, true)?)?;
    let v = s.table.borrow_mut().pop();
    v.ok_or_else(|| PyErr::with_args(ExcKind::KeyError, vec![Value::str("pop from an empty set")]))
}

fn s_clear(_: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("set.clear", a, kw)?;
    let old = payload(recv("clear", a, true)?)?.table.borrow_mut().clear();
    drop(old);
    Ok(Value::None)
}

fn s_copy(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    no_args("copy", a, kw)?;
    let so = recv("copy", a, false)?;
    if let Value::FrozenSet(_) = so {
        return Ok(so.clone());
    }
    vm.set_copy(so)
}

fn s_update(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    no_kw("set.update", kw)?;
    let s = payload(recv("update", a, true)?)?.clone();
    for o in &a[1..] {
        vm.set_update(&s, o)?;
    }
    Ok(Value::None)
}

fn s_union(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    no_kw("union", kw)?;
    let so = recv("union", a, false)?;
    let r = vm.set_copy(so)?;
    for o in &a[1..] {
        vm.set_update(payload(&r)?, o)?;
    }
    Ok(r)
}

fn s_intersection(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    no_kw("intersection", kw)?;
    let so = recv("intersection", a, false)?;
    if a.len() == 1 {
        return vm.set_copy(so);
    }
    let mut r = so.clone();
    for o in &a[1..] {
        r = vm.set_intersection(&r, o)?;
    }
    Ok(r)
}

fn s_intersection_update(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let r = s_intersection(vm, a, kw)?;
    let so = recv("intersection_update", a, true)?;
    swap_bodies(payload(so)?, payload(&r)?);
    Ok(Value::None)
}

fn s_difference(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    no_kw("difference", kw)?;
    let so = recv("difference", a, false)?;
    let Some(first) = a.get(1) else {
        return vm.set_copy(so);
    };
    let r = vm.set_difference(so, first)?;
    for o in &a[2..] {
        vm.set_difference_update(&r, o)?;
    }
    Ok(r)
}

fn s_difference_update(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    no_kw("set.difference_update", kw)?;
    let so = recv("difference_update", a, true)?;
    for o in &a[1..] {
        vm.set_difference_update(so, o)?;
    }
    Ok(Value::None)
}

fn s_symmetric_difference(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    one_arg("symmetric_difference", a, kw)?;
    let so = recv("symmetric_difference", a, false)?;
    vm.set_symmetric_difference(so, &a[1])
}

fn s_symmetric_difference_update(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    one_arg("set.symmetric_difference_update", a, kw)?;
    let so = recv("symmetric_difference_update", a, true)?;
    vm.set_symmetric_difference_update(so, &a[1])?;
    Ok(Value::None)
}

/// `other` as a set: itself when it is one, else a temporary set of its items.
fn as_set_arg(vm: &mut Vm, other: &Value) -> PyResult<PyRef<PySet>> {
    match other {
        Value::Set(s) | Value::FrozenSet(s) => Ok(s.clone()),
        _ => {
            let t = vm.set_from(false, other)?;
            Ok(payload(&t)?.clone())
        }
    }
}

fn s_issubset(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    one_arg("issubset", a, kw)?;
    let so = payload(recv("issubset", a, false)?)?.clone();
    let o = as_set_arg(vm, &a[1])?;
    Ok(Value::Bool(vm.set_subset(&so, &o)?))
}

fn s_issuperset(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    one_arg("issuperset", a, kw)?;
    let so = payload(recv("issuperset", a, false)?)?.clone();
    if let Some(o) = anyset(&a[1]) {
        return Ok(Value::Bool(vm.set_subset(o, &so)?));
    }
    let it = vm.get_iter(&a[1])?;
    while let Some(k) = vm.iter_next(&it)? {
        if !vm.set_contains(&so, &k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn s_isdisjoint(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    one_arg("isdisjoint", a, kw)?;
    let so = recv("isdisjoint", a, false)?;
    let s = payload(so)?.clone();
    if let Some(o) = anyset(&a[1]) {
        let (big, small) = if o.table.borrow().len() > s.table.borrow().len() {
            (o.clone(), s)
        } else {
            (s, o.clone())
        };
        let entries = small.table.borrow().entries();
        for (h, k) in entries {
            if vm.set_find(&big, &k, h)?.is_some() {
                return Ok(Value::Bool(false));
            }
        }
        return Ok(Value::Bool(true));
    }
    let it = vm.get_iter(&a[1])?;
    while let Some(k) = vm.iter_next(&it)? {
        if vm.set_contains(&s, &k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// The methods of `set`.
pub const SET_METHODS: &[(&str, NativeFn)] = &[
    ("add", s_add),
    ("remove", s_remove),
    ("discard", s_discard),
    ("pop", s_pop),
    ("clear", s_clear),
    ("copy", s_copy),
    ("update", s_update),
    ("union", s_union),
    ("intersection", s_intersection),
    ("intersection_update", s_intersection_update),
    ("difference", s_difference),
    ("difference_update", s_difference_update),
    ("symmetric_difference", s_symmetric_difference),
    ("symmetric_difference_update", s_symmetric_difference_update),
    ("issubset", s_issubset),
    ("issuperset", s_issuperset),
    ("isdisjoint", s_isdisjoint),
];

/// The methods of `frozenset`.
pub const FROZENSET_METHODS: &[(&str, NativeFn)] = &[
    ("copy", s_copy),
    ("union", s_union),
    ("intersection", s_intersection),
    ("difference", s_difference),
    ("symmetric_difference", s_symmetric_difference),
    ("issubset", s_issubset),
    ("issuperset", s_issuperset),
    ("isdisjoint", s_isdisjoint),
];

/// `set(iterable)` and `frozenset(iterable)`.
pub fn construct(vm: &mut Vm, frozen: bool, args: &[Value], kw: Kw) -> PyResult<Value> {
    let name = if frozen { "frozenset" } else { "set" };
    no_kw(name, kw)?;
    if args.len() > 1 {
        return Err(type_error(format!(
            "{name} expected at most 1 argument, got {}",
            args.len()
        )));
    }
    match args.first() {
        None => Ok(new_set(frozen, SetTable::new())),
        Some(v @ Value::FrozenSet(_)) if frozen => Ok(v.clone()),
        Some(v) => vm.set_from(frozen, v),
    }
}
