//! Python `int` arithmetic: i64 fast paths that promote to `BigInt` on
//! overflow, with Python's floor-division and modulo sign rules. Results are
//! normalised (`Value::Int` whenever the value fits in i64).

use super::types::{PyErr, PyResult, overflow_error, value_error, zero_division};
use super::value::Value;
use crate::runtime::format;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::borrow::Cow;

/// An int operand: bools count as ints.
#[derive(Clone, Copy)]
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntRef<'_> {
    pub fn big(self) -> Cow<'static, BigInt> {
        match self {
            IntRef::Small(i) => Cow::Owned(BigInt::from(i)),
            IntRef::Big(b) => Cow::Owned(b.clone()),
        }
    }

    fn to_bigint(self) -> BigInt {
        match self {
            IntRef::Small(i) => BigInt::from(i),
            IntRef::Big(b) => b.clone(),
        }
    }

    pub fn is_zero(self) -> bool {
        match self {
            IntRef::Small(i) => i == 0,
            IntRef::Big(b) => b.is_zero(),
        }
    }

    pub fn is_negative(self) -> bool {
        match self {
            IntRef::Small(i) => i < 0,
            IntRef::Big(b) => b.is_negative(),
        }
    }

    /// Correctly rounded conversion to float.
    pub fn to_f64(self) -> PyResult<f64> {
        match self {
            IntRef::Small(i) => {
                if i.unsigned_abs() <= (1u64 << 53) {
                    Ok(i as f64)
                } else {
                    format::bigint_to_f64(&BigInt::from(i)).map_err(super::fmt_err)
                }
            }
            IntRef::Big(b) => format::bigint_to_f64(b).map_err(super::fmt_err),
        }
    }
}

/// The int view of a value (int, bool or big int).
#[inline]
pub fn as_int(v: &Value) -> Option<IntRef<'_>> {
    match v {
        Value::Int(i) => Some(IntRef::Small(*i)),
        Value::Bool(b) => Some(IntRef::Small(i64::from(*b))),
        Value::BigInt(b) => Some(IntRef::Big(b)),
        _ => None,
    }
}

/// Converts to i64 if the int fits.
pub fn to_i64(v: IntRef<'_>) -> Option<i64> {
    match v {
        IntRef::Small(i) => Some(i),
        IntRef::Big(b) => b.to_i64(),
    }
}

// The big-int paths work on references, so a large operand is never copied
// just to be added to.
pub fn add(a: IntRef, b: IntRef) -> Value {
    match (a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => match x.checked_add(y) {
            Some(r) => Value::Int(r),
            None => Value::from_bigint(BigInt::from(x) + y),
        },
        (IntRef::Big(x), IntRef::Small(y)) => Value::from_bigint(x + y),
        (IntRef::Small(x), IntRef::Big(y)) => Value::from_bigint(y + x),
        (IntRef::Big(x), IntRef::Big(y)) => Value::from_bigint(x + y),
    }
}

pub fn sub(a: IntRef, b: IntRef) -> Value {
    match (a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => match x.checked_sub(y) {
            Some(r) => Value::Int(r),
            None => Value::from_bigint(BigInt::from(x) - y),
        },
        (IntRef::Big(x), IntRef::Small(y)) => Value::from_bigint(x - y),
        (IntRef::Small(x), IntRef::Big(y)) => Value::from_bigint(x - y),
        (IntRef::Big(x), IntRef::Big(y)) => Value::from_bigint(x - y),
    }
}

pub fn mul(a: IntRef, b: IntRef) -> Value {
    match (a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => match x.checked_mul(y) {
            Some(r) => Value::Int(r),
            None => Value::from_bigint(BigInt::from(x) * y),
        },
        (IntRef::Big(x), IntRef::Small(y)) => Value::from_bigint(x * y),
        (IntRef::Small(x), IntRef::Big(y)) => Value::from_bigint(y * x),
        (IntRef::Big(x), IntRef::Big(y)) => Value::from_bigint(x * y),
    }
}

pub fn floordiv(a: IntRef, b: IntRef) -> PyResult<Value> {
    if b.is_zero() {
        return Err(zero_division("integer division or modulo by zero"));
    }
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b)
        && let Some(q) = x.checked_div(y)
    {
        let q = if (x % y != 0) && ((x < 0) != (y < 0)) {
            q - 1
        } else {
            q
        };
        return Ok(Value::Int(q));
    }
    Ok(Value::from_bigint(a.to_bigint().div_floor(&b.to_bigint())))
}

pub fn modulo(a: IntRef, b: IntRef) -> PyResult<Value> {
    if b.is_zero() {
        return Err(zero_division("integer modulo by zero"));
    }
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        if y == -1 {
            return Ok(Value::Int(0));
        }
        let r = x % y;
        let r = if r != 0 && ((r < 0) != (y < 0)) {
            r + y
        } else {
            r
        };
        return Ok(Value::Int(r));
    }
    Ok(Value::from_bigint(a.to_bigint().mod_floor(&b.to_bigint())))
}

pub fn divmod(a: IntRef, b: IntRef) -> PyResult<(Value, Value)> {
    if b.is_zero() {
        return Err(zero_division("integer division or modulo by zero"));
    }
    Ok((floordiv(a, b)?, modulo(a, b)?))
}

pub fn truediv(a: IntRef, b: IntRef) -> PyResult<Value> {
    if b.is_zero() {
        return Err(zero_division("division by zero"));
    }
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b)
        && x.unsigned_abs() <= (1u64 << 53)
        && y.unsigned_abs() <= (1u64 << 53)
    {
        return Ok(Value::Float(x as f64 / y as f64));
    }
    format::int_true_divide(&a.to_bigint(), &b.to_bigint())
        .map(Value::Float)
        .map_err(super::fmt_err)
}

pub fn neg(a: IntRef) -> Value {
    match a {
        IntRef::Small(x) => match x.checked_neg() {
            Some(r) => Value::Int(r),
            None => Value::from_bigint(-BigInt::from(x)),
        },
        IntRef::Big(b) => Value::from_bigint(-b.clone()),
    }
}

pub fn abs(a: IntRef) -> Value {
    if a.is_negative() { neg(a) } else { pos(a) }
}

pub fn pos(a: IntRef) -> Value {
    match a {
        IntRef::Small(x) => Value::Int(x),
        IntRef::Big(b) => Value::from_bigint(b.clone()),
    }
}

pub fn invert(a: IntRef) -> Value {
    match a {
        IntRef::Small(x) => Value::Int(!x),
        IntRef::Big(b) => Value::from_bigint(-(b.clone()) - 1),
    }
}

/// `*slot OP= b` for a big int `*slot` that nothing else references: the
/// digits are updated in place instead of allocating a new number. Returns
/// false (doing nothing) when that does not apply.
pub fn add_sub_in_place(slot: &mut Value, b: &Value, subtract: bool) -> bool {
    let Value::BigInt(big) = slot else {
        return false;
    };
    let Some(x) = crate::runtime::PyRef::get_mut(big) else {
        return false;
    };
    match (b, subtract) {
        (Value::Int(y), false) => *x += *y,
        (Value::Int(y), true) => *x -= *y,
        (Value::BigInt(y), false) => *x += &**y,
        (Value::BigInt(y), true) => *x -= &**y,
        (Value::Bool(y), false) => *x += i64::from(*y),
        (Value::Bool(y), true) => *x -= i64::from(*y),
        _ => return false,
    }
    // Keep the invariant: ints that fit in i64 are `Value::Int`.
    if x.bits() < 64
        && let Ok(small) = i64::try_from(&*x)
    {
        *slot = Value::Int(small);
    }
    true
}

/// Largest result size (in bits) we agree to build for `<<` and `**`.
const MAX_BITS: u64 = 1 << 34;

pub fn pow(a: IntRef, b: IntRef) -> PyResult<Value> {
    if b.is_negative() {
        let x = a.to_f64()?;
        let y = b.to_f64()?;
        if x == 0.0 {
            return Err(zero_division("0.0 cannot be raised to a negative power"));
        }
        return format::float_pow(x, y)
            .map(Value::Float)
            .map_err(super::fmt_err);
    }
    let Some(e) = to_i64(b) else {
        // A huge exponent: only trivial bases give a representable result.
        return match to_i64(a) {
            Some(0) => Ok(Value::Int(0)),
            Some(1) => Ok(Value::Int(1)),
            Some(-1) => Ok(Value::Int(if b.big().is_even() { 1 } else { -1 })),
            _ => Err(PyErr::with_args(super::types::ExcKind::MemoryError, vec![])),
        };
    };
    if let IntRef::Small(x) = a {
        if let Ok(e32) = u32::try_from(e)
            && let Some(r) = x.checked_pow(e32)
        {
            return Ok(Value::Int(r));
        }
        if x == 0 || x == 1 {
            return Ok(Value::Int(x));
        }
        if x == -1 {
            return Ok(Value::Int(if e % 2 == 0 { 1 } else { -1 }));
        }
    }
    let base = a.to_bigint();
    let bits = base.bits().max(1);
    if bits.saturating_mul(e as u64) > MAX_BITS {
        return Err(PyErr::with_args(super::types::ExcKind::MemoryError, vec![]));
    }
    Ok(Value::from_bigint(num_traits::pow(base, e as usize)))
}

/// `pow(a, b, m)`.
pub fn pow_mod(a: IntRef, b: IntRef, m: IntRef) -> PyResult<Value> {
    if m.is_zero() {
        return Err(value_error("pow() 3rd argument cannot be 0"));
    }
    let m = m.to_bigint();
    let am = m.abs();
    let mut base = a.to_bigint().mod_floor(&am);
    let mut e = b.to_bigint();
    if e.is_negative() {
        // pow(a, -e, m) is pow(inverse of a, e, m).
        let g = base.extended_gcd(&am);
        if g.gcd != BigInt::from(1) {
            return Err(value_error("base is not invertible for the given modulus"));
        }
        base = g.x.mod_floor(&am);
        e = -e;
    }
    let r = base.modpow(&e, &am);
    // Python's result takes the sign of the modulus.
    Ok(Value::from_bigint(r.mod_floor(&m)))
}

pub fn lshift(a: IntRef, b: IntRef) -> PyResult<Value> {
    if b.is_negative() {
        return Err(value_error("negative shift count"));
    }
    if a.is_zero() {
        return Ok(Value::Int(0));
    }
    let Some(s) = to_i64(b) else {
        return Err(overflow_error("too many digits in integer"));
    };
    if let IntRef::Small(x) = a
        && s < 63
    {
        let r = x.checked_shl(s as u32).filter(|r| r >> s == x);
        if let Some(r) = r {
            return Ok(Value::Int(r));
        }
    }
    if s as u64 > MAX_BITS {
        return Err(PyErr::with_args(super::types::ExcKind::MemoryError, vec![]));
    }
    Ok(Value::from_bigint(a.to_bigint() << (s as usize)))
}

pub fn rshift(a: IntRef, b: IntRef) -> PyResult<Value> {
    if b.is_negative() {
        return Err(value_error("negative shift count"));
    }
    let s = to_i64(b).unwrap_or(i64::MAX);
    match a {
        IntRef::Small(x) => Ok(Value::Int(if s >= 64 {
            if x < 0 { -1 } else { 0 }
        } else {
            x >> s
        })),
        IntRef::Big(big) => {
            if s as u64 > big.bits() {
                return Ok(Value::Int(if big.is_negative() { -1 } else { 0 }));
            }
            // BigInt's >> rounds toward negative infinity, like Python.
            Ok(Value::from_bigint(big >> (s as usize)))
        }
    }
}

pub fn bitand(a: IntRef, b: IntRef) -> Value {
    match (a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => Value::Int(x & y),
        _ => Value::from_bigint(a.to_bigint() & b.to_bigint()),
    }
}

pub fn bitor(a: IntRef, b: IntRef) -> Value {
    match (a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => Value::Int(x | y),
        _ => Value::from_bigint(a.to_bigint() | b.to_bigint()),
    }
}

pub fn bitxor(a: IntRef, b: IntRef) -> Value {
    match (a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => Value::Int(x ^ y),
        _ => Value::from_bigint(a.to_bigint() ^ b.to_bigint()),
    }
}

/// Three-way comparison of two ints.
pub fn cmp(a: IntRef, b: IntRef) -> std::cmp::Ordering {
    match (a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => x.cmp(&y),
        (IntRef::Big(x), IntRef::Big(y)) => x.cmp(y),
        (IntRef::Small(x), IntRef::Big(y)) => BigInt::from(x).cmp(y),
        (IntRef::Big(x), IntRef::Small(y)) => x.cmp(&BigInt::from(y)),
    }
}

/// Exact comparison of an int with a float (None when the float is NaN).
pub fn cmp_float(a: IntRef, f: f64) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering;
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    if let IntRef::Small(x) = a
        && x.unsigned_abs() <= (1u64 << 53)
    {
        return (x as f64).partial_cmp(&f);
    }
    // Compare exactly: floor(f) as a big int, then the fractional part.
    let fl = f.floor();
    let fb = num_bigint::BigInt::from(fl as i128);
    let fb = if fl.abs() < 1e38 {
        fb
    } else {
        num_traits::FromPrimitive::from_f64(fl).unwrap_or(fb)
    };
    let ab = a.to_bigint();
    match ab.cmp(&fb) {
        Ordering::Equal => {
            if f > fl {
                Some(Ordering::Less)
            } else {
                Some(Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

/// Max decimal digits for int/str conversion (CPython's default limit).
pub const MAX_STR_DIGITS: usize = 4300;

/// `str(n)` for a big int, with CPython's digit limit.
pub fn bigint_to_string(b: &BigInt) -> PyResult<String> {
    // log10(2) ~ 0.30103: bits beyond this certainly exceed the limit.
    if b.bits() > 14_300 {
        return Err(value_error(format!(
            "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    let s = b.to_string();
    let digits = s.trim_start_matches('-').len();
    if digits > MAX_STR_DIGITS {
        return Err(value_error(format!(
            "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    Ok(s)
}

/// Converts a float to an int (truncating), as `int(x)`.
pub fn from_f64(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.2e18 {
        return Ok(Value::Int(t as i64));
    }
    let b: Option<BigInt> = num_traits::FromPrimitive::from_f64(t);
    Ok(Value::from_bigint(b.unwrap_or_default()))
}
