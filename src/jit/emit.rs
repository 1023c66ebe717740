//! Cranelift IR generation for one code object, following the plan.
//!
//! The generated function has the `JitEntry` signature. Its first block loads
//! the register-file pointer and dispatches on the entry pc: 0 starts the
//! function, a loop header enters mid-loop (on-stack replacement) through a
//! stub that checks what the header's code assumes about the registers.
//!
//! Registers live in the frame's memory, which is always up to date (every
//! result is stored as a full `Value` when produced). Unboxed copies of ints,
//! floats and bools are kept in Cranelift variables while the plan knows the
//! register's type, so arithmetic on them needs no loads or tag checks. A deopt
//! exit therefore only has to return the pc: see docs/jit.md.

use super::helpers;
use super::plan::{Analysis, Cmp, FloatOp, IntOp, Lit, Need, Op, Ty};
use crate::bytecode::code::CodeObject;
use crate::bytecode::opcodes::Instr;
use crate::bytecode::operand::Reg;
use crate::runtime::object::{
    RANGE_ITER_NEXT_OFFSET, RANGE_ITER_REMAINING_OFFSET, RANGE_ITER_STEP_OFFSET,
};
use crate::runtime::value::{BOOL_OFFSET, PAYLOAD_OFFSET, TAG_OFFSET, VALUE_SIZE, tag};
use crate::vm::{
    FRAME_GLOBALS_OFFSET, FRAME_LOCALS_OFFSET, FRAME_REGS_OFFSET, FRAME_RET_OFFSET, jit_status,
};
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{
    self, AbiParam, Block, FuncRef, InstBuilder, MemFlagsData, Signature, types,
};
use cranelift_frontend::{FunctionBuilder, Variable};
use cranelift_module::{FuncId, Module};
use std::collections::HashMap;

/// Why compiled code deoptimised (reported by `--jit-log`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Reason {
    TypeGuard = 1,
    Overflow = 2,
    ValueGuard = 3,
    OsrEntry = 4,
}

impl Reason {
    pub fn from_u8(b: u8) -> &'static str {
        match b {
            1 => "type guard failed",
            2 => "int overflow",
            3 => "value guard failed",
            4 => "OSR entry check failed",
            _ => "guard failed",
        }
    }
}

/// Helper functions declared in the module.
pub struct HelperIds {
    pub exec: FuncId,
    pub truthy: FuncId,
    pub for_iter: FuncId,
    pub yield_from: FuncId,
    pub drop: FuncId,
    pub seq_get: FuncId,
    pub list_set: FuncId,
    pub fpow: FuncId,
    pub call: FuncId,
    pub load_attr: FuncId,
    pub store_attr: FuncId,
    pub call_method: FuncId,
    pub attr_hit: FuncId,
}

/// Symbol names and addresses of the helpers, for the JIT builder.
pub fn helper_symbols() -> Vec<(&'static str, *const u8)> {
    vec![
        ("pyjit_exec", helpers::jit_exec as *const u8),
        ("pyjit_truthy", helpers::jit_truthy as *const u8),
        ("pyjit_for_iter", helpers::jit_for_iter as *const u8),
        ("pyjit_attr_hit", helpers::jit_attr_hit as *const u8),
        ("pyjit_yield_from", helpers::jit_yield_from as *const u8),
        ("pyjit_drop", helpers::jit_drop as *const u8),
        ("pyjit_seq_get", helpers::jit_seq_get as *const u8),
        ("pyjit_list_set", helpers::jit_list_set as *const u8),
        ("pyjit_fpow", helpers::jit_fpow as *const u8),
        ("pyjit_call", helpers::jit_call as *const u8),
        ("pyjit_load_attr", helpers::jit_load_attr as *const u8),
        ("pyjit_store_attr", helpers::jit_store_attr as *const u8),
        ("pyjit_call_method", helpers::jit_call_method as *const u8),
    ]
}

/// Declares the helpers in `module`.
pub fn declare_helpers<M: Module>(module: &mut M) -> Result<HelperIds, String> {
    let ptr = module.target_config().pointer_type();
    let sig = |params: &[ir::Type], ret: Option<ir::Type>| {
        let mut s = module.make_signature();
        for p in params {
            s.params.push(AbiParam::new(*p));
        }
        if let Some(r) = ret {
            s.returns.push(AbiParam::new(r));
        }
        s
    };
    let s_exec = sig(&[ptr, ptr, types::I32], Some(types::I32));
    let s_drop = sig(&[ptr], None);
    let s_seq_get = sig(&[ptr, types::I32, types::I64, ptr], Some(types::I32));
    let s_list_set = sig(&[ptr, types::I64, ptr], Some(types::I32));
    let s_fpow = sig(&[types::F64, types::F64], Some(types::F64));
    let s_call = sig(
        &[ptr, ptr, types::I32, types::I32, types::I32, types::I32],
        Some(types::I32),
    );
    let s_attr_hit = sig(&[ptr, ptr, ptr, ptr, ptr], Some(types::I32));
    let s_call_method = sig(
        &[
            ptr,
            ptr,
            types::I32,
            types::I32,
            types::I32,
            types::I32,
            types::I32,
        ],
        Some(types::I32),
    );
    let decl = |m: &mut M, name: &str, s: &Signature| {
        m.declare_function(name, cranelift_module::Linkage::Import, s)
            .map_err(|e| e.to_string())
    };
    Ok(HelperIds {
        exec: decl(module, "pyjit_exec", &s_exec)?,
        truthy: decl(module, "pyjit_truthy", &s_exec)?,
        for_iter: decl(module, "pyjit_for_iter", &s_exec)?,
        yield_from: decl(module, "pyjit_yield_from", &s_exec)?,
        drop: decl(module, "pyjit_drop", &s_drop)?,
        seq_get: decl(module, "pyjit_seq_get", &s_seq_get)?,
        list_set: decl(module, "pyjit_list_set", &s_list_set)?,
        fpow: decl(module, "pyjit_fpow", &s_fpow)?,
        call: decl(module, "pyjit_call", &s_call)?,
        load_attr: decl(module, "pyjit_load_attr", &s_call)?,
        store_attr: decl(module, "pyjit_store_attr", &s_call)?,
        call_method: decl(module, "pyjit_call_method", &s_call_method)?,
        attr_hit: decl(module, "pyjit_attr_hit", &s_attr_hit)?,
    })
}

struct Refs {
    exec: FuncRef,
    truthy: FuncRef,
    for_iter: FuncRef,
    yield_from: FuncRef,
    drop: FuncRef,
    seq_get: FuncRef,
    list_set: FuncRef,
    fpow: FuncRef,
    call: FuncRef,
    load_attr: FuncRef,
    store_attr: FuncRef,
    call_method: FuncRef,
    attr_hit: FuncRef,
}

/// The tag a register with loaded type `t` has in memory.
fn tag_of(t: Ty) -> u8 {
    match t {
        Ty::Int => tag::INT,
        Ty::Float => tag::FLOAT,
        Ty::Bool => tag::BOOL,
        _ => tag::RANGE_ITER,
    }
}

fn flags() -> MemFlagsData {
    MemFlagsData::trusted()
}

fn slot_offset(r: Reg) -> i32 {
    i32::from(r.0) * VALUE_SIZE
}

/// Emits the whole function into `b`. Returns the number of specialised
/// (non-generic) instructions.
pub fn emit<M: Module>(
    module: &mut M,
    ids: &HelperIds,
    b: &mut FunctionBuilder,
    code: &CodeObject,
    an: &Analysis,
    addrs: CodeAddrs,
) -> usize {
    let CodeAddrs {
        global_caches,
        consts,
        attr_caches,
        names,
    } = addrs;
    let refs = Refs {
        exec: module.declare_func_in_func(ids.exec, b.func),
        truthy: module.declare_func_in_func(ids.truthy, b.func),
        for_iter: module.declare_func_in_func(ids.for_iter, b.func),
        yield_from: module.declare_func_in_func(ids.yield_from, b.func),
        drop: module.declare_func_in_func(ids.drop, b.func),
        seq_get: module.declare_func_in_func(ids.seq_get, b.func),
        list_set: module.declare_func_in_func(ids.list_set, b.func),
        fpow: module.declare_func_in_func(ids.fpow, b.func),
        call: module.declare_func_in_func(ids.call, b.func),
        load_attr: module.declare_func_in_func(ids.load_attr, b.func),
        store_attr: module.declare_func_in_func(ids.store_attr, b.func),
        call_method: module.declare_func_in_func(ids.call_method, b.func),
        attr_hit: module.declare_func_in_func(ids.attr_hit, b.func),
    };
    let nregs = code.nregs as usize;
    let vi: Vec<Variable> = (0..nregs).map(|_| b.declare_var(types::I64)).collect();
    let vf: Vec<Variable> = (0..nregs).map(|_| b.declare_var(types::F64)).collect();
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let params = b.block_params(entry).to_vec();
    let (vm, frame, entry_pc) = (params[0], params[1], params[2]);
    let regs = b.ins().load(types::I64, flags(), frame, FRAME_REGS_OFFSET);
    let cfg = &an.cfg;
    let blocks: Vec<Option<Block>> = (0..cfg.starts.len())
        .map(|i| cfg.reachable[i].then(|| b.create_block()))
        .collect();
    let mut e = Em {
        b,
        refs,
        vm,
        frame,
        regs,
        vi,
        vf,
        state: Vec::new(),
        deopts: HashMap::new(),
        specialized: 0,
        global_caches,
        consts,
        attr_caches,
        names,
    };
    // Dispatch on the entry pc.
    let mut entries: Vec<usize> = vec![0];
    entries.extend(cfg.loop_headers.iter().copied().filter(|&h| h != 0));
    for &pc in &entries {
        let bi = cfg.block_of[pc];
        let Some(target) = blocks[bi] else { continue };
        let stub = if pc == 0 { target } else { e.b.create_block() };
        let next = e.b.create_block();
        let is = e.b.ins().icmp_imm_s(IntCC::Equal, entry_pc, pc as i64);
        e.b.ins().brif(is, stub, &[], next, &[]);
        if pc != 0 {
            e.b.switch_to_block(stub);
            e.osr_stub(pc, an.entry[bi].as_deref().unwrap_or(&[]), target);
        }
        e.b.switch_to_block(next);
    }
    // Unknown entry point: let the interpreter run from there.
    let pc64 = e.b.ins().uextend(types::I64, entry_pc);
    let st =
        e.b.ins()
            .iconst(types::I64, (jit_status::DEOPT << 32) as i64);
    let r = e.b.ins().bor(st, pc64);
    e.b.ins().return_(&[r]);
    // The blocks.
    let n = code.instrs.len();
    for (bi, cl) in blocks.iter().enumerate() {
        let Some(cl) = *cl else { continue };
        e.b.switch_to_block(cl);
        e.state = an.entry[bi]
            .clone()
            .unwrap_or_else(|| vec![Ty::Unknown; nregs]);
        let end = cfg.end(bi, n);
        for pc in cfg.starts[bi]..end {
            e.instr(code, pc, &an.ops[pc], &blocks, cfg);
        }
        let last = &code.instrs[end - 1];
        if !last.is_terminator()
            && !matches!(
                last,
                Instr::JumpIfTrue { .. }
                    | Instr::JumpIfFalse { .. }
                    | Instr::ForIter { .. }
                    | Instr::Yield { .. }
            )
        {
            match blocks
                .get(cfg.block_of.get(end).copied().unwrap_or(usize::MAX))
                .copied()
                .flatten()
            {
                Some(nb) => {
                    e.b.ins().jump(nb, &[]);
                }
                None => e.exit(jit_status::DEOPT, end, 0),
            }
        }
    }
    e.finish_deopts();
    e.b.seal_all_blocks();
    e.specialized
}

struct Em<'a, 'b> {
    b: &'a mut FunctionBuilder<'b>,
    refs: Refs,
    vm: ir::Value,
    frame: ir::Value,
    regs: ir::Value,
    vi: Vec<Variable>,
    vf: Vec<Variable>,
    state: Vec<Ty>,
    deopts: HashMap<(usize, u8), Block>,
    specialized: usize,
    /// Address of the code object's first `GlobalCache` (one per instruction).
    global_caches: usize,
    /// Address of the code object's materialised constants (`PyCode::consts`).
    consts: usize,
    /// Address of the code object's first `AttrCache` (one per instruction).
    attr_caches: usize,
    /// Address of the code object's names (`PyCode::names`).
    names: usize,
}

/// Addresses inside the code object (`PyCode`) being compiled that compiled
/// code reads in place; the code object outlives its compiled code's use.
pub struct CodeAddrs {
    /// `PyCode::global_cache`.
    pub global_caches: usize,
    /// `PyCode::consts`.
    pub consts: usize,
    /// `PyCode::attr_cache`.
    pub attr_caches: usize,
    /// `PyCode::names`.
    pub names: usize,
}

impl Em<'_, '_> {
    /// Returns `(status << 32) | (reason << 40) | pc` from the function.
    fn exit(&mut self, status: u64, pc: usize, reason: u8) {
        let v = (status << 32) | (u64::from(reason) << 40) | pc as u64;
        let c = self.b.ins().iconst(types::I64, v as i64);
        self.b.ins().return_(&[c]);
    }

    /// Stores register `src` in `Frame::ret` (for `Return` and `Yield`).
    /// With `take` (a `Return`: the frame is finished) the register is left
    /// Unbound instead of counting a second reference.
    fn store_ret(&mut self, src: Reg, pc: usize, take: bool) {
        let t = self.state[src.0 as usize];
        let ret_tag = FRAME_RET_OFFSET + TAG_OFFSET;
        let ret_payload = FRAME_RET_OFFSET + PAYLOAD_OFFSET;
        match t {
            Ty::Int => {
                let v = self.get_int(src, pc);
                let tg = self.b.ins().iconst(types::I32, i64::from(tag::INT));
                self.b.ins().istore8(flags(), tg, self.frame, ret_tag);
                self.b.ins().store(flags(), v, self.frame, ret_payload);
            }
            Ty::Float => {
                let v = self.get_float(src, pc);
                let tg = self.b.ins().iconst(types::I32, i64::from(tag::FLOAT));
                self.b.ins().istore8(flags(), tg, self.frame, ret_tag);
                self.b.ins().store(flags(), v, self.frame, ret_payload);
            }
            _ => {
                // `Frame::ret` holds nothing here (the resumer of a generator
                // takes each yielded value), so nothing is released.
                let off = slot_offset(src);
                let w0 = self.b.ins().load(types::I64, flags(), self.regs, off);
                let w1 = self.b.ins().load(types::I64, flags(), self.regs, off + 8);
                if take {
                    // The frame is finished: move the value out of the
                    // register instead of counting a copy and releasing it.
                    self.store_tag(src, tag::UNBOUND);
                    self.state[src.0 as usize] = Ty::Scalar;
                } else {
                    self.incref_if_heap(w0, w1);
                }
                self.b
                    .ins()
                    .store(flags(), w0, self.frame, FRAME_RET_OFFSET);
                self.b
                    .ins()
                    .store(flags(), w1, self.frame, FRAME_RET_OFFSET + 8);
            }
        }
    }

    /// The block that deopts to `pc` (re-executing it) for `reason`.
    fn deopt_block(&mut self, pc: usize, reason: Reason) -> Block {
        if let Some(&bl) = self.deopts.get(&(pc, reason as u8)) {
            return bl;
        }
        // The block's body is emitted at the end (`finish_deopts`): the
        // current block must be filled before switching away from it.
        let bl = self.b.create_block();
        self.b.set_cold_block(bl);
        self.deopts.insert((pc, reason as u8), bl);
        bl
    }

    /// Emits the bodies of the deopt blocks.
    fn finish_deopts(&mut self) {
        let mut all: Vec<((usize, u8), Block)> =
            self.deopts.iter().map(|(k, v)| (*k, *v)).collect();
        all.sort_by_key(|(k, _)| *k);
        for ((pc, reason), bl) in all {
            self.b.switch_to_block(bl);
            self.exit(jit_status::DEOPT, pc, reason);
        }
    }

    /// Continues only when `cond` is false; otherwise deopts.
    fn deopt_if(&mut self, cond: ir::Value, pc: usize, reason: Reason) {
        let d = self.deopt_block(pc, reason);
        let cont = self.b.create_block();
        self.b.ins().brif(cond, d, &[], cont, &[]);
        self.b.switch_to_block(cont);
    }

    fn load_tag(&mut self, r: Reg) -> ir::Value {
        self.b
            .ins()
            .uload8(types::I32, flags(), self.regs, slot_offset(r) + TAG_OFFSET)
    }

    fn guard_tag(&mut self, r: Reg, t: u8, pc: usize) {
        let tg = self.load_tag(r);
        let bad = self.b.ins().icmp_imm_s(IntCC::NotEqual, tg, i64::from(t));
        self.deopt_if(bad, pc, Reason::TypeGuard);
    }

    /// The variable caching the payload of `r` when it has type `t`.
    fn var_for(&self, r: Reg, t: Ty) -> Variable {
        if t == Ty::Float {
            self.vf[r.0 as usize]
        } else {
            self.vi[r.0 as usize]
        }
    }

    /// Loads the payload of `r`, whose tag is known to be `t`'s, into its
    /// variable and records that the register has type `t`.
    fn load_payload(&mut self, r: Reg, t: Ty) -> ir::Value {
        let v = match t {
            Ty::Float => self.b.ins().load(
                types::F64,
                flags(),
                self.regs,
                slot_offset(r) + PAYLOAD_OFFSET,
            ),
            Ty::Bool => {
                self.b
                    .ins()
                    .uload8(types::I64, flags(), self.regs, slot_offset(r) + BOOL_OFFSET)
            }
            _ => self.b.ins().load(
                types::I64,
                flags(),
                self.regs,
                slot_offset(r) + PAYLOAD_OFFSET,
            ),
        };
        let var = self.var_for(r, t);
        self.b.def_var(var, v);
        self.state[r.0 as usize] = t;
        v
    }

    /// Reads `r` as type `t` (a loaded type), guarding its tag first unless
    /// the plan already knows it; a failed guard deopts to `deopt_pc`.
    fn get_typed(&mut self, r: Reg, t: Ty, deopt_pc: usize) -> ir::Value {
        if self.state[r.0 as usize] == t {
            let var = self.var_for(r, t);
            return self.b.use_var(var);
        }
        self.guard_tag(r, tag_of(t), deopt_pc);
        self.load_payload(r, t)
    }

    fn get_int(&mut self, r: Reg, pc: usize) -> ir::Value {
        self.get_typed(r, Ty::Int, pc)
    }

    fn get_float(&mut self, r: Reg, pc: usize) -> ir::Value {
        self.get_typed(r, Ty::Float, pc)
    }

    fn get_bool(&mut self, r: Reg, pc: usize) -> ir::Value {
        self.get_typed(r, Ty::Bool, pc)
    }

    fn get_range_iter(&mut self, r: Reg, pc: usize) -> ir::Value {
        self.get_typed(r, Ty::RangeIter, pc)
    }

    /// Reads `r` as an f64 according to `need`.
    fn get_num(&mut self, r: Reg, need: Need, pc: usize) -> ir::Value {
        match need {
            Need::Int => {
                let v = self.get_int(r, pc);
                self.b.ins().fcvt_from_sint(types::F64, v)
            }
            Need::Float => self.get_float(r, pc),
            _ => {
                let i = r.0 as usize;
                match self.state[i] {
                    Ty::Int => {
                        let v = self.b.use_var(self.vi[i]);
                        return self.b.ins().fcvt_from_sint(types::F64, v);
                    }
                    Ty::Float => return self.b.use_var(self.vf[i]),
                    _ => {}
                }
                let tg = self.load_tag(r);
                let is_f = self
                    .b
                    .ins()
                    .icmp_imm_s(IntCC::Equal, tg, i64::from(tag::FLOAT));
                let bf = self.b.create_block();
                let check_i = self.b.create_block();
                let bi = self.b.create_block();
                let join = self.b.create_block();
                self.b.append_block_param(join, types::F64);
                self.b.ins().brif(is_f, bf, &[], check_i, &[]);
                self.b.switch_to_block(check_i);
                let not_i = self
                    .b
                    .ins()
                    .icmp_imm_s(IntCC::NotEqual, tg, i64::from(tag::INT));
                let d = self.deopt_block(pc, Reason::TypeGuard);
                self.b.ins().brif(not_i, d, &[], bi, &[]);
                self.b.switch_to_block(bf);
                let f = self.b.ins().load(
                    types::F64,
                    flags(),
                    self.regs,
                    slot_offset(r) + PAYLOAD_OFFSET,
                );
                self.b.ins().jump(join, &[ir::BlockArg::Value(f)]);
                self.b.switch_to_block(bi);
                let iv = self.b.ins().load(
                    types::I64,
                    flags(),
                    self.regs,
                    slot_offset(r) + PAYLOAD_OFFSET,
                );
                let fv = self.b.ins().fcvt_from_sint(types::F64, iv);
                self.b.ins().jump(join, &[ir::BlockArg::Value(fv)]);
                self.b.switch_to_block(join);
                if !self.state[i].is_scalar() {
                    self.state[i] = Ty::Scalar;
                }
                self.b.block_params(join)[0]
            }
        }
    }

    /// As `get_num`, but ints beyond 2**53 in magnitude deopt (for exact
    /// comparisons with floats).
    fn get_num_exact(&mut self, r: Reg, need: Need, pc: usize) -> ir::Value {
        // The plan never gives FloatCmp a two-way (`Num`) operand.
        if need == Need::Int {
            let v = self.get_int(r, pc);
            let limit = 1i64 << 53;
            let biased = self.b.ins().iadd_imm_s(v, limit);
            let out = self
                .b
                .ins()
                .icmp_imm_u(IntCC::UnsignedGreaterThan, biased, 2 * limit);
            self.deopt_if(out, pc, Reason::ValueGuard);
            return self.b.ins().fcvt_from_sint(types::F64, v);
        }
        self.get_num(r, need, pc)
    }

    /// An i8 that is non-zero when tag `tg` (an I32) is a heap tag.
    fn is_heap_tag(&mut self, tg: ir::Value) -> ir::Value {
        // `tag::is_heap`: tg >= FIRST_HEAP.
        self.b.ins().icmp_imm_u(
            IntCC::UnsignedGreaterThanOrEqual,
            tg,
            i64::from(tag::FIRST_HEAP),
        )
    }

    /// Drops the old value of `r` before it is overwritten, unless known scalar.
    fn prepare_write(&mut self, r: Reg) {
        if self.state[r.0 as usize].is_scalar() {
            return;
        }
        let tg = self.load_tag(r);
        let heap = self.is_heap_tag(tg);
        let drop_bl = self.b.create_block();
        let cont = self.b.create_block();
        self.b.ins().brif(heap, drop_bl, &[], cont, &[]);
        self.b.switch_to_block(drop_bl);
        self.b.set_cold_block(drop_bl);
        let addr = self
            .b
            .ins()
            .iadd_imm_s(self.regs, i64::from(slot_offset(r)));
        self.b.ins().call(self.refs.drop, &[addr]);
        self.b.ins().jump(cont, &[]);
        self.b.switch_to_block(cont);
    }

    fn store_tag(&mut self, r: Reg, t: u8) {
        let c = self.b.ins().iconst(types::I32, i64::from(t));
        self.b
            .ins()
            .istore8(flags(), c, self.regs, slot_offset(r) + TAG_OFFSET);
    }

    /// Stores an unboxed int or float result (`t` is `Int` or `Float`) into
    /// register `r` as a full Value and caches it in `r`'s variable.
    fn write_number(&mut self, r: Reg, t: Ty, v: ir::Value) {
        self.prepare_write(r);
        if self.state[r.0 as usize] != t {
            self.store_tag(r, tag_of(t));
        }
        self.b
            .ins()
            .store(flags(), v, self.regs, slot_offset(r) + PAYLOAD_OFFSET);
        let var = self.var_for(r, t);
        self.b.def_var(var, v);
        self.state[r.0 as usize] = t;
    }

    fn write_int(&mut self, r: Reg, v: ir::Value) {
        self.write_number(r, Ty::Int, v);
    }

    fn write_float(&mut self, r: Reg, v: ir::Value) {
        self.write_number(r, Ty::Float, v);
    }

    /// Writes a bool from an i8 (0/1) condition value.
    fn write_bool(&mut self, r: Reg, c: ir::Value) {
        self.prepare_write(r);
        if self.state[r.0 as usize] != Ty::Bool {
            self.store_tag(r, tag::BOOL);
        }
        let c32 = self.b.ins().uextend(types::I32, c);
        self.b
            .ins()
            .istore8(flags(), c32, self.regs, slot_offset(r) + BOOL_OFFSET);
        let v = self.b.ins().uextend(types::I64, c);
        self.b.def_var(self.vi[r.0 as usize], v);
        self.state[r.0 as usize] = Ty::Bool;
    }

    /// Calls a status-returning helper and exits with its status when non-zero.
    fn call_checked(&mut self, f: FuncRef, arg: u32) -> ir::Value {
        let a = self.b.ins().iconst(types::I32, i64::from(arg));
        let call = self.b.ins().call(f, &[self.vm, self.frame, a]);
        self.b.inst_results(call)[0]
    }

    /// Exits with `status` (an I32 holding ERROR or RERAISE) at `pc`.
    fn exit_dynamic(&mut self, status: ir::Value, pc: usize) {
        let s = self.b.ins().uextend(types::I64, status);
        let s = self.b.ins().ishl_imm_u(s, 32);
        let r = self.b.ins().bor_imm_u(s, pc as i64);
        self.b.ins().return_(&[r]);
    }

    /// An i8 that is 1 when registers `a` and `b` hold the same object
    /// (`Value::is`): equal tags and, by tag, equal payload words (ints,
    /// floats by bits, heap pointers), equal bool bytes, or nothing more.
    fn same_object(&mut self, a: Reg, b: Reg) -> ir::Value {
        let ta = self.load_tag(a);
        let tb = self.load_tag(b);
        let same_tag = self.b.ins().icmp(IntCC::Equal, ta, tb);
        let word = |em: &mut Self, r: Reg| {
            em.b.ins().load(
                types::I64,
                flags(),
                em.regs,
                slot_offset(r) + PAYLOAD_OFFSET,
            )
        };
        let (pa, pb) = (word(self, a), word(self, b));
        let same_word = self.b.ins().icmp(IntCC::Equal, pa, pb);
        let byte = |em: &mut Self, r: Reg| {
            em.b.ins()
                .uload8(types::I32, flags(), em.regs, slot_offset(r) + BOOL_OFFSET)
        };
        let (ba, bb) = (byte(self, a), byte(self, b));
        let same_byte = self.b.ins().icmp(IntCC::Equal, ba, bb);
        let heap = self.is_heap_tag(ta);
        let is_int = self
            .b
            .ins()
            .icmp_imm_u(IntCC::Equal, ta, i64::from(tag::INT));
        let is_float = self
            .b
            .ins()
            .icmp_imm_u(IntCC::Equal, ta, i64::from(tag::FLOAT));
        let num = self.b.ins().bor(is_int, is_float);
        let has_word = self.b.ins().bor(num, heap);
        let is_bool = self
            .b
            .ins()
            .icmp_imm_u(IntCC::Equal, ta, i64::from(tag::BOOL));
        let one = self.b.ins().iconst(types::I8, 1);
        let by_word = self.b.ins().select(has_word, same_word, one);
        let payload_same = self.b.ins().select(is_bool, same_byte, by_word);
        self.b.ins().band(same_tag, payload_same)
    }

    /// Calls helper `f(vm, frame, [pc,] operands...)` of the instruction at
    /// `pc` and exits with its status when it is not 0.
    fn operand_helper(&mut self, f: FuncRef, with_pc: Option<usize>, ops: &[u32], pc: usize) {
        let mut args = vec![self.vm, self.frame];
        for v in with_pc.map(|p| p as u32).iter().chain(ops) {
            args.push(self.b.ins().iconst(types::I32, i64::from(*v)));
        }
        let call = self.b.ins().call(f, &args);
        let rc = self.b.inst_results(call)[0];
        self.exit_on_error(rc, pc);
    }

    /// `LoadAttr`: when the instruction's first cache entry was filled for the
    /// object's type at its current version, `jit_attr_hit` reads the slot or
    /// instance-dict entry; anything else (another type, a class attribute,
    /// a miss) takes `jit_load_attr`, the interpreter's cached lookup.
    fn load_attr(&mut self, pc: usize, dst: Reg, obj: Reg, name: u32) {
        use crate::runtime::code::attr_cache_offsets as off;
        use crate::runtime::object::TYPE_VERSION_OFFSET;
        use crate::runtime::rc::TYPE_OFFSET;
        let slow = self.b.create_block();
        let done = self.b.create_block();
        let or_slow = |em: &mut Self, bad: ir::Value| {
            let next = em.b.create_block();
            em.b.ins().brif(bad, slow, &[], next, &[]);
            em.b.switch_to_block(next);
        };
        let tg = self.load_tag(obj);
        let not_obj = self
            .b
            .ins()
            .icmp_imm_s(IntCC::NotEqual, tg, i64::from(tag::OBJECT));
        or_slow(self, not_obj);
        let p = self.b.ins().load(
            types::I64,
            flags(),
            self.regs,
            slot_offset(obj) + PAYLOAD_OFFSET,
        );
        let ty = self
            .b
            .ins()
            .load(types::I64, flags(), p, TYPE_OFFSET as i32);
        let cache = self.attr_caches + pc * off::SIZE;
        let c = self.b.ins().iconst(types::I64, cache as i64);
        let ety = self.b.ins().load(types::I64, flags(), c, off::TY);
        let other_ty = self.b.ins().icmp(IntCC::NotEqual, ty, ety);
        or_slow(self, other_ty);
        let ver = self
            .b
            .ins()
            .load(types::I64, flags(), ty, TYPE_VERSION_OFFSET);
        let ever = self.b.ins().load(types::I64, flags(), c, off::VERSION);
        let stale = self.b.ins().icmp(IntCC::NotEqual, ver, ever);
        or_slow(self, stale);
        let objp = self
            .b
            .ins()
            .iadd_imm_s(self.regs, i64::from(slot_offset(obj)));
        let outp = self
            .b
            .ins()
            .iadd_imm_s(self.regs, i64::from(slot_offset(dst)));
        let entry = self.b.ins().iadd_imm_s(c, i64::from(off::ENTRY));
        let name_addr = self.names + name as usize * VALUE_SIZE as usize;
        let namep = self.b.ins().iconst(types::I64, name_addr as i64);
        let call = self
            .b
            .ins()
            .call(self.refs.attr_hit, &[self.vm, objp, entry, namep, outp]);
        let rc = self.b.inst_results(call)[0];
        self.b.ins().brif(rc, slow, &[], done, &[]);
        self.b.switch_to_block(slow);
        let ops = [u32::from(dst.0), u32::from(obj.0), name];
        self.operand_helper(self.refs.load_attr, Some(pc), &ops, pc);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    /// Exits with helper status `rc` at `pc` when it is an error status
    /// (above 1: helpers whose 0 and 1 are two ways to go on).
    fn exit_on_error_status(&mut self, rc: ir::Value, pc: usize) {
        let err = self.b.create_block();
        let ok = self.b.create_block();
        let is_err = self.b.ins().icmp_imm_u(IntCC::UnsignedGreaterThan, rc, 1);
        self.b.ins().brif(is_err, err, &[], ok, &[]);
        self.b.switch_to_block(err);
        self.b.set_cold_block(err);
        self.exit_dynamic(rc, pc);
        self.b.switch_to_block(ok);
    }

    /// Exits with helper status `rc` at `pc` unless it is 0 (a cold path).
    fn exit_on_error(&mut self, rc: ir::Value, pc: usize) {
        let err = self.b.create_block();
        let cont = self.b.create_block();
        self.b.ins().brif(rc, err, &[], cont, &[]);
        self.b.switch_to_block(err);
        self.b.set_cold_block(err);
        self.exit_dynamic(rc, pc);
        self.b.switch_to_block(cont);
    }

    fn generic(&mut self, ins: &Instr, pc: usize) {
        let rc = self.call_checked(self.refs.exec, pc as u32);
        self.exit_on_error(rc, pc);
        if let Some((first, count)) = ins.writes() {
            for r in first as usize..first as usize + count as usize {
                if r < self.state.len() {
                    self.state[r] = Ty::Unknown;
                }
            }
        }
    }

    /// Copies the Value at `base + off` into register `dst`: both 16-byte
    /// words, with a count increment when it is a heap value (before the old
    /// value of `dst` is released, so copying a value onto itself is safe).
    fn copy_value(&mut self, base: ir::Value, off: i32, dst: Reg) {
        let w0 = self.b.ins().load(types::I64, flags(), base, off);
        let w1 = self.b.ins().load(types::I64, flags(), base, off + 8);
        self.incref_if_heap(w0, w1);
        self.prepare_write(dst);
        self.b.ins().store(flags(), w0, self.regs, slot_offset(dst));
        self.b
            .ins()
            .store(flags(), w1, self.regs, slot_offset(dst) + 8);
    }

    /// Given the two words of a Value, increments its count if it is a heap
    /// value (the payload word points at the count).
    fn incref_if_heap(&mut self, w0: ir::Value, w1: ir::Value) {
        let tg = self.b.ins().band_imm_u(w0, 0xff);
        let tg32 = self.b.ins().ireduce(types::I32, tg);
        let heap = self.is_heap_tag(tg32);
        let incref = self.b.create_block();
        let done = self.b.create_block();
        self.b.ins().brif(heap, incref, &[], done, &[]);
        self.b.switch_to_block(incref);
        let n = self.b.ins().load(types::I64, flags(), w1, 0);
        let n1 = self.b.ins().iadd_imm_s(n, 1);
        self.b.ins().store(flags(), n1, w1, 0);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    /// `LoadGlobal` through the instruction's `GlobalCache`: when the cache was
    /// filled for this frame's globals and both dicts still have the recorded
    /// versions, copy the cached value (one increment of its count) into
    /// `dst`; otherwise take the generic path, which refills the cache.
    fn load_global(&mut self, ins: &Instr, dst: Reg, pc: usize) {
        use crate::runtime::code::{GlobalCache, global_cache_offsets as off};
        let addr = self.global_caches + pc * std::mem::size_of::<GlobalCache>();
        let c = self.b.ins().iconst(types::I64, addr as i64);
        let miss = self.b.create_block();
        let join = self.b.create_block();
        let saved = self.state.clone();
        let check = |em: &mut Self, a: ir::Value, b: ir::Value| {
            let ne = em.b.ins().icmp(IntCC::NotEqual, a, b);
            let next = em.b.create_block();
            em.b.ins().brif(ne, miss, &[], next, &[]);
            em.b.switch_to_block(next);
        };
        // A frame with separate locals (exec/eval) takes the generic path.
        let locals = self
            .b
            .ins()
            .load(types::I64, flags(), self.frame, FRAME_LOCALS_OFFSET);
        let zero = self.b.ins().iconst(types::I64, 0);
        check(self, locals, zero);
        let globals = self
            .b
            .ins()
            .load(types::I64, flags(), self.frame, FRAME_GLOBALS_OFFSET);
        let cached_dict = self.b.ins().load(types::I64, flags(), c, off::DICT);
        check(self, globals, cached_dict);
        let vp = self.b.ins().load(types::I64, flags(), c, off::VERSION_PTR);
        let v = self.b.ins().load(types::I64, flags(), vp, 0);
        let cv = self.b.ins().load(types::I64, flags(), c, off::VERSION);
        check(self, v, cv);
        let bp = self
            .b
            .ins()
            .load(types::I64, flags(), c, off::BUILTINS_VERSION_PTR);
        let in_globals = self.b.create_block();
        let check_builtins = self.b.create_block();
        self.b.ins().brif(bp, check_builtins, &[], in_globals, &[]);
        self.b.switch_to_block(check_builtins);
        let bv = self.b.ins().load(types::I64, flags(), bp, 0);
        let cbv = self
            .b
            .ins()
            .load(types::I64, flags(), c, off::BUILTINS_VERSION);
        check(self, bv, cbv);
        self.b.ins().jump(in_globals, &[]);
        // Hit: copy the 16 bytes of the cached value, counting the new reference.
        self.b.switch_to_block(in_globals);
        self.copy_value(c, off::VALUE, dst);
        self.b.ins().jump(join, &[]);
        // Miss.
        self.b.switch_to_block(miss);
        self.b.set_cold_block(miss);
        self.state = saved;
        self.generic(ins, pc);
        self.b.ins().jump(join, &[]);
        self.b.switch_to_block(join);
        self.state[dst.0 as usize] = Ty::Unknown;
    }

    /// The OSR entry stub for loop header `pc`: checks every register the
    /// header's code assumes a type for (deopting to `pc` when one does not
    /// hold), loads the payloads, and enters the loop.
    fn osr_stub(&mut self, pc: usize, state: &[Ty], target: Block) {
        self.state = vec![Ty::Unknown; state.len()];
        for (i, t) in state.iter().enumerate() {
            let r = Reg(i as u16);
            match t {
                Ty::Int | Ty::Float | Ty::Bool | Ty::RangeIter => {
                    let tg = self.load_tag(r);
                    let bad = self
                        .b
                        .ins()
                        .icmp_imm_s(IntCC::NotEqual, tg, i64::from(tag_of(*t)));
                    self.deopt_if(bad, pc, Reason::OsrEntry);
                    self.load_payload(r, *t);
                }
                Ty::Scalar => {
                    let tg = self.load_tag(r);
                    let heap = self.is_heap_tag(tg);
                    self.deopt_if(heap, pc, Reason::OsrEntry);
                }
                Ty::Unknown => {}
            }
        }
        self.b.ins().jump(target, &[]);
    }

    fn block_for(
        &self,
        blocks: &[Option<Block>],
        cfg: &super::plan::Cfg,
        pc: usize,
    ) -> Option<Block> {
        blocks.get(*cfg.block_of.get(pc)?).copied().flatten()
    }

    /// Jumps to the block starting at `pc`, or deopts there if it was not compiled.
    fn goto(&mut self, blocks: &[Option<Block>], cfg: &super::plan::Cfg, pc: usize) {
        match self.block_for(blocks, cfg, pc) {
            Some(bl) => {
                self.b.ins().jump(bl, &[]);
            }
            None => self.exit(jit_status::DEOPT, pc, 0),
        }
    }

    fn instr(
        &mut self,
        code: &CodeObject,
        pc: usize,
        op: &Op,
        blocks: &[Option<Block>],
        cfg: &super::plan::Cfg,
    ) {
        let ins = code.instrs[pc];
        if *op != Op::Generic {
            self.specialized += 1;
        }
        match *op {
            Op::Generic => {
                self.generic(&ins, pc);
                if ins.is_terminator() {
                    // A raise always reports an error; this exit is never taken.
                    self.exit(jit_status::DEOPT, pc, 0);
                }
            }
            Op::GetRangeIter => {
                self.generic(&ins, pc);
                if let Instr::GetIter { dst, .. } = ins {
                    // Deopt *after* GetIter (it has run) when it made no range iterator.
                    self.get_typed(dst, Ty::RangeIter, pc + 1);
                }
            }
            Op::Const(lit) => {
                let Instr::LoadConst { dst, .. } = ins else {
                    return;
                };
                match lit {
                    Lit::Int(i) => {
                        let v = self.b.ins().iconst(types::I64, i);
                        self.write_int(dst, v);
                    }
                    Lit::Float(f) => {
                        let v = self.b.ins().f64const(f);
                        self.write_float(dst, v);
                    }
                    Lit::Bool(bv) => {
                        let v = self.b.ins().iconst(types::I8, i64::from(bv));
                        self.write_bool(dst, v);
                    }
                }
            }
            Op::CopyAny => {
                let Instr::Move { dst, src } = ins else {
                    return;
                };
                if dst != src {
                    let off = slot_offset(src);
                    self.copy_value(self.regs, off, dst);
                    let t = self.state[src.0 as usize];
                    self.state[dst.0 as usize] = if t.is_scalar() {
                        Ty::Scalar
                    } else {
                        Ty::Unknown
                    };
                }
            }
            Op::ConstAny => {
                let Instr::LoadConst { dst, idx } = ins else {
                    return;
                };
                let addr = self.consts + idx.0 as usize * VALUE_SIZE as usize;
                let base = self.b.ins().iconst(types::I64, addr as i64);
                self.copy_value(base, 0, dst);
                self.state[dst.0 as usize] = Ty::Unknown;
            }
            Op::Copy(t) => {
                let Instr::Move { dst, src } = ins else {
                    return;
                };
                match t {
                    Ty::Int => {
                        let v = self.get_int(src, pc);
                        self.write_int(dst, v);
                    }
                    Ty::Float => {
                        let v = self.get_float(src, pc);
                        self.write_float(dst, v);
                    }
                    _ => {
                        let v = self.get_bool(src, pc);
                        let c = self.b.ins().ireduce(types::I8, v);
                        self.write_bool(dst, c);
                    }
                }
            }
            Op::IntArith(iop, _, _) => {
                let (a, bb) = super::plan::operands_ab(&ins);
                let dst = ins.writes().map_or(Reg(0), |(d, _)| Reg(d));
                let x = self.get_int(a, pc);
                let y = self.get_int(bb, pc);
                let r = match iop {
                    IntOp::Add | IntOp::Sub | IntOp::Mul => {
                        let (r, of) = match iop {
                            IntOp::Add => self.b.ins().sadd_overflow(x, y),
                            IntOp::Sub => self.b.ins().ssub_overflow(x, y),
                            _ => self.b.ins().smul_overflow(x, y),
                        };
                        self.deopt_if(of, pc, Reason::Overflow);
                        r
                    }
                    IntOp::FloorDiv | IntOp::Mod => {
                        // Only positive divisors are compiled; others deopt.
                        let nonpos = self.b.ins().icmp_imm_s(IntCC::SignedLessThanOrEqual, y, 0);
                        self.deopt_if(nonpos, pc, Reason::ValueGuard);
                        let q = self.b.ins().sdiv(x, y);
                        let m = self.b.ins().srem(x, y);
                        let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, m, 0);
                        if iop == IntOp::FloorDiv {
                            let q1 = self.b.ins().iadd_imm_s(q, -1);
                            self.b.ins().select(neg, q1, q)
                        } else {
                            let m1 = self.b.ins().iadd(m, y);
                            self.b.ins().select(neg, m1, m)
                        }
                    }
                    IntOp::And => self.b.ins().band(x, y),
                    IntOp::Or => self.b.ins().bor(x, y),
                    IntOp::Xor => self.b.ins().bxor(x, y),
                    IntOp::RShift => {
                        let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, y, 0);
                        self.deopt_if(neg, pc, Reason::ValueGuard);
                        // Counts of 63 and more leave only the sign.
                        let c63 = self.b.ins().iconst(types::I64, 63);
                        let big = self.b.ins().icmp_imm_u(IntCC::UnsignedGreaterThan, y, 63);
                        let n = self.b.ins().select(big, c63, y);
                        self.b.ins().sshr(x, n)
                    }
                };
                self.write_int(dst, r);
            }
            Op::IntArithOr(iop) => {
                let (a, bb) = super::plan::operands_ab(&ins);
                let dst = ins.writes().map_or(Reg(0), |(d, _)| Reg(d));
                let slow = self.b.create_block();
                let join = self.b.create_block();
                let saved = self.state.clone();
                let mut vals = Vec::new();
                for r in [a, bb] {
                    if self.state[r.0 as usize] == Ty::Int {
                        vals.push(self.b.use_var(self.vi[r.0 as usize]));
                    } else {
                        let tg = self.load_tag(r);
                        let not_int =
                            self.b
                                .ins()
                                .icmp_imm_s(IntCC::NotEqual, tg, i64::from(tag::INT));
                        let cont = self.b.create_block();
                        self.b.ins().brif(not_int, slow, &[], cont, &[]);
                        self.b.switch_to_block(cont);
                        vals.push(self.b.ins().load(
                            types::I64,
                            flags(),
                            self.regs,
                            slot_offset(r) + PAYLOAD_OFFSET,
                        ));
                    }
                }
                let (r, of) = match iop {
                    IntOp::Add => self.b.ins().sadd_overflow(vals[0], vals[1]),
                    IntOp::Sub => self.b.ins().ssub_overflow(vals[0], vals[1]),
                    _ => self.b.ins().smul_overflow(vals[0], vals[1]),
                };
                let fast = self.b.create_block();
                self.b.ins().brif(of, slow, &[], fast, &[]);
                self.b.switch_to_block(fast);
                self.write_int(dst, r);
                self.b.ins().jump(join, &[]);
                self.b.switch_to_block(slow);
                self.b.set_cold_block(slow);
                self.state = saved;
                self.generic(&ins, pc);
                self.b.ins().jump(join, &[]);
                self.b.switch_to_block(join);
                // Known types of other registers hold on both paths; the
                // destination is whatever the path produced.
                self.state[dst.0 as usize] = Ty::Unknown;
            }
            Op::SeqGet(is_tuple, rt) => {
                let Instr::GetItem { dst, obj, key } = ins else {
                    return;
                };
                self.guard_tag(obj, if is_tuple { tag::TUPLE } else { tag::LIST }, pc);
                let idx = self.get_int(key, pc);
                let p = self.b.ins().load(
                    types::I64,
                    flags(),
                    self.regs,
                    slot_offset(obj) + PAYLOAD_OFFSET,
                );
                let t = self.b.ins().iconst(types::I32, i64::from(is_tuple));
                let out = self
                    .b
                    .ins()
                    .iadd_imm_s(self.regs, i64::from(slot_offset(dst)));
                let call = self.b.ins().call(self.refs.seq_get, &[p, t, idx, out]);
                let rc = self.b.inst_results(call)[0];
                self.deopt_if(rc, pc, Reason::ValueGuard);
                self.state[dst.0 as usize] = Ty::Unknown;
                // The result is stored: a wrong type deopts *after* this
                // instruction (the plan's guard on what it produced).
                if let Some(t @ (Ty::Float | Ty::Int)) = rt {
                    self.get_typed(dst, t, pc + 1);
                }
            }
            Op::Call => {
                let Instr::Call {
                    dst,
                    func,
                    args,
                    nargs,
                } = ins
                else {
                    return;
                };
                let f = self.refs.call;
                let ops = [
                    u32::from(dst.0),
                    u32::from(func.0),
                    u32::from(args.0),
                    nargs.0,
                ];
                self.operand_helper(f, None, &ops, pc);
                self.state[dst.0 as usize] = Ty::Unknown;
            }
            Op::Is(negate) => {
                let (Instr::Is { dst, a, b } | Instr::IsNot { dst, a, b }) = ins else {
                    return;
                };
                let r = self.same_object(a, b);
                let r = if negate {
                    self.b.ins().bxor_imm_u(r, 1)
                } else {
                    r
                };
                self.write_bool(dst, r);
            }
            Op::LoadAttr => {
                let Instr::LoadAttr { dst, obj, name } = ins else {
                    return;
                };
                self.load_attr(pc, dst, obj, name.0);
                self.state[dst.0 as usize] = Ty::Unknown;
            }
            Op::StoreAttr => {
                let Instr::StoreAttr { obj, name, src } = ins else {
                    return;
                };
                let f = self.refs.store_attr;
                let ops = [u32::from(obj.0), name.0, u32::from(src.0)];
                self.operand_helper(f, Some(pc), &ops, pc);
            }
            Op::CallMethod => {
                let Instr::CallMethod {
                    dst,
                    name,
                    args,
                    nargs,
                } = ins
                else {
                    return;
                };
                let f = self.refs.call_method;
                let ops = [u32::from(dst.0), name.0, u32::from(args.0), nargs.0];
                self.operand_helper(f, Some(pc), &ops, pc);
                self.state[dst.0 as usize] = Ty::Unknown;
            }
            Op::LoadGlobal => {
                let Instr::LoadGlobal { dst, .. } = ins else {
                    return;
                };
                self.load_global(&ins, dst, pc);
            }
            Op::ListSet => {
                let Instr::SetItem { obj, key, src } = ins else {
                    return;
                };
                self.guard_tag(obj, tag::LIST, pc);
                let idx = self.get_int(key, pc);
                let p = self.b.ins().load(
                    types::I64,
                    flags(),
                    self.regs,
                    slot_offset(obj) + PAYLOAD_OFFSET,
                );
                let sp = self
                    .b
                    .ins()
                    .iadd_imm_s(self.regs, i64::from(slot_offset(src)));
                let call = self.b.ins().call(self.refs.list_set, &[p, idx, sp]);
                let rc = self.b.inst_results(call)[0];
                self.deopt_if(rc, pc, Reason::ValueGuard);
            }
            Op::FloatPow(na, nb) => {
                let (a, bb) = match ins {
                    Instr::Pow { a, b, .. } | Instr::IPow { a, b, .. } => (a, b),
                    _ => return,
                };
                let dst = ins.writes().map_or(Reg(0), |(d, _)| Reg(d));
                let x = self.get_num(a, na, pc);
                let y = self.get_num(bb, nb, pc);
                // Excluded (left to the interpreter): a base <= 0, where the
                // result may be complex or a ZeroDivisionError, and overflow.
                let zero = self.b.ins().f64const(0.0);
                let nonpos = self.b.ins().fcmp(FloatCC::LessThanOrEqual, x, zero);
                self.deopt_if(nonpos, pc, Reason::ValueGuard);
                // Always libm's pow, as CPython: pow(x, 0.5) and sqrt(x) differ in
                // the last bit for some x.
                let call = self.b.ins().call(self.refs.fpow, &[x, y]);
                let r = self.b.inst_results(call)[0];
                let inf = self.b.ins().f64const(f64::INFINITY);
                let is_inf = self.b.ins().fcmp(FloatCC::Equal, r, inf);
                self.deopt_if(is_inf, pc, Reason::ValueGuard);
                self.write_float(dst, r);
            }
            Op::FloatArith(fop, na, nb) => {
                let (a, bb) = super::plan::operands_ab(&ins);
                let dst = ins.writes().map_or(Reg(0), |(d, _)| Reg(d));
                let x = self.get_num(a, na, pc);
                let y = self.get_num(bb, nb, pc);
                let r = match fop {
                    FloatOp::Add => self.b.ins().fadd(x, y),
                    FloatOp::Sub => self.b.ins().fsub(x, y),
                    FloatOp::Mul => self.b.ins().fmul(x, y),
                    FloatOp::Div => {
                        let zero = self.b.ins().f64const(0.0);
                        let is_zero = self.b.ins().fcmp(FloatCC::Equal, y, zero);
                        self.deopt_if(is_zero, pc, Reason::ValueGuard);
                        self.b.ins().fdiv(x, y)
                    }
                };
                self.write_float(dst, r);
            }
            Op::IntTrueDiv => {
                let (a, bb) = super::plan::operands_ab(&ins);
                let dst = ins.writes().map_or(Reg(0), |(d, _)| Reg(d));
                let x = self.get_int(a, pc);
                let y = self.get_int(bb, pc);
                // Exact conversions only: |x|, |y| <= 2**53, and y != 0.
                let limit = 1i64 << 53;
                for v in [x, y] {
                    let biased = self.b.ins().iadd_imm_s(v, limit);
                    let out =
                        self.b
                            .ins()
                            .icmp_imm_u(IntCC::UnsignedGreaterThan, biased, 2 * limit);
                    self.deopt_if(out, pc, Reason::ValueGuard);
                }
                let zero = self.b.ins().icmp_imm_s(IntCC::Equal, y, 0);
                self.deopt_if(zero, pc, Reason::ValueGuard);
                let fx = self.b.ins().fcvt_from_sint(types::F64, x);
                let fy = self.b.ins().fcvt_from_sint(types::F64, y);
                let r = self.b.ins().fdiv(fx, fy);
                self.write_float(dst, r);
            }
            Op::IntCmp(c) => {
                let (a, bb) = super::plan::operands_ab(&ins);
                let dst = ins.writes().map_or(Reg(0), |(d, _)| Reg(d));
                let x = self.get_int(a, pc);
                let y = self.get_int(bb, pc);
                let cc = match c {
                    Cmp::Lt => IntCC::SignedLessThan,
                    Cmp::Le => IntCC::SignedLessThanOrEqual,
                    Cmp::Gt => IntCC::SignedGreaterThan,
                    Cmp::Ge => IntCC::SignedGreaterThanOrEqual,
                    Cmp::Eq => IntCC::Equal,
                    Cmp::Ne => IntCC::NotEqual,
                };
                let r = self.b.ins().icmp(cc, x, y);
                self.write_bool(dst, r);
            }
            Op::FloatCmp(c, na, nb) => {
                let (a, bb) = super::plan::operands_ab(&ins);
                let dst = ins.writes().map_or(Reg(0), |(d, _)| Reg(d));
                // An int compares exactly with a float only while it converts
                // exactly: deopt for |n| > 2**53.
                let x = self.get_num_exact(a, na, pc);
                let y = self.get_num_exact(bb, nb, pc);
                let cc = match c {
                    Cmp::Lt => FloatCC::LessThan,
                    Cmp::Le => FloatCC::LessThanOrEqual,
                    Cmp::Gt => FloatCC::GreaterThan,
                    Cmp::Ge => FloatCC::GreaterThanOrEqual,
                    Cmp::Eq => FloatCC::Equal,
                    Cmp::Ne => FloatCC::NotEqual,
                };
                let r = self.b.ins().fcmp(cc, x, y);
                self.write_bool(dst, r);
            }
            Op::IntNeg => {
                let Instr::Neg { dst, src } = ins else { return };
                let x = self.get_int(src, pc);
                let is_min = self.b.ins().icmp_imm_s(IntCC::Equal, x, i64::MIN);
                self.deopt_if(is_min, pc, Reason::Overflow);
                let r = self.b.ins().ineg(x);
                self.write_int(dst, r);
            }
            Op::FloatNeg => {
                let Instr::Neg { dst, src } = ins else { return };
                let x = self.get_float(src, pc);
                let r = self.b.ins().fneg(x);
                self.write_float(dst, r);
            }
            Op::BoolNot => {
                let Instr::Not { dst, src } = ins else { return };
                let x = self.get_bool(src, pc);
                let r = self.b.ins().icmp_imm_s(IntCC::Equal, x, 0);
                self.write_bool(dst, r);
            }
            Op::Jump => {
                let Instr::Jump { target } = ins else { return };
                self.goto(blocks, cfg, target.0 as usize);
            }
            Op::Branch(need) => {
                let (cond, target, when) = match ins {
                    Instr::JumpIfTrue { cond, target } => (cond, target, true),
                    Instr::JumpIfFalse { cond, target } => (cond, target, false),
                    _ => return,
                };
                let c = match need {
                    Some(Need::Bool) => self.get_bool(cond, pc),
                    Some(Need::Int) => {
                        let v = self.get_int(cond, pc);
                        let c = self.b.ins().icmp_imm_s(IntCC::NotEqual, v, 0);
                        self.b.ins().uextend(types::I64, c)
                    }
                    Some(Need::Float) => {
                        let v = self.get_float(cond, pc);
                        let z = self.b.ins().f64const(0.0);
                        let c = self.b.ins().fcmp(FloatCC::NotEqual, v, z);
                        self.b.ins().uextend(types::I64, c)
                    }
                    _ => {
                        let rc = self.call_checked(self.refs.truthy, u32::from(cond.0));
                        self.exit_on_error_status(rc, pc);
                        rc
                    }
                };
                let t = self.block_for(blocks, cfg, target.0 as usize);
                let f = self.block_for(blocks, cfg, pc + 1);
                let (Some(t), Some(f)) = (t, f) else {
                    self.exit(jit_status::DEOPT, pc, 0);
                    return;
                };
                if when {
                    self.b.ins().brif(c, t, &[], f, &[]);
                } else {
                    self.b.ins().brif(c, f, &[], t, &[]);
                }
            }
            Op::ForRange => {
                let Instr::ForIter { dst, iter, target } = ins else {
                    return;
                };
                let p = self.get_range_iter(iter, pc);
                let rem = self
                    .b
                    .ins()
                    .load(types::I64, flags(), p, RANGE_ITER_REMAINING_OFFSET);
                let done = self
                    .b
                    .ins()
                    .icmp_imm_s(IntCC::SignedLessThanOrEqual, rem, 0);
                let body = self.b.create_block();
                let (Some(exit_bl), Some(next_bl)) = (
                    self.block_for(blocks, cfg, target.0 as usize),
                    self.block_for(blocks, cfg, pc + 1),
                ) else {
                    self.exit(jit_status::DEOPT, pc, 0);
                    return;
                };
                self.b.ins().brif(done, exit_bl, &[], body, &[]);
                self.b.switch_to_block(body);
                let v = self
                    .b
                    .ins()
                    .load(types::I64, flags(), p, RANGE_ITER_NEXT_OFFSET);
                let step = self
                    .b
                    .ins()
                    .load(types::I64, flags(), p, RANGE_ITER_STEP_OFFSET);
                let rem1 = self.b.ins().iadd_imm_s(rem, -1);
                self.b
                    .ins()
                    .store(flags(), rem1, p, RANGE_ITER_REMAINING_OFFSET);
                let nv = self.b.ins().iadd(v, step);
                self.b.ins().store(flags(), nv, p, RANGE_ITER_NEXT_OFFSET);
                self.write_int(dst, v);
                self.b.ins().jump(next_bl, &[]);
            }
            Op::ForGeneric => {
                let Instr::ForIter { target, .. } = ins else {
                    return;
                };
                let rc = self.call_checked(self.refs.for_iter, pc as u32);
                let (Some(exit_bl), Some(next_bl)) = (
                    self.block_for(blocks, cfg, target.0 as usize),
                    self.block_for(blocks, cfg, pc + 1),
                ) else {
                    self.exit(jit_status::DEOPT, pc, 0);
                    return;
                };
                self.exit_on_error_status(rc, pc);
                self.b.ins().brif(rc, exit_bl, &[], next_bl, &[]);
            }
            Op::Return => {
                let Instr::Return { src } = ins else { return };
                self.store_ret(src, pc, true);
                self.exit(jit_status::RETURN, pc, 0);
            }
            Op::Yield => {
                let Instr::Yield { src, .. } = ins else {
                    return;
                };
                self.store_ret(src, pc, false);
                self.exit(jit_status::YIELD, pc + 1, 0);
            }
            Op::YieldFrom => {
                let Instr::YieldFrom { dst, .. } = ins else {
                    return;
                };
                // 0: done (dst written), 1: the sub-iterator yielded (the
                // value is in Frame::ret; suspend here, resume here), else an
                // error status.
                let rc = self.call_checked(self.refs.yield_from, pc as u32);
                let yielded = self.b.create_block();
                let done = self.b.create_block();
                self.exit_on_error_status(rc, pc);
                self.b.ins().brif(rc, yielded, &[], done, &[]);
                self.b.switch_to_block(yielded);
                self.exit(jit_status::YIELD, pc, 0);
                self.b.switch_to_block(done);
                if let Some(s) = self.state.get_mut(dst.0 as usize) {
                    *s = Ty::Unknown;
                }
            }
        }
    }
}
