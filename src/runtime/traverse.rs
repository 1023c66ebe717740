//! Traversal: every heap payload lists the strong references it owns, for
//! the cycle collector (see docs/object-model.md, "Traversal").
//!
//! `traverse_value` is the entry point: it visits the object's header type
//! when that is a class (built-in types are immortal and never collected),
//! then whatever the payload's `Traverse` impl lists. Its match over `Value`
//! is exhaustive on purpose: a new variant does not compile until it says
//! what it owns.
//!
//! Rules for visitors and implementations:
//!
//! - Only heap references are visited (inline values, None and `Unbound`
//!   own nothing). A field holding two references to one object is visited
//!   twice: the visits of an object add up to the counts it holds.
//! - References are visited as borrowed `Value`s that do not hold a count of
//!   their own, so the counts a collector reads during a traversal are exactly
//!   the program's. A visitor that keeps a reference clones the `Value`.
//! - A visitor must not run Python code or mutate objects: the traversal
//!   holds shared borrows of the containers it walks.
//! - A container whose `RefCell` is mutably borrowed (being changed by code
//!   further up the Rust stack) cannot be read: its traversal stops with
//!   `Err(Busy)` after visiting what it already reached. The collector must
//!   then treat the object as reachable from outside (keep it and what it
//!   refers to alive); it never panics.

use super::bytearray::PyByteArray;
use super::code::PyCode;
use super::complex::PyComplex;
use super::instance::{AsyncGenOpKind, Payload, PyInstance};
use super::object::{
    DictView, IterState, PyBuiltin, PyBytes, PyCell, PyDict, PyException, PyFunction, PyIter,
    PyList, PyModule, PyNamespace, PyRange, PySlice, PyStr, PyTuple, PyType, RangeIter,
};
use super::rc::{PyRef, RcBox};
use super::set::PySet;
use super::value::{Value, tag};
use num_bigint::BigInt;
use std::cell::RefCell;
use std::mem::ManuallyDrop;

/// A container could not be read because its `RefCell` was mutably borrowed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Busy;

/// The visitor: called once per owned strong reference.
pub type Visit<'a> = dyn FnMut(&Value) + 'a;

/// A heap payload that can list the references it owns.
pub trait Traverse {
    /// Calls `visit` on every heap reference this payload owns (not its
    /// header type: `traverse_value` does that).
    fn traverse(&self, visit: &mut Visit<'_>) -> Result<(), Busy>;
}

/// Visits every reference `v`'s object owns: its header type when that is a
/// class, then its payload's references. Nothing for inline values.
pub fn traverse_value(v: &Value, visit: &mut Visit<'_>) -> Result<(), Busy> {
    match v {
        Value::Unbound
        | Value::None
        | Value::Bool(_)
        | Value::Int(_)
        | Value::Float(_)
        | Value::Ellipsis
        | Value::NotImplemented => Ok(()),
        Value::BigInt(r) => boxed(r, visit),
        Value::Str(r) => boxed(r, visit),
        Value::List(r) => boxed(r, visit),
        Value::Tuple(r) => boxed(r, visit),
        Value::Dict(r) => boxed(r, visit),
        Value::Function(r) => boxed(r, visit),
        Value::Builtin(r) => boxed(r, visit),
        Value::Type(r) => boxed(r, visit),
        Value::Exception(r) => boxed(r, visit),
        Value::Module(r) => boxed(r, visit),
        Value::Range(r) => boxed(r, visit),
        Value::RangeIter(r) => boxed(r, visit),
        Value::Iter(r) => boxed(r, visit),
        Value::Cell(r) => boxed(r, visit),
        Value::Code(r) => boxed(r, visit),
        Value::Slice(r) => boxed(r, visit),
        Value::DictView(r) => boxed(r, visit),
        Value::Bytes(r) => boxed(r, visit),
        Value::Namespace(r) => boxed(r, visit),
        Value::Object(r) => boxed(r, visit),
        Value::Set(r) | Value::FrozenSet(r) => boxed(r, visit),
        Value::Complex(r) => boxed(r, visit),
        Value::ByteArray(r) => boxed(r, visit),
    }
}

/// The header type (when it is a class) and the payload of one box.
fn boxed<T: Traverse>(r: &PyRef<T>, visit: &mut Visit<'_>) -> Result<(), Busy> {
    let t = PyRef::type_ptr(r);
    if !t.is_null() && PyRef::ty(r).is_heap() {
        visit_box(t, Value::Type, visit);
    }
    (**r).traverse(visit)
}

/// Visits the object in box `p` as a `Value` made by `wrap`, without
/// taking a count.
fn visit_box<T>(p: *const RcBox<T>, wrap: fn(PyRef<T>) -> Value, visit: &mut Visit<'_>) {
    // SAFETY: `p` is a live box: the caller holds a counted reference to it
    // (a field of an object being traversed, or an object's header type) for
    // the whole call. The `PyRef` made here adopts no count and is never
    // dropped (`ManuallyDrop`), so the box's count is unchanged; the borrowed
    // `Value` cannot outlive `visit`'s call.
    let v = ManuallyDrop::new(wrap(unsafe { PyRef::from_raw(p) }));
    visit(&v);
}

/// Visits a reference held as a typed `PyRef` field.
fn visit_ref<T>(r: &PyRef<T>, wrap: fn(PyRef<T>) -> Value, visit: &mut Visit<'_>) {
    visit_box(PyRef::as_ptr(r), wrap, visit);
}

/// Visits a `Value` field when it is a heap reference.
#[inline]
fn visit_value(v: &Value, visit: &mut Visit<'_>) {
    if tag::is_heap(v.tag()) {
        visit(v);
    }
}

fn visit_all(vs: &[Value], visit: &mut Visit<'_>) {
    for v in vs {
        visit_value(v, visit);
    }
}

/// Reads a `RefCell` field, or reports it busy.
fn read<T>(c: &RefCell<T>) -> Result<std::cell::Ref<'_, T>, Busy> {
    c.try_borrow().map_err(|_| Busy)
}

/// Payloads that own no references.
macro_rules! leaf {
    ($($t:ty),*) => {$(
        impl Traverse for $t {
            fn traverse(&self, _visit: &mut Visit<'_>) -> Result<(), Busy> {
                Ok(())
            }
        }
    )*};
}

leaf!(
    BigInt,
    PyStr,
    PyRange,
    RangeIter,
    PyBytes,
    PyComplex,
    PyByteArray
);

impl Traverse for PyList {
    fn traverse(&self, visit: &mut Visit<'_>) -> Result<(), Busy> {
        visit_all(&read(&self.items)?, visit);
        Ok(())
    }
}

impl Traverse for PyTuple {
    fn traverse(&self, visit: &mut Visit<'_>) -> Result<(), Busy> {
        visit_all(&self.items, visit);
        Ok(())
    }
}

impl Traverse for PyDict {
    fn traverse(&self, visit: &mut Visit<'_>) -> Result<(), Busy> {
        let t = read(&self.table)?;
        for i in 0..t.slots() {
            if let Some(e) = t.entry_at(i) {
                visit_value(&e.key, visit);
                visit_value(&e.value, visit);
            }
        }
        Ok(())
    }
}

impl Traverse for PySet {
    fn traverse(&self, visit: &mut Visit<'_>) -> Result<(), Busy> {
        for k in read(&self.table)?.iter_keys() {
            visit_value(k, visit);
        }
        Ok(())
    }
}

/// Visits an optional dict field behind a `RefCell`.
fn visit_opt_dict(d: &RefCell<Option<PyRef<PyDict>>>, visit: &mut Visit<'_>) -> Result<(), Busy> {
    if let Some(d) = &*read(d)? {
        visit_ref(d, Value::Dict, visit);
    }
    Ok(())
}

impl Traverse for PyFunction {
    fn traverse(&self, visit: &mut Visit<'_>) -> Result<(), Busy> {
        visit_ref(&*read(&self.code)?, Value::Code, visit);
        visit_ref(&self.globals, Value::Dict, visit);
        visit_all(&read(&self.defaults)?, visit);
        visit_opt_dict(&self.kwdefaults, visit)?;
        visit_all(&self.closure, visit);
        visit_value(&*read(&self.module)?, visit);
        visit_value(&*read(&self.doc)?, visit);
        visit_opt_dict(&self.annotations, visit)?;
        visit_opt_dict(&self.dict, visit)
    }
}

impl Traverse for PyBuiltin {
    fn traverse(&self, visit: &mut Visit<'_>) -> Result<(), Busy> {
        if let Some(b) = &self.bound {
            visit_value(b, visit);
        }
        Ok(())
    }
}

impl Traverse for PyType {
    /// The bases, `__base__`, MRO, dict, `__slots__` names and the special
    /// methods cached by `lookup_static`. `subclasses` holds no counts.
    fn traverse(&self, visit: &mut Visit<'_>) -> Result<(), Busy> {
        if let Some(b) = &*read(&self.base)? {
            visit_ref(b, Value::Type, visit);
        }
        for b in read(&self.bases)?.iter() {
            visit_ref(b, Value::Type, visit);
        }
        for t in read(&self.mro)?.iter() {
            visit_ref(t, Value::Type, visit);
        }
        visit_ref(&self.dict, Value::Dict, visit);
        for s in read(&self.slot_names)?.iter() {
            visit_ref(s, Value::Str, visit);
        }
        self.try_for_each_hot(&mut |v| visit_value(v, visit))
            .map_err(|_| Busy)?;
        Ok(())
    }
}

impl Traverse for PyException {
    fn traverse(&self, visit: &mut Visit<'_>) -> Result<(), Busy> {
        visit_all(&read(&self.args)?, visit);
        visit_value(&*read(&self.traceback)?, visit);
        for e in read(&self.tb_pending)?.iter() {
            visit_ref(&e.code, Value::Code, visit);
            visit_ref(&e.globals, Value::Dict, visit);
        }
        visit_value(&*read(&self.cause)?, visit);
        visit_value(&*read(&self.context)?, visit);
        visit_opt_dict(&self.dict, visit)
    }
}

impl Traverse for PyModule {
    fn traverse(&self, visit: &mut Visit<'_>) -> Result<(), Busy> {
        visit_ref(&self.dict, Value::Dict, visit);
        Ok(())
    }
}

impl Traverse for PyIter {
    fn traverse(&self, visit: &mut Visit<'_>) -> Result<(), Busy> {
        match &*read(&self.state)? {
            IterState::List { list, .. } | IterState::ListReversed { list, .. } => {
                visit_ref(list, Value::List, visit)
            }
            IterState::Tuple { tuple, .. } => visit_ref(tuple, Value::Tuple, visit),
            IterState::Str { s, .. } => visit_ref(s, Value::Str, visit),
            IterState::Dict { dict, .. } => visit_ref(dict, Value::Dict, visit),
            IterState::Set { set, .. } => {
                // A set iterator may walk a frozenset: the tag follows the type.
                let wrap = if PyRef::ty(set).kind == super::object::TypeKind::FrozenSet {
                    Value::FrozenSet
                } else {
                    Value::Set
                };
                visit_ref(set, wrap, visit)
            }
            IterState::Enumerate { inner, .. } => visit_value(inner, visit),
            IterState::Zip { inners, .. } => visit_all(inners, visit),
            IterState::Seq { obj, .. } => visit_value(obj, visit),
            IterState::Map { func, iters } => {
                visit_value(func, visit);
                visit_all(iters, visit);
            }
            IterState::Filter { func, iter } => {
                visit_value(func, visit);
                visit_value(iter, visit);
            }
            IterState::Callable { func, sentinel } => {
                visit_value(func, visit);
                visit_value(sentinel, visit);
            }
            IterState::Values { items, .. } => visit_all(items, visit),
            IterState::Exhausted => {}
        }
        Ok(())
    }
}

impl Traverse for PyCell {
    fn traverse(&self, visit: &mut Visit<'_>) -> Result<(), Busy> {
        visit_value(&*read(&self.value)?, visit);
        Ok(())
    }
}

impl Traverse for PyCode {
    /// Constants, names, and the values the inline caches keep (a global's
    /// value, a class attribute or method): a function found through its
    /// own code's cache is a cycle.
    fn traverse(&self, visit: &mut Visit<'_>) -> Result<(), Busy> {
        visit_all(&self.consts, visit);
        visit_all(&self.names, visit);
        for c in self.global_cache.iter() {
            // SAFETY: single-threaded; the cell is written only by
            // `Vm::load_global`, which cannot run during a traversal (visitors
            // run no Python code), so no write overlaps this shared read.
            visit_value(unsafe { &*c.value.get() }, visit);
        }
        for c in self.attr_cache.iter() {
            visit_value(&*read(&c.first.value)?, visit);
            if let Some(more) = c.more.get() {
                for e in more.iter() {
                    visit_value(&*read(&e.value)?, visit);
                }
            }
        }
        Ok(())
    }
}

impl Traverse for PySlice {
    fn traverse(&self, visit: &mut Visit<'_>) -> Result<(), Busy> {
        visit_value(&self.start, visit);
        visit_value(&self.stop, visit);
        visit_value(&self.step, visit);
        Ok(())
    }
}

impl Traverse for DictView {
    fn traverse(&self, visit: &mut Visit<'_>) -> Result<(), Busy> {
        visit_ref(&self.dict, Value::Dict, visit);
        Ok(())
    }
}

impl Traverse for PyNamespace {
    fn traverse(&self, visit: &mut Visit<'_>) -> Result<(), Busy> {
        visit_ref(&self.dict, Value::Dict, visit);
        Ok(())
    }
}

impl Traverse for PyInstance {
    /// The `__dict__`, the `__slots__` values, then the payload's references.
    fn traverse(&self, visit: &mut Visit<'_>) -> Result<(), Busy> {
        if let Some(d) = &self.dict {
            visit_ref(&*read(d)?, Value::Dict, visit);
        }
        visit_all(&read(&self.slots)?, visit);
        match &self.payload {
            Payload::None => {}
            Payload::Builtin(v) | Payload::StaticMethod(v) | Payload::ClassMethod(v) => {
                visit_value(&*read(v)?, visit)
            }
            Payload::Method { func, obj } => {
                visit_value(func, visit);
                visit_value(obj, visit);
            }
            Payload::Property {
                fget,
                fset,
                fdel,
                doc,
                name,
            } => {
                visit_value(fget, visit);
                visit_value(fset, visit);
                visit_value(fdel, visit);
                visit_value(&*read(doc)?, visit);
                visit_value(&*read(name)?, visit);
            }
            Payload::Member { name, owner, .. } => {
                visit_ref(name, Value::Str, visit);
                visit_ref(owner, Value::Str, visit)
            }
            // `objclass` is a built-in type (immortal).
            Payload::GetSet { owner, .. } => visit_ref(owner, Value::Str, visit),
            Payload::Generator(g) => {
                // The generator's frame: its heap register file (locals,
                // temporaries, the iterators of running loops), code,
                // globals and the exception it is handling.
                let g = read(g)?;
                visit_all(&g.regs, visit);
                visit_ref(&g.code, Value::Code, visit);
                visit_ref(&g.globals, Value::Dict, visit);
                visit_value(&g.handled, visit);
                visit_ref(&g.name, Value::Str, visit);
                visit_ref(&g.qualname, Value::Str, visit);
            }
            Payload::Alias { origin, args } => {
                visit_value(origin, visit);
                visit_value(args, visit);
            }
            Payload::AsyncGenOp(op) => {
                let op = read(op)?;
                visit_ref(&op.agen, Value::Object, visit);
                match &op.kind {
                    AsyncGenOpKind::Send(v) => visit_value(v, visit),
                    AsyncGenOpKind::Throw(args) => visit_all(args, visit),
                    AsyncGenOpKind::Close => {}
                }
            }
            Payload::CoroWrapper(g) => visit_ref(g, Value::Object, visit),
            Payload::Super { ty, obj, obj_type } => {
                visit_ref(ty, Value::Type, visit);
                visit_value(obj, visit);
                if let Some(t) = obj_type {
                    visit_ref(t, Value::Type, visit);
                }
            }
            Payload::Traceback(tb) => {
                visit_value(&tb.next, visit);
                visit_ref(&tb.code, Value::Code, visit);
                visit_ref(&tb.globals, Value::Dict, visit);
                visit_value(&*read(&tb.frame)?, visit);
            }
            Payload::Frame(f) => {
                visit_ref(&f.code, Value::Code, visit);
                visit_ref(&f.globals, Value::Dict, visit);
                visit_value(&f.generator, visit);
                if let Some(l) = &f.locals {
                    visit_ref(l, Value::Dict, visit);
                }
            }
        }
        Ok(())
    }
}
