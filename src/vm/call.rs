//! Calls: argument binding for Python functions (positional, defaults,
//! keywords, `*args`, `**kwargs`, with CPython's error messages), native
//! functions, type objects, method calls, and function creation.

use super::{Frame, Vm};
use crate::bytecode::code::flags;
use crate::runtime::instance::Payload;
use crate::runtime::object::{PyDict, PyFunction, PyStr, PyTuple};
use crate::runtime::types::{ExcKind, PyErr, type_error, type_name};
use crate::runtime::value::tag;
use crate::runtime::{PyCode, PyRef, PyResult, Value};
use std::cell::RefCell;

/// The receiver a method descriptor of a built-in type works on: an
/// instance of a subclass of that type stands for the built-in value it carries.
fn receiver(b: &crate::runtime::object::PyBuiltin, obj: &Value) -> Value {
    if !b.owner.is_empty()
        && b.owner != super::slots::OWNER
        && let Value::Object(o) = obj
        && let Some(v) = o.builtin_value()
    {
        return v;
    }
    obj.clone()
}

/// An unbound method descriptor of a built-in type applies only to
/// instances of that type (`str.upper(1)` is a TypeError).
#[inline]
pub(crate) fn check_receiver(
    b: &crate::runtime::object::PyBuiltin,
    objclass: &crate::runtime::object::PyType,
    recv: Option<&Value>,
) -> PyResult<()> {
    match recv {
        Some(r) if crate::runtime::types::with_type_of(r, |t| t.is_subtype(objclass)) => Ok(()),
        r => Err(receiver_error(b, objclass, r)),
    }
}

#[cold]
fn receiver_error(
    b: &crate::runtime::object::PyBuiltin,
    objclass: &crate::runtime::object::PyType,
    recv: Option<&Value>,
) -> PyErr {
    let slot = b.is_slot_wrapper();
    type_error(match (recv, slot) {
        (None, false) => format!(
            "unbound method {}.{}() needs an argument",
            objclass.name(),
            b.name
        ),
        (None, true) => format!(
            "descriptor '{}' of '{}' object needs an argument",
            b.name,
            objclass.name()
        ),
        (Some(r), false) => format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            b.name,
            objclass.name(),
            type_name(r)
        ),
        (Some(r), true) => format!(
            "descriptor '{}' requires a '{}' object but received a '{}'",
            b.name,
            objclass.name(),
            type_name(r)
        ),
    })
}

/// Types whose construction goes through `__new__`/`__init__` even when
/// neither they nor their metaclass are classes.
fn class_constructed(k: crate::runtime::object::TypeKind) -> bool {
    use crate::runtime::object::TypeKind as K;
    matches!(
        k,
        K::Object | K::Type | K::Property | K::StaticMethod | K::ClassMethod | K::Super
    )
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`.
fn name_list(names: &[&str]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}

impl Vm {
    /// Calls `f` with positional arguments followed by keyword arguments whose
    /// names are `kwnames` (the last `kwnames.len()` entries of `args`).
    pub fn call_value(&mut self, f: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        match f {
            Value::Function(func) => self.call_function(func, args, kwnames),
            Value::Builtin(b) => {
                let npos = args.len() - kwnames.len();
                let kw = kw_pairs(&args[npos..], kwnames);
                match &b.bound {
                    Some(obj) => {
                        let mut all = Vec::with_capacity(npos + 1);
                        all.push(receiver(b, obj));
                        all.extend_from_slice(&args[..npos]);
                        (b.func)(self, &all, &kw)
                    }
                    None => {
                        if let Some(oc) = &b.objclass {
                            check_receiver(b, oc, args[..npos].first())?;
                        }
                        if !b.owner.is_empty() && matches!(args.first(), Some(Value::Object(_))) {
                            let mut all = args[..npos].to_vec();
                            all[0] = receiver(b, &args[0]);
                            (b.func)(self, &all, &kw)
                        } else {
                            (b.func)(self, &args[..npos], &kw)
                        }
                    }
                }
            }
            Value::Type(t) => {
                let npos = args.len() - kwnames.len();
                let kw = kw_pairs(&args[npos..], kwnames);
                if t.is_heap() || PyRef::ty(t).is_heap() || class_constructed(t.kind) {
                    self.call_class(t, &args[..npos], &kw)
                } else {
                    super::builtins::call_type(self, t, &args[..npos], &kw)
                }
            }
            Value::Object(o) => {
                if let Payload::Method { func, obj } = &o.payload {
                    let mut all = Vec::with_capacity(args.len() + 1);
                    all.push(obj.clone());
                    all.extend_from_slice(args);
                    return self.call_value(func, &all, kwnames);
                }
                if let Payload::Alias { origin, .. } = &o.payload
                    && !origin.is_none()
                {
                    // `list[int](...)` makes a list.
                    return self.call_value(origin, args, kwnames);
                }
                let ty = PyRef::class(o);
                match ty.lookup("__call__") {
                    Some(c) => {
                        let mut all = Vec::with_capacity(args.len() + 1);
                        all.push(f.clone());
                        all.extend_from_slice(args);
                        self.call_value(&c, &all, kwnames)
                    }
                    None => Err(type_error(format!(
                        "'{}' object is not callable",
                        ty.name()
                    ))),
                }
            }
            _ => Err(type_error(format!(
                "'{}' object is not callable",
                type_name(f)
            ))),
        }
    }

    /// Calls a Python function: takes a register window, binds the arguments
    /// into it and runs the frame.
    pub fn call_function(
        &mut self,
        func: &PyRef<PyFunction>,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        self.call_function_with(func, CallArgs::Shared(args), kwnames)
    }

    /// `call_function` with positional arguments the caller gives up (the
    /// operand registers of a call instruction): heap values are moved into
    /// the callee's window rather than counted there and released here, and
    /// on return every heap value of `args` has been moved or released (the
    /// slots are left None; inline values stay, see `finalize::release_regs`).
    pub(crate) fn call_function_take(
        &mut self,
        func: &PyRef<PyFunction>,
        args: &mut [Value],
    ) -> PyResult<Value> {
        self.call_function_with(func, CallArgs::Take(args), &[])
    }

    #[inline(always)]
    fn call_function_with(
        &mut self,
        func: &PyRef<PyFunction>,
        mut args: CallArgs<'_>,
        kwnames: &[Value],
    ) -> PyResult<Value> {
        let r = self.call_function_inner(func, &mut args, kwnames);
        if let CallArgs::Take(rest) = args {
            // Whatever was not moved (an error, or arguments bound by name).
            release_heap(rest);
        }
        r
    }

    #[inline(always)]
    fn call_function_inner(
        &mut self,
        func: &PyRef<PyFunction>,
        args: &mut CallArgs<'_>,
        kwnames: &[Value],
    ) -> PyResult<Value> {
        let code = func.code.borrow().clone();
        let c = &code.code;
        let nregs = c.nregs as usize;
        if c.flags & flags::SUSPENDS != 0 {
            return self.new_generator(func, code, &args.view(), kwnames);
        }
        if self.depth >= self.recursion_limit {
            return Err(PyErr::new(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        let Some(base) = self.stack.push_window(nregs) else {
            return Err(PyErr::new(
                ExcKind::RecursionError,
                "maximum recursion depth exceeded",
            ));
        };
        let regs = self.stack.ptr(base);
        let simple = kwnames.is_empty()
            && args.len() == c.argcount as usize
            && c.kwonlyargcount == 0
            && c.flags & (flags::VARARGS | flags::VARKEYWORDS) == 0;
        let bound = if simple {
            match args {
                CallArgs::Shared(a) => {
                    for (i, a) in a.iter().enumerate() {
                        // SAFETY: i < argcount <= nlocals <= nregs (verified),
                        // inside the freshly reserved window, whose slots are all
                        // Unbound (nothing to drop, so a plain write is enough).
                        unsafe { std::ptr::write(regs.add(i), a.clone()) };
                    }
                }
                CallArgs::Recv(obj, rest) => {
                    // SAFETY: as above (1 + rest.len() == argcount).
                    unsafe { std::ptr::write(regs, (*obj).clone()) };
                    for (i, a) in rest.iter().enumerate() {
                        // SAFETY: as above.
                        unsafe { std::ptr::write(regs.add(i + 1), a.clone()) };
                    }
                }
                CallArgs::Take(a) => {
                    for (i, a) in a.iter_mut().enumerate() {
                        let v = if tag::is_heap(a.tag()) {
                            std::mem::replace(a, Value::None)
                        } else {
                            a.clone()
                        };
                        // SAFETY: as above.
                        unsafe { std::ptr::write(regs.add(i), v) };
                    }
                }
            }
            Ok(())
        } else {
            // SAFETY: the window has nregs >= nlocals slots (verified).
            let window = unsafe { std::slice::from_raw_parts_mut(regs, nregs) };
            bind_args(func, &code, window, &args.view(), kwnames)
        };
        if let Err(e) = bound {
            self.stack.pop_window(base);
            return Err(e);
        }
        if !func.closure.is_empty() {
            let fs = c.free_start();
            for (i, cell) in func.closure.iter().enumerate() {
                if fs + i < nregs {
                    // SAFETY: fs + i < nregs, inside the window.
                    unsafe { *regs.add(fs + i) = cell.clone() };
                }
            }
        }
        let mut frame = Frame {
            regs,
            ret: Value::Unbound,
            code,
            globals: func.globals.clone(),
            base,
            locals: std::mem::ManuallyDrop::new(None),
            back: std::ptr::null(),
        };
        let r = self.run_linked(&mut frame);
        self.stack.pop_window(base);
        r
    }

    /// `func(obj, *rest)`: a method called with its receiver first, without a
    /// bound method; the arguments are counted straight into the callee's
    /// window.
    pub(crate) fn call_with_receiver(
        &mut self,
        func: &PyRef<PyFunction>,
        obj: &Value,
        rest: &[Value],
    ) -> PyResult<Value> {
        self.call_function_with(func, CallArgs::Recv(obj, rest), &[])
    }

    /// Calling a generator (or coroutine) function: binds the arguments into
    /// a heap register file and returns the generator, running nothing.
    #[cold]
    fn new_generator(
        &mut self,
        func: &PyRef<PyFunction>,
        code: PyRef<PyCode>,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        let nregs = code.code.nregs as usize;
        let mut regs: Box<[Value]> = (0..nregs).map(|_| Value::Unbound).collect();
        bind_args(func, &code, &mut regs, args, kwnames)?;
        let fs = code.code.free_start();
        for (i, cell) in func.closure.iter().enumerate() {
            if let Some(slot) = regs.get_mut(fs + i) {
                *slot = cell.clone();
            }
        }
        Ok(self.make_generator(func, code, regs))
    }

    /// `f(*args, **kwargs)`.
    pub fn call_ex(&mut self, f: &Value, args: &Value, kwargs: &Value) -> PyResult<Value> {
        let mut all: Vec<Value> = match args {
            Value::Tuple(t) => t.items.to_vec(),
            other => match self.collect(other) {
                Ok(v) => v,
                Err(e) if is_not_iterable_error(&e, other) => {
                    return Err(type_error(format!(
                        "{} argument after * must be an iterable, not {}",
                        self.function_str(f),
                        type_name(other)
                    )));
                }
                Err(e) => return Err(e),
            },
        };
        let mut names = Vec::new();
        if let Value::Dict(d) = kwargs {
            for (k, v) in d.table.borrow().items() {
                if !matches!(k, Value::Str(_)) {
                    return Err(type_error("keywords must be strings"));
                }
                names.push(k);
                all.push(v);
            }
        } else if !kwargs.is_unbound() && !kwargs.is_none() {
            return Err(type_error(format!(
                "argument after ** must be a mapping, not {}",
                type_name(kwargs)
            )));
        }
        self.call_value(f, &all, &names)
    }

    /// `obj.name(args)` where `all[0]` is `obj`.
    ///
    /// The receiver and arguments are the instruction's operand registers,
    /// given up: on return their heap values have been moved into the callee
    /// or released (see `call_function_take`).
    pub fn call_method(
        &mut self,
        code: &PyCode,
        pc: usize,
        name: usize,
        all: &mut [Value],
    ) -> PyResult<Value> {
        if let Value::Object(o) = &all[0]
            && let (Some(cache), Some(Value::Str(n))) =
                (code.attr_cache.get(pc), code.names.get(name))
            && let Some(f) = self.method_cached(cache, o, n)
        {
            // The receiver stays in place: no bound method is made.
            if let Value::Function(func) = &f {
                return self.call_function_take(func, all);
            }
            let r = self.call_value(&f, all, &[]);
            release_heap(all);
            return r;
        }
        let r = self.call_method_uncached(code.name(name), all);
        release_heap(all);
        r
    }

    fn call_method_uncached(&mut self, mname: &str, all: &[Value]) -> PyResult<Value> {
        let obj = &all[0];
        if let Some(m) = super::methods::lookup(obj, mname) {
            return m(self, all, &[]);
        }
        let f = self.getattr(obj, mname)?;
        self.call_value(&f, &all[1..], &[])
    }

    /// CPython's `_PyObject_FunctionStr`: `module.qualname()` (no module for
    /// built-ins), or the `repr` of a callable without a `__qualname__`.
    pub(crate) fn function_str(&mut self, f: &Value) -> String {
        let Ok(Value::Str(q)) = self.getattr(f, "__qualname__") else {
            return self
                .repr_of(f)
                .unwrap_or_else(|_| format!("{} object", type_name(f)));
        };
        match self.getattr(f, "__module__") {
            Ok(Value::Str(m)) if m.as_str() != "builtins" => {
                format!("{}.{}()", m.as_str(), q.as_str())
            }
            _ => format!("{}()", q.as_str()),
        }
    }

    /// Creates a function from code constant `k` (see `Instr::MakeFunction`).
    pub fn make_function(
        &mut self,
        code: &PyCode,
        k: usize,
        globals: &PyRef<PyDict>,
        extra: &[Value],
        fl: u32,
    ) -> PyResult<Value> {
        let Some(Value::Code(fcode)) = code.consts.get(k) else {
            return Err(PyErr::new(
                ExcKind::SystemError,
                "MakeFunction without a code object",
            ));
        };
        let mut i = 0;
        let mut next = |bit: u32| {
            if fl & bit != 0 {
                let v = extra.get(i).cloned();
                i += 1;
                v
            } else {
                None
            }
        };
        let defaults = match next(1) {
            Some(Value::Tuple(t)) => t.items.clone(),
            _ => Vec::new().into_boxed_slice(),
        };
        let kwdefaults = match next(2) {
            Some(Value::Dict(d)) => Some(d),
            _ => None,
        };
        let closure = match next(4) {
            Some(Value::Tuple(t)) => t.items.clone(),
            _ => Vec::new().into_boxed_slice(),
        };
        let annotations = match next(8) {
            Some(Value::Dict(d)) => Some(d),
            _ => None,
        };
        // CPython 3.11: a function's docstring is its code's first constant
        // when that is a string.
        let doc = match fcode.consts.first() {
            Some(v @ Value::Str(_)) => v.clone(),
            _ => Value::None,
        };
        if closure.len() != fcode.code.freevars.len() {
            return Err(PyErr::new(
                ExcKind::SystemError,
                "closure size does not match free variables",
            ));
        }
        let module = globals
            .table
            .borrow()
            .get_str("__name__")
            .unwrap_or(Value::None);
        Ok(Value::Function(PyRef::new(PyFunction {
            name: RefCell::new(fcode.code.name.to_string()),
            qualname: RefCell::new(fcode.code.qualname.to_string()),
            code: RefCell::new(fcode.clone()),
            globals: globals.clone(),
            defaults: RefCell::new(defaults),
            kwdefaults: RefCell::new(kwdefaults),
            closure,
            module: RefCell::new(module),
            doc: RefCell::new(doc),
            annotations: RefCell::new(annotations),
            dict: RefCell::new(None),
        })))
    }
}

/// Sets (`Some`) or deletes (`None`) one of a function's metadata attributes
/// with CPython's type checks: `__name__`/`__qualname__` must be strings,
/// `__annotations__` a dict (None or deleting resets it), `__doc__` and
/// `__module__` anything (deleting makes them None).
pub(crate) fn set_function_meta(f: &PyFunction, name: &str, v: Option<Value>) -> PyResult<()> {
    match name {
        "__name__" | "__qualname__" => {
            let Some(Value::Str(s)) = v else {
                return Err(type_error(format!("{name} must be set to a string object")));
            };
            let slot = if name == "__name__" {
                &f.name
            } else {
                &f.qualname
            };
            *slot.borrow_mut() = s.as_str().to_string();
        }
        "__annotations__" => {
            let d = match v {
                None | Some(Value::None) => None,
                Some(Value::Dict(d)) => Some(d),
                Some(_) => {
                    return Err(type_error("__annotations__ must be set to a dict object"));
                }
            };
            let old = std::mem::replace(&mut *f.annotations.borrow_mut(), d);
            drop(old);
        }
        "__module__" => {
            let old = std::mem::replace(&mut *f.module.borrow_mut(), v.unwrap_or(Value::None));
            drop(old);
        }
        _ => {
            let old = std::mem::replace(&mut *f.doc.borrow_mut(), v.unwrap_or(Value::None));
            drop(old);
        }
    }
    Ok(())
}

/// True when `e` is the TypeError iterating the non-iterable `v` raises.
fn is_not_iterable_error(e: &PyErr, v: &Value) -> bool {
    if !e.matches(ExcKind::TypeError) {
        return false;
    }
    let want = format!("'{}' object is not iterable", type_name(v));
    matches!(e.exc.args.borrow().first(), Some(Value::Str(s)) if s.as_str() == want)
}

/// Pairs keyword values with their names.
pub(crate) fn kw_pairs(values: &[Value], names: &[Value]) -> Vec<(PyRef<PyStr>, Value)> {
    names
        .iter()
        .zip(values)
        .filter_map(|(n, v)| match n {
            Value::Str(s) => Some((s.clone(), v.clone())),
            _ => None,
        })
        .collect()
}

/// Binds call arguments into the first registers of `regs` following the
/// parameter layout of `code` (see `CodeObject::varnames`).
fn bind_args(
    func: &PyFunction,
    code: &PyCode,
    regs: &mut [Value],
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<()> {
    let c = &code.code;
    let fname = func.qualname.borrow().clone();
    let argcount = c.argcount as usize;
    let kwonly = c.kwonlyargcount as usize;
    let has_varargs = c.flags & flags::VARARGS != 0;
    let has_varkw = c.flags & flags::VARKEYWORDS != 0;
    let npos = args.len() - kwnames.len();
    let mut kwdict = if has_varkw {
        Some(crate::runtime::dict::DictTable::new())
    } else {
        None
    };
    let n = npos.min(argcount);
    regs[..n].clone_from_slice(&args[..n]);
    if has_varargs {
        let extra = if npos > argcount {
            args[argcount..npos].to_vec()
        } else {
            Vec::new()
        };
        regs[argcount + kwonly] = Value::Tuple(PyRef::new(PyTuple::new(extra)));
    } else if npos > argcount {
        let ndef = func.defaults.borrow().len();
        let given_kwonly = kwnames
            .iter()
            .filter(|k| {
                k.as_str().is_some_and(|s| {
                    c.varnames[argcount..argcount + kwonly]
                        .iter()
                        .any(|v| **v == *s)
                })
            })
            .count();
        let takes = if ndef > 0 {
            format!(
                "from {} to {} positional arguments",
                argcount - ndef,
                argcount
            )
        } else {
            plural(argcount, "positional argument")
        };
        let given = if given_kwonly > 0 {
            format!(
                "{} positional argument{} (and {} keyword-only argument{}) were given",
                npos,
                if npos == 1 { "" } else { "s" },
                given_kwonly,
                if given_kwonly == 1 { "" } else { "s" }
            )
        } else {
            format!("{} {} given", npos, if npos == 1 { "was" } else { "were" })
        };
        return Err(type_error(format!("{fname}() takes {takes} but {given}")));
    }
    // Keyword arguments.
    let mut posonly_as_kw: Vec<String> = Vec::new();
    for (name, value) in kwnames.iter().zip(&args[npos..]) {
        let Some(key) = name.as_str() else {
            return Err(type_error("keywords must be strings"));
        };
        let posonly = c.posonlyargcount as usize;
        let idx = c.varnames[..argcount + kwonly]
            .iter()
            .position(|v| **v == *key);
        match idx {
            Some(i) if i >= posonly => {
                if !regs[i].is_unbound() {
                    return Err(type_error(format!(
                        "{fname}() got multiple values for argument '{key}'"
                    )));
                }
                regs[i] = value.clone();
            }
            other => {
                if let Some(d) = kwdict.as_mut() {
                    d.insert(name.clone(), value.clone())?;
                } else if other.is_some() {
                    posonly_as_kw.push(key.to_string());
                } else {
                    return Err(type_error(format!(
                        "{fname}() got an unexpected keyword argument '{key}'"
                    )));
                }
            }
        }
    }
    if !posonly_as_kw.is_empty() {
        let names: Vec<&str> = posonly_as_kw.iter().map(String::as_str).collect();
        return Err(type_error(format!(
            "{fname}() got some positional-only arguments passed as keyword arguments: '{}'",
            names.join(", ")
        )));
    }
    if let Some(d) = kwdict {
        regs[argcount + kwonly + usize::from(has_varargs)] = Value::Dict(PyRef::new(PyDict {
            table: RefCell::new(d),
        }));
    }
    // Defaults and missing arguments.
    let defaults = func.defaults.borrow().clone();
    let ndef = defaults.len();
    let first_default = argcount.saturating_sub(ndef);
    let mut missing: Vec<&str> = Vec::new();
    #[allow(clippy::needless_range_loop)] // i indexes regs, varnames and defaults
    for i in npos.min(argcount)..argcount {
        if regs[i].is_unbound() {
            if i >= first_default {
                regs[i] = defaults[i - first_default].clone();
            } else {
                missing.push(&c.varnames[i]);
            }
        }
    }
    if !missing.is_empty() {
        return Err(type_error(format!(
            "{fname}() missing {} required positional argument{}: {}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            name_list(&missing)
        )));
    }
    #[allow(clippy::needless_range_loop)] // i indexes regs and varnames
    for i in argcount..argcount + kwonly {
        if regs[i].is_unbound() {
            let name = &c.varnames[i];
            let d = func
                .kwdefaults
                .borrow()
                .as_ref()
                .and_then(|d| d.table.borrow().get_str(name));
            match d {
                Some(v) => regs[i] = v,
                None => missing.push(name),
            }
        }
    }
    if !missing.is_empty() {
        return Err(type_error(format!(
            "{fname}() missing {} required keyword-only argument{}: {}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            name_list(&missing)
        )));
    }
    Ok(())
}

/// The positional arguments of a call: borrowed, or given up by the caller
/// (`Vm::call_function_take`).
enum CallArgs<'a> {
    Shared(&'a [Value]),
    Take(&'a mut [Value]),
    /// A receiver and the rest (`Vm::call_with_receiver`), counted into the
    /// window without first being gathered into one slice.
    Recv(&'a Value, &'a [Value]),
}

impl CallArgs<'_> {
    fn len(&self) -> usize {
        match self {
            CallArgs::Shared(a) => a.len(),
            CallArgs::Take(a) => a.len(),
            CallArgs::Recv(_, rest) => rest.len() + 1,
        }
    }

    /// All the arguments as one slice (gathered for `Recv`).
    fn view(&self) -> std::borrow::Cow<'_, [Value]> {
        match self {
            CallArgs::Shared(a) => std::borrow::Cow::Borrowed(a),
            CallArgs::Take(a) => std::borrow::Cow::Borrowed(a),
            CallArgs::Recv(obj, rest) => {
                let mut all = Vec::with_capacity(rest.len() + 1);
                all.push((*obj).clone());
                all.extend_from_slice(rest);
                std::borrow::Cow::Owned(all)
            }
        }
    }
}

/// Releases the heap values of `slots`, leaving None (inline values stay:
/// compiled code may have cached their types).
pub(crate) fn release_heap(slots: &mut [Value]) {
    for slot in slots {
        if tag::is_heap(slot.tag()) {
            drop(std::mem::replace(slot, Value::None));
        }
    }
}
