//! `hash()` and the key equality dicts use, with CPython's numeric hashing so
//! that `1`, `1.0` and `True` are the same key and `hash(n)` prints what CPython
//! prints for numbers. String hashes are not randomised (CPython's are, so no
//! program can depend on their values).

use super::object::PyStr;
use super::types::{PyResult, type_error, type_name};
use super::value::Value;
use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

/// The modulus of CPython's numeric hash: 2**61 - 1.
pub const MODULUS: u64 = (1 << 61) - 1;
const INF_HASH: i64 = 314_159;

fn fix(h: i64) -> i64 {
    if h == -1 { -2 } else { h }
}

/// hash(int) for an i64.
pub fn hash_i64(i: i64) -> i64 {
    let m = (i.unsigned_abs() % MODULUS) as i64;
    fix(if i < 0 { -m } else { m })
}

/// hash(int) for a big int.
pub fn hash_bigint(b: &BigInt) -> i64 {
    let m = (b.magnitude() % MODULUS).to_u64().unwrap_or(0) as i64;
    fix(if b.sign() == Sign::Minus { -m } else { m })
}

/// hash(float), CPython's algorithm: equal to the int hash for integral values.
pub fn hash_f64(v: f64) -> i64 {
    if v.is_infinite() {
        return if v > 0.0 { INF_HASH } else { -INF_HASH };
    }
    if v.is_nan() {
        return 0;
    }
    let (mut m, mut e) = frexp(v);
    let mut sign = 1i64;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (61 - 28));
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    x = ((x << e) & MODULUS) | (x >> (61 - e));
    fix(x as i64 * sign)
}

/// Splits `v` into a mantissa in [0.5, 1) and an exponent (C's frexp).
pub fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let m_bits = (bits & !(0x7ffu64 << 52)) | (1022u64 << 52);
    (f64::from_bits(m_bits), exp - 1022)
}

/// The hash of str contents (what a str object caches).
pub fn hash_str(s: &str) -> i64 {
    if s.is_empty() {
        // As CPython: the empty string hashes to 0.
        return 0;
    }
    // FNV-1a, 64-bit.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.as_bytes() {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    fix(h as i64)
}

/// The hash of a str object (cached in the object).
pub fn str_hash(s: &PyStr) -> i64 {
    s.hash_with(hash_str)
}

/// CPython's tuple hash (xxHash-based), over element hashes.
fn hash_tuple(items: &[Value]) -> PyResult<i64> {
    hash_tuple_with(items, &mut py_hash)
}

/// CPython's tuple hash with `hash_item` hashing the elements (the VM
/// passes one that calls classes' `__hash__`).
pub fn hash_tuple_with(
    items: &[Value],
    hash_item: &mut dyn FnMut(&Value) -> PyResult<i64>,
) -> PyResult<i64> {
    const P1: u64 = 11_400_714_785_074_694_791;
    const P2: u64 = 14_029_467_366_897_019_727;
    const P5: u64 = 2_870_177_450_012_600_261;
    let mut acc: u64 = P5;
    for item in items {
        let lane = hash_item(item)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3_527_539));
    if acc == u64::MAX {
        return Ok(1_546_275_796);
    }
    Ok(acc as i64)
}

/// The built-in value an instance of a subclass of a built-in type stands
/// for as a key: when its class keeps the built-in `__hash__` and `__eq__`
/// (`class IntSub(int): pass` hashes and compares as its int).
pub(crate) fn builtin_key(v: &Value) -> Option<Value> {
    let Value::Object(o) = v else {
        return None;
    };
    let inner = o.builtin_value()?;
    let t = super::rc::PyRef::ty(o);
    let inherited = |name: &str| matches!(t.lookup(name), Some(Value::Builtin(b)) if b.bound.is_none() && !b.owner.is_empty());
    (inherited("__hash__") && inherited("__eq__")).then_some(inner)
}

/// The hash of `v`, an instance of a subclass of a built-in type keeping
/// its base's hash, whose built-in value is `inner`: a subclass of an
/// unhashable type is reported as itself (`unhashable type: 'MySet'`).
pub fn hash_builtin_of(v: &Value, inner: &Value) -> PyResult<i64> {
    if matches!(
        inner,
        Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::ByteArray(_)
    ) {
        return Err(type_error(format!("unhashable type: '{}'", type_name(v))));
    }
    py_hash(inner)
}

/// `hash(v)`. Raises TypeError for unhashable (mutable) values.
pub fn py_hash(v: &Value) -> PyResult<i64> {
    if let Some(inner) = builtin_key(v) {
        // A subclass of an unhashable type is named as itself.
        return hash_builtin_of(v, &inner);
    }
    Ok(match v {
        Value::Int(i) => hash_i64(*i),
        Value::Bool(b) => i64::from(*b),
        Value::Float(f) => hash_f64(*f),
        Value::BigInt(b) => hash_bigint(b),
        Value::Str(s) => str_hash(s),
        Value::Bytes(b) if b.data.is_empty() => 0,
        Value::Bytes(b) => {
            // Not CPython's (randomised) bytes hash; equal bytes hash equal.
            let mut h: u64 = 0xcbf2_9ce4_8422_2325;
            for x in b.data.iter() {
                h ^= u64::from(*x);
                h = h.wrapping_mul(0x0100_0000_01b3);
            }
            fix(h as i64)
        }
        Value::Tuple(t) => {
            thread_local! {
                static DEPTH: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
            }
            let d = DEPTH.with(|c| c.get());
            if d >= 1000 {
                return Err(super::types::PyErr::new(
                    super::types::ExcKind::RecursionError,
                    "maximum recursion depth exceeded while calling a Python object",
                ));
            }
            DEPTH.with(|c| c.set(d + 1));
            let r = hash_tuple(&t.items);
            DEPTH.with(|c| c.set(d));
            r?
        }
        Value::None => 0x7c9d_3b1e,
        Value::Code(c) => {
            // Equal code objects (compared by content) hash equal.
            let c = &c.code;
            let name = str_hash(&PyStr::new(&c.qualname));
            let file = str_hash(&PyStr::new(&c.filename));
            let mixed = name ^ file.rotate_left(17) ^ (c.instrs.len() as i64) << 3;
            fix(mixed ^ i64::from(c.firstlineno))
        }
        Value::FrozenSet(s) => match s.hash.get() {
            Some(h) => h,
            None => {
                let h = s.table.borrow().frozen_hash();
                s.hash.set(Some(h));
                h
            }
        },
        Value::Complex(c) => super::complex::hash(**c),
        Value::List(_)
        | Value::Dict(_)
        | Value::Slice(_)
        | Value::Set(_)
        | Value::ByteArray(_)
        | Value::Cell(_) => {
            return Err(type_error(format!("unhashable type: '{}'", type_name(v))));
        }
        // A bound built-in method hashes as its equality compares: its
        // receiver by identity and its function.
        Value::Builtin(b) if b.bound.is_some() => {
            let me = match &b.bound {
                Some(o) if super::value::tag::is_heap(o.tag()) => {
                    (o.heap_ptr() as usize >> 4) as i64
                }
                Some(o) => py_hash(o)?,
                None => 0,
            };
            fix(me ^ str_hash(&PyStr::new(b.name)))
        }
        other => {
            // Identity hash, as object.__hash__: the address shifted right by 4.
            (other.heap_ptr() as usize >> 4) as i64
        }
    })
}

/// Equality as dict keys compare it: numeric values by value across int, float
/// and bool, str by content, tuples elementwise, everything else by identity.
pub fn keys_equal(a: &Value, b: &Value) -> bool {
    use Value::*;
    match (a, b) {
        (Str(x), Str(y)) => str_eq(x, y),
        (Int(x), Int(y)) => x == y,
        (Tuple(x), Tuple(y)) => {
            x.items.len() == y.items.len()
                && x.items
                    .iter()
                    .zip(y.items.iter())
                    .all(|(p, q)| keys_equal(p, q))
        }
        (Object(_), _) | (_, Object(_)) => match (builtin_key(a), builtin_key(b)) {
            (Option::None, Option::None) => a.is(b),
            (x, y) => {
                let (x, y) = (
                    x.unwrap_or_else(|| a.clone()),
                    y.unwrap_or_else(|| b.clone()),
                );
                !matches!(x, Object(_)) && !matches!(y, Object(_)) && keys_equal(&x, &y)
            }
        },
        _ => super::ops::eq_builtin(a, b).unwrap_or_else(|| a.is(b)),
    }
}

fn str_eq(x: &super::rc::PyRef<PyStr>, y: &super::rc::PyRef<PyStr>) -> bool {
    super::rc::PyRef::ptr_eq(x, y) || x.as_str() == y.as_str()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_hashes_match_cpython() {
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64(1 << 61), 1);
        assert_eq!(hash_f64(1.0), 1);
        assert_eq!(hash_f64(0.5), 1_152_921_504_606_846_976);
        assert_eq!(hash_f64(-2.5), -1_152_921_504_606_846_978);
        assert_eq!(hash_f64(1e100), 1_822_893_315_824_342_674);
        assert_eq!(hash_f64(f64::INFINITY), 314_159);
        let big = BigInt::from(1u8) << 100;
        assert_eq!(hash_bigint(&big), 549_755_813_888);
        assert_eq!(
            hash_tuple(&[Value::Int(1), Value::Int(2)]).ok(),
            Some(-3_550_055_125_485_641_917)
        );
    }
}
