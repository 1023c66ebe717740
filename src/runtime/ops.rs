//! Operators on built-in types: arithmetic, comparison, truth value and
//! membership. These are the slow paths behind the interpreter's inline int and
//! float cases and behind the JIT's generic helpers; they give CPython's results
//! and CPython's error messages.

use super::bytearray::bytes_like;
use super::int::{self, IntRef, as_int};
use super::object::PyRange;
use super::rc::PyRef;
use super::types::{PyResult, type_error, type_name, zero_division};
use super::value::Value;
use super::{fmt_err, format};
use std::cmp::Ordering;

/// The binary operators, in the order of their opcodes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
    /// `@`: no built-in type implements it.
    MatMul,
}

impl BinOp {
    /// The operator as written in Python source.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
            BinOp::MatMul => "@",
        }
    }
}

fn unsupported(op: &str, a: &Value, b: &Value) -> super::types::PyErr {
    type_error(format!(
        "unsupported operand type(s) for {op}: '{}' and '{}'",
        type_name(a),
        type_name(b)
    ))
}

/// A float operand: floats, and ints converted exactly (raises OverflowError
/// for ints too large).
fn as_float_operand(v: &Value) -> PyResult<Option<f64>> {
    match v {
        Value::Float(f) => Ok(Some(*f)),
        _ => match as_int(v) {
            Some(i) => i.to_f64().map(Some),
            None => Ok(None),
        },
    }
}

fn float_op(op: BinOp, x: f64, y: f64) -> PyResult<Value> {
    Ok(Value::Float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                return Err(zero_division("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => format::float_floordiv(x, y).map_err(fmt_err)?,
        BinOp::Mod => format::float_mod(x, y).map_err(fmt_err)?,
        BinOp::Pow => {
            if x == 0.0 && y < 0.0 {
                return Err(zero_division("0.0 cannot be raised to a negative power"));
            }
            return match format::float_pow(x, y) {
                Ok(r) => Ok(Value::Float(r)),
                // A negative number to a fractional power is a complex.
                Err(format::FmtError::Value(m)) if m == "complex" => {
                    let z = super::complex::pow(
                        super::complex::PyComplex::new(x, 0.0),
                        super::complex::PyComplex::new(y, 0.0),
                    )?;
                    Ok(Value::Complex(PyRef::new(z)))
                }
                Err(e) => Err(fmt_err(e)),
            };
        }
        _ => return Err(unsupported(op.symbol(), &Value::Float(x), &Value::Float(y))),
    }))
}

fn int_op(op: BinOp, a: IntRef, b: IntRef) -> PyResult<Value> {
    match op {
        BinOp::Add => Ok(int::add(a, b)),
        BinOp::Sub => Ok(int::sub(a, b)),
        BinOp::Mul => Ok(int::mul(a, b)),
        BinOp::TrueDiv => int::truediv(a, b),
        BinOp::FloorDiv => int::floordiv(a, b),
        BinOp::Mod => int::modulo(a, b),
        BinOp::Pow => int::pow(a, b),
        BinOp::LShift => int::lshift(a, b),
        BinOp::RShift => int::rshift(a, b),
        BinOp::And => Ok(int::bitand(a, b)),
        BinOp::Or => Ok(int::bitor(a, b)),
        BinOp::Xor => Ok(int::bitxor(a, b)),
        BinOp::MatMul => Err(unsupported(op.symbol(), &Value::Int(0), &Value::Int(0))),
    }
}

/// Repeat count for sequence * int.
/// `repeat_count` for `seq * n` where `n` must be an int.
fn sequence_repeat_count(n: &Value) -> PyResult<usize> {
    match repeat_count(n) {
        Some(r) => r,
        None => Err(type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            type_name(n)
        ))),
    }
}

fn repeat_count(n: &Value) -> Option<PyResult<usize>> {
    let i = as_int(n)?;
    Some(match int::to_i64(i) {
        Some(k) => Ok(k.max(0) as usize),
        None if i.is_negative() => Ok(0),
        None => Err(super::types::overflow_error(
            "cannot fit 'int' into an index-sized integer",
        )),
    })
}

fn check_size(len: usize, n: usize) -> PyResult<usize> {
    len.checked_mul(n)
        .filter(|&t| t <= (isize::MAX as usize) / 16)
        .ok_or_else(super::types::memory_error)
}

fn sequence_repeat(seq: &Value, n: &Value) -> Option<PyResult<Value>> {
    let count = match repeat_count(n)? {
        Ok(c) => c,
        Err(e) => return Some(Err(e)),
    };
    Some((|| match seq {
        Value::Str(s) => {
            check_size(s.as_str().len(), count)?;
            Ok(Value::string(s.as_str().repeat(count)))
        }
        Value::List(l) => {
            let items = l.items.borrow();
            let total = check_size(items.len(), count)?;
            let mut out = Vec::with_capacity(total);
            for _ in 0..count {
                out.extend(items.iter().cloned());
            }
            Ok(Value::list(out))
        }
        Value::Tuple(t) => {
            let total = check_size(t.items.len(), count)?;
            let mut out = Vec::with_capacity(total);
            for _ in 0..count {
                out.extend(t.items.iter().cloned());
            }
            Ok(Value::tuple(out))
        }
        Value::Bytes(b) => {
            check_size(b.data.len(), count)?;
            Ok(Value::Bytes(PyRef::new(super::object::PyBytes::new(
                b.data.repeat(count),
            ))))
        }
        Value::ByteArray(b) => {
            let data = b.data.borrow();
            check_size(data.len(), count)?;
            Ok(super::bytearray::value(data.repeat(count)))
        }
        _ => Err(type_error("bad repeat")),
    })())
}

/// `a OP b` for built-in types.
pub fn binary_op(op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
        match op {
            BinOp::And => return Ok(Value::Bool(*x & *y)),
            BinOp::Or => return Ok(Value::Bool(*x | *y)),
            BinOp::Xor => return Ok(Value::Bool(*x ^ *y)),
            _ => {}
        }
    }
    if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
        return int_op(op, x, y);
    }
    if (matches!(a, Value::Float(_)) || matches!(b, Value::Float(_)))
        && let (Some(x), Some(y)) = (as_float_operand(a)?, as_float_operand(b)?)
    {
        return float_op(op, x, y);
    }
    if (matches!(a, Value::Complex(_)) || matches!(b, Value::Complex(_)))
        && let Some(v) = super::complex::binary_op(op, a, b)?
    {
        return Ok(v);
    }
    if matches!(a, Value::ByteArray(_)) || matches!(b, Value::ByteArray(_)) {
        match (op, a, b) {
            (BinOp::Add, Value::ByteArray(_) | Value::Bytes(_), _) => {
                let (Some(mut x), Some(y)) = (bytes_like(a), bytes_like(b)) else {
                    return Err(type_error(format!(
                        "can't concat {} to {}",
                        type_name(b),
                        type_name(a)
                    )));
                };
                x.extend_from_slice(&y);
                return Ok(if matches!(a, Value::Bytes(_)) {
                    Value::Bytes(PyRef::new(super::object::PyBytes::new(x)))
                } else {
                    super::bytearray::value(x)
                });
            }
            (BinOp::Mul, Value::ByteArray(_), _) | (BinOp::Mul, _, Value::ByteArray(_)) => {}
            _ => return Err(unsupported(op.symbol(), a, b)),
        }
    }
    match (op, a, b) {
        (BinOp::Add, Value::Str(x), Value::Str(y)) => {
            let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
            s.push_str(x.as_str());
            s.push_str(y.as_str());
            return Ok(Value::string(s));
        }
        (BinOp::Add, Value::Str(_), _) => {
            return Err(type_error(format!(
                "can only concatenate str (not \"{}\") to str",
                type_name(b)
            )));
        }
        (BinOp::Add, Value::Bytes(x), Value::Bytes(y)) => {
            let mut v = x.data.to_vec();
            v.extend_from_slice(&y.data);
            return Ok(Value::Bytes(PyRef::new(super::object::PyBytes::new(v))));
        }
        (BinOp::Add, Value::Bytes(_), _) => {
            return Err(type_error(format!(
                "can't concat {} to bytes",
                type_name(b)
            )));
        }
        (BinOp::Add, Value::List(x), Value::List(y)) => {
            let mut v = x.items.borrow().clone();
            v.extend(y.items.borrow().iter().cloned());
            return Ok(Value::list(v));
        }
        (BinOp::Add, Value::List(_), _) => {
            return Err(type_error(format!(
                "can only concatenate list (not \"{}\") to list",
                type_name(b)
            )));
        }
        (BinOp::Add, Value::Tuple(x), Value::Tuple(y)) => {
            let mut v = x.items.to_vec();
            v.extend(y.items.iter().cloned());
            return Ok(Value::tuple(v));
        }
        (BinOp::Add, Value::Tuple(_), _) => {
            return Err(type_error(format!(
                "can only concatenate tuple (not \"{}\") to tuple",
                type_name(b)
            )));
        }
        (
            BinOp::Mul,
            Value::Str(_)
            | Value::List(_)
            | Value::Tuple(_)
            | Value::Bytes(_)
            | Value::ByteArray(_),
            _,
        ) => {
            if let Some(r) = sequence_repeat(a, b) {
                return r;
            }
            return Err(type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                type_name(b)
            )));
        }
        (
            BinOp::Mul,
            _,
            Value::Str(_)
            | Value::List(_)
            | Value::Tuple(_)
            | Value::Bytes(_)
            | Value::ByteArray(_),
        ) => {
            if let Some(r) = sequence_repeat(b, a) {
                return r;
            }
            return Err(type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                type_name(a)
            )));
        }
        (BinOp::Or, Value::Dict(x), Value::Dict(y)) => {
            return super::dict::dict_or(&mut super::host::BuiltinHost, x, y);
        }
        _ => {}
    }
    Err(unsupported(op.symbol(), a, b))
}

/// `a OP= b`: in place for lists (`+=` extends, `*=` repeats), dicts (`|=`),
/// otherwise the binary operator.
pub fn inplace_op(op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    match (op, a) {
        (BinOp::Add, Value::List(l)) => {
            let extra = match super::iter::collect_builtin(b) {
                Some(v) => v?,
                None => return Ok(None),
            };
            l.items.borrow_mut().extend(extra);
            Ok(Some(a.clone()))
        }
        (BinOp::Mul, Value::List(l)) => {
            let n = sequence_repeat_count(b)?;
            let mut items = l.items.borrow_mut();
            let total = check_size(items.len(), n)?;
            let orig: Vec<Value> = items.clone();
            items.clear();
            items.reserve(total);
            for _ in 0..n {
                items.extend(orig.iter().cloned());
            }
            drop(items);
            Ok(Some(a.clone()))
        }
        (BinOp::Add, Value::ByteArray(x)) => {
            let Some(extra) = bytes_like(b) else {
                return Err(type_error(format!(
                    "can't concat {} to bytearray",
                    type_name(b)
                )));
            };
            x.data.borrow_mut().extend_from_slice(&extra);
            Ok(Some(a.clone()))
        }
        (BinOp::Mul, Value::ByteArray(x)) => {
            let n = sequence_repeat_count(b)?;
            let mut data = x.data.borrow_mut();
            check_size(data.len(), n)?;
            let rep = data.repeat(n);
            *data = rep;
            drop(data);
            Ok(Some(a.clone()))
        }
        (BinOp::Or, Value::Dict(d)) => {
            if let Value::Dict(other) = b {
                super::dict::merge(&mut super::host::BuiltinHost, d, other)?;
                return Ok(Some(a.clone()));
            }
            Ok(None)
        }
        _ => Ok(None),
    }
}

/// `-v`.
pub fn neg(v: &Value) -> PyResult<Value> {
    match v {
        Value::Float(f) => Ok(Value::Float(-f)),
        Value::Complex(c) => Ok(super::complex::neg(**c)),
        _ => match as_int(v) {
            Some(i) => Ok(int::neg(i)),
            None => Err(type_error(format!(
                "bad operand type for unary -: '{}'",
                type_name(v)
            ))),
        },
    }
}

/// `+v`.
pub fn pos(v: &Value) -> PyResult<Value> {
    match v {
        Value::Float(f) => Ok(Value::Float(*f)),
        Value::Complex(c) => Ok(super::complex::value(c.re, c.im)),
        _ => match as_int(v) {
            Some(i) => Ok(int::pos(i)),
            None => Err(type_error(format!(
                "bad operand type for unary +: '{}'",
                type_name(v)
            ))),
        },
    }
}

/// `~v`.
pub fn invert(v: &Value) -> PyResult<Value> {
    match as_int(v) {
        Some(i) => Ok(int::invert(i)),
        None => Err(type_error(format!(
            "bad operand type for unary ~: '{}'",
            type_name(v)
        ))),
    }
}

/// `abs(v)`.
pub fn abs(v: &Value) -> PyResult<Value> {
    match v {
        Value::Float(f) => Ok(Value::Float(f.abs())),
        Value::Complex(c) => Ok(Value::Float(super::complex::abs(**c)?)),
        _ => match as_int(v) {
            Some(i) => Ok(int::abs(i)),
            None => Err(type_error(format!(
                "bad operand type for abs(): '{}'",
                type_name(v)
            ))),
        },
    }
}

/// Python truth value of a built-in value.
#[inline]
pub fn truthy(v: &Value) -> bool {
    match v {
        Value::Bool(b) => *b,
        Value::Int(i) => *i != 0,
        Value::None | Value::Unbound => false,
        Value::Float(f) => *f != 0.0,
        Value::Str(s) => !s.is_empty(),
        Value::List(l) => !l.items.borrow().is_empty(),
        Value::Tuple(t) => !t.items.is_empty(),
        Value::Bytes(b) => !b.data.is_empty(),
        Value::ByteArray(b) => !b.data.borrow().is_empty(),
        Value::Complex(c) => super::complex::truthy(**c),
        Value::Dict(d) => !d.table.borrow().is_empty(),
        Value::Range(r) => !r.is_empty(),
        Value::DictView(dv) => !dv.dict.table.borrow().is_empty(),
        Value::Set(st) | Value::FrozenSet(st) => !st.table.borrow().is_empty(),
        _ => true,
    }
}

// ----- comparison ----------------------------------------------------------------

/// The comparison operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
    Ne,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
        }
    }

    pub fn test(self, o: Ordering) -> bool {
        match self {
            CmpOp::Lt => o == Ordering::Less,
            CmpOp::Le => o != Ordering::Greater,
            CmpOp::Gt => o == Ordering::Greater,
            CmpOp::Ge => o != Ordering::Less,
            CmpOp::Eq => o == Ordering::Equal,
            CmpOp::Ne => o != Ordering::Equal,
        }
    }
}

/// Numeric ordering across int, bool and float; `None` inner value for NaN.
fn numeric_cmp(a: &Value, b: &Value) -> Option<Option<Ordering>> {
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => Some(x.partial_cmp(y)),
        (Value::Float(x), _) => as_int(b).map(|i| int::cmp_float(i, *x).map(Ordering::reverse)),
        (_, Value::Float(y)) => as_int(a).map(|i| int::cmp_float(i, *y)),
        _ => match (as_int(a), as_int(b)) {
            (Some(x), Some(y)) => Some(Some(int::cmp(x, y))),
            _ => None,
        },
    }
}

/// Nesting limit for comparisons of containers (CPython's recursion limit).
const MAX_NESTING: u32 = 1000;

thread_local! {
    /// Current container nesting of an equality or ordering comparison.
    static CMP_DEPTH: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    /// Set when a comparison gave up because it nested too deeply.
    static CMP_TOO_DEEP: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `f` one container level deeper; past the limit, records the overflow
/// and returns `too_deep` instead (the top-level caller turns the record into
/// a RecursionError).
fn nested<R>(too_deep: R, f: impl FnOnce() -> R) -> R {
    let d = CMP_DEPTH.with(|c| c.get());
    if d >= MAX_NESTING {
        CMP_TOO_DEEP.with(|c| c.set(true));
        return too_deep;
    }
    CMP_DEPTH.with(|c| c.set(d + 1));
    let r = f();
    CMP_DEPTH.with(|c| c.set(d));
    r
}

/// Runs a top-level comparison, turning a too-deep nesting into RecursionError.
fn top_level<R>(f: impl FnOnce() -> PyResult<R>) -> PyResult<R> {
    if CMP_DEPTH.with(|c| c.get()) > 0 {
        return f();
    }
    CMP_TOO_DEEP.with(|c| c.set(false));
    let r = f();
    if CMP_TOO_DEEP.with(|c| c.replace(false)) {
        return Err(super::types::PyErr::new(
            super::types::ExcKind::RecursionError,
            "maximum recursion depth exceeded in comparison",
        ));
    }
    r
}

/// `a == b` as a fallible operation (RecursionError for too-deep nesting).
pub fn eq(a: &Value, b: &Value) -> PyResult<bool> {
    top_level(|| Ok(a.is(b) || values_equal(a, b)))
}

/// `a == b` for built-in values; `None` when the types have no built-in
/// equality (then identity decides).
pub fn eq_builtin(a: &Value, b: &Value) -> Option<bool> {
    if matches!(a, Value::Tuple(_) | Value::List(_) | Value::Dict(_))
        && matches!(b, Value::Tuple(_) | Value::List(_) | Value::Dict(_))
    {
        return nested(Some(false), || eq_builtin_inner(a, b));
    }
    eq_builtin_inner(a, b)
}

fn eq_builtin_inner(a: &Value, b: &Value) -> Option<bool> {
    if let Some(o) = numeric_cmp(a, b) {
        return Some(o == Some(Ordering::Equal));
    }
    Some(match (a, b) {
        (Value::Str(x), Value::Str(y)) => PyRef::ptr_eq(x, y) || x.as_str() == y.as_str(),
        (Value::Bytes(x), Value::Bytes(y)) => x.data == y.data,
        (Value::ByteArray(_), Value::Bytes(_) | Value::ByteArray(_))
        | (Value::Bytes(_), Value::ByteArray(_)) => bytes_like(a) == bytes_like(b),
        (Value::Complex(_), _) | (_, Value::Complex(_)) => super::complex::eq(a, b)?,
        (Value::None, Value::None) => true,
        (Value::Tuple(x), Value::Tuple(y)) => seq_eq(&x.items, &y.items),
        (Value::List(x), Value::List(y)) => {
            PyRef::ptr_eq(x, y) || seq_eq(&x.items.borrow(), &y.items.borrow())
        }
        (Value::Dict(x), Value::Dict(y)) => {
            if PyRef::ptr_eq(x, y) {
                return Some(true);
            }
            let (tx, ty) = (x.table.borrow(), y.table.borrow());
            tx.len() == ty.len()
                && tx.iter().all(|e| match ty.get(&e.key) {
                    Ok(Some(v)) => values_equal(&e.value, &v),
                    _ => false,
                })
        }
        (Value::Range(x), Value::Range(y)) => range_eq(x, y),
        (Value::Set(x) | Value::FrozenSet(x), Value::Set(y) | Value::FrozenSet(y)) => {
            let (tx, ty) = (x.table.borrow(), y.table.borrow());
            tx.len() == ty.len() && super::set::builtin_subset(&tx, &ty)
        }
        (Value::Code(x), Value::Code(y)) => PyRef::ptr_eq(x, y) || x.code == y.code,
        // Bound built-in methods: the same function bound to the same object
        // (`a.append == a.append`).
        (Value::Builtin(x), Value::Builtin(y)) => {
            PyRef::ptr_eq(x, y)
                || (std::ptr::fn_addr_eq(x.func, y.func)
                    && x.name == y.name
                    && matches!((&x.bound, &y.bound), (Some(p), Some(q)) if p.is(q)))
        }
        (Value::Slice(x), Value::Slice(y)) => {
            values_equal(&x.start, &y.start)
                && values_equal(&x.stop, &y.stop)
                && values_equal(&x.step, &y.step)
        }
        _ => return None,
    })
}

fn range_eq(x: &PyRange, y: &PyRange) -> bool {
    let (lx, ly) = (x.len(), y.len());
    lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step)))
}

fn seq_eq(x: &[Value], y: &[Value]) -> bool {
    x.len() == y.len() && x.iter().zip(y).all(|(p, q)| p.is(q) || values_equal(p, q))
}

/// `a == b`.
pub fn values_equal(a: &Value, b: &Value) -> bool {
    eq_builtin(a, b).unwrap_or_else(|| a.is(b))
}

fn seq_cmp(op: CmpOp, x: &[Value], y: &[Value]) -> PyResult<bool> {
    for (p, q) in x.iter().zip(y) {
        if !(p.is(q) || values_equal(p, q)) {
            if op == CmpOp::Eq {
                return Ok(false);
            }
            if op == CmpOp::Ne {
                return Ok(true);
            }
            return nested(Ok(false), || compare_inner(op, p, q));
        }
    }
    Ok(op.test(x.len().cmp(&y.len())))
}

/// `a OP b` for the six rich comparisons.
pub fn compare(op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
    top_level(|| compare_inner(op, a, b))
}

fn compare_inner(op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
    if let Some(o) = numeric_cmp(a, b) {
        return Ok(match o {
            Some(o) => op.test(o),
            None => op == CmpOp::Ne,
        });
    }
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => return Ok(op.test(x.as_str().cmp(y.as_str()))),
        (Value::Bytes(x), Value::Bytes(y)) => return Ok(op.test(x.data.cmp(&y.data))),
        (Value::ByteArray(_), Value::Bytes(_) | Value::ByteArray(_))
        | (Value::Bytes(_), Value::ByteArray(_)) => {
            return Ok(op.test(bytes_like(a).cmp(&bytes_like(b))));
        }
        (Value::Tuple(x), Value::Tuple(y)) => return seq_cmp(op, &x.items, &y.items),
        (Value::List(x), Value::List(y)) => {
            let (vx, vy) = (x.items.borrow().clone(), y.items.borrow().clone());
            return seq_cmp(op, &vx, &vy);
        }
        (Value::Set(x) | Value::FrozenSet(x), Value::Set(y) | Value::FrozenSet(y)) => {
            let (tx, ty) = (x.table.borrow(), y.table.borrow());
            return Ok(set_order(op, &tx, &ty));
        }
        _ => {}
    }
    match op {
        CmpOp::Eq => Ok(values_equal(a, b)),
        CmpOp::Ne => Ok(!values_equal(a, b)),
        _ => Err(type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            type_name(a),
            type_name(b)
        ))),
    }
}

/// Set comparison: `<=` is subset, `<` proper subset (built-in key equality).
pub fn set_order(op: CmpOp, x: &super::set::SetTable, y: &super::set::SetTable) -> bool {
    use super::set::builtin_subset;
    match op {
        CmpOp::Eq => x.len() == y.len() && builtin_subset(x, y),
        CmpOp::Ne => !(x.len() == y.len() && builtin_subset(x, y)),
        CmpOp::Le => builtin_subset(x, y),
        CmpOp::Ge => builtin_subset(y, x),
        CmpOp::Lt => x.len() < y.len() && builtin_subset(x, y),
        CmpOp::Gt => x.len() > y.len() && builtin_subset(y, x),
    }
}

/// `item in b` for bytes and bytearray contents.
fn bytes_contains(data: &[u8], item: &Value) -> PyResult<bool> {
    if let Some(sub) = bytes_like(item) {
        return Ok(sub.is_empty() || data.windows(sub.len()).any(|w| w == &sub[..]));
    }
    match as_int(item).and_then(int::to_i64) {
        Some(i) if (0..256).contains(&i) => Ok(data.contains(&(i as u8))),
        Some(_) => Err(super::types::value_error("byte must be in range(0, 256)")),
        None => Err(type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(item)
        ))),
    }
}

/// `item in container` for built-in containers.
pub fn contains(container: &Value, item: &Value) -> PyResult<bool> {
    top_level(|| contains_inner(container, item))
}

fn contains_inner(container: &Value, item: &Value) -> PyResult<bool> {
    match container {
        Value::Str(s) => match item {
            Value::Str(sub) => Ok(s.as_str().contains(sub.as_str())),
            _ => Err(type_error(format!(
                "'in <string>' requires string as left operand, not {}",
                type_name(item)
            ))),
        },
        Value::List(l) => {
            let items = l.items.borrow();
            Ok(items.iter().any(|x| x.is(item) || values_equal(x, item)))
        }
        Value::Tuple(t) => Ok(t.items.iter().any(|x| x.is(item) || values_equal(x, item))),
        Value::Bytes(_) | Value::ByteArray(_) => {
            let data = bytes_like(container).unwrap_or_default();
            bytes_contains(&data, item)
        }
        Value::Dict(d) => d.table.borrow().contains(item),
        Value::Set(st) | Value::FrozenSet(st) => {
            super::set::builtin_contains(&st.table.borrow(), item)
        }
        Value::DictView(dv) => match dv.which {
            0 => dv.dict.table.borrow().contains(item),
            _ => Ok(dv.items().iter().any(|x| values_equal(x, item))),
        },
        Value::Range(r) => Ok(match item {
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                let Some(i) = as_int(item).and_then(int::to_i64) else {
                    return Ok(false);
                };
                let (lo, hi, st) = (r.start, r.stop, r.step);
                let inside = if st > 0 {
                    lo <= i && i < hi
                } else {
                    hi < i && i <= lo
                };
                inside && (i128::from(i) - i128::from(lo)) % i128::from(st) == 0
            }
            _ => (0..r.len()).any(|k| values_equal(&Value::Int(r.get(k)), item)),
        }),
        _ => Err(type_error(format!(
            "argument of type '{}' is not iterable",
            type_name(container)
        ))),
    }
}
