//! Python `complex`: the value type, its arithmetic (CPython's algorithms for
//! division and powers, so results agree to the last bit), hashing, repr and
//! parsing of `complex(str)`.
//!
//! A complex is a heap value (`Value::Complex`) because two f64s do not fit
//! the 8-byte inline payload. Ints, bools and floats mix with it by
//! conversion to a complex with a zero imaginary part.

use super::format;
use super::hash;
use super::int::{self, as_int};
use super::ops::BinOp;
use super::rc::PyRef;
use super::types::{
    PyErr, PyResult, overflow_error, type_error, type_name, value_error, zero_division,
};
use super::value::Value;

/// A complex number.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PyComplex {
    pub re: f64,
    pub im: f64,
}

impl PyComplex {
    pub const fn new(re: f64, im: f64) -> PyComplex {
        PyComplex { re, im }
    }
}

/// A complex value.
pub fn value(re: f64, im: f64) -> Value {
    Value::Complex(PyRef::new(PyComplex::new(re, im)))
}

/// Why a complex operation failed (CPython's errno convention).
enum CErr {
    /// Division by zero or zero to a negative power (EDOM).
    Dom,
}

// ----- arithmetic (CPython's _Py_c_* functions) ------------------------------

fn c_sum(a: PyComplex, b: PyComplex) -> PyComplex {
    PyComplex::new(a.re + b.re, a.im + b.im)
}

fn c_diff(a: PyComplex, b: PyComplex) -> PyComplex {
    PyComplex::new(a.re - b.re, a.im - b.im)
}

fn c_prod(a: PyComplex, b: PyComplex) -> PyComplex {
    PyComplex::new(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re)
}

/// Smith's algorithm, as CPython's `_Py_c_quot`: scales by the larger part
/// of the divisor so that intermediate products do not overflow.
fn c_quot(a: PyComplex, b: PyComplex) -> Result<PyComplex, CErr> {
    let (abs_br, abs_bi) = (b.re.abs(), b.im.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return Err(CErr::Dom);
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        Ok(PyComplex::new(
            (a.re + a.im * ratio) / denom,
            (a.im - a.re * ratio) / denom,
        ))
    } else if abs_bi >= abs_br {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        Ok(PyComplex::new(
            (a.re * ratio + a.im) / denom,
            (a.im * ratio - a.re) / denom,
        ))
    } else {
        // At least one part of the divisor is a NaN.
        Ok(PyComplex::new(f64::NAN, f64::NAN))
    }
}

/// `a ** b` by polar form (`_Py_c_pow`).
fn c_pow(a: PyComplex, b: PyComplex) -> Result<PyComplex, CErr> {
    if b.re == 0.0 && b.im == 0.0 {
        return Ok(PyComplex::new(1.0, 0.0));
    }
    if a.re == 0.0 && a.im == 0.0 {
        if b.im != 0.0 || b.re < 0.0 {
            return Err(CErr::Dom);
        }
        return Ok(PyComplex::new(0.0, 0.0));
    }
    let vabs = a.re.hypot(a.im);
    let mut len = vabs.powf(b.re);
    let at = a.im.atan2(a.re);
    let mut phase = at * b.re;
    if b.im != 0.0 {
        len /= (at * b.im).exp();
        phase += b.im * vabs.ln();
    }
    Ok(PyComplex::new(len * phase.cos(), len * phase.sin()))
}

/// `x ** n` for n >= 0 by repeated squaring (`c_powu`).
fn c_powu(x: PyComplex, n: u64) -> PyComplex {
    let mut r = PyComplex::new(1.0, 0.0);
    let mut p = x;
    let mut mask: u64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = c_prod(r, p);
        }
        mask <<= 1;
        p = c_prod(p, p);
    }
    r
}

/// `x ** n` for an integral exponent (`c_powi`).
fn c_powi(x: PyComplex, n: i64) -> Result<PyComplex, CErr> {
    if n > 0 {
        Ok(c_powu(x, n as u64))
    } else {
        c_quot(PyComplex::new(1.0, 0.0), c_powu(x, n.unsigned_abs()))
    }
}

/// `complex ** complex` with CPython's choice of algorithm and errors.
pub fn pow(a: PyComplex, b: PyComplex) -> PyResult<PyComplex> {
    let r = if b.im == 0.0 && b.re == b.re.floor() && b.re.abs() <= 100.0 {
        c_powi(a, b.re as i64)
    } else {
        c_pow(a, b)
    };
    match r {
        Err(CErr::Dom) => Err(zero_division("0.0 to a negative or complex power")),
        Ok(p) if p.re.is_infinite() || p.im.is_infinite() => {
            Err(overflow_error("complex exponentiation"))
        }
        Ok(p) => Ok(p),
    }
}

/// `abs(z)`.
pub fn abs(z: PyComplex) -> PyResult<f64> {
    if z.re.is_infinite() || z.im.is_infinite() {
        return Ok(f64::INFINITY);
    }
    if z.re.is_nan() || z.im.is_nan() {
        return Ok(f64::NAN);
    }
    let r = z.re.hypot(z.im);
    if r.is_infinite() {
        return Err(overflow_error("absolute value too large"));
    }
    Ok(r)
}

/// A complex operand: complex, float, int or bool (`None` for other types).
pub fn operand(v: &Value) -> PyResult<Option<PyComplex>> {
    Ok(match v {
        Value::Complex(c) => Some(**c),
        Value::Float(f) => Some(PyComplex::new(*f, 0.0)),
        _ => match as_int(v) {
            Some(i) => Some(PyComplex::new(i.to_f64()?, 0.0)),
            None => None,
        },
    })
}

/// `a OP b` when either operand is a complex; `None` when the other operand
/// is not a number (the caller reports the unsupported operand types).
pub fn binary_op(op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (operand(a)?, operand(b)?) else {
        return Ok(None);
    };
    let r = match op {
        BinOp::Add => c_sum(x, y),
        BinOp::Sub => c_diff(x, y),
        BinOp::Mul => c_prod(x, y),
        BinOp::TrueDiv => {
            c_quot(x, y).map_err(|CErr::Dom| zero_division("complex division by zero"))?
        }
        BinOp::Pow => pow(x, y)?,
        _ => return Ok(None),
    };
    Ok(Some(Value::Complex(PyRef::new(r))))
}

/// `pow(a, b, m)` with a complex operand.
pub fn pow_mod_error() -> PyErr {
    value_error("complex modulo")
}

/// `a == b` when one side is a complex: `None` when the other is not a number.
pub fn eq(a: &Value, b: &Value) -> Option<bool> {
    let (c, other) = match (a, b) {
        (Value::Complex(c), _) => (**c, b),
        (_, Value::Complex(c)) => (**c, a),
        _ => return None,
    };
    match other {
        Value::Complex(d) => Some(c.re == d.re && c.im == d.im),
        Value::Float(f) => Some(c.im == 0.0 && c.re == *f),
        _ => {
            let i = as_int(other)?;
            // Compare the real part exactly with the int, as float == int does.
            Some(c.im == 0.0 && int::cmp_float(i, c.re) == Some(std::cmp::Ordering::Equal))
        }
    }
}

/// `hash(z)`: CPython's combination of the parts' float hashes.
pub fn hash(z: PyComplex) -> i64 {
    const IMAG: u64 = 1_000_003;
    let hr = hash::hash_f64(z.re) as u64;
    let hi = hash::hash_f64(z.im) as u64;
    let h = hr.wrapping_add(IMAG.wrapping_mul(hi)) as i64;
    if h == -1 { -2 } else { h }
}

/// One part of a complex's repr: the float's repr without a forced `.0`.
fn part(x: f64) -> String {
    format::float_repr_short(x)
}

/// `repr(z)`: `1j`, `(1+2j)`, `(-0-0j)`, `(nan+infj)`.
pub fn repr(z: PyComplex) -> String {
    if z.re == 0.0 && z.re.is_sign_positive() {
        return format!("{}j", part(z.im));
    }
    let im = part(z.im);
    let sign = if im.starts_with('-') { "" } else { "+" };
    format!("({}{sign}{im}j)", part(z.re))
}

/// `-z`, `+z`, and truth.
pub fn neg(z: PyComplex) -> Value {
    value(-z.re, -z.im)
}

pub fn truthy(z: PyComplex) -> bool {
    z.re != 0.0 || z.im != 0.0
}

/// The error for ordering comparisons involving a complex.
pub fn order_error(op: &str, a: &Value, b: &Value) -> PyErr {
    type_error(format!(
        "'{op}' not supported between instances of '{}' and '{}'",
        type_name(a),
        type_name(b)
    ))
}

// ----- complex(str) ----------------------------------------------------------

/// Scans a float literal at the start of `s` (`[sign] digits [. digits]
/// [e [sign] digits]`, `inf`, `infinity`, `nan`), returning it and the rest.
fn scan_float(s: &str) -> Option<(f64, &str)> {
    let b = s.as_bytes();
    let mut i = 0;
    if matches!(b.first(), Some(b'+' | b'-')) {
        i += 1;
    }
    let lower = s[i..].to_ascii_lowercase();
    for word in ["infinity", "inf", "nan"] {
        if lower.starts_with(word) {
            let end = i + word.len();
            let x: f64 = format::parse_float(&s[..end]).ok()?;
            return Some((x, &s[end..]));
        }
    }
    let start_digits = i;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    let mut ndigits = i - start_digits;
    if i < b.len() && b[i] == b'.' {
        i += 1;
        let f = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        ndigits += i - f;
    }
    if ndigits == 0 {
        return None;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        let mut j = i + 1;
        if j < b.len() && (b[j] == b'+' || b[j] == b'-') {
            j += 1;
        }
        let e = j;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        if j > e {
            i = j;
        }
    }
    let x: f64 = format::parse_float(&s[..i]).ok()?;
    Some((x, &s[i..]))
}

/// Removes underscores that sit between two digits; `None` for any other.
fn strip_underscores(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    for (k, ch) in s.char_indices() {
        if ch == '_' {
            let before = k > 0 && b[k - 1].is_ascii_digit();
            let after = b.get(k + 1).is_some_and(|c| c.is_ascii_digit());
            if !(before && after) {
                return None;
            }
        } else {
            out.push(ch);
        }
    }
    Some(out)
}

/// `complex(s)` for a str (CPython's `complex_from_string_inner`).
pub fn parse(s: &str) -> PyResult<PyComplex> {
    let err = || value_error("complex() arg is a malformed string");
    let mut t = s.trim_matches(|c: char| c.is_whitespace());
    if let Some(inner) = t.strip_prefix('(') {
        t = inner.strip_suffix(')').ok_or_else(err)?;
        t = t.trim_matches(|c: char| c.is_whitespace());
    }
    let owned = strip_underscores(t).ok_or_else(|| {
        value_error(format!(
            "could not convert string to complex: {}",
            format::str_repr(s)
        ))
    })?;
    let t = owned.as_str();
    let is_j = |r: &str| r.starts_with(['j', 'J']);
    let (re, im, rest) = match scan_float(t) {
        Some((x, rest)) if is_j(rest) => (0.0, x, &rest[1..]),
        Some((x, rest)) if rest.starts_with(['+', '-']) => match scan_float(rest) {
            Some((y, r2)) if is_j(r2) => (x, y, &r2[1..]),
            Some(_) => return Err(err()),
            None if is_j(&rest[1..]) => {
                let y = if rest.starts_with('-') { -1.0 } else { 1.0 };
                (x, y, &rest[2..])
            }
            None => return Err(err()),
        },
        Some((x, rest)) => (x, 0.0, rest),
        None => {
            // `j`, `+j`, `-j`.
            let (sign, r) = match t.as_bytes().first() {
                Some(b'-') => (-1.0, &t[1..]),
                Some(b'+') => (1.0, &t[1..]),
                _ => (1.0, t),
            };
            if !is_j(r) {
                return Err(err());
            }
            (0.0, sign, &r[1..])
        }
    };
    if !rest.is_empty() {
        return Err(err());
    }
    Ok(PyComplex::new(re, im))
}
