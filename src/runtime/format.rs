//! TEMPORARY stand-in (replaced by the full implementation).
use num_bigint::BigInt;
use num_traits::ToPrimitive;

#[derive(Debug, Clone, PartialEq)]
pub enum FmtError {
    Value(String),
    Type(String),
    Overflow(String),
    ZeroDiv(String),
}

pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let s = format!("{x:?}");
    if s.contains('.') || s.contains('e') { s } else { format!("{s}.0") }
}
pub fn format_float(x: f64, _spec: &str) -> Result<String, FmtError> {
    Ok(float_repr(x))
}
pub fn format_int(x: &BigInt, _spec: &str) -> Result<String, FmtError> {
    Ok(x.to_string())
}
pub fn format_i64(x: i64, _spec: &str) -> Result<String, FmtError> {
    Ok(x.to_string())
}
pub fn format_str(s: &str, _spec: &str) -> Result<String, FmtError> {
    Ok(s.to_string())
}
pub fn int_to_base(x: &BigInt, base: u32, _prefix: bool) -> String {
    x.to_str_radix(base)
}
pub fn parse_int(s: &str, base: u32) -> Result<BigInt, FmtError> {
    BigInt::parse_bytes(s.trim().as_bytes(), base.max(2))
        .ok_or_else(|| FmtError::Value(format!("invalid literal for int() with base {base}: {s:?}")))
}
pub fn parse_float(s: &str) -> Result<f64, FmtError> {
    s.trim().parse().map_err(|_| FmtError::Value(format!("could not convert string to float: {s:?}")))
}
pub fn round_float(x: f64, _n: i64) -> Result<f64, FmtError> {
    Ok(x)
}
pub fn round_float_to_int(x: f64) -> Result<BigInt, FmtError> {
    Ok(BigInt::from(x.round_ties_even() as i64))
}
pub fn float_floordiv(a: f64, b: f64) -> Result<f64, FmtError> {
    if b == 0.0 {
        return Err(FmtError::ZeroDiv("float floor division by zero".into()));
    }
    Ok((a / b).floor())
}
pub fn float_mod(a: f64, b: f64) -> Result<f64, FmtError> {
    if b == 0.0 {
        return Err(FmtError::ZeroDiv("float modulo".into()));
    }
    let m = a % b;
    Ok(if m != 0.0 && ((m < 0.0) != (b < 0.0)) { m + b } else { m })
}
pub fn float_divmod(a: f64, b: f64) -> Result<(f64, f64), FmtError> {
    Ok((float_floordiv(a, b)?, float_mod(a, b)?))
}
pub fn float_pow(a: f64, b: f64) -> Result<f64, FmtError> {
    Ok(a.powf(b))
}
pub fn int_true_divide(a: &BigInt, b: &BigInt) -> Result<f64, FmtError> {
    Ok(a.to_f64().unwrap_or(0.0) / b.to_f64().unwrap_or(1.0))
}
pub fn bigint_to_f64(a: &BigInt) -> Result<f64, FmtError> {
    a.to_f64().ok_or_else(|| FmtError::Overflow("int too large to convert to float".into()))
}
pub fn str_repr(s: &str) -> String {
    format!("'{s}'")
}
