//! The JIT tier: compiles hot code objects to native code with Cranelift.
//!
//! `Jit` is the VM's `TierHook`. When a code object gets hot it snapshots the
//! interpreter's type feedback, plans every instruction (`plan`), emits a
//! Cranelift function (`emit`), and installs the entry point in the code
//! object's `JitSlot`. Compiled code that deoptimises is thrown away and, after
//! the interpreter has recorded the new types, compiled again without the
//! failed speculation; after `MAX_COMPILES` compilations the code object stays
//! in the interpreter. The deopt rules are in docs/jit.md.

pub mod emit;
pub mod helpers;
pub mod plan;

use crate::runtime::{PyCode, PyRef};
use crate::vm::{TierHook, Vm};
use cranelift_codegen::ir::{AbiParam, UserFuncName, types};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{Linkage, Module, default_libcall_names};
use std::time::Instant;

/// A code object is compiled at most this many times.
pub const MAX_COMPILES: u32 = 8;
/// Larger code objects stay in the interpreter (compile time grows with size).
pub const MAX_INSTRS: usize = 50_000;

/// The tiering hook installed in the VM.
pub struct Jit {
    log: bool,
    backend: Option<Backend>,
    /// Why the backend could not be created, reported once.
    unavailable: Option<String>,
}

struct Backend {
    module: JITModule,
    ids: emit::HelperIds,
    ctx: cranelift_codegen::Context,
    fctx: FunctionBuilderContext,
    next_name: u32,
}

impl Backend {
    fn new() -> Result<Backend, String> {
        let mut flags = settings::builder();
        flags
            .set("use_colocated_libcalls", "false")
            .map_err(|e| e.to_string())?;
        flags.set("is_pic", "false").map_err(|e| e.to_string())?;
        flags.set("opt_level", "speed").map_err(|e| e.to_string())?;
        let isa = cranelift_native::builder()
            .map_err(|e| format!("host machine is not supported: {e}"))?
            .finish(settings::Flags::new(flags))
            .map_err(|e| e.to_string())?;
        let mut jb = JITBuilder::with_isa(isa, default_libcall_names());
        for (name, ptr) in emit::helper_symbols() {
            jb.symbol(name, ptr);
        }
        let mut module = JITModule::new(jb);
        let ids = emit::declare_helpers(&mut module)?;
        Ok(Backend {
            ctx: module.make_context(),
            module,
            ids,
            fctx: FunctionBuilderContext::new(),
            next_name: 0,
        })
    }

    /// Compiles `code`; returns the entry address and the number of
    /// specialised instructions.
    fn compile(&mut self, code: &PyCode) -> Result<(usize, usize), String> {
        let fb: Vec<u64> = code.feedback.iter().map(|c| c.get()).collect();
        let analysis = plan::analyze(&code.code, &fb);
        if std::env::var_os("PYJIT_JIT_PLAN").is_some() {
            // Developer aid: the plan of every instruction, to stderr.
            for (pc, op) in analysis.ops.iter().enumerate() {
                let ins = code.code.instrs[pc];
                eprintln!(
                    "[plan] {} {pc:>4} {:<16} {op:?}",
                    code.code.qualname,
                    ins.opcode().mnemonic()
                );
            }
        }
        let ptr = self.module.target_config().pointer_type();
        let mut sig = self.module.make_signature();
        sig.params.push(AbiParam::new(ptr));
        sig.params.push(AbiParam::new(ptr));
        sig.params.push(AbiParam::new(types::I32));
        sig.returns.push(AbiParam::new(types::I64));
        self.next_name += 1;
        let name = format!("py{}_{}", self.next_name, sanitize(&code.code.qualname));
        let id = self
            .module
            .declare_function(&name, Linkage::Local, &sig)
            .map_err(|e| e.to_string())?;
        self.module.clear_context(&mut self.ctx);
        self.ctx.func.signature = sig;
        self.ctx.func.name = UserFuncName::user(0, id.as_u32());
        let target = self.module.target_config();
        let specialized = {
            let mut b = FunctionBuilder::new(&mut self.ctx.func, &mut self.fctx);
            let addrs = emit::CodeAddrs {
                global_caches: code.global_cache.as_ptr() as usize,
                consts: code.consts.as_ptr() as usize,
                attr_caches: code.attr_cache.as_ptr() as usize,
                names: code.names.as_ptr() as usize,
            };
            let n = emit::emit(
                &mut self.module,
                &self.ids,
                &mut b,
                &code.code,
                &analysis,
                addrs,
            );
            b.finalize(target);
            n
        };
        self.module
            .define_function(id, &mut self.ctx)
            .map_err(|e| format!("{e:?}"))?;
        self.module.clear_context(&mut self.ctx);
        self.module
            .finalize_definitions()
            .map_err(|e| e.to_string())?;
        let addr = self.module.get_finalized_function(id) as usize;
        Ok((addr, specialized))
    }
}

fn sanitize(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect()
}

impl Jit {
    pub fn new(log: bool) -> Jit {
        Jit {
            log,
            backend: None,
            unavailable: None,
        }
    }

    fn log(&self, vm: &mut Vm, msg: &str) {
        if self.log {
            vm.flush();
            eprintln!("[jit] {msg}");
        }
    }
}

fn describe(code: &PyCode) -> String {
    let file = code
        .code
        .filename
        .rsplit('/')
        .next()
        .unwrap_or(&code.code.filename);
    format!(
        "{} ({}:{})",
        code.code.qualname, file, code.code.firstlineno
    )
}

impl TierHook for Jit {
    fn hot(&mut self, vm: &mut Vm, code: &PyRef<PyCode>) {
        let slot = &code.jit;
        if slot.disabled.get() {
            return;
        }
        if slot.compiles.get() >= MAX_COMPILES {
            slot.disabled.set(true);
            slot.entry.set(0);
            self.log(
                vm,
                &format!(
                    "give up {}: compiled {} times",
                    describe(code),
                    MAX_COMPILES
                ),
            );
            return;
        }
        if code.code.instrs.len() > MAX_INSTRS {
            slot.disabled.set(true);
            self.log(vm, &format!("skip {}: too large", describe(code)));
            return;
        }
        if self.backend.is_none() && self.unavailable.is_none() {
            match Backend::new() {
                Ok(b) => self.backend = Some(b),
                Err(e) => self.unavailable = Some(e),
            }
        }
        let Some(backend) = self.backend.as_mut() else {
            slot.disabled.set(true);
            let why = self.unavailable.clone().unwrap_or_default();
            self.log(vm, &format!("unavailable: {why}"));
            return;
        };
        let start = Instant::now();
        match backend.compile(code) {
            Ok((addr, specialized)) => {
                slot.entry.set(addr);
                slot.compiles.set(slot.compiles.get() + 1);
                slot.deopts.set(0);
                slot.wants_recompile.set(false);
                let msg = format!(
                    "compile {} #{}: {} instructions, {} specialised, {:.2} ms",
                    describe(code),
                    slot.compiles.get(),
                    code.code.instrs.len(),
                    specialized,
                    start.elapsed().as_secs_f64() * 1e3
                );
                self.log(vm, &msg);
            }
            Err(e) => {
                slot.disabled.set(true);
                slot.entry.set(0);
                self.log(vm, &format!("failed to compile {}: {e}", describe(code)));
            }
        }
    }

    fn deopt(&mut self, vm: &mut Vm, code: &PyRef<PyCode>, pc: u32, reason: u8) {
        if self.log {
            let line = code.code.line_of(pc as usize);
            let op = code
                .code
                .instrs
                .get(pc as usize)
                .map_or_else(String::new, |i| i.opcode().mnemonic());
            self.log(
                vm,
                &format!(
                    "deopt {} at pc {} ({} line {}): {}",
                    describe(code),
                    pc,
                    op,
                    line,
                    emit::Reason::from_u8(reason)
                ),
            );
        }
        // Drop the code; it is compiled again, with the types the interpreter
        // records from now on, once it is hot again.
        let slot = &code.jit;
        slot.deopts.set(slot.deopts.get() + 1);
        slot.entry.set(0);
        code.calls.set(0);
        code.backedges.set(0);
    }

    fn wants_entries(&self) -> bool {
        self.log
    }

    fn osr_enter(&mut self, vm: &mut Vm, code: &PyRef<PyCode>, pc: u32) {
        if !self.log {
            // Entries are frequent (every generator resume): format nothing.
            return;
        }
        let line = code.code.line_of(pc as usize);
        self.log(
            vm,
            &format!("osr enter {} at pc {} (line {})", describe(code), pc, line),
        );
    }
}
