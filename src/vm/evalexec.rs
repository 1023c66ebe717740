//! `compile`, `exec`, `eval`, `globals`, `locals`, `vars` and `__import__`:
//! code built at run time, and the namespaces it runs in.

use super::compile::{Mode, compile_mode};
use super::{Frame, Vm};
use crate::bytecode::code::flags;
use crate::runtime::object::{NativeFn, PyDict, PyStr};
use crate::runtime::types::{ExcKind, PyErr, PyResult, type_error, type_name};
use crate::runtime::{PyCode, PyRef, Value};

type Kw<'a> = &'a [(PyRef<PyStr>, Value)];

/// The built-in functions defined here.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("compile", b_compile),
    ("exec", b_exec),
    ("eval", b_eval),
    ("globals", b_globals),
    ("locals", b_locals),
    ("vars", b_vars),
    ("dir", b_dir),
    ("__import__", b_import),
];

/// Binds the arguments of a built-in with parameters `names`, of which the
/// first `required` must be given and the first `posonly` cannot be passed
/// by keyword. Returns one slot per parameter.
pub fn bind_args(
    fname: &str,
    args: &[Value],
    kw: Kw,
    names: &[&str],
    required: usize,
    posonly: usize,
) -> PyResult<Vec<Option<Value>>> {
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    if posonly == names.len() && !names.is_empty() && kw.is_empty() {
        // Only positional parameters: CPython checks the count alone.
        if names.len() == 1 && required == 1 && args.len() != 1 {
            return Err(type_error(format!(
                "{fname}() takes exactly one argument ({} given)",
                args.len()
            )));
        }
        if args.len() < required {
            return Err(type_error(format!(
                "{fname} expected at least {required} argument{}, got {}",
                plural(required),
                args.len()
            )));
        }
        if args.len() > names.len() {
            return Err(type_error(format!(
                "{fname} expected at most {} argument{}, got {}",
                names.len(),
                plural(names.len()),
                args.len()
            )));
        }
    }
    let minpos = required.min(posonly);
    if args.len() < minpos {
        return Err(type_error(format!(
            "{fname}() takes {} {minpos} positional argument{} ({} given)",
            if minpos < names.len() {
                "at least"
            } else {
                "exactly"
            },
            plural(minpos),
            args.len()
        )));
    }
    if args.len() > names.len() && names.is_empty() {
        return Err(type_error(format!(
            "{fname}() takes no arguments ({} given)",
            args.len()
        )));
    }
    if args.len() > names.len() {
        return Err(type_error(format!(
            "{fname}() takes at most {} argument{} ({} given)",
            names.len(),
            if names.len() == 1 { "" } else { "s" },
            args.len()
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    for (slot, a) in out.iter_mut().zip(args) {
        *slot = Some(a.clone());
    }
    for (k, v) in kw {
        let key = k.as_str();
        match names.iter().position(|n| *n == key) {
            Some(i) if i >= posonly => {
                if out[i].is_some() {
                    return Err(type_error(format!(
                        "argument for {fname}() given by name ('{key}') and position ({})",
                        i + 1
                    )));
                }
                out[i] = Some(v.clone());
            }
            _ if posonly == names.len() => {
                return Err(type_error(format!("{fname}() takes no keyword arguments")));
            }
            _ => {
                return Err(type_error(format!(
                    "'{key}' is an invalid keyword argument for {fname}()"
                )));
            }
        }
    }
    if let Some(i) = out[..required].iter().position(Option::is_none) {
        return Err(type_error(format!(
            "{fname}() missing required argument '{}' (pos {})",
            names[i],
            i + 1
        )));
    }
    Ok(out)
}

/// The text of a source argument (str, or bytes decoded as UTF-8), or `None`
/// when `v` is neither.
fn source_text(v: &Value) -> PyResult<Option<String>> {
    let text = match v {
        Value::Str(s) => s.as_str().to_string(),
        Value::Bytes(b) => match std::str::from_utf8(&b.data) {
            Ok(s) => s.to_string(),
            Err(e) => {
                let pos = e.valid_up_to();
                let byte = b.data.get(pos).copied().unwrap_or(0);
                return Err(PyErr::new(
                    ExcKind::SyntaxError,
                    format!(
                        "(unicode error) 'utf-8' codec can't decode byte {byte:#04x} in \
                         position {pos}: invalid start byte"
                    ),
                ));
            }
        },
        _ => return Ok(None),
    };
    if text.contains('\0') {
        return Err(PyErr::new(
            ExcKind::SyntaxError,
            "source code string cannot contain null bytes",
        ));
    }
    Ok(Some(text))
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`.
fn b_compile(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = bind_args(
        "compile",
        args,
        kw,
        &[
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
            "_feature_version",
        ],
        3,
        0,
    )?;
    let [Some(src), Some(filename), Some(mode), flags, ..] = a.as_slice() else {
        return Err(type_error("compile() missing required argument"));
    };
    if let Some(f) = flags
        && !matches!(f, Value::Int(0) | Value::Bool(false))
    {
        return Err(PyErr::new(
            ExcKind::NotImplementedError,
            "compile() flags are not supported (no AST objects or future features)",
        ));
    }
    let filename = match filename {
        Value::Str(s) => s.as_str().to_string(),
        Value::Bytes(b) => String::from_utf8_lossy(&b.data).into_owned(),
        other => {
            return Err(type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                type_name(other)
            )));
        }
    };
    let mode = match mode {
        Value::Str(s) => Mode::from_name(s.as_str()),
        other => {
            return Err(type_error(format!(
                "compile() argument 'mode' must be str, not {}",
                type_name(other)
            )));
        }
    };
    let Some(mode) = mode else {
        return Err(PyErr::new(
            ExcKind::ValueError,
            "compile() mode must be 'exec', 'eval' or 'single'",
        ));
    };
    let Some(text) = source_text(src)? else {
        return Err(type_error(
            "compile() arg 1 must be a string, bytes or AST object",
        ));
    };
    Ok(Value::Code(compile_mode(&text, &filename, mode)?))
}

/// Where names of the frame that called a built-in live.
struct CallerScope {
    globals: PyRef<PyDict>,
    /// The locals mapping (`globals` itself at module level).
    locals: PyRef<PyDict>,
}

impl Vm {
    /// The innermost running Python frame. The reference is not tied to
    /// `self`: the frame lives on the Rust stack of a caller, not in the VM.
    fn caller_frame<'f>(&self) -> Option<&'f Frame> {
        // SAFETY: `current_frame` is null or points to the frame of an active
        // `run_linked` call further up the Rust stack; it is unlinked before that
        // frame is dropped, and the built-in asking for it returns before that
        // call does, so the frame outlives every use of this reference.
        unsafe { self.current_frame.as_ref() }
    }

    /// The globals and locals of the calling frame: `globals()`, `locals()` and
    /// the defaults of `exec`/`eval`. A function's locals are a fresh snapshot
    /// of its variables, as CPython's `locals()` is.
    fn caller_scope(&mut self) -> Option<CallerScope> {
        let f = self.caller_frame()?;
        let code = &f.code.code;
        let locals = if let Some(l) = &*f.locals {
            l.clone()
        } else if code.flags & flags::OPTIMIZED == 0 {
            f.globals.clone()
        } else {
            let me: *const Frame = f;
            let d = match self.locals_snapshots.iter().find(|(p, _)| *p == me) {
                Some((_, d)) => d.clone(),
                None => {
                    let d = PyRef::new(PyDict::new());
                    self.locals_snapshots.push((me, d.clone()));
                    d
                }
            };
            {
                let mut t = d.table.borrow_mut();
                let reg = |i: usize| -> Value {
                    if i < code.nregs as usize {
                        // SAFETY: i < nregs, the size of the frame's register
                        // window, which stays reserved while the frame runs.
                        unsafe { (*f.regs.add(i)).clone() }
                    } else {
                        Value::Unbound
                    }
                };
                let mut set = |name: &str, v: Value| {
                    if matches!(v, Value::Unbound) {
                        let _ = t.remove(&Value::str(name));
                    } else {
                        t.insert_str(name, v);
                    }
                };
                for (i, name) in code.varnames.iter().enumerate() {
                    if !code.cellvars.contains(name) {
                        set(name, reg(i));
                    }
                }
                let cells = code.cellvars.iter().chain(&code.freevars);
                for (i, name) in cells.enumerate() {
                    let v = match reg(code.cell_start() + i) {
                        Value::Cell(c) => c.value.borrow().clone(),
                        _ => Value::Unbound,
                    };
                    set(name, v);
                }
            }
            d
        };
        Some(CallerScope {
            globals: f.globals.clone(),
            locals,
        })
    }

    /// The namespaces `exec`/`eval` run in, from their `globals` and `locals`
    /// arguments. Adds `__builtins__` to globals that lack it.
    fn exec_namespaces(
        &mut self,
        fname: &str,
        globals: Option<&Value>,
        locals: Option<&Value>,
    ) -> PyResult<(PyRef<PyDict>, Option<PyRef<PyDict>>)> {
        let locals = match locals {
            None | Some(Value::None) => None,
            Some(Value::Dict(d)) => Some(d.clone()),
            Some(other) => {
                return Err(type_error(format!(
                    "locals must be a mapping (pyjit supports dict), not {}",
                    type_name(other)
                )));
            }
        };
        let (globals, locals) = match globals {
            None | Some(Value::None) => {
                let Some(scope) = self.caller_scope() else {
                    return Err(PyErr::new(
                        ExcKind::SystemError,
                        format!("{fname}(): no current frame"),
                    ));
                };
                (scope.globals, Some(locals.unwrap_or(scope.locals)))
            }
            Some(Value::Dict(g)) => (g.clone(), locals),
            Some(other) => {
                let msg = if fname == "exec" {
                    format!("exec() globals must be a dict, not {}", type_name(other))
                } else {
                    "globals must be a real dict; try eval(expr, {}, mapping)".to_string()
                };
                return Err(type_error(msg));
            }
        };
        if globals.table.borrow().get_str("__builtins__").is_none() {
            globals
                .table
                .borrow_mut()
                .insert_str("__builtins__", Value::Dict(self.builtins.clone()));
        }
        Ok((globals, locals))
    }

    /// Runs `code` for `exec`/`eval`.
    fn run_dynamic(
        &mut self,
        code: PyRef<PyCode>,
        globals: PyRef<PyDict>,
        locals: Option<PyRef<PyDict>>,
    ) -> PyResult<Value> {
        let nfree = code.code.freevars.len();
        if nfree > 0 {
            return Err(type_error(format!(
                "code object requires a closure of exactly length {nfree}"
            )));
        }
        self.run_code_with_locals(code, globals, locals)
    }
}

/// `exec(source, globals=None, locals=None)`.
fn b_exec(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if args.is_empty() {
        // CPython's exec also has a keyword-only `closure`, so its count
        // message is the one for mixed parameters.
        return Err(type_error(
            "exec() takes at least 1 positional argument (0 given)",
        ));
    }
    let a = bind_args("exec", args, kw, &["source", "globals", "locals"], 1, 3)?;
    let (globals, locals) = vm.exec_namespaces("exec", a[1].as_ref(), a[2].as_ref())?;
    let src = a[0].as_ref().unwrap_or(&Value::None);
    let code = match src {
        Value::Code(c) => c.clone(),
        other => match source_text(other)? {
            Some(text) => compile_mode(&text, "<string>", Mode::Exec)?,
            None => {
                return Err(type_error(
                    "exec() arg 1 must be a string, bytes or code object",
                ));
            }
        },
    };
    vm.run_dynamic(code, globals, locals)?;
    Ok(Value::None)
}

/// `eval(source, globals=None, locals=None)`.
fn b_eval(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = bind_args("eval", args, kw, &["source", "globals", "locals"], 1, 3)?;
    let (globals, locals) = vm.exec_namespaces("eval", a[1].as_ref(), a[2].as_ref())?;
    let src = a[0].as_ref().unwrap_or(&Value::None);
    let code = match src {
        Value::Code(c) => c.clone(),
        other => match source_text(other)? {
            // eval() ignores leading spaces and tabs, unlike compile().
            Some(text) => {
                compile_mode(text.trim_start_matches([' ', '\t']), "<string>", Mode::Eval)?
            }
            None => {
                return Err(type_error(
                    "eval() arg 1 must be a string, bytes or code object",
                ));
            }
        },
    };
    vm.run_dynamic(code, globals, locals)
}

/// `globals()`.
fn b_globals(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    bind_args("globals", args, kw, &[], 0, 0)?;
    match vm.caller_scope() {
        Some(s) => Ok(Value::Dict(s.globals)),
        None => Ok(Value::Dict(vm.builtins.clone())),
    }
}

/// `locals()`.
fn b_locals(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    bind_args("locals", args, kw, &[], 0, 0)?;
    match vm.caller_scope() {
        Some(s) => Ok(Value::Dict(s.locals)),
        None => Ok(Value::Dict(PyRef::new(PyDict::new()))),
    }
}

/// `vars()` / `vars(obj)`.
fn b_vars(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = bind_args("vars", args, kw, &["object"], 0, 1)?;
    let Some(obj) = &a[0] else {
        return b_locals(vm, &[], &[]);
    };
    let dict = match obj {
        Value::Module(m) => Some(m.dict.clone()),
        Value::Namespace(n) => Some(n.dict.clone()),
        Value::Function(f) => Some(
            f.dict
                .borrow_mut()
                .get_or_insert_with(|| PyRef::new(PyDict::new()))
                .clone(),
        ),
        _ => None,
    };
    match dict {
        Some(d) => Ok(Value::Dict(d)),
        None => match vm.getattr(obj, "__dict__") {
            Ok(d) => Ok(d),
            Err(e) if e.matches(crate::runtime::ExcKind::AttributeError) => {
                Err(type_error("vars() argument must have __dict__ attribute"))
            }
            Err(e) => Err(e),
        },
    }
}

/// `dir()` (the caller's local names) and `dir(module)` (the module's names),
/// sorted.
fn b_dir(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = bind_args("dir", args, kw, &["object"], 0, 1)?;
    let dict = match &a[0] {
        None => match vm.caller_scope() {
            Some(s) => s.locals,
            None => PyRef::new(PyDict::new()),
        },
        Some(Value::Module(m)) => m.dict.clone(),
        Some(other) => return vm.dir_of(other),
    };
    let mut names: Vec<String> = dict
        .table
        .borrow()
        .items()
        .iter()
        .filter_map(|(k, _)| k.as_str().map(str::to_string))
        .collect();
    names.sort();
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
fn b_import(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = bind_args(
        "__import__",
        args,
        kw,
        &["name", "globals", "locals", "fromlist", "level"],
        1,
        0,
    )?;
    let name = match &a[0] {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(type_error(format!(
                "module name must be str, not {}",
                type_name(other)
            )));
        }
        None => String::new(),
    };
    let globals = match &a[1] {
        Some(Value::Dict(d)) => d.clone(),
        _ => PyRef::new(PyDict::new()),
    };
    let fromlist = match &a[3] {
        None | Some(Value::None) => Value::tuple(vec![]),
        Some(v @ Value::Tuple(_)) => v.clone(),
        Some(v) => Value::tuple(vm.collect(v)?),
    };
    let level = match &a[4] {
        None => 0,
        Some(Value::Int(n)) if *n >= 0 => *n,
        Some(Value::Int(_)) => {
            return Err(PyErr::new(ExcKind::ValueError, "level must be >= 0"));
        }
        Some(other) => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(other)
            )));
        }
    };
    if name.is_empty() && level == 0 {
        return Err(PyErr::new(ExcKind::ValueError, "Empty module name"));
    }
    let level = u32::try_from(level).unwrap_or(u32::MAX);
    vm.import_name(&name, &fromlist, level, &globals)
}
