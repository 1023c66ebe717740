//! Number and string formatting / parsing with exact CPython 3.11 semantics.
//!
//! This module owns the pure functions (no I/O, no interpreter state) behind:
//! * `repr(float)` / `str(float)` ([`float_repr`]) and `repr(str)` ([`str_repr`]);
//! * the format-spec mini-language of `format()`, f-strings and `str.format`
//!   ([`parse_format_spec`], [`format_float`], [`format_int`], [`format_i64`],
//!   [`format_str`]), including fill/align, sign, `z`, `#`, `0`, width,
//!   `,`/`_` grouping and precision;
//! * `int(s, base)`, `float(s)`, `hex`/`oct`/`bin` ([`parse_int`], [`parse_float`],
//!   [`int_to_base`]), with CPython's Unicode digit/whitespace handling and the
//!   default 4300-digit limit ([`INT_MAX_STR_DIGITS`]);
//! * float arithmetic corner cases: `round`, `//`, `%`, `divmod`, `**`, `int / int`
//!   and `float(int)`.
//!
//! Decimal conversion is exact: shortest round-trip digits come from the standard
//! library's shortest formatter, every fixed-precision conversion is done with exact
//! integer arithmetic (u128 fast path, `BigUint` otherwise) and rounds half-even,
//! like David Gay's `dtoa` used by CPython.
//!
//! Errors carry CPython's exact message; the variant names the Python exception
//! the caller must raise (see [`FmtError`]). No function panics on any input.
//!
//! Known deviations: `sys.set_int_max_str_digits` is not modelled (the limit is
//! fixed at CPython's default), results longer than [`MAX_OUTPUT_LEN`] characters
//! are refused with an OverflowError (CPython: MemoryError), and
//! `format(0xd800, 'c')` (a lone surrogate) is an error because Rust strings
//! cannot hold it.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{ToPrimitive, Zero};
use std::sync::OnceLock;

/// Error text exactly as CPython's message; the caller turns it into the exception
/// type named by the variant.
#[derive(Debug, Clone, PartialEq)]
pub enum FmtError {
    /// `ValueError`
    Value(String),
    /// `TypeError` (not produced by this module today; kept for callers).
    Type(String),
    /// `OverflowError`
    Overflow(String),
    /// `ZeroDivisionError` (float `//`, `%`, `divmod`, `0.0 ** -n`, `int / 0`).
    ZeroDiv(String),
}

/// CPython's default `sys.get_int_max_str_digits()`: decimal (non power-of-two
/// base) conversions between `int` and `str` beyond this many digits fail.
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// Largest string (in characters) any formatting function will build; beyond it
/// [`FmtError::Overflow`] "formatted string is too long" is returned instead of
/// exhausting memory (CPython would attempt the allocation and raise MemoryError).
pub const MAX_OUTPUT_LEN: usize = 1 << 31;

fn verr<T>(msg: impl Into<String>) -> Result<T, FmtError> {
    Err(FmtError::Value(msg.into()))
}

fn overflow<T>(msg: &str) -> Result<T, FmtError> {
    Err(FmtError::Overflow(msg.into()))
}

fn zero_div<T>(msg: &str) -> Result<T, FmtError> {
    Err(FmtError::ZeroDiv(msg.into()))
}

fn check_len(n: u64) -> Result<(), FmtError> {
    let fits = n <= MAX_OUTPUT_LEN as u64;
    fits.then_some(())
        .ok_or_else(|| FmtError::Overflow("formatted string is too long".into()))
}

// ---- Unicode tables (Unicode 14.0.0, as used by CPython 3.11) ----

/// Code points of every decimal digit zero (general category Nd); each is followed
/// by the digits one to nine.
const DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// Non-printable code points at or above U+007F (categories Cc, Cf, Cs, Co, Cn, Zl,
/// Zp, Zs): the boundaries `start0, end0, start1, end1, ...` (ends exclusive) of
/// their ranges, each written as the hex difference from the previous boundary.
/// Generated from CPython 3.11's `str.isprintable`.
const NONPRINTABLE_DELTAS: &str = "\
    7f 22 c 1 2ca 2 6 4 7 1 1 1 14 1 18d 1 26 2 32 2 3 1 37 8 1b 4 6 11 16 1 c0 1 30 2 3b 2 \
    65 e 3b 2 31 2 f 1 1c 2 1 1 b 5 1f 9 4a 1 a1 1 8 2 2 2 16 1 7 1 1 3 4 2 9 2 2 2 4 8 1 4 2 \
    1 5 2 19 2 3 1 6 4 2 2 16 1 7 1 2 1 2 1 2 2 1 1 5 4 2 2 3 3 1 7 4 1 1 7 11 a 3 1 9 1 3 1 \
    16 1 7 1 2 1 5 2 a 1 3 1 3 2 1 f 4 2 c 7 7 1 3 1 8 2 2 2 16 1 7 1 2 1 5 2 9 2 2 2 3 7 3 4 \
    2 1 5 2 12 a 2 1 6 3 3 1 4 3 2 1 1 1 2 3 2 3 3 3 c 4 5 3 3 1 4 2 1 6 1 e 15 5 d 1 3 1 17 \
    1 10 2 9 1 3 1 4 7 2 1 3 2 1 2 4 2 a 7 16 1 3 1 17 1 a 1 5 2 9 1 3 1 4 7 2 6 2 1 4 2 a 1 \
    2 d d 1 3 1 33 1 3 1 6 4 10 2 1a 1 3 1 12 3 18 1 9 1 1 2 7 3 1 4 6 1 1 1 8 6 a 2 3 c 3a 4 \
    1d 25 2 1 1 1 5 1 18 1 1 1 17 2 5 1 1 1 6 2 a 2 4 20 48 1 24 4 27 1 24 1 f 1 d 25 c6 1 1 \
    5 1 2 179 1 4 2 7 1 1 1 4 2 29 1 4 2 21 1 4 2 7 1 1 1 4 2 f 1 39 1 4 2 43 2 20 3 1a 6 56 \
    2 6 2 280 1 1c 3 59 7 16 9 18 9 14 c d 1 3 1 2 c 5e 2 a 6 a 6 e 1 b 6 59 7 2b 5 46 a 1f 1 \
    c 4 c 4 1 3 2a 2 5 b 2c 4 1a 6 b 3 3e 2 41 1 1d 2 b 6 a 6 e 2 1f 31 4d 3 2f 1 74 8 3c 3 f \
    3 3c 7 2b 2 b 8 2b 5 216 2 6 2 26 2 6 2 8 1 1 1 1 1 1 1 1f 2 35 1 f 1 e 2 6 1 13 2 3 1 9 \
    11 18 8 2f 11 2 2 1b 1 d 3 21 f 21 f 8c 4 297 19 b 15 714 2 20 1 15d 5 2d 1 1 5 1 2 38 7 \
    2 e 18 9 7 1 7 1 7 1 7 1 7 1 7 1 7 1 7 1 7e 22 1a 1 59 c d6 1a c 5 3f 1 56 2 67 5 2b 1 5e \
    1 54 c 2f 1 726d 3 37 9 15c 14 b8 8 cb 5 2 1 1 1 5 18 3b 3 a 6 38 8 46 8 c 6 74 b 1e 3 4e \
    1 b 4 21 1 37 9 e 2 a 2 67 18 1c a 6 2 6 2 6 9 7 1 7 1 3c 4 7e 2 a 6 2ba4 c 17 4 31 2104 \
    16e 2 6a 26 7 c 5 5 1a 1 5 1 1 1 2 1 2 1 7d 10 1bd 2 36 7 1 20 2a 6 33 1 13 1 4 4 5 1 87 \
    4 be 3 6 2 6 2 6 2 3 3 7 1 7 d 2 2 c 1 1a 1 13 1 2 1 f 2 e 22 7b 5 3 4 2d 3 58 1 d 3 1 2f \
    2e 82 1d 3 31 f 1c 4 24 9 1e 5 2b 5 1e 1 25 4 e 2a 9e 2 a 6 24 4 24 4 28 8 34 b c 1 f 1 7 \
    1 2 1 b 1 f 1 7 1 2 43 137 9 16 a 8 18 6 1 2a 1 9 45 6 2 1 1 2c 1 2 3 1 2 17 1 48 8 9 30 \
    13 1 2 5 21 3 1b 5 1 40 38 4 14 2 32 1 2 5 8 1 3 1 1d 2 3 4 a 7 9 7 40 20 27 4 c 9 36 3 \
    1d 2 1b 5 1a 7 4 c 7 50 49 37 33 d 33 7 2e 8 a 126 1f 1 2a 1 3 2 2 4e 28 8 2a 16 1a 26 1c \
    14 17 9 4e 4 24 9 3e 1 5 d 19 7 a 6 35 1 12 8 27 9 60 1 14 b 12 1 2c 41 7 1 1 1 4 1 f 1 b \
    6 3b 5 a 6 4 1 8 2 2 2 16 1 7 1 2 1 5 1 a 2 2 2 3 2 1 6 1 5 7 2 7 3 5 8b 5c 1 5 1e 48 8 a \
    a6 36 2 26 22 45 b a 6 d 13 3a 6 a 36 1b 2 f 4 17 b9 3c 64 53 c 8 2 1 2 8 1 2 1 1e 1 2 2 \
    c 9 a 46 8 2 2e 2 b 1b 48 8 53 d 49 107 9 1 2d 1 e a 1d 3 20 2 16 1 e 49 7 1 2 1 2c 3 1 1 \
    2 1 9 8 a 6 6 1 2 1 25 1 2 1 6 7 a 136 19 b7 1 f 32 d 39b 66 6f 1 5 b c4 a4c 63 d 42f fd1 \
    247 21b9 239 7 1f 1 a 4 51 1 a 6 1e 2 6 a 46 a a 1 7 1 15 5 13 2b0 5b 65 4b 4 39 7 11 40 \
    5 b 2 e 17f8 8 4d6 2a 9 22e7 4 1 7 1 2 1 123 2d 3 11 4 8 18c 904 6b 5 d 3 9 7 a 2 4 1260 \
    2e 2 17 9 74 3c f6 a 27 2 4a 8 70 15 46 9a 14 c 57 9 19 87 55 1 47 1 2 2 1 2 2 2 4 1 c 1 \
    1 1 7 1 41 1 4 2 8 1 7 1 1c 1 4 1 5 1 1 3 7 1 154 2 124 2 2be f 5 1 f 450 1f e1 7 1 11 2 \
    7 1 2 1 5 d5 2d 3 e 2 a 4 2 140 1f 11 3a 5 1 4e0 7 1 4 1 2 1 f 1 c5 2 10 29 4c 4 a 4 2 \
    311 44 4c 3d c2 4 1 1b 1 2 1 1 2 1 1 a 1 4 1 1 1 1 6 1 4 1 1 1 1 1 1 3 1 2 1 1 2 1 1 1 1 \
    1 1 1 1 1 1 2 1 1 2 4 1 7 1 4 1 4 1 1 1 a 1 11 5 3 1 5 1 11 34 2 10e 2c 4 64 c f 2 f 1 f \
    1 25 a ae 38 1d d 2c 4 9 7 2 e 6 9a 3d8 5 10 3 d 3 74 c 59 7 c 4 1 f c 4 38 8 a 6 28 8 1e \
    2 2 4e 154 c e 2 5 3 5 3 7 9 1d 3 b 5 6 a a 6 8 8 7 9 93 1 37 25 a 406 a6e0 20 1039 7 de \
    2 1682 e 1d31 c1f 21e 5e2 134b aedb5 f0 2fe10";

/// Value of a Unicode decimal digit (`Py_UNICODE_TODECIMAL`).
fn decimal_value(c: char) -> Option<u32> {
    let cp = c as u32;
    if c.is_ascii_digit() {
        return Some(cp - u32::from(b'0'));
    }
    let idx = DECIMAL_ZEROS.partition_point(|&z| z <= cp);
    let zero = *DECIMAL_ZEROS.get(idx.checked_sub(1)?)?;
    (cp - zero < 10).then_some(cp - zero)
}

/// `Py_UNICODE_ISSPACE` (`str.isspace`).
fn is_py_space(c: char) -> bool {
    const SPACES: [u32; 8] = [0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000];
    let cp = c as u32;
    matches!(cp, 0x09..=0x0d | 0x1c..=0x20 | 0x2000..=0x200a) || SPACES.contains(&cp)
}

/// `Py_ISSPACE` on a byte of an ASCII-transformed string.
fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t'..=b'\r')
}

/// `Py_UNICODE_ISPRINTABLE` (`str.isprintable` for one character).
fn is_printable(c: char) -> bool {
    let cp = c as u32;
    if cp < 0x7f {
        return cp >= 0x20;
    }
    static TABLE: OnceLock<Vec<u32>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut at = 0u32;
        let deltas = NONPRINTABLE_DELTAS.split_ascii_whitespace();
        deltas
            .map(|d| {
                at += u32::from_str_radix(d, 16).unwrap_or(0);
                at
            })
            .collect()
    });
    table.partition_point(|&b| b <= cp) % 2 == 0
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: whitespace becomes a
/// space, decimal digits become ASCII digits; the first other non-ASCII character
/// becomes `?` and ends the string.
fn to_ascii_digits(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        let cp = c as u32;
        if cp < 127 {
            out.push(cp as u8);
        } else if is_py_space(c) {
            out.push(b' ');
        } else if let Some(d) = decimal_value(c) {
            out.push(b'0' + d as u8);
        } else {
            out.push(b'?');
            break;
        }
    }
    out
}

fn truncate_chars(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => s.get(..i).unwrap_or(s),
        None => s,
    }
}

// ---- repr(str) ----

/// `repr(s)`: quote choice and escapes exactly as CPython.
pub fn str_repr(s: &str) -> String {
    let squote = s.contains('\'');
    let quote = if squote && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        let cp = c as u32;
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(c);
            }
            _ if cp < 0x20 || cp == 0x7f => out.push_str(&format!("\\x{cp:02x}")),
            _ if cp < 0x7f || is_printable(c) => out.push(c),
            _ if cp < 0x100 => out.push_str(&format!("\\x{cp:02x}")),
            _ if cp < 0x10000 => out.push_str(&format!("\\u{cp:04x}")),
            _ => out.push_str(&format!("\\U{cp:08x}")),
        }
    }
    out.push(quote);
    out
}

// ---- Exact decimal digit generation (the role of Gay's dtoa) ----

/// Splits a finite non-negative double into `m * 2**e`.
fn decompose(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    }
}

/// `m * 2**e * 10**s` as a u128 fraction `(num, den)`, if both fit.
fn frac_small(m: u64, e: i64, s: i64) -> Option<(u128, u128)> {
    let mut num = u128::from(m);
    let mut den: u128 = 1;
    if e >= 0 {
        if e >= i64::from(num.leading_zeros()) {
            return None;
        }
        num <<= e;
    } else if e > -127 {
        den <<= -e;
    } else {
        return None;
    }
    let p = 10u128.checked_pow(u32::try_from(s.unsigned_abs()).ok()?)?;
    if s >= 0 {
        num = num.checked_mul(p)?;
    } else {
        den = den.checked_mul(p)?;
    }
    Some((num, den))
}

/// `m * 2**e * 10**s` as a `BigUint` fraction `(num, den)`.
fn frac_big(m: u64, e: i64, s: i64) -> (BigUint, BigUint) {
    let num = BigUint::from(m) << e.max(0) as u64;
    let den = BigUint::from(1u32) << (-e).max(0) as u64;
    let p = BigUint::from(10u32).pow(s.unsigned_abs().min(u64::from(u32::MAX)) as u32);
    if s >= 0 {
        (num * p, den)
    } else {
        (num, den * p)
    }
}

/// Decimal digits of `round_half_even(x * 10**s)` for finite non-negative `x`.
fn scaled_round(x: f64, s: i64) -> String {
    let (m, e) = decompose(x);
    if let Some((num, den)) = frac_small(m, e, s) {
        let (q, r) = (num / den, num % den);
        let half = den - r;
        let up = r > half || (r == half && q & 1 == 1);
        return (q + u128::from(up)).to_string();
    }
    let (num, den) = frac_big(m, e, s);
    let (mut q, r) = num.div_rem(&den);
    let twice = r << 1u32;
    if twice > den || (twice == den && q.bit(0)) {
        q += 1u32;
    }
    q.to_str_radix(10)
}

/// Compares a finite positive `x` with `10**k` exactly.
fn cmp_pow10(x: f64, k: i64) -> std::cmp::Ordering {
    let (m, e) = decompose(x);
    match frac_small(m, e, -k) {
        Some((num, den)) => num.cmp(&den),
        None => {
            let (num, den) = frac_big(m, e, -k);
            num.cmp(&den)
        }
    }
}

enum Mode {
    /// Shortest string that round-trips (dtoa mode 0).
    Shortest,
    /// This many significant digits (dtoa mode 2).
    Sig(usize),
    /// This many digits after the decimal point, possibly negative (dtoa mode 3).
    Fixed(i64),
}

/// Digits (trailing zeros stripped, possibly empty in `Fixed` mode) and decimal
/// point position of a finite non-negative `x`: `x ~= 0.DIGITS * 10**decpt`.
fn decimal_digits(x: f64, mode: Mode) -> (String, i64) {
    if x == 0.0 {
        return ("0".to_string(), 1);
    }
    match mode {
        Mode::Shortest => {
            let s = format!("{x:e}");
            let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
            let digits: String = mant.chars().filter(char::is_ascii_digit).collect();
            let exp: i64 = exp.parse().unwrap_or(0);
            let trimmed = digits.trim_end_matches('0');
            break_shortest_tie(x, trimmed, exp + 1)
        }
        Mode::Fixed(n) => {
            // 1100 decimals represent every double exactly.
            let n = n.min(1100);
            let q = scaled_round(x, n);
            if q == "0" {
                return (String::new(), -n);
            }
            let decpt = q.len() as i64 - n;
            (q.trim_end_matches('0').to_string(), decpt)
        }
        Mode::Sig(p) => {
            // 800 significant digits represent every double exactly.
            let p = p.clamp(1, 800);
            // k = floor(log10(x)), estimated then made exact.
            let mut k = x.log10().floor() as i64;
            while cmp_pow10(x, k).is_lt() {
                k -= 1;
            }
            while cmp_pow10(x, k + 1).is_ge() {
                k += 1;
            }
            let q = scaled_round(x, p as i64 - 1 - k);
            if q.len() > p {
                ("1".to_string(), k + 2)
            } else {
                (q.trim_end_matches('0').to_string(), k + 1)
            }
        }
    }
}

/// The standard library's shortest formatter resolves an exact tie between two
/// shortest candidates upwards; dtoa picks the even one. Redo that choice.
fn break_shortest_tie(x: f64, digits: &str, decpt: i64) -> (String, i64) {
    let keep = (digits.to_string(), decpt);
    let s = digits.len() as i64 - decpt; // x * 10**s is close to the integer D
    let (m, e) = decompose(x);
    let tz = i64::from(m.trailing_zeros());
    // A tie needs 2 * x * 10**s to be an odd integer T.
    if m == 0 || tz + e + 1 + s != 0 {
        return keep;
    }
    let odd = u128::from(m >> tz);
    let Ok(sabs) = u32::try_from(s.unsigned_abs()) else {
        return keep;
    };
    let t = match 5u128.checked_pow(sabs) {
        Some(p) if s >= 0 => odd.checked_mul(p),
        Some(p) if odd % p == 0 => Some(odd / p),
        _ => None,
    };
    let (Some(t), Ok(d)) = (t, digits.parse::<u128>()) else {
        return keep;
    };
    if d % 2 == 0 {
        return keep;
    }
    let other = if t == 2 * d - 1 {
        d - 1
    } else if t == 2 * d + 1 {
        d + 1
    } else {
        return keep;
    };
    let other = other.to_string();
    if format!("{other}e{}", -s).parse::<f64>() != Ok(x) {
        return keep;
    }
    let decpt = other.len() as i64 - s;
    (other.trim_end_matches('0').to_string(), decpt)
}

fn push_zeros(out: &mut String, n: i64) {
    for _ in 0..n.max(0) {
        out.push('0');
    }
}

/// Options of [`float_to_string`] (CPython's `Py_DTSF_*` flags).
#[derive(Clone, Copy, Default)]
struct DtoaFlags {
    upper: bool,
    alt: bool,
    add_dot_0: bool,
    no_neg_0: bool,
}

/// CPython's `PyOS_double_to_string` / `format_float_short`: `code` is one of
/// `e f g r` (lowercase; `flags.upper` selects `E F G`, `INF`, `NAN`).
fn float_to_string(
    x: f64,
    code: u8,
    precision: usize,
    flags: DtoaFlags,
) -> Result<String, FmtError> {
    let mut neg = x.is_sign_negative();
    if x.is_nan() {
        return Ok(if flags.upper { "NAN" } else { "nan" }.to_string());
    }
    if x.is_infinite() {
        let inf = if flags.upper { "INF" } else { "inf" };
        return Ok(if neg {
            format!("-{inf}")
        } else {
            inf.to_string()
        });
    }
    let p = precision as i64;
    let mode = match code {
        b'e' => Mode::Sig(precision.saturating_add(1)),
        b'f' => Mode::Fixed(p),
        b'g' => Mode::Sig(precision.max(1)),
        _ => Mode::Shortest,
    };
    let (digits, mut decpt) = decimal_digits(x.abs(), mode);
    let dlen = digits.len() as i64;
    if flags.no_neg_0 && neg && (digits.is_empty() || digits == "0") {
        neg = false;
    }
    let mut use_exp = false;
    let mut vend = dlen;
    match code {
        b'e' => {
            use_exp = true;
            vend = p + 1;
        }
        b'f' => vend = decpt + p,
        b'g' => {
            let gp = p.max(1);
            if decpt <= -4 || decpt > if flags.add_dot_0 { gp - 1 } else { gp } {
                use_exp = true;
            }
            if flags.alt {
                vend = gp;
            }
        }
        _ => use_exp = decpt <= -4 || decpt > 16,
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vstart = if decpt <= 0 { decpt - 1 } else { 0 };
    vend = if !use_exp && flags.add_dot_0 {
        vend.max(decpt + 1)
    } else {
        vend.max(decpt)
    };
    check_len((vend - vstart) as u64 + 8)?;
    let mut out = String::with_capacity((vend - vstart) as usize + 8);
    if neg {
        out.push('-');
    }
    if decpt <= 0 {
        push_zeros(&mut out, decpt - vstart);
        out.push('.');
        push_zeros(&mut out, -decpt);
    } else {
        push_zeros(&mut out, -vstart);
    }
    match (digits.get(..decpt as usize), digits.get(decpt as usize..)) {
        (Some(int), Some(frac)) if 0 < decpt && decpt <= dlen => {
            out.push_str(int);
            out.push('.');
            out.push_str(frac);
        }
        _ => out.push_str(&digits),
    }
    if dlen < decpt {
        push_zeros(&mut out, decpt - dlen);
        out.push('.');
        push_zeros(&mut out, vend - decpt);
    } else {
        push_zeros(&mut out, vend - dlen);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if flags.upper { 'E' } else { 'e' });
        out.push_str(&format!("{exp:+03}"));
    }
    Ok(out)
}

/// `repr(x)` / `str(x)` for a float.
pub fn float_repr(x: f64) -> String {
    let flags = DtoaFlags {
        add_dot_0: true,
        ..DtoaFlags::default()
    };
    float_to_string(x, b'r', 0, flags).unwrap_or_default()
}

/// The shortest repr of a float without the `.0` that `float_repr` adds to
/// integral values: the parts of a complex's repr (`(1+2j)`).
pub fn float_repr_short(x: f64) -> String {
    float_to_string(x, b'r', 0, DtoaFlags::default()).unwrap_or_default()
}

// ---- Format-spec mini-language ----

/// A parsed format spec `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
///
/// `fill` is the explicit fill character, or `'0'` when the `0` flag was used
/// (`zero`), else `' '`. `align`/`ty` are `None` when absent; each `format_*`
/// function applies its type's defaults (`>`/`d` for int, `>`/none for float,
/// `<`/`s` for str; the `0` flag without an explicit alignment means `=` for
/// numbers).
#[derive(Debug, Clone, PartialEq)]
pub struct FormatSpec {
    pub fill: char,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub z: bool,
    pub alternate: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

/// Displays a presentation type as CPython's error messages do.
fn type_char_repr(t: char) -> String {
    let cp = t as u32;
    if cp > 32 && cp < 128 {
        t.to_string()
    } else {
        format!("\\x{cp:x}")
    }
}

fn unknown_code(t: char, type_name: &str) -> FmtError {
    FmtError::Value(format!(
        "Unknown format code '{}' for object of type '{type_name}'",
        type_char_repr(t)
    ))
}

/// CPython's `get_integer`: Unicode decimal digits, at most `PY_SSIZE_T_MAX`.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, FmtError> {
    let mut acc: u64 = 0;
    let start = *pos;
    while let Some(d) = chars.get(*pos).and_then(|&c| decimal_value(c)) {
        if acc > (i64::MAX as u64 - u64::from(d)) / 10 {
            return verr("Too many decimal digits in format string");
        }
        acc = acc * 10 + u64::from(d);
        *pos += 1;
    }
    if *pos == start {
        return Ok(None);
    }
    usize::try_from(acc)
        .map(Some)
        .or_else(|_| verr("Too many decimal digits in format string"))
}

/// Parses a format spec with no type-specific defaults; "Invalid format specifier"
/// errors name the type `object`. See [`parse_format_spec_named`].
pub fn parse_format_spec(spec: &str) -> Result<FormatSpec, FmtError> {
    parse_spec(spec, "object", None)
}

/// Like [`parse_format_spec`], naming `type_name` in error messages.
pub fn parse_format_spec_named(spec: &str, type_name: &str) -> Result<FormatSpec, FmtError> {
    parse_spec(spec, type_name, None)
}

/// CPython's `parse_internal_render_format_spec`; `default_ty` only matters for
/// the grouping/type compatibility check.
fn parse_spec(
    spec: &str,
    type_name: &str,
    default_ty: Option<char>,
) -> Result<FormatSpec, FmtError> {
    let chars: Vec<char> = spec.chars().collect();
    let at = |i: usize| chars.get(i).copied();
    let is_align = |c: Option<char>| matches!(c, Some('<' | '>' | '=' | '^'));
    let mut fs = FormatSpec {
        fill: ' ',
        align: None,
        sign: None,
        z: false,
        alternate: false,
        zero: false,
        width: None,
        grouping: None,
        precision: None,
        ty: None,
    };
    let mut pos = 0;
    let mut fill_specified = false;
    if let (Some(f), true) = (at(0), is_align(at(1))) {
        fs.fill = f;
        fs.align = at(1);
        fill_specified = true;
        pos = 2;
    } else if is_align(at(0)) {
        fs.align = at(0);
        pos = 1;
    }
    if let Some(c @ ('+' | '-' | ' ')) = at(pos) {
        fs.sign = Some(c);
        pos += 1;
    }
    if at(pos) == Some('z') {
        fs.z = true;
        pos += 1;
    }
    if at(pos) == Some('#') {
        fs.alternate = true;
        pos += 1;
    }
    if !fill_specified && at(pos) == Some('0') {
        fs.fill = '0';
        fs.zero = true;
        pos += 1;
    }
    fs.width = get_integer(&chars, &mut pos)?;
    let both = "Cannot specify both ',' and '_'.";
    if at(pos) == Some(',') {
        fs.grouping = Some(',');
        pos += 1;
    }
    if at(pos) == Some('_') {
        if fs.grouping.is_some() {
            return verr(both);
        }
        fs.grouping = Some('_');
        pos += 1;
    }
    if at(pos) == Some(',') && fs.grouping == Some('_') {
        return verr(both);
    }
    if at(pos) == Some('.') {
        pos += 1;
        fs.precision = get_integer(&chars, &mut pos)?;
        if fs.precision.is_none() {
            return verr("Format specifier missing precision");
        }
    }
    match chars.len().saturating_sub(pos) {
        0 => {}
        1 => fs.ty = at(pos),
        _ => {
            return verr(format!(
                "Invalid format specifier '{spec}' for object of type '{type_name}'"
            ));
        }
    }
    if let Some(sep) = fs.grouping {
        match fs.ty.or(default_ty) {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some('b' | 'o' | 'x' | 'X') if sep == '_' => {}
            Some(t) => {
                return verr(format!(
                    "Cannot specify '{sep}' with '{}'.",
                    type_char_repr(t)
                ));
            }
        }
    }
    Ok(fs)
}

/// Resolved fill/align/sign/width of a number or string field.
struct Field {
    fill: char,
    align: char,
    sign: Option<char>,
    width: i64,
}

fn field(fs: &FormatSpec, default_align: char) -> Field {
    let default = if fs.zero && default_align == '>' {
        '='
    } else {
        default_align
    };
    Field {
        fill: fs.fill,
        align: fs.align.unwrap_or(default),
        sign: fs.sign,
        width: fs.width.map_or(-1, |w| w as i64),
    }
}

fn push_fill(out: &mut String, c: char, n: i64) {
    for _ in 0..n.max(0) {
        out.push(c);
    }
}

/// CPython's `_PyUnicode_InsertThousandsGrouping` (ASCII digits, one-char separator;
/// `group = None` means no separators). Pads with zeros up to `min_width`.
fn group_digits(digits: &str, min_width: i64, group: Option<(i64, char)>) -> String {
    let src = digits.as_bytes();
    let mut min_width = min_width.max(0);
    let mut remaining = src.len() as i64;
    let mut rev: Vec<char> = Vec::with_capacity(src.len().max(min_width as usize) + 8);
    // Appends (reversed) one group of `len` characters: digits, then zero padding.
    let emit = |rev: &mut Vec<char>, remaining: i64, len: i64, sep: Option<char>| {
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        rev.extend(sep);
        let end = remaining.max(0) as usize;
        let chunk = src.get(end - n_chars as usize..end).unwrap_or(&[]);
        rev.extend(chunk.iter().rev().map(|&b| char::from(b)));
        rev.extend(std::iter::repeat_n('0', n_zeros as usize));
        n_chars
    };
    if let Some((glen, sep)) = group {
        let mut use_sep = false;
        loop {
            let len = glen.min(remaining.max(min_width).max(1));
            remaining -= emit(&mut rev, remaining, len, use_sep.then_some(sep));
            use_sep = true;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                return rev.iter().rev().collect();
            }
            min_width -= 1;
        }
    }
    let len = remaining.max(min_width).max(1);
    emit(&mut rev, remaining, len, None);
    rev.iter().rev().collect()
}

/// CPython's `calc_number_widths` + `fill_number`: lays out
/// `[lpad][sign][prefix][spad][grouped digits][.remainder][rpad]`.
fn layout_number(
    negative: bool,
    prefix: &str,
    digits: &str,
    has_decimal: bool,
    remainder: &str,
    f: &Field,
    group: Option<(i64, char)>,
) -> Result<String, FmtError> {
    check_len(f.width.max(0) as u64)?;
    let sign = match (f.sign, negative) {
        (_, true) => Some('-'),
        (Some('+'), false) => Some('+'),
        (Some(' '), false) => Some(' '),
        _ => None,
    };
    let n_rem = remainder.chars().count() as i64;
    let non_digit =
        i64::from(sign.is_some()) + prefix.len() as i64 + i64::from(has_decimal) + n_rem;
    let min_width = if f.fill == '0' && f.align == '=' {
        f.width - non_digit
    } else {
        0
    };
    let grouped = if digits.is_empty() {
        String::new()
    } else {
        group_digits(digits, min_width, group)
    };
    let n_grouped = grouped.len() as i64;
    let n_pad = f.width - (non_digit + n_grouped);
    let (lpad, spad, rpad) = match f.align {
        _ if n_pad <= 0 => (0, 0, 0),
        '<' => (0, 0, n_pad),
        '^' => (n_pad / 2, 0, n_pad - n_pad / 2),
        '=' => (0, n_pad, 0),
        _ => (n_pad, 0, 0),
    };
    check_len((non_digit + n_grouped + n_pad.max(0)) as u64)?;
    let mut out = String::with_capacity(grouped.len() + remainder.len() + prefix.len() + 8);
    push_fill(&mut out, f.fill, lpad);
    if let Some(s) = sign {
        out.push(s);
    }
    out.push_str(prefix);
    push_fill(&mut out, f.fill, spad);
    out.push_str(&grouped);
    if has_decimal {
        out.push('.');
    }
    out.push_str(remainder);
    push_fill(&mut out, f.fill, rpad);
    Ok(out)
}

// ---- format(float), format(int), format(str) ----

/// `format(x, spec)` for a float.
pub fn format_float(x: f64, spec: &str) -> Result<String, FmtError> {
    format_float_named(x, spec, "float")
}

/// [`format_float`] for a float subclass named `type_name` (used in error messages).
pub fn format_float_named(x: f64, spec: &str, type_name: &str) -> Result<String, FmtError> {
    if spec.is_empty() {
        return Ok(float_repr(x));
    }
    let fs = parse_spec(spec, type_name, None)?;
    match fs.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => format_float_spec(x, &fs),
        Some(t) => Err(unknown_code(t, type_name)),
    }
}

/// CPython's `format_float_internal`.
fn format_float_spec(x: f64, fs: &FormatSpec) -> Result<String, FmtError> {
    if fs.precision.is_some_and(|p| p > i32::MAX as usize) {
        return verr("precision too big");
    }
    let mut flags = DtoaFlags {
        alt: fs.alternate,
        no_neg_0: fs.z,
        ..DtoaFlags::default()
    };
    let mut ty = fs.ty.unwrap_or('r');
    let mut default_precision = 6;
    if fs.ty.is_none() {
        flags.add_dot_0 = true;
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut val = x;
    let add_pct = ty == '%';
    if add_pct {
        ty = 'f';
        val *= 100.0;
    }
    let precision = match fs.precision {
        None => default_precision,
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
    };
    flags.upper = ty.is_ascii_uppercase();
    let mut buf = float_to_string(val, ty.to_ascii_lowercase() as u8, precision, flags)?;
    if add_pct {
        buf.push('%');
    }
    let (negative, body) = match buf.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, buf.as_str()),
    };
    let n_digits = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at_checked(n_digits).unwrap_or(("", body));
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let group = if fs.ty == Some('n') {
        None
    } else {
        fs.grouping.map(|c| (3, c))
    };
    layout_number(
        negative,
        "",
        digits,
        has_decimal,
        remainder,
        &field(fs, '>'),
        group,
    )
}

/// An integer argument: a machine integer or a borrowed `BigInt`.
#[derive(Clone, Copy)]
enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntRef<'_> {
    fn is_negative(self) -> bool {
        match self {
            IntRef::Small(v) => v < 0,
            IntRef::Big(b) => b.sign() == Sign::Minus,
        }
    }

    /// Digits of the absolute value in `base` (lowercase).
    fn abs_digits(self, base: u32) -> String {
        match self {
            IntRef::Small(v) => {
                let a = v.unsigned_abs();
                match base {
                    2 => format!("{a:b}"),
                    8 => format!("{a:o}"),
                    16 => format!("{a:x}"),
                    _ => a.to_string(),
                }
            }
            IntRef::Big(b) => b.magnitude().to_str_radix(base),
        }
    }

    /// Decimal digits of the absolute value, subject to [`INT_MAX_STR_DIGITS`].
    fn abs_decimal(self) -> Result<String, FmtError> {
        let limit = || {
            verr(format!(
                "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion; \
                 use sys.set_int_max_str_digits() to increase the limit"
            ))
        };
        if let IntRef::Big(b) = self {
            // 2**14400 has more than 4334 decimal digits.
            if b.bits() > 14400 {
                return limit();
            }
        }
        let s = self.abs_digits(10);
        if s.len() > INT_MAX_STR_DIGITS {
            return limit();
        }
        Ok(s)
    }

    fn to_f64(self) -> Result<f64, FmtError> {
        match self {
            IntRef::Small(v) => Ok(v as f64),
            IntRef::Big(b) => bigint_to_f64(b),
        }
    }

    fn to_i64(self) -> Option<i64> {
        match self {
            IntRef::Small(v) => Some(v),
            IntRef::Big(b) => b.to_i64(),
        }
    }
}

/// `format(n, spec)` for an int.
pub fn format_int(x: &BigInt, spec: &str) -> Result<String, FmtError> {
    format_int_impl(IntRef::Big(x), spec, "int")
}

/// [`format_int`] for an int subclass named `type_name` (e.g. `bool`; note that
/// `format(True, '')` is `str(True)`, which the caller must handle).
pub fn format_int_named(x: &BigInt, spec: &str, type_name: &str) -> Result<String, FmtError> {
    format_int_impl(IntRef::Big(x), spec, type_name)
}

/// [`format_int`] for a machine integer, without allocating a `BigInt`.
pub fn format_i64(x: i64, spec: &str) -> Result<String, FmtError> {
    format_int_impl(IntRef::Small(x), spec, "int")
}

fn format_int_impl(x: IntRef<'_>, spec: &str, type_name: &str) -> Result<String, FmtError> {
    if spec.is_empty() {
        let digits = x.abs_decimal()?;
        return Ok(if x.is_negative() {
            format!("-{digits}")
        } else {
            digits
        });
    }
    let fs = parse_spec(spec, type_name, Some('d'))?;
    match fs.ty.unwrap_or('d') {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_long(x, &fs),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => format_float_spec(x.to_f64()?, &fs),
        t => Err(unknown_code(t, type_name)),
    }
}

/// CPython's `format_long_internal`.
fn format_long(x: IntRef<'_>, fs: &FormatSpec) -> Result<String, FmtError> {
    if fs.precision.is_some() {
        return verr("Precision not allowed in integer format specifier");
    }
    if fs.z {
        return verr("Negative zero coercion (z) not allowed in integer format specifier");
    }
    let ty = fs.ty.unwrap_or('d');
    let f = field(fs, '>');
    if ty == 'c' {
        if fs.sign.is_some() {
            return verr("Sign not allowed with integer format specifier 'c'");
        }
        if fs.alternate {
            return verr("Alternate form (#) not allowed with integer format specifier 'c'");
        }
        let v = x.to_i64().ok_or_else(|| {
            FmtError::Overflow("Python int too large to convert to C long".into())
        })?;
        if !(0..=0x10ffff).contains(&v) {
            return overflow("%c arg not in range(0x110000)");
        }
        let Some(c) = char::from_u32(v as u32) else {
            return verr("%c arg is a surrogate code point, which pyjit strings cannot hold");
        };
        return layout_number(false, "", "", false, c.encode_utf8(&mut [0; 4]), &f, None);
    }
    let (base, pfx) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = if base == 10 {
        x.abs_decimal()?
    } else {
        x.abs_digits(base)
    };
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let prefix = if fs.alternate { pfx } else { "" };
    let group = match fs.grouping {
        _ if ty == 'n' => None,
        Some('_') if base != 10 => Some((4, '_')),
        g => g.map(|c| (3, c)),
    };
    layout_number(x.is_negative(), prefix, &digits, false, "", &f, group)
}

/// `format(s, spec)` for a str.
pub fn format_str(s: &str, spec: &str) -> Result<String, FmtError> {
    format_str_named(s, spec, "str")
}

/// [`format_str`] for a str subclass named `type_name` (used in error messages).
pub fn format_str_named(s: &str, spec: &str, type_name: &str) -> Result<String, FmtError> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    let fs = parse_spec(spec, type_name, Some('s'))?;
    if let Some(t) = fs.ty.filter(|&t| t != 's') {
        return Err(unknown_code(t, type_name));
    }
    match fs.sign {
        Some(' ') => return verr("Space not allowed in string format specifier"),
        Some(_) => return verr("Sign not allowed in string format specifier"),
        None => {}
    }
    if fs.z {
        return verr("Negative zero coercion (z) not allowed in string format specifier");
    }
    if fs.alternate {
        return verr("Alternate form (#) not allowed in string format specifier");
    }
    let f = field(&fs, '<');
    if f.align == '=' {
        return verr("'=' alignment not allowed in string format specifier");
    }
    let text = match fs.precision {
        Some(p) => truncate_chars(s, p),
        None => s,
    };
    check_len(f.width.max(0) as u64)?;
    let n = text.chars().count() as i64;
    let pad = (f.width - n).max(0);
    let left = match f.align {
        '>' => pad,
        '^' => pad / 2,
        _ => 0,
    };
    let mut out = String::with_capacity(text.len() + pad as usize);
    push_fill(&mut out, f.fill, left);
    out.push_str(text);
    push_fill(&mut out, f.fill, pad - left);
    Ok(out)
}

// ---- int <-> str, float <- str ----

/// `hex(x)` / `oct(x)` / `bin(x)` (base 16/8/2, with `prefix`), or the plain digits
/// of `x` in any base (clamped to 2..=36), lowercase, e.g. `-0x1f`.
pub fn int_to_base(x: &BigInt, base: u32, prefix: bool) -> String {
    let base = base.clamp(2, 36);
    let pfx = match (prefix, base) {
        (true, 2) => "0b",
        (true, 8) => "0o",
        (true, 16) => "0x",
        _ => "",
    };
    let sign = if x.sign() == Sign::Minus { "-" } else { "" };
    format!("{sign}{pfx}{}", x.magnitude().to_str_radix(base))
}

fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => u32::from(b - b'0'),
        b'a'..=b'z' => u32::from(b - b'a') + 10,
        b'A'..=b'Z' => u32::from(b - b'A') + 10,
        _ => 37,
    }
}

/// `int(s, base)` for a str `s` (CPython's `PyLong_FromUnicodeObject`).
///
/// Errors (all `ValueError`): bad base, invalid literal (message shows the original
/// base and the repr of `s`, cut to 200 characters), or more than
/// [`INT_MAX_STR_DIGITS`] digits in a base that is not a power of two.
pub fn parse_int(s: &str, base: u32) -> Result<BigInt, FmtError> {
    if base == 1 || base > 36 {
        return verr("int() base must be >= 2 and <= 36, or 0");
    }
    let invalid = || {
        let r = str_repr(s);
        FmtError::Value(format!(
            "invalid literal for int() with base {base}: {}",
            truncate_chars(&r, 200)
        ))
    };
    let mut buf = to_ascii_digits(s);
    let had_nul = match buf.iter().position(|&b| b == 0) {
        Some(p) => {
            buf.truncate(p);
            true
        }
        None => false,
    };
    let at = |i: usize| buf.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while is_c_space(at(i)) {
        i += 1;
    }
    let negative = at(i) == b'-';
    if matches!(at(i), b'+' | b'-') {
        i += 1;
    }
    let mut b = base;
    let mut error_if_nonzero = false;
    let marker = at(i + 1) | 0x20;
    if b == 0 {
        b = match (at(i), marker) {
            (b'0', b'x') => 16,
            (b'0', b'o') => 8,
            (b'0', b'b') => 2,
            (b'0', _) => {
                error_if_nonzero = true;
                10
            }
            _ => 10,
        };
    }
    if at(i) == b'0' && matches!((b, marker), (16, b'x') | (8, b'o') | (2, b'b')) {
        i += 2;
        if at(i) == b'_' {
            i += 1;
        }
    }
    if at(i) == b'_' {
        return Err(invalid());
    }
    let mut digits = Vec::new();
    let mut prev = 0u8;
    loop {
        let c = at(i);
        if c == b'_' {
            if prev == b'_' {
                return Err(invalid());
            }
        } else if digit_value(c) < b {
            digits.push(c);
        } else {
            break;
        }
        prev = c;
        i += 1;
    }
    if prev == b'_' {
        return Err(invalid());
    }
    if !b.is_power_of_two() && digits.len() > INT_MAX_STR_DIGITS {
        return verr(format!(
            "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion: \
             value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            digits.len()
        ));
    }
    if digits.is_empty() {
        return Err(invalid());
    }
    let mag = BigUint::parse_bytes(&digits, b).ok_or_else(invalid)?;
    if error_if_nonzero && !mag.is_zero() {
        return Err(invalid());
    }
    while is_c_space(at(i)) {
        i += 1;
    }
    if had_nul || i != buf.len() {
        return Err(invalid());
    }
    let sign = if negative { Sign::Minus } else { Sign::Plus };
    Ok(BigInt::from_biguint(sign, mag))
}

/// `float(s)` for a str `s` (CPython's `PyFloat_FromString`).
pub fn parse_float(s: &str) -> Result<f64, FmtError> {
    let err = || {
        FmtError::Value(format!(
            "could not convert string to float: {}",
            str_repr(s)
        ))
    };
    let buf = to_ascii_digits(s);
    if buf.contains(&0) {
        return Err(err());
    }
    let mut clean = Vec::with_capacity(buf.len());
    let mut prev = 0u8;
    for &c in &buf {
        if c == b'_' {
            if !prev.is_ascii_digit() {
                return Err(err());
            }
        } else {
            if prev == b'_' && !c.is_ascii_digit() {
                return Err(err());
            }
            clean.push(c);
        }
        prev = c;
    }
    if prev == b'_' {
        return Err(err());
    }
    let start = clean
        .iter()
        .position(|&c| !is_c_space(c))
        .unwrap_or(clean.len());
    let end = clean
        .iter()
        .rposition(|&c| !is_c_space(c))
        .map_or(start, |p| p + 1);
    clean
        .get(start..end)
        .and_then(parse_float_body)
        .ok_or_else(err)
}

/// Parses `[sign] (inf | infinity | nan | digits[.digits][e[sign]digits])`: the
/// standard library accepts exactly that grammar (case-insensitive words).
fn parse_float_body(t: &[u8]) -> Option<f64> {
    let x: f64 = std::str::from_utf8(t).ok()?.parse().ok()?;
    // CPython keeps the sign of "-nan".
    Some(if x.is_nan() {
        f64::NAN.copysign(if t.first() == Some(&b'-') { -1.0 } else { 1.0 })
    } else {
        x
    })
}

// ---- round() ----

/// `round(x, ndigits)` for a float, correctly rounded (half-even on the exact
/// binary value) like CPython's `double_round`. `OverflowError` "rounded value too
/// large to represent" when the result overflows.
pub fn round_float(x: f64, ndigits: i64) -> Result<f64, FmtError> {
    if !x.is_finite() || ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0 * x);
    }
    let q = scaled_round(x.abs(), ndigits);
    let sign = if x.is_sign_negative() { "-" } else { "" };
    let r: f64 = format!("{sign}{q}e{}", -ndigits)
        .parse()
        .unwrap_or(f64::NAN);
    if r.is_infinite() {
        return overflow("rounded value too large to represent");
    }
    Ok(r)
}

/// Converts an integral finite double to a `BigInt` exactly.
fn integral_f64_to_bigint(r: f64) -> BigInt {
    let (m, e) = decompose(r.abs());
    let mag = if e >= 0 {
        BigUint::from(m) << e as u64
    } else {
        BigUint::from(m >> e.unsigned_abs().min(63))
    };
    let sign = if r < 0.0 { Sign::Minus } else { Sign::Plus };
    BigInt::from_biguint(sign, mag)
}

/// `round(x)` for a float: nearest integer, ties to even.
pub fn round_float_to_int(x: f64) -> Result<BigInt, FmtError> {
    if x.is_nan() {
        return verr("cannot convert float NaN to integer");
    }
    if x.is_infinite() {
        return overflow("cannot convert float infinity to integer");
    }
    Ok(integral_f64_to_bigint(x.round_ties_even()))
}

// ---- Float arithmetic ----

/// CPython's `_float_div_mod` for `b != 0`.
fn div_mod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 { f + 1.0 } else { f }
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, m)
}

/// `a // b` for floats. Division by zero is [`FmtError::ZeroDiv`]
/// ("float floor division by zero"), which the caller raises as ZeroDivisionError.
pub fn float_floordiv(a: f64, b: f64) -> Result<f64, FmtError> {
    if b == 0.0 {
        return zero_div("float floor division by zero");
    }
    Ok(div_mod(a, b).0)
}

/// `a % b` for floats ([`FmtError::ZeroDiv`] "float modulo").
pub fn float_mod(a: f64, b: f64) -> Result<f64, FmtError> {
    if b == 0.0 {
        return zero_div("float modulo");
    }
    let m = a % b;
    Ok(if m != 0.0 {
        if (b < 0.0) != (m < 0.0) { m + b } else { m }
    } else {
        0.0f64.copysign(b)
    })
}

/// `divmod(a, b)` for floats ([`FmtError::ZeroDiv`] "float divmod()").
pub fn float_divmod(a: f64, b: f64) -> Result<(f64, f64), FmtError> {
    if b == 0.0 {
        return zero_div("float divmod()");
    }
    Ok(div_mod(a, b))
}

fn is_odd_integer(x: f64) -> bool {
    x.abs() % 2.0 == 1.0
}

/// `a ** b` for floats (CPython's `float_pow`).
///
/// * `0.0 ** negative` is [`FmtError::ZeroDiv`] "0.0 cannot be raised to a negative power";
/// * overflow is [`FmtError::Overflow`] "(34, 'Numerical result out of range')";
/// * a negative base with a non-integer exponent has a complex result in CPython
///   (it delegates to `complex.__pow__`): this returns `FmtError::Value("complex")`
///   and the caller must compute the complex power itself.
pub fn float_pow(a: f64, b: f64) -> Result<f64, FmtError> {
    if b == 0.0 {
        return Ok(1.0);
    }
    if a.is_nan() {
        return Ok(a);
    }
    if b.is_nan() {
        return Ok(if a == 1.0 { 1.0 } else { b });
    }
    if b.is_infinite() {
        let aa = a.abs();
        return Ok(if aa == 1.0 {
            1.0
        } else if (b > 0.0) == (aa > 1.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    if a.is_infinite() {
        let odd = is_odd_integer(b);
        return Ok(if b > 0.0 {
            if odd { a } else { a.abs() }
        } else if odd {
            0.0f64.copysign(a)
        } else {
            0.0
        });
    }
    if a == 0.0 {
        if b < 0.0 {
            return zero_div("0.0 cannot be raised to a negative power");
        }
        return Ok(if is_odd_integer(b) { a } else { 0.0 });
    }
    let mut base = a;
    let mut negate = false;
    if a < 0.0 {
        if b != b.floor() {
            return verr("complex");
        }
        base = -a;
        negate = is_odd_integer(b);
    }
    if base == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = base.powf(b);
    if r.is_infinite() {
        return overflow("(34, 'Numerical result out of range')");
    }
    Ok(if negate { -r } else { r })
}

// ---- int -> float ----

/// `f * 2**k`, exact whenever the result is representable.
fn ldexp(mut f: f64, mut k: i64) -> f64 {
    let pow2 = |j: i64| f64::from_bits(((1023 + j) as u64) << 52);
    while k > 1000 {
        f *= pow2(1000);
        k -= 1000;
        if f.is_infinite() {
            return f;
        }
    }
    while k < -1000 {
        f *= pow2(-1000);
        k += 1000;
    }
    f * pow2(k)
}

/// `float(n)`: correctly rounded (half-even); `OverflowError`
/// "int too large to convert to float".
pub fn bigint_to_f64(a: &BigInt) -> Result<f64, FmtError> {
    let mag = a.magnitude();
    let nbits = mag.bits();
    let f = if nbits <= 64 {
        mag.to_u64().unwrap_or(0) as f64
    } else if nbits > 1025 {
        f64::INFINITY
    } else {
        let shift = nbits - 64;
        let top = (mag >> shift).to_u64().unwrap_or(0);
        let sticky = mag.trailing_zeros().is_some_and(|z| z < shift);
        ldexp((top | u64::from(sticky)) as f64, shift as i64)
    };
    if f.is_infinite() {
        return overflow("int too large to convert to float");
    }
    Ok(if a.sign() == Sign::Minus { -f } else { f })
}

/// `a / b` for ints: correctly rounded (half-even) for any size, like CPython's
/// `long_true_divide`. Errors: [`FmtError::ZeroDiv`] "division by zero",
/// [`FmtError::Overflow`] "integer division result too large for a float".
pub fn int_true_divide(a: &BigInt, b: &BigInt) -> Result<f64, FmtError> {
    if b.is_zero() {
        return zero_div("division by zero");
    }
    let negative = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
    let apply_sign = |f: f64| if negative { -f } else { f };
    let too_large = "integer division result too large for a float";
    let (am, bm) = (a.magnitude(), b.magnitude());
    if am.bits() <= 53 && bm.bits() <= 53 {
        let q = am.to_u64().unwrap_or(0) as f64 / bm.to_u64().unwrap_or(1) as f64;
        return Ok(apply_sign(q));
    }
    let diff = am.bits() as i64 - bm.bits() as i64;
    if diff >= 1025 {
        return overflow(too_large);
    }
    if diff < -1076 {
        return Ok(apply_sign(0.0));
    }
    // Scale so that the integer quotient has 56 or 57 bits.
    let s = 56 - diff;
    let (q, r) = if s >= 0 {
        (am << s as u64).div_rem(bm)
    } else {
        am.div_rem(&(bm << s.unsigned_abs()))
    };
    let q = q.to_u64().unwrap_or(0);
    let sticky = !r.is_zero();
    let qbits = 64 - i64::from(q.leading_zeros());
    let msb_exp = qbits - 1 - s;
    let keep = if msb_exp >= -1022 { 53 } else { msb_exp + 1075 };
    let drop = (qbits - keep).clamp(1, 63);
    let mut m = q >> drop;
    let rest = q & ((1u64 << drop) - 1);
    let half = 1u64 << (drop - 1);
    if rest > half || (rest == half && (sticky || m & 1 == 1)) {
        m += 1;
    }
    let f = ldexp(m as f64, drop - s);
    if f.is_infinite() {
        return overflow(too_large);
    }
    Ok(apply_sign(f))
}

#[cfg(test)]
#[path = "format_tests.rs"]
mod tests;
