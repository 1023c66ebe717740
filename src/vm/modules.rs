//! Built-in modules implemented in Rust: `sys`, `math`, `time`.

use super::Vm;
use crate::runtime::int::{self, as_int};
use crate::runtime::object::{NativeFn, PyBuiltin, PyModule, PyStr};
use crate::runtime::types::{ExcKind, PyErr, PyResult, type_error, type_name, value_error};
use crate::runtime::{PyRef, Value, fmt_err, format, ops, repr};

type Kw<'a> = &'a [(PyRef<PyStr>, Value)];

pub(crate) fn builtin(name: &'static str, func: NativeFn) -> Value {
    Value::Builtin(PyRef::new(PyBuiltin {
        name,
        func,
        bound: None,
        owner: "",
        objclass: None,
    }))
}

pub(crate) fn new_module(vm: &Vm, name: &str, items: Vec<(&str, Value)>) -> PyRef<PyModule> {
    let dict = vm.new_module_dict(name);
    {
        let mut t = dict.table.borrow_mut();
        for (k, v) in items {
            t.insert_str(k, v);
        }
    }
    PyRef::new(PyModule {
        name: name.to_string(),
        dict,
    })
}

/// Name of the pseudo-module standing for `sys.stderr`.
const STDERR: &str = "<stderr>";
const STDOUT: &str = "<stdout>";

/// True when `v` is `sys.stderr`.
pub fn is_stderr(v: &Value) -> bool {
    matches!(v, Value::Module(m) if m.name == STDERR)
}

/// The text argument of a stream's `write`.
fn write_arg(a: &[Value]) -> PyResult<String> {
    match a.first() {
        Some(Value::Str(s)) => Ok(s.as_str().to_string()),
        Some(other) => Err(type_error(format!(
            "write() argument must be str, not {}",
            type_name(other)
        ))),
        None => Err(type_error("write() takes exactly one argument (0 given)")),
    }
}

fn write_stdout(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let s = write_arg(a)?;
    vm.write_out(&s);
    Ok(Value::Int(s.chars().count() as i64))
}

fn write_stderr(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let s = write_arg(a)?;
    vm.flush();
    eprint!("{s}");
    Ok(Value::Int(s.chars().count() as i64))
}

fn flush_stdout(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    vm.flush();
    Ok(Value::None)
}

fn sys_exit(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let args = match a.first() {
        None => vec![],
        Some(v) => vec![v.clone()],
    };
    Err(PyErr::with_args(ExcKind::SystemExit, args))
}

/// `sys.exc_info()`: (type, value, traceback) of the exception being handled.
fn sys_exc_info(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(match &vm.topmost_handled() {
        Value::Exception(e) => Value::tuple(vec![
            Value::Type(PyRef::class(e)),
            Value::Exception(e.clone()),
            super::traceback::traceback_of(e),
        ]),
        _ => Value::tuple(vec![Value::None, Value::None, Value::None]),
    })
}

/// `sys.exception()`: the exception being handled, or None.
fn sys_exception(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    if !a.is_empty() {
        return Err(type_error(format!(
            "exception() takes no arguments ({} given)",
            a.len()
        )));
    }
    Ok(match vm.topmost_handled() {
        e @ Value::Exception(_) => e,
        _ => Value::None,
    })
}

fn sys_getrecursionlimit(vm: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Int(i64::from(vm.recursion_limit)))
}

fn sys_setrecursionlimit(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let n = match a.first() {
        Some(v) => match as_int(v) {
            Some(i) => match int::to_i64(i) {
                Some(n) if i32::try_from(n).is_ok() => n,
                _ => {
                    return Err(PyErr::new(
                        ExcKind::OverflowError,
                        "Python int too large to convert to C int",
                    ));
                }
            },
            None => {
                return Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    crate::runtime::types::type_name(v)
                )));
            }
        },
        None => {
            return Err(type_error(
                "setrecursionlimit() takes exactly one argument (0 given)",
            ));
        }
    };
    if n < 1 {
        return Err(value_error(
            "recursion limit must be greater or equal than 1",
        ));
    }
    // The native stack bounds how deep we can really go.
    vm.recursion_limit = n.min(200_000) as u32;
    Ok(Value::None)
}

/// `sys.implementation`: the name, the tag in cache file names and the
/// language version implemented.
fn implementation() -> Value {
    let d = PyRef::new(crate::runtime::object::PyDict::new());
    {
        let mut t = d.table.borrow_mut();
        t.insert_str("name", Value::str("pyjit"));
        t.insert_str("cache_tag", Value::string(crate::pyc::cache_tag()));
        t.insert_str(
            "version",
            Value::tuple(vec![
                Value::Int(3),
                Value::Int(11),
                Value::Int(7),
                Value::str("final"),
                Value::Int(0),
            ]),
        );
        t.insert_str("hexversion", Value::Int(0x030b_07f0));
    }
    Value::Namespace(PyRef::new_typed(
        crate::runtime::object::PyNamespace { dict: d },
        crate::runtime::types::with_types(|t| t.simple_namespace.clone()),
    ))
}

/// Creates `sys` and registers it in `sys.modules`.
pub fn install_sys(vm: &mut Vm, path: Vec<String>) {
    let stdout = new_module(
        vm,
        STDOUT,
        vec![
            ("write", builtin("write", write_stdout)),
            ("flush", builtin("flush", flush_stdout)),
        ],
    );
    let stderr = new_module(
        vm,
        STDERR,
        vec![
            ("write", builtin("write", write_stderr)),
            ("flush", builtin("flush", flush_stdout)),
        ],
    );
    let argv = Value::list(vm.argv.iter().map(|s| Value::str(s)).collect());
    let path = Value::list(path.iter().map(|s| Value::str(s)).collect());
    let exe = std::env::current_exe()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    let sys = new_module(
        vm,
        "sys",
        vec![
            ("argv", argv),
            ("path", path),
            ("modules", Value::Dict(vm.modules.clone())),
            ("version", Value::str("3.11.7 (pyjit 0.1.0)")),
            (
                "version_info",
                Value::tuple(vec![
                    Value::Int(3),
                    Value::Int(11),
                    Value::Int(7),
                    Value::str("final"),
                    Value::Int(0),
                ]),
            ),
            ("maxsize", Value::Int(i64::MAX)),
            (
                "platform",
                Value::str(if cfg!(target_os = "macos") {
                    "darwin"
                } else {
                    "linux"
                }),
            ),
            ("byteorder", Value::str("little")),
            ("executable", Value::string(exe)),
            (
                "dont_write_bytecode",
                Value::Bool(vm.config.dont_write_bytecode),
            ),
            ("exit", builtin("exit", sys_exit)),
            ("exc_info", builtin("exc_info", sys_exc_info)),
            ("exception", builtin("exception", sys_exception)),
            (
                "getrecursionlimit",
                builtin("getrecursionlimit", sys_getrecursionlimit),
            ),
            (
                "setrecursionlimit",
                builtin("setrecursionlimit", sys_setrecursionlimit),
            ),
            ("implementation", implementation()),
            (
                "pycache_prefix",
                vm.config.pycache_prefix.as_ref().map_or(Value::None, |p| {
                    Value::string(p.to_string_lossy().into_owned())
                }),
            ),
            ("stdout", Value::Module(stdout)),
            ("stderr", Value::Module(stderr)),
        ],
    );
    vm.modules
        .table
        .borrow_mut()
        .insert_str("sys", Value::Module(sys.clone()));
    vm.sys = Some(sys);
    let mut b = vm.builtins.table.borrow_mut();
    b.insert_str("exit", builtin("exit", sys_exit));
    b.insert_str("quit", builtin("quit", sys_exit));
}

// ----- math ----------------------------------------------------------------------------

fn num(v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        other => match as_int(other) {
            Some(i) => i.to_f64(),
            None => Err(type_error(format!(
                "must be real number, not {}",
                type_name(other)
            ))),
        },
    }
}

fn arg1(name: &str, a: &[Value]) -> PyResult<f64> {
    if a.len() != 1 {
        return Err(type_error(format!(
            "math.{name}() takes exactly one argument ({} given)",
            a.len()
        )));
    }
    num(&a[0])
}

fn domain() -> PyErr {
    value_error("math domain error")
}

fn range_err() -> PyErr {
    PyErr::new(ExcKind::OverflowError, "math range error")
}

/// Checks a float result as CPython's math module does.
fn checked(x: f64, r: f64) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(range_err());
    }
    Ok(Value::Float(r))
}

macro_rules! math1 {
    ($fname:ident, $name:literal, $f:expr) => {
        fn $fname(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
            let x = arg1($name, a)?;
            #[allow(clippy::redundant_closure_call)]
            checked(x, ($f)(x))
        }
    };
}

math1!(m_sin, "sin", f64::sin);
math1!(m_cos, "cos", f64::cos);
math1!(m_tan, "tan", f64::tan);
math1!(m_asin, "asin", f64::asin);
math1!(m_acos, "acos", f64::acos);
math1!(m_atan, "atan", f64::atan);
math1!(m_sinh, "sinh", f64::sinh);
math1!(m_cosh, "cosh", f64::cosh);
math1!(m_tanh, "tanh", f64::tanh);
math1!(m_exp, "exp", f64::exp);
math1!(m_fabs, "fabs", f64::abs);
math1!(m_degrees, "degrees", f64::to_degrees);
math1!(m_radians, "radians", f64::to_radians);

fn m_sqrt(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let x = arg1("sqrt", a)?;
    if x < 0.0 {
        return Err(domain());
    }
    Ok(Value::Float(x.sqrt()))
}

fn log_of(v: &Value) -> PyResult<f64> {
    // Logs of huge ints are computed from their bit length.
    if let Value::BigInt(b) = v {
        if b.sign() != num_bigint::Sign::Plus {
            return Err(domain());
        }
        let bits = b.bits();
        if bits > 1000 {
            let shift = bits - 64;
            let top: num_bigint::BigInt = &**b >> shift;
            let t = num_traits::ToPrimitive::to_f64(&top).unwrap_or(1.0);
            return Ok(t.ln() + shift as f64 * std::f64::consts::LN_2);
        }
    }
    let x = num(v)?;
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(x.ln())
}

fn m_log(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    if a.is_empty() || a.len() > 2 {
        return Err(type_error(format!(
            "log expected 1 or 2 arguments, got {}",
            a.len()
        )));
    }
    let l = log_of(&a[0])?;
    match a.get(1) {
        None => Ok(Value::Float(l)),
        Some(b) => {
            let lb = log_of(b)?;
            if lb == 0.0 {
                return Err(PyErr::new(
                    ExcKind::ZeroDivisionError,
                    "float division by zero",
                ));
            }
            Ok(Value::Float(l / lb))
        }
    }
}

fn m_log2(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let x = arg1("log2", a)?;
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(Value::Float(x.log2()))
}

fn m_log10(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let x = arg1("log10", a)?;
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(Value::Float(x.log10()))
}

fn to_int_result(f: f64) -> PyResult<Value> {
    int::from_f64(f)
}

/// `math.floor`/`ceil`/`trunc` of an instance of a class: its
/// `__floor__`/`__ceil__`/`__trunc__` when it has one, else (not for trunc)
/// its float value through `__float__`/`__index__`. None for other values.
fn rounding_hook(vm: &mut Vm, a: &[Value], hook: &'static str) -> PyResult<Option<Value>> {
    let [x] = a else {
        return Ok(None);
    };
    if !super::protocol::is_user(x) {
        return Ok(None);
    }
    if let Some(f) = super::protocol::special(x, hook) {
        return vm.call_special(&f, x, &[]).map(Some);
    }
    if hook == "__trunc__" {
        return Err(type_error(format!(
            "type {} doesn't define __trunc__ method",
            crate::runtime::types::type_name(x)
        )));
    }
    let has_float = super::protocol::special(x, "__float__").is_some()
        || super::protocol::special(x, "__index__").is_some()
        || matches!(
            super::protocol::unwrap_builtin(x),
            Value::Float(_) | Value::Int(_) | Value::BigInt(_) | Value::Bool(_)
        );
    if !has_float {
        return Err(type_error(format!(
            "must be real number, not {}",
            crate::runtime::types::type_name(x)
        )));
    }
    let f = vm.float_of(x)?;
    to_int_result(if hook == "__floor__" {
        f.floor()
    } else {
        f.ceil()
    })
    .map(Some)
}

fn m_floor(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    if a.len() == 1 && as_int(&a[0]).is_some() {
        return ops::pos(&a[0]);
    }
    if let Some(r) = rounding_hook(vm, a, "__floor__")? {
        return Ok(r);
    }
    to_int_result(arg1("floor", a)?.floor())
}

fn m_ceil(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    if a.len() == 1 && as_int(&a[0]).is_some() {
        return ops::pos(&a[0]);
    }
    if let Some(r) = rounding_hook(vm, a, "__ceil__")? {
        return Ok(r);
    }
    to_int_result(arg1("ceil", a)?.ceil())
}

fn m_trunc(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    if a.len() == 1 && as_int(&a[0]).is_some() {
        return ops::pos(&a[0]);
    }
    if let Some(r) = rounding_hook(vm, a, "__trunc__")? {
        return Ok(r);
    }
    to_int_result(arg1("trunc", a)?.trunc())
}

fn arg2(name: &str, a: &[Value]) -> PyResult<(f64, f64)> {
    if a.len() != 2 {
        return Err(type_error(format!(
            "{name} expected 2 arguments, got {}",
            a.len()
        )));
    }
    Ok((num(&a[0])?, num(&a[1])?))
}

fn m_pow(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let (x, y) = arg2("pow", a)?;
    if x == 0.0 && y < 0.0 {
        return Err(domain());
    }
    let r = x.powf(y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_err());
    }
    Ok(Value::Float(r))
}

fn m_atan2(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let (y, x) = arg2("atan2", a)?;
    Ok(Value::Float(y.atan2(x)))
}

fn m_hypot(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let mut acc: f64 = 0.0;
    for v in a {
        acc = acc.hypot(num(v)?);
    }
    Ok(Value::Float(acc))
}

fn m_copysign(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let (x, y) = arg2("copysign", a)?;
    Ok(Value::Float(x.copysign(y)))
}

fn m_fmod(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let (x, y) = arg2("fmod", a)?;
    if y == 0.0 || x.is_infinite() {
        return Err(domain());
    }
    Ok(Value::Float(x % y))
}

fn m_isnan(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Bool(arg1("isnan", a)?.is_nan()))
}
fn m_isinf(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Bool(arg1("isinf", a)?.is_infinite()))
}
fn m_isfinite(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Bool(arg1("isfinite", a)?.is_finite()))
}

fn int_arg(v: &Value) -> PyResult<num_bigint::BigInt> {
    match as_int(v) {
        Some(i) => Ok(i.big().into_owned()),
        None => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        ))),
    }
}

fn m_gcd(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    use num_integer::Integer;
    let mut g = num_bigint::BigInt::from(0);
    for v in a {
        g = g.gcd(&int_arg(v)?);
    }
    Ok(Value::from_bigint(g))
}

fn m_factorial(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    if a.len() != 1 {
        return Err(type_error(format!(
            "math.factorial() takes exactly one argument ({} given)",
            a.len()
        )));
    }
    if let Value::Float(_) = a[0] {
        return Err(type_error(
            "'float' object cannot be interpreted as an integer",
        ));
    }
    let n = int_arg(&a[0])?;
    let n = num_traits::ToPrimitive::to_i64(&n).ok_or_else(|| {
        PyErr::new(
            ExcKind::OverflowError,
            "factorial() argument should not exceed 9223372036854775807",
        )
    })?;
    if n < 0 {
        return Err(value_error("factorial() not defined for negative values"));
    }
    let mut acc = num_bigint::BigInt::from(1);
    for i in 2..=n {
        acc *= i;
    }
    Ok(Value::from_bigint(acc))
}

fn m_isqrt(_: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    if a.len() != 1 {
        return Err(type_error("isqrt() takes exactly one argument"));
    }
    let n = int_arg(&a[0])?;
    if n.sign() == num_bigint::Sign::Minus {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(n.sqrt()))
}

fn m_prod(vm: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let mut acc = kw
        .iter()
        .find(|(k, _)| k.as_str() == "start")
        .map_or(Value::Int(1), |(_, v)| v.clone());
    let Some(it) = a.first() else {
        return Err(type_error(
            "prod() takes exactly 1 positional argument (0 given)",
        ));
    };
    for v in vm.collect(it)? {
        acc = ops::binary_op(ops::BinOp::Mul, &acc, &v)?;
    }
    Ok(acc)
}

fn m_fsum(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let Some(it) = a.first() else {
        return Err(type_error("fsum() takes exactly one argument (0 given)"));
    };
    // Shewchuk's exact summation with partials (as CPython's msum).
    let mut partials: Vec<f64> = Vec::new();
    for v in vm.collect(it)? {
        let mut x = num(&v)?;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
    }
    let mut n = partials.len();
    let mut hi = 0.0;
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}

fn m_isclose(_: &mut Vm, a: &[Value], kw: Kw) -> PyResult<Value> {
    let (x, y) = arg2("isclose", a)?;
    let mut rel = 1e-9;
    let mut abs = 0.0;
    for (k, v) in kw {
        match k.as_str() {
            "rel_tol" => rel = num(v)?,
            "abs_tol" => abs = num(v)?,
            _ => {
                return Err(type_error(format!(
                    "isclose() got an unexpected keyword argument '{}'",
                    k.as_str()
                )));
            }
        }
    }
    if x == y {
        return Ok(Value::Bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let d = (x - y).abs();
    Ok(Value::Bool(
        d <= (rel * y).abs() || d <= (rel * x).abs() || d <= abs,
    ))
}

/// Creates the `math` module.
pub fn make_math(vm: &Vm) -> PyRef<PyModule> {
    let f = |n: &'static str, func: NativeFn| (n, builtin(n, func));
    new_module(
        vm,
        "math",
        vec![
            ("pi", Value::Float(std::f64::consts::PI)),
            ("e", Value::Float(std::f64::consts::E)),
            ("tau", Value::Float(std::f64::consts::TAU)),
            ("inf", Value::Float(f64::INFINITY)),
            ("nan", Value::Float(f64::NAN)),
            f("sqrt", m_sqrt),
            f("sin", m_sin),
            f("cos", m_cos),
            f("tan", m_tan),
            f("asin", m_asin),
            f("acos", m_acos),
            f("atan", m_atan),
            f("atan2", m_atan2),
            f("sinh", m_sinh),
            f("cosh", m_cosh),
            f("tanh", m_tanh),
            f("exp", m_exp),
            f("log", m_log),
            f("log2", m_log2),
            f("log10", m_log10),
            f("pow", m_pow),
            f("fabs", m_fabs),
            f("floor", m_floor),
            f("ceil", m_ceil),
            f("trunc", m_trunc),
            f("hypot", m_hypot),
            f("copysign", m_copysign),
            f("fmod", m_fmod),
            f("degrees", m_degrees),
            f("radians", m_radians),
            f("isnan", m_isnan),
            f("isinf", m_isinf),
            f("isfinite", m_isfinite),
            f("isclose", m_isclose),
            f("gcd", m_gcd),
            f("factorial", m_factorial),
            f("isqrt", m_isqrt),
            f("prod", m_prod),
            f("fsum", m_fsum),
        ],
    )
}

// ----- time ------------------------------------------------------------------------------

fn t_time(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    let d = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0);
    Ok(Value::Float(d))
}

thread_local! {
    static START: std::time::Instant = std::time::Instant::now();
}

fn t_perf_counter(_: &mut Vm, _: &[Value], _: Kw) -> PyResult<Value> {
    Ok(Value::Float(START.with(|s| s.elapsed().as_secs_f64())))
}

fn t_sleep(vm: &mut Vm, a: &[Value], _: Kw) -> PyResult<Value> {
    let s = a.first().map(num).transpose()?.unwrap_or(0.0);
    if s < 0.0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    vm.flush();
    std::thread::sleep(std::time::Duration::from_secs_f64(s.min(1e9)));
    Ok(Value::None)
}

/// Creates the `time` module.
pub fn make_time(vm: &Vm) -> PyRef<PyModule> {
    new_module(
        vm,
        "time",
        vec![
            ("time", builtin("time", t_time)),
            ("perf_counter", builtin("perf_counter", t_perf_counter)),
            ("monotonic", builtin("monotonic", t_perf_counter)),
            ("process_time", builtin("process_time", t_perf_counter)),
            ("sleep", builtin("sleep", t_sleep)),
        ],
    )
}

/// A built-in module by name, created on first import.
pub fn builtin_module(vm: &Vm, name: &str) -> Option<PyRef<PyModule>> {
    match name {
        "math" => Some(make_math(vm)),
        "time" => Some(make_time(vm)),
        _ => super::stdlib::module(vm, name),
    }
}

/// Formats `v` with `str()` for messages.
pub fn display(v: &Value) -> String {
    repr::str_of(v).unwrap_or_default()
}

/// Parses an int from a string (used by `-X` options).
pub fn parse_int_opt(s: &str) -> Option<i64> {
    format::parse_int(s, 10)
        .map_err(fmt_err)
        .ok()
        .and_then(|b| num_traits::ToPrimitive::to_i64(&b))
}
