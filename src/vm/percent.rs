//! printf-style formatting: `str % args` (CPython's `PyUnicode_Format`).
//!
//! A conversion is `%[(key)][flags][width][.precision][length]type` with flags
//! `-+ #0`, `*` for a width or precision taken from the arguments, and the
//! types `s r a c d i u o x X e E f F g G %`. `args` is a tuple (one item per
//! conversion), a mapping (for `%(key)s`), or any other single value. `%s`
//! and `%r` go through the protocol, so instances' `__str__`/`__repr__` run.

use super::Vm;
use crate::runtime::int::{IntRef, as_int};
use crate::runtime::types::{
    ExcKind, PyErr, PyResult, overflow_error, type_error, type_name, value_error,
};
use crate::runtime::{Value, fmt_err, format, repr};

/// Where conversions take their values from.
struct Args<'a> {
    /// The tuple's items, or the single value.
    items: Vec<Value>,
    /// Next item to use.
    next: usize,
    /// True when `args` was not a tuple (one value, usable once).
    single: bool,
    /// The mapping for `%(key)` conversions, if `args` is one.
    mapping: Option<&'a Value>,
}

impl Args<'_> {
    fn next(&mut self) -> PyResult<Value> {
        match self.items.get(self.next) {
            Some(v) => {
                self.next += 1;
                Ok(v.clone())
            }
            None => Err(type_error("not enough arguments for format string")),
        }
    }
}

/// True for values `%` treats as a mapping: anything subscriptable except
/// tuples and strs (as CPython's `PyMapping_Check`).
fn is_mapping(v: &Value) -> bool {
    match v {
        Value::Dict(_) | Value::List(_) | Value::Bytes(_) | Value::Range(_) => true,
        Value::Object(_) => super::protocol::special(v, "__getitem__").is_some(),
        _ => false,
    }
}

/// The parsed flags, width and precision of one conversion.
#[derive(Default)]
struct Spec {
    left: bool,
    plus: bool,
    space: bool,
    alt: bool,
    zero: bool,
    width: usize,
    prec: Option<usize>,
}

impl Spec {
    /// Pads a number rendered as `sign` + `body` (body includes any `0x` prefix
    /// in `prefix`) to the width.
    fn pad_number(&self, sign: &str, prefix: &str, digits: &str) -> String {
        let len = sign.len() + prefix.len() + digits.chars().count();
        if len >= self.width {
            return format!("{sign}{prefix}{digits}");
        }
        let fill = self.width - len;
        if self.left {
            format!("{sign}{prefix}{digits}{}", " ".repeat(fill))
        } else if self.zero {
            format!("{sign}{prefix}{}{digits}", "0".repeat(fill))
        } else {
            format!("{}{sign}{prefix}{digits}", " ".repeat(fill))
        }
    }

    /// Pads text (no zero padding).
    fn pad_text(&self, s: &str) -> String {
        let n = s.chars().count();
        if n >= self.width {
            return s.to_string();
        }
        let fill = " ".repeat(self.width - n);
        if self.left {
            format!("{s}{fill}")
        } else {
            format!("{fill}{s}")
        }
    }

    fn sign(&self, negative: bool) -> &'static str {
        if negative {
            "-"
        } else if self.plus {
            "+"
        } else if self.space {
            " "
        } else {
            ""
        }
    }
}

impl Vm {
    /// `fmt % args`.
    pub fn percent_format(&mut self, fmt: &str, args: &Value) -> PyResult<String> {
        // An instance of a tuple subclass supplies its items, as a tuple.
        let unwrapped;
        let args = match args {
            Value::Object(o) if matches!(o.builtin_value(), Some(Value::Tuple(_))) => {
                unwrapped = o.builtin_value().unwrap_or(Value::None);
                &unwrapped
            }
            _ => args,
        };
        let (items, single) = match args {
            Value::Tuple(t) => (t.items.to_vec(), false),
            other => (vec![other.clone()], true),
        };
        let mut a = Args {
            items,
            next: 0,
            single,
            mapping: if !matches!(args, Value::Tuple(_) | Value::Str(_)) && is_mapping(args) {
                Some(args)
            } else {
                None
            },
        };
        let chars: Vec<char> = fmt.chars().collect();
        let mut out = String::with_capacity(fmt.len());
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if c != '%' {
                out.push(c);
                i += 1;
                continue;
            }
            i += 1;
            if chars.get(i) == Some(&'%') {
                out.push('%');
                i += 1;
                continue;
            }
            self.conversion(&chars, &mut i, &mut a, &mut out)?;
        }
        if a.next < a.items.len() && a.mapping.is_none() {
            return Err(type_error(
                "not all arguments converted during string formatting",
            ));
        }
        Ok(out)
    }

    /// One conversion, from just after its `%`.
    fn conversion(
        &mut self,
        chars: &[char],
        i: &mut usize,
        a: &mut Args,
        out: &mut String,
    ) -> PyResult<()> {
        let incomplete = || value_error("incomplete format");
        let mut keyed: Option<Value> = None;
        if chars.get(*i) == Some(&'(') {
            let Some(map) = a.mapping else {
                return Err(type_error("format requires a mapping"));
            };
            let mut depth = 1;
            let start = *i + 1;
            *i += 1;
            while depth > 0 {
                match chars.get(*i) {
                    None => return Err(value_error("incomplete format key")),
                    Some('(') => depth += 1,
                    Some(')') => depth -= 1,
                    _ => {}
                }
                *i += 1;
            }
            let key: String = chars[start..*i - 1].iter().collect();
            keyed = Some(self.getitem(map, &Value::string(key))?);
            // After a keyed conversion the arguments are the mapping alone.
            a.items = vec![map.clone()];
            a.next = 1;
            a.single = true;
        }
        let mut spec = Spec::default();
        while let Some(&f) = chars.get(*i) {
            match f {
                '-' => spec.left = true,
                '+' => spec.plus = true,
                ' ' => spec.space = true,
                '#' => spec.alt = true,
                '0' => spec.zero = true,
                _ => break,
            }
            *i += 1;
        }
        if chars.get(*i) == Some(&'*') {
            *i += 1;
            let w = self.star_arg(a)?;
            if w < 0 {
                spec.left = true;
            }
            spec.width = w.unsigned_abs() as usize;
        } else {
            spec.width = digits(chars, i)?;
        }
        if chars.get(*i) == Some(&'.') {
            *i += 1;
            if chars.get(*i) == Some(&'*') {
                *i += 1;
                spec.prec = Some(self.star_arg(a)?.max(0) as usize);
            } else {
                spec.prec = Some(digits(chars, i)?);
            }
        }
        while matches!(chars.get(*i), Some('h' | 'l' | 'L')) {
            *i += 1;
        }
        let Some(&ty) = chars.get(*i) else {
            return Err(incomplete());
        };
        *i += 1;
        let v = match keyed {
            Some(v) => v,
            None => a.next()?,
        };
        if ty == '%' {
            out.push('%');
            return Ok(());
        }
        match ty {
            's' | 'r' | 'a' => {
                let s = match ty {
                    's' => self.str_of(&v)?,
                    'r' => self.repr_of(&v)?,
                    _ => repr::ascii(&v)?,
                };
                let s = match spec.prec {
                    Some(p) => s.chars().take(p).collect(),
                    None => s,
                };
                out.push_str(&spec.pad_text(&s));
            }
            'c' => {
                let ch = match &v {
                    Value::Str(s) if s.len() == 1 => s.as_str().to_string(),
                    other => match as_int(other) {
                        Some(n) => {
                            let code = crate::runtime::int::to_i64(n).unwrap_or(-1);
                            match u32::try_from(code).ok().and_then(char::from_u32) {
                                Some(c) => c.to_string(),
                                None => {
                                    return Err(overflow_error("%c arg not in range(0x110000)"));
                                }
                            }
                        }
                        None => return Err(type_error("%c requires int or char")),
                    },
                };
                out.push_str(&spec.pad_text(&ch));
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                let n = self.int_operand(&v, ty)?;
                out.push_str(&int_conv(&spec, &n, ty));
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let x = self.float_operand(&v)?;
                let prec = spec.prec.unwrap_or(6);
                let alt = if spec.alt { "#" } else { "" };
                let body =
                    format::format_float(x.abs(), &format!("{alt}.{prec}{ty}")).map_err(fmt_err)?;
                let neg = x.is_sign_negative() && !x.is_nan();
                out.push_str(&spec.pad_number(spec.sign(neg), "", &body));
            }
            other => {
                return Err(value_error(format!(
                    "unsupported format character '{other}' ({:#x}) at index {}",
                    other as u32,
                    *i - 1
                )));
            }
        }
        Ok(())
    }

    /// The argument of a `*` width or precision.
    fn star_arg(&mut self, a: &mut Args) -> PyResult<i64> {
        let v = a.next()?;
        match v {
            Value::Int(n) => Ok(n),
            Value::Bool(b) => Ok(i64::from(b)),
            _ => Err(type_error("* wants int")),
        }
    }

    /// The integer operand of `%d` (floats truncate) and `%x`/`%o` (ints only).
    fn int_operand(&mut self, v: &Value, ty: char) -> PyResult<num_bigint::BigInt> {
        let v = super::protocol::unwrap_builtin(v);
        if let Some(n) = as_int(&v) {
            return Ok(n.big().into_owned());
        }
        if let Value::Object(_) = v {
            // `__index__` for every integer conversion, `__int__` for %d.
            let conv = if super::protocol::special(&v, "__index__").is_some() {
                Some(self.index_int(&v)?)
            } else if matches!(ty, 'd' | 'i' | 'u')
                && super::protocol::special(&v, "__int__").is_some()
            {
                Some(self.int_of(&v)?)
            } else {
                None
            };
            if let Some(n) = conv.as_ref().and_then(as_int) {
                return Ok(n.big().into_owned());
            }
        }
        if let Value::Float(f) = v
            && matches!(ty, 'd' | 'i' | 'u')
        {
            return match crate::runtime::int::from_f64(f)? {
                Value::Int(i) => Ok(num_bigint::BigInt::from(i)),
                other => Ok(as_int(&other).map_or_else(Default::default, |n| n.big().into_owned())),
            };
        }
        if matches!(ty, 'd' | 'i' | 'u') {
            Err(type_error(format!(
                "%{ty} format: a real number is required, not {}",
                type_name(&v)
            )))
        } else {
            Err(type_error(format!(
                "%{ty} format: an integer is required, not {}",
                type_name(&v)
            )))
        }
    }

    /// The float operand of `%f` and friends.
    fn float_operand(&mut self, v: &Value) -> PyResult<f64> {
        let v = super::protocol::unwrap_builtin(v);
        match &v {
            Value::Float(f) => Ok(*f),
            other => match as_int(other) {
                Some(n) => IntRef::to_f64(n),
                None => Err(PyErr::new(
                    ExcKind::TypeError,
                    format!("must be real number, not {}", type_name(other)),
                )),
            },
        }
    }
}

/// A decimal number in the format (width or precision); none is 0.
fn digits(chars: &[char], i: &mut usize) -> PyResult<usize> {
    let mut n: usize = 0;
    while let Some(d) = chars.get(*i).and_then(|c| c.to_digit(10)) {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(d as usize))
            .ok_or_else(|| value_error("width too big"))?;
        *i += 1;
    }
    Ok(n)
}

/// `%d`, `%o`, `%x`, `%X` of `n`.
fn int_conv(spec: &Spec, n: &num_bigint::BigInt, ty: char) -> String {
    let neg = n.sign() == num_bigint::Sign::Minus;
    let mag = n.magnitude();
    let (mut digits, prefix) = match ty {
        'o' => (mag.to_str_radix(8), if spec.alt { "0o" } else { "" }),
        'x' => (mag.to_str_radix(16), if spec.alt { "0x" } else { "" }),
        'X' => (
            mag.to_str_radix(16).to_ascii_uppercase(),
            if spec.alt { "0X" } else { "" },
        ),
        _ => (mag.to_str_radix(10), ""),
    };
    if let Some(p) = spec.prec
        && digits.len() < p
    {
        digits = format!("{}{digits}", "0".repeat(p - digits.len()));
    }
    spec.pad_number(spec.sign(neg), prefix, &digits)
}
