//! The protocol layer: every generic operation on a value whose type may
//! define special methods in Python (an instance of a class).
//!
//! Each operation goes: built-in values straight to the runtime's
//! implementation (`runtime::ops`, `repr`, `seq`, `iter`: the exact-type fast
//! path); otherwise the special method found on the type's MRO, with
//! CPython's rules (a reflected method of a proper subclass first,
//! `NotImplemented` falling through to the other operand); and when no class
//! on the MRO defines one, the built-in value an instance of a subclass of a
//! built-in type carries. Built-in types do not list their special methods
//! as dict entries yet, so "defined on the MRO" means defined by a class.

use super::Vm;
use super::setmethods::is_anyset;
use crate::runtime::instance::Payload;
use crate::runtime::object::{IterState, PyType};
use crate::runtime::ops::{self, BinOp, CmpOp};
use crate::runtime::types::{ExcKind, PyErr, PyResult, type_error, type_name, type_of};
use crate::runtime::{PyRef, Value, iter, repr, seq};

/// True for values whose type may define Python-level special methods.
#[inline(always)]
pub fn is_user(v: &Value) -> bool {
    match v {
        Value::Object(_) => true,
        // A class whose metaclass is a class: `len(C)`, `C | D`, ...
        Value::Type(t) => PyRef::ty(t).is_heap(),
        _ => false,
    }
}

/// The special method `name` defined by a class on the MRO of `v`'s type.
///
/// A built-in type's own special method (a method descriptor from
/// `vm::slots`) does not count: the caller then uses the built-in
/// behaviour directly.
pub(crate) fn special(v: &Value, name: &'static str) -> Option<Value> {
    let t = match v {
        Value::Object(o) => PyRef::ty(o),
        Value::Exception(e) => PyRef::ty(e),
        Value::Type(c) => PyRef::ty(c),
        _ => return None,
    };
    if !t.is_heap() {
        return None;
    }
    match t.lookup_static(name) {
        Some(Value::Builtin(b)) if b.bound.is_none() && !b.owner.is_empty() => None,
        found => found,
    }
}

/// The built-in value an instance of a subclass of a built-in type carries,
/// or the value itself.
pub(crate) fn unwrap_builtin(v: &Value) -> Value {
    if let Value::Object(o) = v
        && let Some(b) = o.builtin_value()
    {
        return b;
    }
    v.clone()
}

/// True for a slice with a bound that is an instance (which may have `__index__`).
fn user_slice(s: &crate::runtime::object::PySlice) -> bool {
    is_user(&s.start) || is_user(&s.stop) || is_user(&s.step)
}

/// True for a key that needs the VM's conversion (`index_key`).
fn user_key(k: &Value) -> bool {
    is_user(k) || matches!(k, Value::Slice(s) if user_slice(s))
}

fn has_payload(v: &Value) -> bool {
    matches!(v, Value::Object(o) if matches!(o.payload, Payload::Builtin(_)))
}

/// `__add__`/`__radd__`/`__iadd__` names of a binary operator.
fn dunders(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
        BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::And => ("__and__", "__rand__", "__iand__"),
        BinOp::Or => ("__or__", "__ror__", "__ior__"),
        BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
        BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
    }
}

fn cmp_dunders(op: CmpOp) -> (&'static str, &'static str) {
    match op {
        CmpOp::Lt => ("__lt__", "__gt__"),
        CmpOp::Le => ("__le__", "__ge__"),
        CmpOp::Gt => ("__gt__", "__lt__"),
        CmpOp::Ge => ("__ge__", "__le__"),
        CmpOp::Eq => ("__eq__", "__eq__"),
        CmpOp::Ne => ("__ne__", "__ne__"),
    }
}

fn same_type(a: &Value, b: &Value) -> bool {
    use crate::runtime::value::tag;
    if tag::is_heap(a.tag()) && tag::is_heap(b.tag()) {
        // Both types are in the object headers: no counted references.
        return std::ptr::eq(
            crate::runtime::types::heap_type_ptr(a),
            crate::runtime::types::heap_type_ptr(b),
        );
    }
    PyRef::ptr_eq(&type_of(a), &type_of(b))
}

fn proper_subtype(b: &Value, a: &Value) -> bool {
    let (ta, tb) = (type_of(a), type_of(b));
    !PyRef::ptr_eq(&ta, &tb) && tb.is_subtype(&ta)
}

impl Vm {
    /// Calls special method `f` (found on the type) with `obj` first.
    pub(crate) fn call_special(
        &mut self,
        f: &Value,
        obj: &Value,
        rest: &[Value],
    ) -> PyResult<Value> {
        if let Value::Function(func) = f {
            // A plain function binds to the receiver: call it with the
            // receiver first, without making a bound method.
            return self.call_with_receiver(func, obj, rest);
        }
        let ty = type_of(obj);
        let bound = self.descr_get(f, Some(obj), &ty)?;
        self.call_value(&bound, rest, &[])
    }

    /// `a op b`.
    pub fn binary_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        if !is_user(a) && !is_user(b) {
            if op == BinOp::Or
                && let (Value::Dict(x), Value::Dict(y)) = (a, b)
            {
                return crate::runtime::dict::dict_or(self, x, y);
            }
            if is_anyset(a)
                && is_anyset(b)
                && let Some(v) = self.set_binary(op, a, b)?
            {
                return Ok(v);
            }
            if op == BinOp::Mod
                && let Value::Str(s) = a
            {
                return self.percent_format(s.as_str(), b).map(Value::string);
            }
            if op == BinOp::Or
                && let Some(u) = super::userclass::union_or(a, b)
            {
                return Ok(u);
            }
            return ops::binary_op(op, a, b);
        }
        if op == BinOp::Mod
            && let Value::Str(s) = a
        {
            return self.percent_format(s.as_str(), b).map(Value::string);
        }
        let (name, rname, _) = dunders(op);
        let fa = special(a, name);
        let mut fb = if same_type(a, b) {
            None
        } else {
            special(b, rname)
        };
        if let Some(f) = &fb
            && proper_subtype(b, a)
            && !special(a, rname).is_some_and(|g| g.is(f))
        {
            // The subclass's reflected method first, only when it overrides
            // the left operand's (CPython's `method_is_overloaded`).
            let r = self.call_special(f, b, std::slice::from_ref(a))?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
            fb = None;
        }
        if let Some(f) = &fa {
            let r = self.call_special(f, a, std::slice::from_ref(b))?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        if let Some(f) = &fb {
            let r = self.call_special(f, b, std::slice::from_ref(a))?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        if op == BinOp::Mul {
            // A sequence repeated by an instance with `__index__`.
            let (seq, count) = if is_seq(a) { (a, b) } else { (b, a) };
            if is_seq(seq) && is_user(count) && special(count, "__index__").is_some() {
                let n = self.index_int(count)?;
                if matches!(n, Value::BigInt(_))
                    && !matches!(n, Value::BigInt(ref b) if b.sign() == num_bigint::Sign::Minus)
                {
                    return Err(PyErr::new(
                        ExcKind::OverflowError,
                        format!(
                            "cannot fit '{}' into an index-sized integer",
                            type_name(count)
                        ),
                    ));
                }
                return ops::binary_op(op, &unwrap_builtin(seq), &n);
            }
        }
        if has_payload(a) || has_payload(b) {
            let (x, y) = (unwrap_builtin(a), unwrap_builtin(b));
            if is_anyset(&x)
                && is_anyset(&y)
                && let Some(v) = self.set_binary(op, &x, &y)?
            {
                return Ok(v);
            }
            if !is_user(&x) && !is_user(&y) {
                return ops::binary_op(op, &x, &y).map_err(|e| {
                    if e.matches(ExcKind::TypeError) {
                        unsupported(op, a, b)
                    } else {
                        e
                    }
                });
            }
        }
        if op == BinOp::Or
            && let Some(u) = super::userclass::union_or(a, b)
        {
            return Ok(u);
        }
        if matches!(op, BinOp::Add | BinOp::Mul) && (is_seq(a) || (op == BinOp::Mul && is_seq(b))) {
            // The sequence's concatenation or repetition is tried last
            // (CPython's `sq_concat`/`sq_repeat`): its error names the
            // sequence ("can only concatenate str (not "V") to str").
            ops::binary_op(op, &unwrap_builtin(a), &unwrap_builtin(b))?;
        }
        Err(unsupported(op, a, b))
    }

    /// `a op= b`.
    pub fn inplace_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        if is_anyset(a)
            && is_anyset(b)
            && let Some(v) = self.set_inplace(op, a, b)?
        {
            return Ok(v);
        }
        if op == BinOp::Mod && matches!(a, Value::Str(_)) {
            return self.binary_op(op, a, b);
        }
        if op == BinOp::Or
            && let (Value::Dict(x), Value::Dict(y)) = (a, b)
        {
            crate::runtime::dict::merge(self, x, y)?;
            return Ok(a.clone());
        }
        if op == BinOp::Add
            && let (Value::List(l), Value::Iter(_)) = (a, b)
        {
            // `list += iterator`: the iterator may run Python code.
            let items = self.collect(b)?;
            l.items.borrow_mut().extend(items);
            return Ok(a.clone());
        }
        if op == BinOp::Or && matches!(a, Value::Dict(_)) && !matches!(b, Value::Dict(_)) {
            // `dict |= iterable of pairs` updates in place, as dict.update.
            self.dict_update(a, b)?;
            return Ok(a.clone());
        }
        if !is_user(a) && !is_user(b) {
            return match ops::inplace_op(op, a, b)? {
                Some(v) => Ok(v),
                None => ops::binary_op(op, a, b).map_err(|e| inplace_error(op, e)),
            };
        }
        let (_, _, iname) = dunders(op);
        if let Some(f) = special(a, iname) {
            let r = self.call_special(&f, a, std::slice::from_ref(b))?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        } else if let Value::Object(o) = a
            && let Payload::Builtin(inner) = &o.payload
            && special(a, dunders(op).0).is_none()
        {
            let inner = inner.borrow().clone();
            let other = unwrap_builtin(b);
            // A set subclass's instance is updated in place (not a frozenset's).
            if matches!(inner, Value::Set(_))
                && is_anyset(&other)
                && self.set_inplace(op, &inner, &other)?.is_some()
            {
                return Ok(a.clone());
            }
            if ops::inplace_op(op, &inner, &other)?.is_some() {
                return Ok(a.clone());
            }
        }
        if op == BinOp::Add
            && let Value::List(l) = a
            && is_user(b)
        {
            // `list += iterable`: the reflected `__radd__` first, then
            // list's in-place concatenation of any iterable.
            if let Some(f) = special(b, "__radd__") {
                let r = self.call_special(&f, b, std::slice::from_ref(a))?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
            let items = self.collect(b).map_err(|e| {
                if e.matches(ExcKind::TypeError) {
                    unsupported(op, a, b)
                } else {
                    e
                }
            })?;
            l.items.borrow_mut().extend(items);
            return Ok(a.clone());
        }
        let left_seq = is_seq(a);
        self.binary_op(op, a, b).map_err(|e| {
            if op == BinOp::Mul && !left_seq && e.matches(ExcKind::TypeError) {
                // In-place repetition only asks the left operand.
                let m = e
                    .exc
                    .args
                    .borrow()
                    .first()
                    .and_then(|m| m.as_str().map(str::to_string));
                if m.is_some_and(|m| m.starts_with("can't multiply sequence")) {
                    return type_error(format!(
                        "unsupported operand type(s) for *=: '{}' and '{}'",
                        type_name(a),
                        type_name(b)
                    ));
                }
            }
            inplace_error(op, e)
        })
    }

    /// Unary `-`, `+`, `~` and `abs()`: `which` is the special method name.
    pub fn unary_op(&mut self, which: &'static str, v: &Value) -> PyResult<Value> {
        if !is_user(v) {
            return builtin_unary(which, v);
        }
        if let Some(f) = special(v, which) {
            return self.call_special(&f, v, &[]);
        }
        if has_payload(v) {
            return builtin_unary(which, &unwrap_builtin(v));
        }
        let sym = match which {
            "__neg__" => "unary -",
            "__pos__" => "unary +",
            "__invert__" => "unary ~",
            _ => "abs()",
        };
        Err(type_error(format!(
            "bad operand type for {sym}: '{}'",
            type_name(v)
        )))
    }

    /// The reflected comparison `b.rname(a)`, None when `b`'s class defines
    /// no such method. For `!=` without a class-defined `__ne__`,
    /// `object.__ne__` stands in: `b.__eq__(a)` inverted.
    fn reflected_compare(
        &mut self,
        op: CmpOp,
        rname: &'static str,
        a: &Value,
        b: &Value,
    ) -> Option<PyResult<Value>> {
        if let Some(f) = special(b, rname) {
            return Some(self.call_special(&f, b, std::slice::from_ref(a)));
        }
        if op != CmpOp::Ne {
            return None;
        }
        let f = special(b, "__eq__")?;
        Some(
            self.call_special(&f, b, std::slice::from_ref(a))
                .and_then(|r| match r {
                    Value::NotImplemented => Ok(r),
                    r => Ok(Value::Bool(!self.truthy(&r)?)),
                }),
        )
    }

    /// Rich comparison; the result may be any object.
    pub fn rich_compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        if is_anyset(a) && is_anyset(b) {
            return self.set_compare(op, a, b).map(Value::Bool);
        }
        if !is_user(a) && !is_user(b) {
            return self.builtin_compare(op, a, b).map(Value::Bool);
        }
        let (name, rname) = cmp_dunders(op);
        let mut checked_reverse = false;
        if !same_type(a, b)
            && proper_subtype(b, a)
            && let Some(r) = self.reflected_compare(op, rname, a, b)
        {
            checked_reverse = true;
            let r = r?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        if let Some(f) = special(a, name) {
            let r = self.call_special(&f, a, std::slice::from_ref(b))?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        } else if !is_user(a) && has_payload(b) {
            // A built-in left operand compares first with the built-in
            // value of a subclass instance it knows (`3.0 == IntSub(3)`).
            let y = unwrap_builtin(b);
            if builtin_knows(a, &y) {
                return self.builtin_compare(op, a, &y).map(Value::Bool);
            }
        } else if op == CmpOp::Ne
            && let Some(f) = special(a, "__eq__")
        {
            // object.__ne__ inverts __eq__.
            let r = self.call_special(&f, a, std::slice::from_ref(b))?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(Value::Bool(!self.truthy(&r)?));
            }
        }
        if !checked_reverse && let Some(r) = self.reflected_compare(op, rname, a, b) {
            let r = r?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        if has_payload(a) || has_payload(b) {
            let (x, y) = (unwrap_builtin(a), unwrap_builtin(b));
            if !is_user(&x) && !is_user(&y) {
                return self.builtin_compare(op, &x, &y).map(Value::Bool);
            }
        }
        if matches!(op, CmpOp::Eq | CmpOp::Ne)
            && let Some(eq) = match super::userclass::alias_eq(a, b) {
                Some(eq) => Some(eq),
                None => super::userclass::method_eq(self, a, b)?,
            }
        {
            return Ok(Value::Bool(eq == (op == CmpOp::Eq)));
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(a.is(b))),
            CmpOp::Ne => Ok(Value::Bool(!a.is(b))),
            _ => Err(type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                type_name(a),
                type_name(b)
            ))),
        }
    }

    /// Comparison as a bool (`if a < b`, chained comparisons, sorting).
    pub fn compare_bool(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
        if is_anyset(a) && is_anyset(b) {
            return self.set_compare(op, a, b);
        }
        if !is_user(a) && !is_user(b) {
            return self.builtin_compare(op, a, b);
        }
        let r = self.rich_compare(op, a, b)?;
        self.truthy(&r)
    }

    /// `bool(v)`: `__bool__`, then `__len__`.
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        if !is_user(v) {
            return Ok(ops::truthy(v));
        }
        if let Some(f) = special(v, "__bool__") {
            let r = self.call_special(&f, v, &[])?;
            return match r {
                Value::Bool(b) => Ok(b),
                other => Err(type_error(format!(
                    "__bool__ should return bool, returned {}",
                    type_name(&other)
                ))),
            };
        }
        if special(v, "__len__").is_some() {
            return Ok(self.len(v)? != 0);
        }
        Ok(ops::truthy(&unwrap_builtin(v)))
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        if !is_user(v) {
            return seq::len(v);
        }
        if let Some(f) = special(v, "__len__") {
            let r = self.call_special(&f, v, &[])?;
            let n = self.index_value(&r)?;
            if n < 0 {
                return Err(PyErr::new(
                    ExcKind::ValueError,
                    "__len__() should return >= 0",
                ));
            }
            return usize::try_from(n).map_err(|_| {
                PyErr::new(
                    ExcKind::OverflowError,
                    "cannot fit 'int' into an index-sized integer",
                )
            });
        }
        if has_payload(v) {
            return seq::len(&unwrap_builtin(v));
        }
        Err(type_error(format!(
            "object of type '{}' has no len()",
            type_name(v)
        )))
    }

    /// `operator.index(v)` as an i64: ints, and objects with `__index__`.
    pub fn index_value(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(i64::from(*b)),
            Value::BigInt(_) => Err(PyErr::new(
                ExcKind::OverflowError,
                "cannot fit 'int' into an index-sized integer",
            )),
            Value::Object(_) => {
                if let Some(f) = special(v, "__index__") {
                    let r = self.call_special(&f, v, &[])?;
                    return match r {
                        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => self.index_value(&r),
                        other => Err(type_error(format!(
                            "__index__ returned non-int (type {})",
                            type_name(&other)
                        ))),
                    };
                }
                match unwrap_builtin(v) {
                    x @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => self.index_value(&x),
                    _ => Err(type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        type_name(v)
                    ))),
                }
            }
            other => Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(other)
            ))),
        }
    }

    /// `repr(v)`.
    pub fn repr_of(&mut self, v: &Value) -> PyResult<String> {
        if is_anyset(v) {
            return self.set_repr(v);
        }
        if matches!(v, Value::List(_) | Value::Tuple(_) | Value::Dict(_)) {
            return self.container_repr(v);
        }
        if !is_user(v) && !matches!(v, Value::Exception(_)) {
            return repr::repr(v);
        }
        if let Some(f) = special(v, "__repr__") {
            // Getting a repr counts as a level of recursion, as in CPython.
            if self.depth + 1 >= self.recursion_limit {
                return Err(crate::runtime::types::PyErr::new(
                    crate::runtime::ExcKind::RecursionError,
                    "maximum recursion depth exceeded while getting the repr of an object",
                ));
            }
            self.depth += 1;
            let r = self.call_special(&f, v, &[]);
            self.depth -= 1;
            let r = r?;
            return match r {
                Value::Str(s) => Ok(s.as_str().to_string()),
                Value::Object(_) if matches!(unwrap_builtin(&r), Value::Str(_)) => {
                    Ok(repr::str_of(&unwrap_builtin(&r))?)
                }
                other => Err(type_error(format!(
                    "__repr__ returned non-string (type {})",
                    type_name(&other)
                ))),
            };
        }
        // A subclass of a built-in container: the container's repr, its
        // elements' through the protocol (a set's names the class).
        if let Value::Object(o) = v
            && let Payload::Builtin(b) = &o.payload
            && PyRef::ty(o).is_heap()
        {
            let inner = b.borrow().clone();
            match &inner {
                Value::List(_) | Value::Tuple(_) | Value::Dict(_) => {
                    return self.container_repr(&inner);
                }
                Value::Set(_) | Value::FrozenSet(_) => {
                    let name = PyRef::ty(o).name().to_string();
                    return repr::set_repr_named(&inner, Some(&name), &mut |x| self.repr_of(x));
                }
                _ => {}
            }
        }
        repr::repr(v)
    }

    /// The repr of a list, tuple or dict whose elements' reprs go through
    /// the protocol (instances' `__repr__`), with `[...]` for cycles. The
    /// container is read afresh after each element's repr (which may have
    /// changed it), as CPython's `list_repr` and `dict_repr` do.
    fn container_repr(&mut self, v: &Value) -> PyResult<String> {
        let (open, close, cycle) = match v {
            Value::List(_) => ("[", "]", "[...]"),
            Value::Tuple(_) => ("(", ")", "(...)"),
            _ => ("{", "}", "{...}"),
        };
        if !needs_protocol_repr(v) {
            return repr::repr(v);
        }
        repr::guarded(v.heap_ptr(), cycle, || {
            let mut out = String::from(open);
            let mut n = 0;
            let mut i = 0;
            loop {
                let (k, x) = match v {
                    Value::List(l) => match l.items.borrow().get(i) {
                        Some(x) => (x.clone(), None),
                        None => break,
                    },
                    Value::Tuple(t) => match t.items.get(i) {
                        Some(x) => (x.clone(), None),
                        None => break,
                    },
                    Value::Dict(d) => {
                        let t = d.table.borrow();
                        if i >= t.slots() {
                            break;
                        }
                        match t.entry_at(i) {
                            Some(e) => (e.key.clone(), Some(e.value.clone())),
                            None => {
                                i += 1;
                                continue;
                            }
                        }
                    }
                    _ => break,
                };
                i += 1;
                if n > 0 {
                    out.push_str(", ");
                }
                n += 1;
                out.push_str(&self.repr_of(&k)?);
                if let Some(x) = x {
                    out.push_str(": ");
                    out.push_str(&self.repr_of(&x)?);
                }
            }
            if n == 1 && matches!(v, Value::Tuple(_)) {
                out.push(',');
            }
            out.push_str(close);
            Ok(out)
        })
    }

    /// `str(v)`.
    pub fn str_of(&mut self, v: &Value) -> PyResult<String> {
        if is_anyset(v) {
            return self.set_repr(v);
        }
        if matches!(v, Value::List(_) | Value::Tuple(_) | Value::Dict(_)) {
            return self.container_repr(v);
        }
        if !is_user(v) && !matches!(v, Value::Exception(_)) {
            return repr::str_of(v);
        }
        if let Some(f) = special(v, "__str__") {
            let r = self.call_special(&f, v, &[])?;
            return match r {
                Value::Str(s) => Ok(s.as_str().to_string()),
                Value::Object(_) if matches!(unwrap_builtin(&r), Value::Str(_)) => {
                    Ok(repr::str_of(&unwrap_builtin(&r))?)
                }
                other => Err(type_error(format!(
                    "__str__ returned non-string (type {})",
                    type_name(&other)
                ))),
            };
        }
        if let Value::Exception(e) = v {
            // KeyError(key) prints the key's repr, which may be a class's.
            let args = e.args.borrow().clone();
            if e.kind() == Some(ExcKind::KeyError)
                && let [key] = &args[..]
                && needs_protocol_repr(key)
            {
                return self.repr_of(key);
            }
            return repr::str_of(v);
        }
        if let Value::Object(o) = v
            && let Payload::Builtin(b) = &o.payload
            && special(v, "__repr__").is_none()
        {
            let inner = b.borrow().clone();
            // Containers have no `__str__` of their own: object.__str__
            // gives the repr.
            if matches!(
                inner,
                Value::List(_)
                    | Value::Tuple(_)
                    | Value::Dict(_)
                    | Value::Set(_)
                    | Value::FrozenSet(_)
            ) {
                return self.repr_of(v);
            }
            return repr::str_of(&inner);
        }
        self.repr_of(v)
    }

    /// `hash(v)`.
    pub fn hash_of(&mut self, v: &Value) -> PyResult<i64> {
        if let Value::Tuple(t) = v
            && crate::runtime::host::needs_host(v)
        {
            return crate::runtime::hash::hash_tuple_with(&t.items, &mut |x| self.hash_of(x));
        }
        if !is_user(v) {
            return crate::runtime::hash::py_hash(v);
        }
        // A bound method hashes its `__self__` by identity (as its
        // equality compares it) and its function by value.
        if let Value::Object(o) = v
            && let Payload::Method { func, obj } = &o.payload
            && !PyRef::ty(o).is_heap()
        {
            let (func, obj) = (func.clone(), obj.clone());
            let me = if crate::runtime::value::tag::is_heap(obj.tag()) {
                (obj.heap_ptr() as usize >> 4) as i64
            } else {
                crate::runtime::hash::py_hash(&obj)?
            };
            let h = me ^ self.hash_of(&func)?;
            return Ok(if h == -1 { -2 } else { h });
        }
        match special(v, "__hash__") {
            Some(Value::None) => Err(type_error(format!("unhashable type: '{}'", type_name(v)))),
            Some(f) => {
                let r = self.call_special(&f, v, &[])?;
                match r {
                    Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                    Value::Bool(b) => Ok(i64::from(b)),
                    Value::BigInt(_) => crate::runtime::hash::py_hash(&r),
                    Value::Object(_) => match unwrap_builtin(&r) {
                        // An instance of an int subclass: its int value.
                        Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                        x @ (Value::BigInt(_) | Value::Bool(_)) => {
                            crate::runtime::hash::py_hash(&x)
                        }
                        _ => Err(type_error("__hash__ method should return an integer")),
                    },
                    _ => Err(type_error("__hash__ method should return an integer")),
                }
            }
            // A subclass instance that keeps its base's hash.
            None if has_payload(v) => crate::runtime::hash::hash_builtin_of(v, &unwrap_builtin(v)),
            None => crate::runtime::hash::py_hash(v),
        }
    }

    /// `iter(v)`.
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        if !is_user(v) {
            return iter::get_iter(v);
        }
        if let Value::Object(o) = v
            && !PyRef::ty(o).is_heap()
        {
            if let Some(b) = o.builtin_value() {
                // A built-in record carrying a container (`mappingproxy`).
                return self.get_iter(&b);
            }
            if PyRef::ty(o).kind == crate::runtime::object::TypeKind::Generator
                && PyRef::ty(o).lookup("__iter__").is_some()
            {
                return Ok(v.clone());
            }
            return Err(type_error(format!(
                "'{}' object is not iterable",
                type_name(v)
            )));
        }
        if let Some(f) = special(v, "__iter__") {
            if f.is_none() {
                return Err(type_error(format!(
                    "'{}' object is not iterable",
                    type_name(v)
                )));
            }
            let it = self.call_special(&f, v, &[])?;
            let ok = match &it {
                Value::Object(o) if matches!(o.payload, Payload::Generator(_)) => true,
                Value::Object(_) => special(&it, "__next__").is_some(),
                Value::Iter(_) | Value::RangeIter(_) => true,
                _ => false,
            };
            if !ok {
                return Err(type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    type_name(&it)
                )));
            }
            return Ok(it);
        }
        if has_payload(v) {
            // The built-in base's __iter__ comes before a class's __getitem__.
            return iter::get_iter(&unwrap_builtin(v));
        }
        if special(v, "__getitem__").is_some() {
            return Ok(iter::new_iter(
                IterState::Seq {
                    obj: v.clone(),
                    index: 0,
                },
                "iterator",
            ));
        }
        if let Value::Object(o) = v {
            if let Payload::Builtin(b) = &o.payload {
                let inner = b.borrow().clone();
                return iter::get_iter(&inner);
            }
            if special(v, "__next__").is_some() {
                // Not iterable unless __iter__ is defined, as in CPython.
            }
        }
        Err(type_error(format!(
            "'{}' object is not iterable",
            type_name(v)
        )))
    }

    /// `next(it)`, `None` when exhausted.
    pub fn iter_next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            Value::Object(o) if matches!(o.payload, Payload::Generator(_)) => {
                match self.gen_resume(o, super::generator::GenInput::Send(Value::None))? {
                    super::generator::GenResult::Yielded(v) => Ok(Some(v)),
                    super::generator::GenResult::Returned(_) => Ok(None),
                }
            }
            Value::Object(o)
                if matches!(o.payload, Payload::CoroWrapper(_) | Payload::AsyncGenOp(_)) =>
            {
                match self.call_next(it) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if e.matches(ExcKind::StopIteration) => Ok(None),
                    Err(e) => Err(e),
                }
            }
            Value::Object(_) => {
                let Some(f) = special(it, "__next__") else {
                    return Err(type_error(format!(
                        "'{}' object is not an iterator",
                        type_name(it)
                    )));
                };
                match self.call_special(&f, it, &[]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if e.matches(ExcKind::StopIteration) => Ok(None),
                    Err(e) => Err(e),
                }
            }
            Value::Iter(i) => {
                let seq = match &*i.state.borrow() {
                    IterState::Seq { obj, index } => Some((obj.clone(), *index)),
                    _ => None,
                };
                match seq {
                    Some((obj, index)) => {
                        let Some(f) = special(&obj, "__getitem__") else {
                            return Ok(None);
                        };
                        match self.call_special(&f, &obj, &[Value::Int(index)]) {
                            Ok(v) => {
                                *i.state.borrow_mut() = IterState::Seq {
                                    obj,
                                    index: index + 1,
                                };
                                Ok(Some(v))
                            }
                            Err(e)
                                if e.matches(ExcKind::IndexError)
                                    || e.matches(ExcKind::StopIteration) =>
                            {
                                *i.state.borrow_mut() = IterState::Exhausted;
                                Ok(None)
                            }
                            Err(e) => Err(e),
                        }
                    }
                    // A StopIteration from a function a lazy iterator calls
                    // (`map`'s, ...) ends the iteration, as it does in CPython
                    // (`next()` sees it, see `next_keeping_stop`).
                    None => match self.builtin_iter_next(it) {
                        Err(e) if e.matches(ExcKind::StopIteration) => Ok(None),
                        r => r,
                    },
                }
            }
            _ => iter::iter_next(it),
        }
    }

    /// `next(it)` for a built-in iterator: as `iter_next`, except that a
    /// StopIteration raised by a function the iterator calls (`map`'s, ...)
    /// reaches the caller with its arguments.
    pub(crate) fn next_keeping_stop(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            Value::Iter(i) if !matches!(&*i.state.borrow(), IterState::Seq { .. }) => {
                self.builtin_iter_next(it)
            }
            _ => self.iter_next(it),
        }
    }

    /// `next` of the built-in iterators that advance other iterators
    /// (enumerate, zip): those may be instances whose `__next__` is Python code.
    fn builtin_iter_next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        if let Some(r) = self.lazy_iter_next(it) {
            return r;
        }
        let Value::Iter(i) = it else {
            return iter::iter_next(it);
        };
        let inner = match &*i.state.borrow() {
            IterState::Enumerate { inner, count } => {
                Some((vec![inner.clone()], Some(*count), false))
            }
            IterState::Zip { inners, strict } if !inners.is_empty() => {
                Some((inners.clone(), None, *strict))
            }
            _ => None,
        };
        let Some((inners, count, strict)) = inner else {
            return iter::iter_next(it);
        };
        let mut items = Vec::with_capacity(inners.len());
        for (k, x) in inners.iter().enumerate() {
            match self.iter_next(x)? {
                Some(v) => items.push(v),
                None if strict => {
                    let mut later = Vec::with_capacity(inners.len() - k - 1);
                    for y in &inners[k + 1..] {
                        later.push(self.iter_next(y)?.is_some());
                    }
                    iter::zip_strict_end(k, &later)?;
                    return Ok(None);
                }
                None => return Ok(None),
            }
        }
        Ok(Some(match count {
            Some(c) => {
                if let IterState::Enumerate { count, .. } = &mut *i.state.borrow_mut() {
                    *count += 1;
                }
                Value::tuple(vec![Value::Int(c), items.pop().unwrap_or(Value::None)])
            }
            None => Value::tuple(items),
        }))
    }

    /// `item in container`.
    /// `item in container` by iterating `container` (identity, then `==`).
    fn contains_by_iteration(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        // CPython's `_PySequence_IterSearch`: a TypeError from `iter()`
        // becomes "argument of type ... is not iterable".
        let it = self.get_iter(container).map_err(|e| {
            if e.matches(ExcKind::TypeError) {
                type_error(format!(
                    "argument of type '{}' is not iterable",
                    type_name(container)
                ))
            } else {
                e
            }
        })?;
        while let Some(x) = self.iter_next(&it)? {
            if x.is(item) || self.compare_bool(CmpOp::Eq, &x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Value::Set(s) | Value::FrozenSet(s) = container {
            return self.set_contains(s, item);
        }
        if let Some(r) = self.builtin_contains(container, item)? {
            return Ok(r);
        }
        if !is_user(container) && !is_user(item) {
            return ops::contains(container, item);
        }
        if let Some(f) = special(container, "__contains__") {
            if f.is_none() {
                return Err(type_error(format!(
                    "'{}' object is not a container",
                    type_name(container)
                )));
            }
            let r = self.call_special(&f, container, std::slice::from_ref(item))?;
            return self.truthy(&r);
        }
        if is_user(container)
            && (special(container, "__iter__").is_some()
                || (!has_payload(container) && special(container, "__getitem__").is_some()))
        {
            return self.contains_by_iteration(container, item);
        }
        if let Value::Object(o) = container
            && !PyRef::ty(o).is_heap()
            && !matches!(o.payload, Payload::Builtin(_))
            && self.get_iter(container).is_ok()
        {
            // Built-in iterators (generators, map, zip, ...): searched by
            // iterating, as CPython's `in` does without `__contains__`.
            return self.contains_by_iteration(container, item);
        }
        let c = unwrap_builtin(container);
        if let Some(r) = self.builtin_contains(&c, item)? {
            return Ok(r);
        }
        if is_user(&c) {
            return Err(type_error(format!(
                "argument of type '{}' is not iterable",
                type_name(container)
            )));
        }
        if has_payload(item)
            && special(item, "__hash__").is_none()
            && special(item, "__eq__").is_none()
        {
            // A subclass instance that keeps its base's hash and equality is
            // looked up as its built-in value.
            return ops::contains(&c, &unwrap_builtin(item));
        }
        ops::contains(&c, item)
    }

    /// `obj[key]`.
    pub fn getitem(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        if let Value::Dict(d) = obj {
            return self.dict_getitem(d, key);
        }
        if let Value::Type(t) = obj {
            // The metaclass's __getitem__, else __class_getitem__.
            if let Some(f) = special(obj, "__getitem__") {
                return self.call_special(&f, obj, std::slice::from_ref(key));
            }
            return self.class_getitem(t, key);
        }
        if !is_user(obj) && !user_key(key) {
            return seq::getitem(obj, key);
        }
        if let Some(f) = special(obj, "__getitem__") {
            return self.call_special(&f, obj, std::slice::from_ref(key));
        }
        if let Value::Object(o) = obj
            && let Payload::Builtin(b) = &o.payload
        {
            let inner = b.borrow().clone();
            if let Value::Dict(d) = &inner {
                return match self.dict_getitem(d, key) {
                    Err(e) if e.matches(ExcKind::KeyError) => match special(obj, "__missing__") {
                        Some(m) => self.call_special(&m, obj, std::slice::from_ref(key)),
                        None => Err(e),
                    },
                    r => r,
                };
            }
            let k = self.index_key(key)?;
            return seq::getitem(&inner, &k);
        }
        if user_key(key) && !is_user(obj) {
            if let Value::Type(t) = obj {
                return self.class_getitem(t, key);
            }
            if let Value::Dict(_) = obj {
                return seq::getitem(obj, key);
            }
            let k = self.index_key(key)?;
            return seq::getitem(obj, &k);
        }
        Err(type_error(format!(
            "'{}' object is not subscriptable",
            type_name(obj)
        )))
    }

    /// The key to use on built-in container `c`: converted by `index_key`
    /// unless `c` is a mapping.
    fn key_for(&mut self, c: &Value, key: &Value) -> PyResult<Value> {
        if let Value::Dict(_) = c {
            return Ok(key.clone());
        }
        self.index_key(key)
    }

    /// A key for a built-in sequence: instances with `__index__` become ints.
    fn index_key(&mut self, key: &Value) -> PyResult<Value> {
        if is_user(key) && special(key, "__index__").is_some() {
            return self.index_int(key);
        }
        if is_user(key) && has_payload(key) {
            return Ok(unwrap_builtin(key));
        }
        if let Value::Slice(s) = key
            && user_slice(s)
        {
            // Slice bounds with `__index__` become ints.
            let mut parts = [s.start.clone(), s.stop.clone(), s.step.clone()];
            for p in parts.iter_mut() {
                if is_user(p) {
                    *p = self.index_int(p).map_err(|_| {
                        type_error(
                            "slice indices must be integers or None or have an __index__ method",
                        )
                    })?;
                }
            }
            let [start, stop, step] = parts;
            return Ok(Value::Slice(PyRef::new(crate::runtime::object::PySlice {
                start,
                stop,
                step,
            })));
        }
        Ok(key.clone())
    }

    /// `Class[key]`: `__class_getitem__`.
    fn class_getitem(&mut self, t: &PyRef<PyType>, key: &Value) -> PyResult<Value> {
        if let Some(f) = t.lookup("__class_getitem__") {
            let bound = self.descr_get(&f, None, t)?;
            return self.call_value(&bound, std::slice::from_ref(key), &[]);
        }
        if super::userclass::is_generic_builtin(t) {
            return Ok(super::userclass::generic_alias(Value::Type(t.clone()), key));
        }
        Err(type_error(format!(
            "type '{}' is not subscriptable",
            t.name()
        )))
    }

    /// `obj[key] = v`.
    pub fn setitem(&mut self, obj: &Value, key: &Value, v: Value) -> PyResult<()> {
        if let Value::Dict(d) = obj {
            return d.set_item(self, key.clone(), v);
        }
        if !is_user(obj) && !user_key(key) {
            if let (Value::ByteArray(_), Value::Slice(_)) = (obj, key) {
                let data = super::bytearray::slice_source(self, &v)?;
                return seq::setitem(obj, key, crate::runtime::bytearray::value(data));
            }
            if let (Value::List(_), Value::Slice(_), Value::Object(_)) = (obj, key, &v) {
                // `a[i:j] = iterable`: the items are read through the protocol.
                let items = self.collect(&v).map_err(|e| {
                    if e.matches(ExcKind::TypeError) && !matches!(&v, Value::Object(o) if special(&v, "__iter__").is_some() || o.builtin_value().is_some()) {
                        type_error("can only assign an iterable")
                    } else {
                        e
                    }
                })?;
                return seq::setitem(obj, key, Value::list(items));
            }
            return seq::setitem(obj, key, v);
        }
        if let Some(f) = special(obj, "__setitem__") {
            self.call_special(&f, obj, &[key.clone(), v])?;
            return Ok(());
        }
        if let Value::Object(o) = obj
            && let Payload::Builtin(b) = &o.payload
            && !super::userclass::is_mapping_proxy(obj)
        {
            let inner = b.borrow().clone();
            if matches!(inner, Value::Tuple(_) | Value::Str(_) | Value::Bytes(_)) {
                return Err(type_error(format!(
                    "'{}' object does not support item assignment",
                    type_name(obj)
                )));
            }
            if let Value::Dict(d) = &inner {
                return d.set_item(self, key.clone(), v);
            }
            let k = self.index_key(key)?;
            if let (Value::ByteArray(_), Value::Slice(_)) = (&inner, &k) {
                let data = super::bytearray::slice_source(self, &v)?;
                return seq::setitem(&inner, &k, crate::runtime::bytearray::value(data));
            }
            return seq::setitem(&inner, &k, v);
        }
        if !is_user(obj) {
            let k = self.key_for(obj, key)?;
            return seq::setitem(obj, &k, v);
        }
        Err(type_error(format!(
            "'{}' object does not support item assignment",
            type_name(obj)
        )))
    }

    /// `del obj[key]`.
    pub fn delitem(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        if let Value::Dict(d) = obj {
            return self.dict_delitem(d, key);
        }
        if !is_user(obj) && !user_key(key) {
            return seq::delitem(obj, key);
        }
        if let Some(f) = special(obj, "__delitem__") {
            self.call_special(&f, obj, std::slice::from_ref(key))?;
            return Ok(());
        }
        if let Value::Object(o) = obj
            && let Payload::Builtin(b) = &o.payload
            && !super::userclass::is_mapping_proxy(obj)
        {
            let inner = b.borrow().clone();
            if let Value::Dict(d) = &inner {
                return self.dict_delitem(d, key);
            }
            let k = self.index_key(key)?;
            return seq::delitem(&inner, &k);
        }
        if !is_user(obj) {
            let k = self.key_for(obj, key)?;
            return seq::delitem(obj, &k);
        }
        // CPython words it by the key: an index goes through the sequence
        // protocol's message.
        let index_key = matches!(key, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
            || special(key, "__index__").is_some();
        Err(type_error(format!(
            "'{}' object {} support item deletion",
            type_name(obj),
            if index_key { "doesn't" } else { "does not" }
        )))
    }

    /// `format(v, spec)` for instances: `__format__`, else `str()` for an
    /// empty spec.
    pub(crate) fn format_user(&mut self, v: &Value, spec: &str) -> PyResult<Option<String>> {
        if !is_user(v) {
            return Ok(None);
        }
        if let Some(f) = special(v, "__format__") {
            let r = self.call_special(&f, v, &[Value::str(spec)])?;
            return match r {
                Value::Str(s) => Ok(Some(s.as_str().to_string())),
                other => Err(type_error(format!(
                    "__format__ must return a str, not {}",
                    type_name(&other)
                ))),
            };
        }
        if has_payload(v) {
            // The built-in __format__ with an empty spec is str(self).
            if spec.is_empty() {
                return self.str_of(v).map(Some);
            }
            return Ok(None);
        }
        if spec.is_empty() {
            return self.str_of(v).map(Some);
        }
        Err(type_error(format!(
            "unsupported format string passed to {}.__format__",
            type_name(v)
        )))
    }
}

/// True when the built-in comparison of `a` handles `b` (rather than
/// returning NotImplemented): numbers with numbers, same built-in types.
fn builtin_knows(a: &Value, b: &Value) -> bool {
    let num = |v: &Value| {
        matches!(
            v,
            Value::Int(_) | Value::Bool(_) | Value::Float(_) | Value::BigInt(_)
        )
    };
    (num(a) && num(b)) || (!is_user(a) && !is_user(b) && a.tag() == b.tag())
}

/// True for elements whose repr may run Python code (directly or nested).
fn needs_protocol_repr(v: &Value) -> bool {
    needs_protocol_repr_at(v, 0)
}

/// Past a small depth the answer is yes: the protocol path handles cycles.
fn needs_protocol_repr_at(v: &Value, depth: u32) -> bool {
    if depth > 20 {
        return true;
    }
    let d = depth + 1;
    match v {
        Value::Object(_) | Value::Exception(_) | Value::Set(_) | Value::FrozenSet(_) => true,
        // A class whose metaclass may define __repr__.
        Value::Type(t) => PyRef::ty(t).is_heap(),
        Value::List(l) => l
            .items
            .borrow()
            .iter()
            .any(|x| needs_protocol_repr_at(x, d)),
        Value::Tuple(t) => t.items.iter().any(|x| needs_protocol_repr_at(x, d)),
        Value::Dict(dd) => dd
            .table
            .borrow()
            .iter()
            .any(|e| needs_protocol_repr_at(&e.key, d) || needs_protocol_repr_at(&e.value, d)),
        _ => false,
    }
}

fn builtin_unary(which: &str, v: &Value) -> PyResult<Value> {
    match which {
        "__neg__" => ops::neg(v),
        "__pos__" => ops::pos(v),
        "__invert__" => ops::invert(v),
        _ => ops::abs(v),
    }
}

/// The error of a failed `a op= b`: "unsupported operand type(s) for op=".
fn inplace_error(op: BinOp, e: PyErr) -> PyErr {
    if e.matches(ExcKind::TypeError)
        && let Some(m) = e
            .exc
            .args
            .borrow()
            .first()
            .and_then(|m| m.as_str().map(str::to_string))
        && m.starts_with("unsupported operand type(s) for ")
    {
        return type_error(m.replacen(
            &format!("for {}:", op.symbol()),
            &format!("for {}=:", op.symbol().trim_end_matches(" or pow()")),
            1,
        ));
    }
    e
}

/// True for a value (or subclass instance) of a built-in sequence type that
/// repeats with `*`.
fn is_seq(v: &Value) -> bool {
    matches!(
        unwrap_builtin(v),
        Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_) | Value::ByteArray(_)
    )
}

fn unsupported(op: BinOp, a: &Value, b: &Value) -> PyErr {
    let sym = op.symbol();
    if op == BinOp::Mul && (is_seq(a) || is_seq(b)) {
        // The sequence's repeat slot reports the other operand's type.
        let other = if is_seq(b) { a } else { b };
        return type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            type_name(other)
        ));
    }
    type_error(format!(
        "unsupported operand type(s) for {sym}: '{}' and '{}'",
        type_name(a),
        type_name(b)
    ))
}
