//! The numeric constructors `int()`, `float()` and `complex()` with their
//! conversion protocols (`__int__`, `__index__`, `__trunc__`, `__float__`,
//! `__complex__`, and the value carried by instances of subclasses of the
//! built-in types), and the attributes of complex numbers.

use super::Vm;
use super::protocol::{special, unwrap_builtin};
use crate::runtime::complex::{self, PyComplex};
use crate::runtime::int::{self, as_int};
use crate::runtime::iter::index_arg;
use crate::runtime::object::PyStr;
use crate::runtime::types::{PyResult, type_error, type_name, value_error};
use crate::runtime::{PyRef, Value, fmt_err, format};

type Kw<'a> = &'a [(PyRef<PyStr>, Value)];

use super::builtins::{kwarg, only_kw};

/// CPython's argument-clinic count check for functions that take keywords:
/// "f() takes at most N arguments (M given)", positional and keyword
/// arguments counted together.
pub(crate) fn at_most(fname: &str, args: &[Value], kw: Kw, max: usize) -> PyResult<()> {
    let n = args.len() + kw.len();
    if n > max {
        return Err(type_error(format!(
            "{fname}() takes at most {max} argument{} ({n} given)",
            if max == 1 { "" } else { "s" }
        )));
    }
    Ok(())
}

/// An exact int value (a bool becomes the int it stands for).
fn plain_int(v: &Value) -> Option<Value> {
    match v {
        Value::Int(_) | Value::BigInt(_) => Some(v.clone()),
        Value::Bool(b) => Some(Value::Int(i64::from(*b))),
        _ => None,
    }
}

/// The int an `__int__`/`__index__`/`__trunc__` result stands for: an int,
/// or the value of an instance of a subclass of int.
fn int_result(r: &Value) -> Option<Value> {
    plain_int(r).or_else(|| match r {
        Value::Object(_) => plain_int(&unwrap_builtin(r)),
        _ => None,
    })
}

/// The text of a str or bytes-like value, for parsing a number.
fn number_text(v: &Value) -> Option<String> {
    match v {
        Value::Str(s) => Some(s.as_str().to_string()),
        Value::Bytes(_) | Value::ByteArray(_) => {
            let data = crate::runtime::bytearray::bytes_like(v)?;
            Some(data.iter().map(|&b| b as char).collect())
        }
        _ => None,
    }
}

impl Vm {
    /// `operator.index(v)`: an int, or the result of `__index__`.
    pub fn index_int(&mut self, v: &Value) -> PyResult<Value> {
        if let Some(i) = plain_int(v) {
            return Ok(i);
        }
        if let Some(f) = special(v, "__index__") {
            let r = self.call_special(&f, v, &[])?;
            return int_result(&r).ok_or_else(|| {
                type_error(format!(
                    "__index__ returned non-int (type {})",
                    type_name(&r)
                ))
            });
        }
        if let Value::Object(_) = v
            && let Some(i) = plain_int(&unwrap_builtin(v))
        {
            return Ok(i);
        }
        Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        )))
    }

    /// `int(x)` with one argument.
    pub fn int_of(&mut self, x: &Value) -> PyResult<Value> {
        if let Some(i) = plain_int(x) {
            return Ok(i);
        }
        match x {
            Value::Float(f) => return int::from_f64(*f),
            Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_) => {
                let text = number_text(x).unwrap_or_default();
                return match format::parse_int(&text, 10) {
                    Ok(b) => Ok(Value::from_bigint(b)),
                    Err(e) if matches!(x, Value::Str(_)) => Err(fmt_err(e)),
                    Err(_) => Err(value_error(format!(
                        "invalid literal for int() with base 10: {}",
                        crate::runtime::repr::repr(x)?
                    ))),
                };
            }
            _ => {}
        }
        for (name, what) in [("__int__", "non-int"), ("__index__", "non-int")] {
            if let Some(f) = special(x, name) {
                let r = self.call_special(&f, x, &[])?;
                return int_result(&r).ok_or_else(|| {
                    type_error(format!("{name} returned {what} (type {})", type_name(&r)))
                });
            }
        }
        if let Some(f) = special(x, "__trunc__") {
            let r = self.call_special(&f, x, &[])?;
            if let Some(i) = int_result(&r) {
                return Ok(i);
            }
            if special(&r, "__index__").is_some() {
                return self.index_int(&r);
            }
            return Err(type_error(format!(
                "__trunc__ returned non-Integral (type {})",
                type_name(&r)
            )));
        }
        if let Value::Object(_) = x {
            let inner = unwrap_builtin(x);
            if !matches!(inner, Value::Object(_)) {
                return self.int_of(&inner);
            }
        }
        Err(type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            type_name(x)
        )))
    }

    /// `float(x)`.
    pub fn float_of(&mut self, x: &Value) -> PyResult<f64> {
        match x {
            Value::Float(f) => return Ok(*f),
            Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_) => {
                let text = number_text(x).unwrap_or_default();
                return match format::parse_float(&text) {
                    Ok(f) => Ok(f),
                    Err(e) if matches!(x, Value::Str(_)) => Err(fmt_err(e)),
                    Err(_) => Err(value_error(format!(
                        "could not convert string to float: {}",
                        crate::runtime::repr::repr(x)?
                    ))),
                };
            }
            _ => {}
        }
        if let Some(i) = as_int(x) {
            return i.to_f64();
        }
        if let Some(f) = special(x, "__float__") {
            let r = self.call_special(&f, x, &[])?;
            return match (&r, unwrap_builtin(&r)) {
                (Value::Float(f), _) => Ok(*f),
                (Value::Object(_), Value::Float(f)) => Ok(f),
                _ => Err(type_error(format!(
                    "{}.__float__ returned non-float (type {})",
                    type_name(x),
                    type_name(&r)
                ))),
            };
        }
        if special(x, "__index__").is_some() {
            let i = self.index_int(x)?;
            return match as_int(&i) {
                Some(i) => i.to_f64(),
                None => Ok(0.0),
            };
        }
        if let Value::Object(_) = x {
            let inner = unwrap_builtin(x);
            if !matches!(inner, Value::Object(_)) {
                return self.float_of(&inner);
            }
        }
        Err(type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            type_name(x)
        )))
    }

    /// The complex a `__complex__` method returns for `x`, if it has one.
    fn complex_special(&mut self, x: &Value) -> PyResult<Option<PyComplex>> {
        let Some(f) = special(x, "__complex__") else {
            return Ok(None);
        };
        let r = self.call_special(&f, x, &[])?;
        match unwrap_builtin(&r) {
            Value::Complex(c) => Ok(Some(*c)),
            _ => Err(type_error(format!(
                "__complex__ returned non-complex (type {})",
                type_name(&r)
            ))),
        }
    }

    /// A complex-constructor operand that is a real number: its float value.
    fn complex_real_part(&mut self, x: &Value, which: &str) -> PyResult<f64> {
        let numeric = matches!(x, Value::Float(_))
            || as_int(x).is_some()
            || special(x, "__float__").is_some()
            || special(x, "__index__").is_some()
            || matches!(
                unwrap_builtin(x),
                Value::Float(_) | Value::Int(_) | Value::BigInt(_) | Value::Bool(_)
            );
        if !numeric {
            return Err(type_error(format!(
                "complex() {which} must be {}a number, not '{}'",
                if which == "first argument" {
                    "a string or "
                } else {
                    ""
                },
                type_name(x)
            )));
        }
        self.float_of(x)
    }
}

/// `int(x=0, base=10)`.
pub fn make_int(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    // As CPython's argument clinic: the count first, then the names.
    at_most("int", args, kw, 2)?;
    only_kw("int", kw, &["base"])?;
    let base = args.get(1).or(kwarg(kw, "base"));
    let Some(x) = args.first() else {
        if base.is_some() {
            return Err(type_error("int() missing string argument"));
        }
        return Ok(Value::Int(0));
    };
    if let Some(b) = base {
        let b = vm.index_int(b)?;
        let b = index_arg(&b)?;
        let Some(text) = number_text(&unwrap_builtin(x)) else {
            return Err(type_error(
                "int() can't convert non-string with explicit base",
            ));
        };
        if !(b == 0 || (2..=36).contains(&b)) {
            return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        return format::parse_int(&text, b as u32)
            .map(Value::from_bigint)
            .map_err(fmt_err);
    }
    vm.int_of(x)
}

/// `float(x=0.0)`.
pub fn make_float(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error("float() takes no keyword arguments"));
    }
    if args.len() > 1 {
        return Err(type_error(format!(
            "float expected at most 1 argument, got {}",
            args.len()
        )));
    }
    match args.first() {
        None => Ok(Value::Float(0.0)),
        Some(x) => vm.float_of(x).map(Value::Float),
    }
}

/// `complex(real=0, imag=0)`, CPython's `complex_new_impl`.
pub fn make_complex(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    only_kw("complex", kw, &["real", "imag"])?;
    at_most("complex", args, kw, 2)?;
    let r = args.first().or(kwarg(kw, "real"));
    let i = args.get(1).or(kwarg(kw, "imag"));
    let Some(r) = r else {
        let im = match i {
            Some(i) => return make_complex(vm, &[Value::Int(0), i.clone()], &[]),
            None => 0.0,
        };
        return Ok(complex::value(0.0, im));
    };
    if let Value::Str(s) = r {
        if i.is_some() {
            return Err(type_error(
                "complex() can't take second arg if first is a string",
            ));
        }
        let c = complex::parse(s.as_str())?;
        return Ok(complex::value(c.re, c.im));
    }
    if let Some(Value::Str(_)) = i {
        return Err(type_error("complex() second arg can't be a string"));
    }
    if let (Value::Complex(_), None) = (r, i) {
        return Ok(r.clone());
    }
    // `__complex__` first, then the real-number protocols.
    let cr = match vm.complex_special(r)? {
        Some(c) => Some(c),
        None => match unwrap_builtin(r) {
            Value::Complex(c) => Some(*c),
            _ => None,
        },
    };
    let (mut re, cr_im, cr_is_complex) = match cr {
        Some(c) => (c.re, c.im, true),
        None => (vm.complex_real_part(r, "first argument")?, 0.0, false),
    };
    let mut im = match i {
        None => cr_im,
        Some(i) => match unwrap_builtin(i) {
            Value::Complex(ci) => {
                re -= ci.im;
                ci.re
            }
            _ => vm.complex_real_part(i, "second argument")?,
        },
    };
    if cr_is_complex && i.is_some() {
        im += cr_im;
    }
    Ok(complex::value(re, im))
}

/// The attributes of a complex number: `real`, `imag`.
pub fn complex_attr(c: &PyComplex, name: &str) -> Option<Value> {
    match name {
        "real" => Some(Value::Float(c.re)),
        "imag" => Some(Value::Float(c.im)),
        _ => None,
    }
}

fn recv_complex(name: &str, a: &[Value]) -> PyResult<PyComplex> {
    match a.first().map(unwrap_builtin) {
        Some(Value::Complex(c)) => Ok(*c),
        _ => Err(type_error(format!(
            "descriptor '{name}' for 'complex' objects doesn't apply to a '{}' object",
            a.first().map(type_name).unwrap_or_default()
        ))),
    }
}

fn c_conjugate(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let c = recv_complex("conjugate", a)?;
    if a.len() > 1 {
        return Err(type_error(format!(
            "complex.conjugate() takes no arguments ({} given)",
            a.len() - 1
        )));
    }
    Ok(complex::value(c.re, -c.im))
}

fn c_complex(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let c = recv_complex("__complex__", a)?;
    Ok(complex::value(c.re, c.im))
}

/// The methods of `complex`.
pub const COMPLEX_METHODS: &[(&str, crate::runtime::object::NativeFn)] =
    &[("conjugate", c_conjugate), ("__complex__", c_complex)];

// ----- divmod() and pow() --------------------------------------------------

fn is_instance_value(v: &Value) -> bool {
    matches!(v, Value::Object(_))
}

impl Vm {
    /// `a OP b` through the special methods `name`/`rname` only (CPython's
    /// binary-op rules: a proper subclass's reflected method first,
    /// `NotImplemented` passing on); `None` when neither side handles it.
    pub fn binary_special(
        &mut self,
        a: &Value,
        b: &Value,
        name: &'static str,
        rname: &'static str,
    ) -> PyResult<Option<Value>> {
        use crate::runtime::types::type_of;
        let (ta, tb) = (type_of(a), type_of(b));
        let same = PyRef::ptr_eq(&ta, &tb);
        let fa = special(a, name);
        let mut fb = if same { None } else { special(b, rname) };
        if let Some(f) = &fb
            && tb.is_subtype(&ta)
        {
            let r = self.call_special(f, b, std::slice::from_ref(a))?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(Some(r));
            }
            fb = None;
        }
        if let Some(f) = &fa {
            let r = self.call_special(f, a, std::slice::from_ref(b))?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(Some(r));
            }
        }
        if let Some(f) = &fb {
            let r = self.call_special(f, b, std::slice::from_ref(a))?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(Some(r));
            }
        }
        Ok(None)
    }

    /// `divmod(a, b)`.
    pub fn divmod(&mut self, a: &Value, b: &Value) -> PyResult<Value> {
        if (is_instance_value(a) || is_instance_value(b))
            && let Some(r) = self.binary_special(a, b, "__divmod__", "__rdivmod__")?
        {
            return Ok(r);
        }
        let (x, y) = (unwrap_builtin(a), unwrap_builtin(b));
        let err = || {
            type_error(format!(
                "unsupported operand type(s) for divmod(): '{}' and '{}'",
                type_name(a),
                type_name(b)
            ))
        };
        if is_instance_value(&x) || is_instance_value(&y) {
            return Err(err());
        }
        if let (Some(i), Some(j)) = (as_int(&x), as_int(&y)) {
            let (q, r) = int::divmod(i, j)?;
            return Ok(Value::tuple(vec![q, r]));
        }
        use crate::runtime::ops::{BinOp, binary_op};
        let q = binary_op(BinOp::FloorDiv, &x, &y).map_err(|e| {
            if e.matches(crate::runtime::types::ExcKind::ZeroDivisionError) {
                crate::runtime::types::zero_division("float divmod()")
            } else if e.matches(crate::runtime::types::ExcKind::TypeError) {
                err()
            } else {
                e
            }
        })?;
        let r = binary_op(BinOp::Mod, &x, &y)?;
        Ok(Value::tuple(vec![q, r]))
    }

    /// `pow(a, b, m)` with a modulus (CPython's ternary power: only the
    /// first operand's `__pow__` is called, with the modulus).
    pub fn pow3(&mut self, a: &Value, b: &Value, m: &Value) -> PyResult<Value> {
        let (x, y, z) = (unwrap_builtin(a), unwrap_builtin(b), unwrap_builtin(m));
        if let (Some(i), Some(j), Some(k)) = (as_int(&x), as_int(&y), as_int(&z)) {
            return int::pow_mod(i, j, k);
        }
        if let Some(f) = special(a, "__pow__") {
            let r = self.call_special(&f, a, &[b.clone(), m.clone()])?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        let numeric =
            |v: &Value| matches!(v, Value::Float(_) | Value::Complex(_)) || as_int(v).is_some();
        if !(numeric(&x) && numeric(&y) && numeric(&z)) {
            return Err(type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                type_name(a),
                type_name(b),
                type_name(m)
            )));
        }
        if [&x, &y, &z].iter().any(|v| matches!(v, Value::Complex(_))) {
            return Err(complex::pow_mod_error());
        }
        Err(type_error(
            "pow() 3rd argument not allowed unless all arguments are integers",
        ))
    }
}
