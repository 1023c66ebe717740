//! Library modules about the VM itself, implemented in Rust: `types`,
//! `importlib` (with `importlib.util`), `dis` and `marshal`; also `__future__`
//! and `errno`.

use super::Vm;
use super::evalexec::bind_args;
use super::modules::{builtin, new_module};
use crate::bytecode::{CodeObject, Instr, dis};
use crate::runtime::object::{PyDict, PyModule, PyNamespace, PyStr, TypeKind};
use crate::runtime::types::{ExcKind, PyErr, PyResult, type_error, type_name, with_types};
use crate::runtime::{PyRef, Value};
use std::path::Path;

type Kw<'a> = &'a [(PyRef<PyStr>, Value)];

/// Dotted names of built-in modules that live inside a built-in package.
pub const SUBMODULES: &[&str] = &["importlib.util"];

/// The built-in module `name` of this file, if it is one.
pub fn module(vm: &Vm, name: &str) -> Option<PyRef<PyModule>> {
    match name {
        "types" => Some(make_types(vm)),
        "importlib" => Some(new_module(
            vm,
            "importlib",
            vec![
                ("import_module", builtin("import_module", il_import_module)),
                (
                    "invalidate_caches",
                    builtin("invalidate_caches", il_invalidate_caches),
                ),
                ("__path__", Value::list(vec![])),
            ],
        )),
        "importlib.util" => Some(new_module(
            vm,
            "importlib.util",
            vec![
                (
                    "cache_from_source",
                    builtin("cache_from_source", util_cache_from_source),
                ),
                (
                    "source_from_cache",
                    builtin("source_from_cache", util_source_from_cache),
                ),
                (
                    "MAGIC_NUMBER",
                    Value::Bytes(PyRef::new(crate::runtime::object::PyBytes::new(
                        crate::pyc::MAGIC.to_vec(),
                    ))),
                ),
                ("resolve_name", builtin("resolve_name", util_resolve_name)),
            ],
        )),
        "dis" => Some(make_dis(vm)),
        "__future__" => Some(make_future(vm)),
        "errno" => Some(make_errno(vm)),
        "marshal" => Some(new_module(
            vm,
            "marshal",
            vec![
                ("dumps", builtin("dumps", marshal_dumps)),
                ("loads", builtin("loads", marshal_loads)),
            ],
        )),
        _ => None,
    }
}

// ----- types ---------------------------------------------------------------------

/// Linux errno names and values (CPython's `errno` module on Linux; aliases
/// such as EWOULDBLOCK share a value with their primary name).
const ERRNO_NAMES: &[(&str, i64)] = &[
    ("E2BIG", 7),
    ("EACCES", 13),
    ("EADDRINUSE", 98),
    ("EADDRNOTAVAIL", 99),
    ("EADV", 68),
    ("EAFNOSUPPORT", 97),
    ("EAGAIN", 11),
    ("EALREADY", 114),
    ("EBADE", 52),
    ("EBADF", 9),
    ("EBADFD", 77),
    ("EBADMSG", 74),
    ("EBADR", 53),
    ("EBADRQC", 56),
    ("EBADSLT", 57),
    ("EBFONT", 59),
    ("EBUSY", 16),
    ("ECANCELED", 125),
    ("ECHILD", 10),
    ("ECHRNG", 44),
    ("ECOMM", 70),
    ("ECONNABORTED", 103),
    ("ECONNREFUSED", 111),
    ("ECONNRESET", 104),
    ("EDEADLK", 35),
    ("EDEADLOCK", 35),
    ("EDESTADDRREQ", 89),
    ("EDOM", 33),
    ("EDOTDOT", 73),
    ("EDQUOT", 122),
    ("EEXIST", 17),
    ("EFAULT", 14),
    ("EFBIG", 27),
    ("EHOSTDOWN", 112),
    ("EHOSTUNREACH", 113),
    ("EIDRM", 43),
    ("EILSEQ", 84),
    ("EINPROGRESS", 115),
    ("EINTR", 4),
    ("EINVAL", 22),
    ("EIO", 5),
    ("EISCONN", 106),
    ("EISDIR", 21),
    ("EISNAM", 120),
    ("EKEYEXPIRED", 127),
    ("EKEYREJECTED", 129),
    ("EKEYREVOKED", 128),
    ("EL2HLT", 51),
    ("EL2NSYNC", 45),
    ("EL3HLT", 46),
    ("EL3RST", 47),
    ("ELIBACC", 79),
    ("ELIBBAD", 80),
    ("ELIBEXEC", 83),
    ("ELIBMAX", 82),
    ("ELIBSCN", 81),
    ("ELNRNG", 48),
    ("ELOOP", 40),
    ("EMEDIUMTYPE", 124),
    ("EMFILE", 24),
    ("EMLINK", 31),
    ("EMSGSIZE", 90),
    ("EMULTIHOP", 72),
    ("ENAMETOOLONG", 36),
    ("ENAVAIL", 119),
    ("ENETDOWN", 100),
    ("ENETRESET", 102),
    ("ENETUNREACH", 101),
    ("ENFILE", 23),
    ("ENOANO", 55),
    ("ENOBUFS", 105),
    ("ENOCSI", 50),
    ("ENODATA", 61),
    ("ENODEV", 19),
    ("ENOENT", 2),
    ("ENOEXEC", 8),
    ("ENOKEY", 126),
    ("ENOLCK", 37),
    ("ENOLINK", 67),
    ("ENOMEDIUM", 123),
    ("ENOMEM", 12),
    ("ENOMSG", 42),
    ("ENONET", 64),
    ("ENOPKG", 65),
    ("ENOPROTOOPT", 92),
    ("ENOSPC", 28),
    ("ENOSR", 63),
    ("ENOSTR", 60),
    ("ENOSYS", 38),
    ("ENOTBLK", 15),
    ("ENOTCONN", 107),
    ("ENOTDIR", 20),
    ("ENOTEMPTY", 39),
    ("ENOTNAM", 118),
    ("ENOTRECOVERABLE", 131),
    ("ENOTSOCK", 88),
    ("ENOTSUP", 95),
    ("ENOTTY", 25),
    ("ENOTUNIQ", 76),
    ("ENXIO", 6),
    ("EOPNOTSUPP", 95),
    ("EOVERFLOW", 75),
    ("EOWNERDEAD", 130),
    ("EPERM", 1),
    ("EPFNOSUPPORT", 96),
    ("EPIPE", 32),
    ("EPROTO", 71),
    ("EPROTONOSUPPORT", 93),
    ("EPROTOTYPE", 91),
    ("ERANGE", 34),
    ("EREMCHG", 78),
    ("EREMOTE", 66),
    ("EREMOTEIO", 121),
    ("ERESTART", 85),
    ("ERFKILL", 132),
    ("EROFS", 30),
    ("ESHUTDOWN", 108),
    ("ESOCKTNOSUPPORT", 94),
    ("ESPIPE", 29),
    ("ESRCH", 3),
    ("ESRMNT", 69),
    ("ESTALE", 116),
    ("ESTRPIPE", 86),
    ("ETIME", 62),
    ("ETIMEDOUT", 110),
    ("ETOOMANYREFS", 109),
    ("ETXTBSY", 26),
    ("EUCLEAN", 117),
    ("EUNATCH", 49),
    ("EUSERS", 87),
    ("EWOULDBLOCK", 11),
    ("EXDEV", 18),
    ("EXFULL", 54),
];

/// `errno`: the error-number constants and `errorcode` (value → primary name).
fn make_errno(vm: &Vm) -> PyRef<PyModule> {
    let codes = PyRef::new(PyDict::new());
    let mut items: Vec<(&str, Value)> = Vec::new();
    for (name, value) in ERRNO_NAMES {
        items.push((name, Value::Int(*value)));
    }
    {
        let mut t = codes.table.borrow_mut();
        for (name, value) in ERRNO_PRIMARY {
            let _ = t.insert(Value::Int(*value), Value::str(name));
        }
    }
    items.push(("errorcode", Value::Dict(codes)));
    new_module(vm, "errno", items)
}

/// The name `errno.errorcode` gives each value.
const ERRNO_PRIMARY: &[(&str, i64)] = &[
    ("EPERM", 1),
    ("ENOENT", 2),
    ("ESRCH", 3),
    ("EINTR", 4),
    ("EIO", 5),
    ("ENXIO", 6),
    ("E2BIG", 7),
    ("ENOEXEC", 8),
    ("EBADF", 9),
    ("ECHILD", 10),
    ("EAGAIN", 11),
    ("ENOMEM", 12),
    ("EACCES", 13),
    ("EFAULT", 14),
    ("ENOTBLK", 15),
    ("EBUSY", 16),
    ("EEXIST", 17),
    ("EXDEV", 18),
    ("ENODEV", 19),
    ("ENOTDIR", 20),
    ("EISDIR", 21),
    ("EINVAL", 22),
    ("ENFILE", 23),
    ("EMFILE", 24),
    ("ENOTTY", 25),
    ("ETXTBSY", 26),
    ("EFBIG", 27),
    ("ENOSPC", 28),
    ("ESPIPE", 29),
    ("EROFS", 30),
    ("EMLINK", 31),
    ("EPIPE", 32),
    ("EDOM", 33),
    ("ERANGE", 34),
    ("EDEADLOCK", 35),
    ("ENAMETOOLONG", 36),
    ("ENOLCK", 37),
    ("ENOSYS", 38),
    ("ENOTEMPTY", 39),
    ("ELOOP", 40),
    ("ENOMSG", 42),
    ("EIDRM", 43),
    ("ECHRNG", 44),
    ("EL2NSYNC", 45),
    ("EL3HLT", 46),
    ("EL3RST", 47),
    ("ELNRNG", 48),
    ("EUNATCH", 49),
    ("ENOCSI", 50),
    ("EL2HLT", 51),
    ("EBADE", 52),
    ("EBADR", 53),
    ("EXFULL", 54),
    ("ENOANO", 55),
    ("EBADRQC", 56),
    ("EBADSLT", 57),
    ("EBFONT", 59),
    ("ENOSTR", 60),
    ("ENODATA", 61),
    ("ETIME", 62),
    ("ENOSR", 63),
    ("ENONET", 64),
    ("ENOPKG", 65),
    ("EREMOTE", 66),
    ("ENOLINK", 67),
    ("EADV", 68),
    ("ESRMNT", 69),
    ("ECOMM", 70),
    ("EPROTO", 71),
    ("EMULTIHOP", 72),
    ("EDOTDOT", 73),
    ("EBADMSG", 74),
    ("EOVERFLOW", 75),
    ("ENOTUNIQ", 76),
    ("EBADFD", 77),
    ("EREMCHG", 78),
    ("ELIBACC", 79),
    ("ELIBBAD", 80),
    ("ELIBSCN", 81),
    ("ELIBMAX", 82),
    ("ELIBEXEC", 83),
    ("EILSEQ", 84),
    ("ERESTART", 85),
    ("ESTRPIPE", 86),
    ("EUSERS", 87),
    ("ENOTSOCK", 88),
    ("EDESTADDRREQ", 89),
    ("EMSGSIZE", 90),
    ("EPROTOTYPE", 91),
    ("ENOPROTOOPT", 92),
    ("EPROTONOSUPPORT", 93),
    ("ESOCKTNOSUPPORT", 94),
    ("ENOTSUP", 95),
    ("EPFNOSUPPORT", 96),
    ("EAFNOSUPPORT", 97),
    ("EADDRINUSE", 98),
    ("EADDRNOTAVAIL", 99),
    ("ENETDOWN", 100),
    ("ENETUNREACH", 101),
    ("ENETRESET", 102),
    ("ECONNABORTED", 103),
    ("ECONNRESET", 104),
    ("ENOBUFS", 105),
    ("EISCONN", 106),
    ("ENOTCONN", 107),
    ("ESHUTDOWN", 108),
    ("ETOOMANYREFS", 109),
    ("ETIMEDOUT", 110),
    ("ECONNREFUSED", 111),
    ("EHOSTDOWN", 112),
    ("EHOSTUNREACH", 113),
    ("EALREADY", 114),
    ("EINPROGRESS", 115),
    ("ESTALE", 116),
    ("EUCLEAN", 117),
    ("ENOTNAM", 118),
    ("ENAVAIL", 119),
    ("EISNAM", 120),
    ("EREMOTEIO", 121),
    ("EDQUOT", 122),
    ("ENOMEDIUM", 123),
    ("EMEDIUMTYPE", 124),
    ("ECANCELED", 125),
    ("ENOKEY", 126),
    ("EKEYEXPIRED", 127),
    ("EKEYREVOKED", 128),
    ("EKEYREJECTED", 129),
    ("EOWNERDEAD", 130),
    ("ENOTRECOVERABLE", 131),
    ("ERFKILL", 132),
];

/// `__future__`: `all_feature_names` and one record per feature (a
/// namespace with `optional`, `mandatory` and `compiler_flag`, where CPython
/// has a `_Feature` class).
fn make_future(vm: &Vm) -> PyRef<PyModule> {
    use crate::compiler::future::FEATURES;
    let release = |v: &[i64; 3], stage: &str, serial: i64| {
        Value::tuple(vec![
            Value::Int(v[0]),
            Value::Int(v[1]),
            Value::Int(v[2]),
            Value::str(stage),
            Value::Int(serial),
        ])
    };
    let mut items: Vec<(&str, Value)> = vec![(
        "all_feature_names",
        Value::list(FEATURES.iter().map(|f| Value::str(f.0)).collect()),
    )];
    for (name, optional, mandatory, flag) in FEATURES {
        let d = PyRef::new(crate::runtime::object::PyDict::new());
        {
            let mut t = d.table.borrow_mut();
            t.insert_str("optional", release(optional, "beta", 1));
            t.insert_str(
                "mandatory",
                mandatory
                    .as_ref()
                    .map_or(Value::None, |m| release(m, "alpha", 0)),
            );
            t.insert_str("compiler_flag", Value::Int(*flag));
        }
        items.push((
            name,
            Value::Namespace(PyRef::new_typed(
                PyNamespace { dict: d },
                with_types(|t| t.simple_namespace.clone()),
            )),
        ));
    }
    new_module(vm, "__future__", items)
}

/// `types.coroutine(func)`: a generator function is marked (in place, on a
/// copy of its code with `ITERABLE_COROUTINE` set) so that its generators
/// can be awaited; coroutine functions and other callables are returned
/// unchanged (CPython wraps the latter to make the plain generators they
/// return awaitable, which is not done here).
fn types_coroutine(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    use crate::bytecode::code::flags;
    let [func] = args else {
        return Err(type_error(format!(
            "coroutine() takes exactly one argument ({} given)",
            args.len()
        )));
    };
    if let Value::Function(f) = func {
        let code = f.code.borrow().clone();
        let fl = code.code.flags;
        if fl & (flags::COROUTINE | flags::ITERABLE_COROUTINE) == 0 && fl & flags::GENERATOR != 0 {
            let mut copy = code.code.clone();
            copy.flags |= flags::ITERABLE_COROUTINE;
            *f.code.borrow_mut() = PyRef::new(crate::runtime::PyCode::new(copy));
        }
        return Ok(func.clone());
    }
    if !super::lazyiter::is_callable(func) {
        return Err(type_error("types.coroutine() expects a callable"));
    }
    Ok(func.clone())
}

fn make_types(vm: &Vm) -> PyRef<PyModule> {
    let items = with_types(|t| {
        vec![
            ("SimpleNamespace", Value::Type(t.simple_namespace.clone())),
            ("ModuleType", Value::Type(t.module.clone())),
            ("FunctionType", Value::Type(t.function.clone())),
            ("LambdaType", Value::Type(t.function.clone())),
            (
                "BuiltinFunctionType",
                Value::Type(t.builtin_function.clone()),
            ),
            ("BuiltinMethodType", Value::Type(t.builtin_function.clone())),
            (
                "MethodDescriptorType",
                Value::Type(t.method_descriptor.clone()),
            ),
            (
                "WrapperDescriptorType",
                Value::Type(t.wrapper_descriptor.clone()),
            ),
            ("MethodWrapperType", Value::Type(t.method_wrapper.clone())),
            (
                "GetSetDescriptorType",
                Value::Type(t.getset_descriptor.clone()),
            ),
            (
                "MemberDescriptorType",
                Value::Type(t.member_descriptor.clone()),
            ),
            ("CodeType", Value::Type(t.code.clone())),
            ("CellType", Value::Type(t.cell.clone())),
            ("NoneType", Value::Type(t.none.clone())),
            ("EllipsisType", Value::Type(t.ellipsis.clone())),
            ("NotImplementedType", Value::Type(t.not_implemented.clone())),
            ("GeneratorType", Value::Type(t.generator.clone())),
            ("CoroutineType", Value::Type(t.coroutine.clone())),
            ("AsyncGeneratorType", Value::Type(t.async_generator.clone())),
            ("coroutine", builtin("coroutine", types_coroutine)),
        ]
    });
    new_module(vm, "types", items)
}

// ----- importlib -------------------------------------------------------------------

fn str_arg<'a>(fname: &str, what: &str, v: &'a Value) -> PyResult<&'a str> {
    match v {
        Value::Str(s) => Ok(s.as_str()),
        other => Err(type_error(format!(
            "{fname}() argument '{what}' must be str, not {}",
            type_name(other)
        ))),
    }
}

/// The absolute name of `name` (which may start with dots) relative to
/// `package`, as `importlib.util.resolve_name`.
fn resolve(name: &str, package: Option<&str>) -> PyResult<String> {
    let level = name.len() - name.trim_start_matches('.').len();
    if level == 0 {
        return Ok(name.to_string());
    }
    let Some(package) = package.filter(|p| !p.is_empty()) else {
        return Err(type_error(format!(
            "the 'package' argument is required to perform a relative import for '{name}'"
        )));
    };
    let globals = PyRef::new(PyDict::new());
    globals
        .table
        .borrow_mut()
        .insert_str("__package__", Value::str(package));
    super::import::resolve_relative(&name[level..], level as u32, &globals)
}

/// `importlib.import_module(name, package=None)`: the module itself (not the
/// top-level package `import a.b` binds).
fn il_import_module(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = bind_args("import_module", args, kw, &["name", "package"], 1, 0)?;
    let name = str_arg(
        "import_module",
        "name",
        a[0].as_ref().unwrap_or(&Value::None),
    )?;
    let package = match &a[1] {
        None | Some(Value::None) => None,
        Some(v) => Some(str_arg("import_module", "package", v)?),
    };
    let absolute = resolve(name, package)?;
    let globals = PyRef::new(PyDict::new());
    vm.import_name(&absolute, &Value::tuple(vec![]), 0, &globals)?;
    let found = vm.modules.table.borrow().get_str(&absolute);
    found.ok_or_else(|| {
        PyErr::new(
            ExcKind::ModuleNotFoundError,
            format!("No module named '{absolute}'"),
        )
    })
}

/// `importlib.invalidate_caches()`: the finder keeps no directory caches,
/// so there is nothing to drop.
fn il_invalidate_caches(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    bind_args("invalidate_caches", args, kw, &[], 0, 0)?;
    Ok(Value::None)
}

fn path_arg(fname: &str, v: Option<&Value>) -> PyResult<String> {
    match v {
        Some(Value::Str(s)) => Ok(s.as_str().to_string()),
        Some(Value::Bytes(b)) => Ok(String::from_utf8_lossy(&b.data).into_owned()),
        Some(other) => Err(type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            type_name(other)
        ))),
        None => Err(type_error(format!(
            "{fname}() missing required argument 'path' (pos 1)"
        ))),
    }
}

/// `importlib.util.cache_from_source(path)`: where the cache of `path` goes
/// (honouring `PYTHONPYCACHEPREFIX` / `-X pycache_prefix`).
fn util_cache_from_source(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = bind_args(
        "cache_from_source",
        args,
        kw,
        &["path", "debug_override", "optimization"],
        1,
        0,
    )?;
    let path = path_arg("cache_from_source", a[0].as_ref())?;
    let cache = crate::pyc::cache_path(Path::new(&path), vm.config.pycache_prefix.as_deref());
    Ok(Value::string(cache.to_string_lossy().into_owned()))
}

/// `importlib.util.source_from_cache(path)`.
fn util_source_from_cache(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = bind_args("source_from_cache", args, kw, &["path"], 1, 0)?;
    let path = path_arg("source_from_cache", a[0].as_ref())?;
    match crate::pyc::cache::source_from_cache(
        Path::new(&path),
        vm.config.pycache_prefix.as_deref(),
    ) {
        Some(p) => Ok(Value::string(p.to_string_lossy().into_owned())),
        None => Err(PyErr::new(
            ExcKind::ValueError,
            format!(
                "{path:?} is not a cache file name of this implementation (expected \
                 __pycache__/NAME.{}.pyc)",
                crate::pyc::cache_tag()
            ),
        )),
    }
}

/// `importlib.util.resolve_name(name, package)`.
fn util_resolve_name(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = bind_args("resolve_name", args, kw, &["name", "package"], 2, 0)?;
    let name = str_arg(
        "resolve_name",
        "name",
        a[0].as_ref().unwrap_or(&Value::None),
    )?;
    let package = match &a[1] {
        Some(Value::Str(s)) => Some(s.as_str()),
        _ => None,
    };
    Ok(Value::string(resolve(name, package)?))
}

// ----- dis -------------------------------------------------------------------------

fn make_dis(vm: &Vm) -> PyRef<PyModule> {
    let opnames: Vec<Value> = (0..=255u8)
        .map(|b| match crate::bytecode::Opcode::from_u8(b) {
            Some(op) => Value::string(op.mnemonic()),
            None => Value::string(format!("<{b}>")),
        })
        .collect();
    let opmap = PyRef::new(PyDict::new());
    {
        let mut t = opmap.table.borrow_mut();
        for op in crate::bytecode::Opcode::ALL {
            t.insert_str(&op.mnemonic(), Value::Int(i64::from(*op as u8)));
        }
    }
    let instruction = crate::runtime::types::new_native_type(
        "Instruction",
        &with_types(|t| t.object.clone()),
        TypeKind::Namespace,
    );
    new_module(
        vm,
        "dis",
        vec![
            ("dis", builtin("dis", dis_dis)),
            ("disassemble", builtin("disassemble", dis_dis)),
            (
                "get_instructions",
                builtin("get_instructions", dis_get_instructions),
            ),
            ("code_info", builtin("code_info", dis_code_info)),
            ("opname", Value::list(opnames)),
            ("opmap", Value::Dict(opmap)),
            ("Instruction", Value::Type(instruction)),
        ],
    )
}

/// The code object `dis` functions look at for `x`: a function's code, a
/// code object, or source text compiled as a module named `<dis>`.
fn code_of(x: &Value) -> PyResult<Option<PyRef<crate::runtime::PyCode>>> {
    Ok(match x {
        Value::Function(f) => Some(f.code.borrow().clone()),
        Value::Code(c) => Some(c.clone()),
        Value::Str(s) => Some(super::compile::compile_mode(
            s.as_str(),
            "<dis>",
            super::compile::Mode::Exec,
        )?),
        _ => None,
    })
}

/// Raw instruction bytes (`co_code`) as a code object with nothing else, so
/// they can be listed.
fn bare_code(data: &[u8]) -> PyResult<CodeObject> {
    let mut code = CodeObject::default();
    let mut pos = 0;
    while pos < data.len() {
        let i = Instr::decode(data, &mut pos).map_err(|e| {
            PyErr::new(
                ExcKind::ValueError,
                format!("not pyjit bytecode at offset {pos}: {e:?}"),
            )
        })?;
        code.instrs.push(i);
    }
    Ok(code)
}

/// `dis.dis(x, *, file=None)`: prints the disassembly of a function, code
/// object, source string, raw bytecode or every function of a module.
fn dis_dis(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = bind_args("dis", args, kw, &["x", "file", "depth"], 0, 1)?;
    let x = a[0].clone().unwrap_or(Value::None);
    let to_stderr = a[1].as_ref().is_some_and(super::modules::is_stderr);
    let text = match &x {
        Value::None => {
            return Err(PyErr::new(
                ExcKind::RuntimeError,
                "no last traceback to disassemble",
            ));
        }
        Value::Bytes(b) => {
            let code = bare_code(&b.data)?;
            let mut out = String::new();
            for row in dis::rows(&code) {
                out.push_str(&format!(
                    "{:>6}  {:<20} {}\n",
                    row.pc,
                    row.mnemonic,
                    row.operands.join(", ")
                ));
            }
            out
        }
        Value::Module(m) => {
            let mut items = m.dict.table.borrow().items();
            items.sort_by(|(k1, _), (k2, _)| {
                k1.as_str().unwrap_or("").cmp(k2.as_str().unwrap_or(""))
            });
            let mut out = String::new();
            for (k, v) in items {
                if let (Some(name), Value::Function(_) | Value::Code(_)) = (k.as_str(), &v)
                    && let Some(code) = code_of(&v)?
                {
                    out.push_str(&format!("Disassembly of {name}:\n"));
                    out.push_str(&dis::disassemble(&code.code));
                    out.push('\n');
                }
            }
            out
        }
        other => match code_of(other)? {
            Some(code) => dis::disassemble(&code.code),
            None => {
                return Err(type_error(format!(
                    "don't know how to disassemble {} objects",
                    type_name(other)
                )));
            }
        },
    };
    if to_stderr {
        vm.flush();
        eprint!("{text}");
    } else {
        vm.write_out(&text);
    }
    Ok(Value::None)
}

/// `dis.code_info(x)`: the header of the disassembly (names, counts, flags).
fn dis_code_info(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = bind_args("code_info", args, kw, &["x"], 1, 0)?;
    let x = a[0].clone().unwrap_or(Value::None);
    let Some(code) = code_of(&x)? else {
        return Err(type_error(format!(
            "don't know how to disassemble {} objects",
            type_name(&x)
        )));
    };
    let c = &code.code;
    let list = |v: &[crate::bytecode::Name]| {
        v.iter()
            .enumerate()
            .map(|(i, n)| format!("\n   {i:>3}: {n}"))
            .collect::<String>()
    };
    let consts: Vec<crate::bytecode::Name> =
        c.consts.iter().map(|k| dis::const_repr(k).into()).collect();
    let mut out = format!(
        "Name:              {}\nFilename:          {}\nArgument count:    {}\n\
         Positional-only arguments: {}\nKw-only arguments: {}\nNumber of locals:  {}\n\
         Registers:         {}\nFlags:             {:#x}",
        c.name,
        c.filename,
        c.argcount,
        c.posonlyargcount,
        c.kwonlyargcount,
        c.varnames.len(),
        c.nregs,
        c.flags
    );
    for (title, names) in [
        ("Constants", &consts),
        ("Names", &c.names),
        ("Variable names", &c.varnames),
        ("Cell variables", &c.cellvars),
        ("Free variables", &c.freevars),
    ] {
        if !names.is_empty() {
            out.push_str(&format!("\n{title}:{}", list(names)));
        }
    }
    Ok(Value::string(out))
}

/// `dis.get_instructions(x)`: an iterator of `Instruction` objects with
/// `opname`, `opcode`, `operands`, `argrepr`, `offset` (byte offset in
/// `co_code`), `index` (the instruction number jump labels use),
/// `starts_line`, `line` and `is_jump_target`.
fn dis_get_instructions(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = bind_args("get_instructions", args, kw, &["x", "first_line"], 1, 0)?;
    let x = a[0].clone().unwrap_or(Value::None);
    let Some(code) = code_of(&x)? else {
        return Err(type_error(format!(
            "don't know how to disassemble {} objects",
            type_name(&x)
        )));
    };
    let ty = match vm
        .modules
        .table
        .borrow()
        .get_str("dis")
        .and_then(|m| match m {
            Value::Module(m) => m.dict.table.borrow().get_str("Instruction"),
            _ => None,
        }) {
        Some(Value::Type(t)) => t,
        _ => with_types(|t| t.simple_namespace.clone()),
    };
    let c = &code.code;
    let mut offset = 0usize;
    let mut items = Vec::with_capacity(c.instrs.len());
    for (row, instr) in dis::rows(c).into_iter().zip(&c.instrs) {
        let mut bytes = Vec::new();
        instr.encode(&mut bytes);
        let d = PyRef::new(PyDict::new());
        {
            let mut t = d.table.borrow_mut();
            t.insert_str("opname", Value::string(row.mnemonic));
            t.insert_str("opcode", Value::Int(i64::from(instr.opcode() as u8)));
            t.insert_str(
                "operands",
                Value::tuple(row.operands.into_iter().map(Value::string).collect()),
            );
            t.insert_str("argrepr", Value::string(row.notes.join(" ")));
            t.insert_str("offset", Value::Int(offset as i64));
            t.insert_str("index", Value::Int(row.pc as i64));
            t.insert_str(
                "starts_line",
                row.starts_line
                    .filter(|l| *l != 0)
                    .map_or(Value::None, |l| Value::Int(i64::from(l))),
            );
            t.insert_str(
                "line",
                if row.line == 0 {
                    Value::None
                } else {
                    Value::Int(i64::from(row.line))
                },
            );
            t.insert_str("is_jump_target", Value::Bool(row.is_jump_target));
        }
        offset += bytes.len();
        items.push(Value::Namespace(PyRef::new_typed(
            PyNamespace { dict: d },
            ty.clone(),
        )));
    }
    vm.get_iter(&Value::list(items))
}

// ----- marshal -----------------------------------------------------------------------

/// `marshal.dumps(value)`: the cache encoding of a code object or of a value
/// a code object can hold as a constant (None, bool, int, float, str, bytes,
/// Ellipsis, tuples of those). Other values are "unmarshallable", as CPython
/// says of the types its marshal does not know.
fn marshal_dumps(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = bind_args("dumps", args, kw, &["value", "version"], 1, 2)?;
    let v = a[0].clone().unwrap_or(Value::None);
    let Some(c) = crate::runtime::code::value_to_const(&v) else {
        return Err(PyErr::new(ExcKind::ValueError, "unmarshallable object"));
    };
    Ok(Value::Bytes(PyRef::new(
        crate::runtime::object::PyBytes::new(crate::pyc::marshal::dumps_const(&c)),
    )))
}

/// Verifies every code object in a decoded constant.
fn verify_const(c: &crate::bytecode::Const) -> Result<(), String> {
    match c {
        crate::bytecode::Const::Code(code) => {
            crate::bytecode::verify::verify(code).map_err(|e| e.to_string())
        }
        crate::bytecode::Const::Tuple(items) => items.iter().try_for_each(verify_const),
        _ => Ok(()),
    }
}

/// `marshal.loads(bytes)`: the inverse of `dumps`. Code objects are verified
/// like those of a cache file before they are returned, so crafted bytes are a
/// `ValueError` (`EOFError` when they end early), never a crash.
fn marshal_loads(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = bind_args("loads", args, kw, &["bytes"], 1, 1)?;
    let data = match &a[0] {
        Some(Value::Bytes(b)) => b.clone(),
        Some(other) => {
            return Err(type_error(format!(
                "a bytes-like object is required, not '{}'",
                type_name(other)
            )));
        }
        None => return Err(type_error("loads() missing required argument")),
    };
    let c = crate::pyc::marshal::loads_const(&data.data).map_err(|e| match e.kind {
        crate::pyc::MarshalErrorKind::Truncated => {
            PyErr::new(ExcKind::EOFError, format!("marshal data too short ({e})"))
        }
        crate::pyc::MarshalErrorKind::Corrupt => {
            PyErr::new(ExcKind::ValueError, format!("bad marshal data ({e})"))
        }
    })?;
    verify_const(&c).map_err(|e| {
        PyErr::new(
            ExcKind::ValueError,
            format!("bad marshal data (invalid code object: {e})"),
        )
    })?;
    Ok(crate::runtime::code::const_value(&c))
}
