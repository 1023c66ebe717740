//! The virtual machine: frames, the interpreter loop, calls, exceptions,
//! built-in functions and modules, and the import system.
//!
//! Data flow: `run_main` compiles (or loads) a module's code object, wraps it in
//! a `PyCode`, and runs it with `run_frame`. Every Python call takes a window of
//! the value stack for its registers (`stack`), binds arguments (`call`), and
//! runs the callee's frame: in compiled code when the JIT has installed an
//! entry point on its `PyCode`, otherwise in the interpreter (`interp`). The
//! only connection to the JIT is the `TierHook` the VM calls when code gets hot.

pub mod asyncgen;
pub mod attr;
pub mod builtins;
pub mod bytearray;
pub mod cache;
pub mod call;
pub mod class;
pub mod classmethods;
pub mod codeobj;
pub mod compile;
pub mod descr;
pub mod evalexec;
pub mod exc;
pub mod excobj;
pub mod finalize;
pub mod format;
pub mod generator;
pub mod host;
pub mod import;
pub mod interp;
pub mod lazyiter;
pub mod matching;
pub mod methods;
pub mod modules;
pub mod numbers;
pub mod percent;
pub mod protocol;
pub mod setmethods;
pub mod slots;
pub mod sort;
pub mod stack;
pub mod stdlib;
pub mod strformat;
pub mod traceback;
#[cfg(test)]
mod traverse_tests;
pub mod userclass;

use crate::runtime::object::{PyDict, PyModule};
use crate::runtime::{PyCode, PyErr, PyRef, PyResult, Value};
use std::io::Write;
use std::path::PathBuf;

/// Which execution tiers may run code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tier {
    /// Interpreter only.
    Interp,
    /// Compile every code object before it first runs.
    Jit,
    /// Interpret, and compile code that gets hot.
    Auto,
}

/// PEP 552 `--check-hash-based-pycs`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CheckHashPycs {
    Default,
    Always,
    Never,
}

/// Run-time options from the command line and environment.
#[derive(Clone, Debug)]
pub struct Config {
    pub tier: Tier,
    pub jit_log: bool,
    pub dont_write_bytecode: bool,
    pub verbose: u8,
    pub pycache_prefix: Option<PathBuf>,
    pub check_hash_pycs: CheckHashPycs,
    /// Calls before a code object is compiled (Auto tier).
    pub call_threshold: u32,
    /// Loop back-edges before a code object is compiled (Auto tier).
    pub backedge_threshold: u32,
    /// `-i`: the interactive prompt after the script, or on a non-terminal stdin.
    pub interactive: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            tier: Tier::Auto,
            jit_log: false,
            dont_write_bytecode: false,
            verbose: 0,
            pycache_prefix: None,
            check_hash_pycs: CheckHashPycs::Default,
            call_threshold: 1000,
            backedge_threshold: 2000,
            interactive: false,
        }
    }
}

/// Calls into the JIT. The interpreter knows nothing else about compiled code.
pub trait TierHook {
    /// `code` crossed a tiering threshold (or is about to run for the first
    /// time under `--tier=jit`). The hook may compile it and store the entry
    /// point in `code.jit.entry`.
    fn hot(&mut self, vm: &mut Vm, code: &PyRef<PyCode>);
    /// Compiled code for `code` deoptimised at `pc` (`reason` is the code the
    /// compiled code returned).
    fn deopt(&mut self, vm: &mut Vm, code: &PyRef<PyCode>, pc: u32, reason: u8);
    /// The interpreter entered compiled code for `code` at loop header `pc`.
    fn osr_enter(&mut self, vm: &mut Vm, code: &PyRef<PyCode>, pc: u32);
    /// Whether `osr_enter` wants to hear of entries (they are frequent:
    /// every generator resume is one).
    fn wants_entries(&self) -> bool {
        true
    }
}

/// Entry point of compiled code: runs `frame` from `entry_pc` (0 or a loop
/// header) and returns `(reason << 40) | (status << 32) | pc`, see `jit_status`.
pub type JitEntry = unsafe extern "C" fn(vm: *mut Vm, frame: *mut Frame, entry_pc: u32) -> u64;

/// Status codes returned by compiled code.
pub mod jit_status {
    /// Returned normally; the value is in `Frame::ret`.
    pub const RETURN: u64 = 0;
    /// A guard failed before instruction `pc` had any effect: the interpreter
    /// resumes by executing `pc`.
    pub const DEOPT: u64 = 1;
    /// Instruction `pc` raised the exception in `Vm::pending`.
    pub const ERROR: u64 = 2;
    /// Instruction `pc` re-raised the exception in `Vm::pending` (no new
    /// traceback entry).
    pub const RERAISE: u64 = 3;
    /// A generator body yielded the value in `Frame::ret` at `Yield` `pc - 1`;
    /// it resumes at `pc`.
    pub const YIELD: u64 = 4;
}

/// A running frame. JIT code reads `regs` and writes `ret`, so the layout is
/// fixed and the first two fields' offsets are asserted.
#[repr(C)]
pub struct Frame {
    /// The frame's register window in the value stack.
    pub regs: *mut Value,
    /// The value being returned (written by compiled code).
    pub ret: Value,
    pub code: PyRef<PyCode>,
    pub globals: PyRef<PyDict>,
    /// Index of the window in the value stack.
    pub base: usize,
    /// For module-level code run by `exec`/`eval` with a locals mapping
    /// other than its globals: where names are stored and first looked up.
    /// Released by `run_new_frame`, the only place that sets it, so that the
    /// frames of ordinary calls have nothing more to drop than before.
    pub locals: std::mem::ManuallyDrop<Option<PyRef<PyDict>>>,
    /// The calling frame (null for the outermost), for `globals()` and friends.
    pub back: *const Frame,
}

/// Offset of `Frame::regs`.
pub const FRAME_REGS_OFFSET: i32 = std::mem::offset_of!(Frame, regs) as i32;
/// Offset of `Frame::ret`.
pub const FRAME_RET_OFFSET: i32 = std::mem::offset_of!(Frame, ret) as i32;
/// Offset of `Frame::globals` (a pointer to the globals dict's box).
pub const FRAME_GLOBALS_OFFSET: i32 = std::mem::offset_of!(Frame, globals) as i32;
/// Offset of `Frame::locals` (null when the frame has no separate locals).
pub const FRAME_LOCALS_OFFSET: i32 = std::mem::offset_of!(Frame, locals) as i32;
const _: () = {
    assert!(FRAME_REGS_OFFSET == 0);
    assert!(FRAME_RET_OFFSET == 8);
    assert!(FRAME_GLOBALS_OFFSET == 32);
    assert!(FRAME_LOCALS_OFFSET == 48);
    assert!(std::mem::size_of::<PyRef<PyDict>>() == 8);
    // None is the null pointer (the niche of the non-null PyRef).
    assert!(std::mem::size_of::<Option<PyRef<PyDict>>>() == 8);
    assert!(std::mem::size_of::<std::mem::ManuallyDrop<Option<PyRef<PyDict>>>>() == 8);
};

/// Buffered stdout: block-buffered unless stdout is a terminal, as CPython.
pub struct Output {
    buf: Vec<u8>,
    line_buffered: bool,
}

impl Output {
    fn new() -> Output {
        use std::io::IsTerminal;
        Output {
            buf: Vec::with_capacity(1 << 16),
            line_buffered: std::io::stdout().is_terminal(),
        }
    }

    pub fn write_str(&mut self, s: &str) {
        self.buf.extend_from_slice(s.as_bytes());
        if self.buf.len() >= (1 << 16) || (self.line_buffered && s.contains('\n')) {
            self.flush();
        }
    }

    pub fn flush(&mut self) {
        if !self.buf.is_empty() {
            let mut out = std::io::stdout().lock();
            // A closed pipe is not an error worth crashing for.
            let _ = out.write_all(&self.buf);
            let _ = out.flush();
            self.buf.clear();
        }
    }
}

/// Capacity of the value stack, in values.
pub const STACK_CAPACITY: usize = 1 << 22;

pub struct Vm {
    pub(crate) stack: stack::ValueStack,
    /// Python call depth, for `RecursionError`.
    pub depth: u32,
    pub recursion_limit: u32,
    /// The exception being handled (`sys.exc_info()`), or None.
    pub handled: Value,
    /// An exception raised by compiled code, handed to the interpreter.
    pub pending: Option<PyErr>,
    pub builtins: PyRef<PyDict>,
    /// `sys.modules`.
    pub modules: PyRef<PyDict>,
    pub config: Config,
    pub out: Output,
    /// The `sys` module.
    pub sys: Option<PyRef<PyModule>>,
    pub tier_hook: Option<Box<dyn TierHook>>,
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// The innermost running frame (null when none), linked through `back`.
    pub current_frame: *const Frame,
    /// The dicts `locals()` returned in running function frames, by frame:
    /// created on first use, refreshed from the registers by each call, and
    /// kept while the frame runs so that names `exec` stores there stay
    /// visible (as CPython's `f_locals`). Kept here rather than in `Frame`
    /// so that calls pay nothing for it.
    pub locals_snapshots: Vec<(*const Frame, PyRef<PyDict>)>,
    /// Set by `Yield`/`YieldFrom` when a generator frame suspends: the pc to
    /// resume at (see `vm::generator`).
    pub gen_suspend: Option<u32>,
    /// What a generator suspended at `YieldFrom` was resumed with.
    pub gen_input: Option<generator::GenInput>,
    /// The exceptions being handled by the resumers of the running
    /// generators, innermost last: while a generator handles none of its
    /// own, `sys.exc_info()` and implicit chaining see theirs (CPython's
    /// chain of exc_info entries).
    pub outer_handled: Vec<Value>,
    /// The arguments of the `throw()` call being delivered, with the
    /// exception made from them: a sub-iterator that is not a generator
    /// receives them as given (CPython passes `typ, val, tb` on).
    pub throw_args: Option<(PyRef<crate::runtime::object::PyException>, Vec<Value>)>,
    /// Class bodies running with a namespace from `__prepare__` that is not
    /// a plain dict: (address of the frame's locals dict, the namespace).
    /// Names stored, loaded and deleted there go through the namespace's
    /// `__setitem__`/`__getitem__`/`__delitem__` (see `vm::userclass`).
    pub ns_objects: Vec<(usize, Value)>,
}

impl Vm {
    /// Creates a VM with built-ins and `sys` set up.
    pub fn new(config: Config, argv: Vec<String>, path: Vec<String>) -> Result<Vm, String> {
        let stack = stack::ValueStack::new(STACK_CAPACITY)
            .ok_or_else(|| "cannot allocate the value stack".to_string())?;
        let mut vm = Vm {
            stack,
            depth: 0,
            recursion_limit: 1000,
            handled: Value::None,
            pending: None,
            builtins: PyRef::new(PyDict::new()),
            modules: PyRef::new(PyDict::new()),
            config,
            out: Output::new(),
            sys: None,
            tier_hook: None,
            argv,
            current_frame: std::ptr::null(),
            locals_snapshots: Vec::new(),
            gen_suspend: None,
            gen_input: None,
            outer_handled: Vec::new(),
            throw_args: None,
            ns_objects: Vec::new(),
        };
        builtins::install(&mut vm);
        modules::install_sys(&mut vm, path);
        Ok(vm)
    }

    /// Writes to stdout (buffered).
    pub fn write_out(&mut self, s: &str) {
        self.out.write_str(s);
    }

    pub fn flush(&mut self) {
        self.out.flush();
    }

    /// Creates an empty module dict with `__name__` and `__builtins__` set.
    pub fn new_module_dict(&self, name: &str) -> PyRef<PyDict> {
        let d = PyRef::new(PyDict::new());
        {
            let mut t = d.table.borrow_mut();
            t.insert_str("__name__", Value::str(name));
            t.insert_str("__builtins__", Value::Dict(self.builtins.clone()));
        }
        d
    }

    /// Runs a module-level code object in `globals`.
    pub fn run_code(&mut self, code: PyRef<PyCode>, globals: PyRef<PyDict>) -> PyResult<Value> {
        self.run_new_frame(code, globals, None, &[], None)
    }

    /// Runs module-level code with a separate locals mapping (`exec`/`eval`).
    pub fn run_code_with_locals(
        &mut self,
        code: PyRef<PyCode>,
        globals: PyRef<PyDict>,
        locals: Option<PyRef<PyDict>>,
    ) -> PyResult<Value> {
        let locals = locals.filter(|l| !PyRef::ptr_eq(l, &globals));
        self.run_new_frame(code, globals, locals, &[], None)
    }

    /// Runs `frame`, linked as the innermost frame while it runs.
    #[inline]
    pub(crate) fn run_linked(&mut self, frame: &mut Frame) -> PyResult<Value> {
        frame.back = self.current_frame;
        self.current_frame = frame;
        self.depth += 1;
        let r = self.run_frame(frame);
        self.depth -= 1;
        self.current_frame = frame.back;
        if !self.locals_snapshots.is_empty() {
            let me: *const Frame = frame;
            self.locals_snapshots.retain(|(f, _)| *f != me);
        }
        r
    }

    /// Takes a register window for `code`, copies `args` into its first
    /// registers and the closure cells into the free-variable registers, runs
    /// the frame and releases the window.
    pub(crate) fn run_new_frame(
        &mut self,
        code: PyRef<PyCode>,
        globals: PyRef<PyDict>,
        locals: Option<PyRef<PyDict>>,
        args: &[Value],
        closure: Option<&[Value]>,
    ) -> PyResult<Value> {
        let nregs = code.code.nregs as usize;
        if self.depth >= self.recursion_limit {
            return Err(PyErr::new(
                crate::runtime::ExcKind::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        let Some(base) = self.stack.push_window(nregs) else {
            return Err(PyErr::new(
                crate::runtime::ExcKind::RecursionError,
                "maximum recursion depth exceeded",
            ));
        };
        let regs = self.stack.ptr(base);
        for (i, a) in args.iter().enumerate().take(nregs) {
            // SAFETY: i < nregs and the window [base, base+nregs) was just reserved.
            unsafe { *regs.add(i) = a.clone() };
        }
        if let Some(cells) = closure {
            let fs = code.code.free_start();
            for (i, c) in cells.iter().enumerate() {
                if fs + i < nregs {
                    // SAFETY: fs + i < nregs, inside the reserved window.
                    unsafe { *regs.add(fs + i) = c.clone() };
                }
            }
        }
        let mut frame = Frame {
            regs,
            ret: Value::Unbound,
            code,
            globals,
            base,
            locals: std::mem::ManuallyDrop::new(locals),
            back: std::ptr::null(),
        };
        let r = self.run_linked(&mut frame);
        self.stack.pop_window(base);
        // SAFETY: the frame has finished running and `locals` is not used
        // again; this is its one release.
        unsafe { std::mem::ManuallyDrop::drop(&mut frame.locals) };
        r
    }
}
