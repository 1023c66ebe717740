//! What the JIT will do with each instruction, decided before any code is
//! emitted.
//!
//! The plan is a forward data-flow analysis over the bytecode's control-flow
//! graph. Its state says, for each register, what compiled code knows about it
//! at a program point (`Ty`): nothing, that it holds a non-heap value, or that
//! its memory holds an int/float/bool/range-iterator whose payload is also in a
//! Cranelift variable. `plan_instr` chooses how an instruction is compiled from
//! that state and the interpreter's type feedback; `apply` gives the state
//! after it. The emitter (`emit`) replays exactly these decisions, so the
//! analysis and the generated code can never disagree.

use crate::bytecode::code::{CodeObject, Const};
use crate::bytecode::opcodes::Instr;
use crate::bytecode::operand::Reg;
use crate::runtime::code::feedback;
use crate::runtime::value::tag;

/// What compiled code knows about a register. See the module docs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ty {
    /// Anything.
    Unknown,
    /// A value without a heap reference (no decref needed to overwrite it).
    Scalar,
    Int,
    Float,
    Bool,
    /// A range iterator; its object pointer is in the int variable.
    RangeIter,
}

impl Ty {
    /// The least upper bound.
    pub fn join(self, other: Ty) -> Ty {
        use Ty::*;
        if self == other {
            return self;
        }
        let scalar = |t: Ty| matches!(t, Scalar | Int | Float | Bool);
        if scalar(self) && scalar(other) {
            Scalar
        } else {
            Unknown
        }
    }

    /// True when overwriting the register needs no decref.
    pub fn is_scalar(self) -> bool {
        matches!(self, Ty::Scalar | Ty::Int | Ty::Float | Ty::Bool)
    }

    /// True when the payload is in a variable.
    pub fn is_loaded(self) -> bool {
        matches!(self, Ty::Int | Ty::Float | Ty::Bool | Ty::RangeIter)
    }
}

/// How an operand must be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Need {
    /// As an i64 (guarded to be an int).
    Int,
    /// As an f64 (guarded to be a float).
    Float,
    /// As an f64 from either an int or a float (two-way guard).
    Num,
    /// As a bool (guarded).
    Bool,
    /// As a range iterator (guarded).
    RangeIter,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntOp {
    Add,
    Sub,
    Mul,
    FloorDiv,
    Mod,
    And,
    Or,
    Xor,
    /// `>>`: a negative count deopts (the interpreter raises ValueError).
    RShift,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatOp {
    Add,
    Sub,
    Mul,
    Div,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cmp {
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
    Ne,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Lit {
    Int(i64),
    Float(f64),
    Bool(bool),
}

/// The compilation strategy for one instruction.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Op {
    /// Call the interpreter's implementation of the instruction.
    Generic,
    /// `GetIter` expected to produce a range iterator: generic, then a guard
    /// on the result (deopting *after* the instruction when it is not one).
    GetRangeIter,
    Const(Lit),
    /// `Move` of a register with a known scalar type.
    Copy(Ty),
    /// `Move` of any value: a 16-byte copy plus a count increment for heap
    /// values, inline.
    CopyAny,
    /// `LoadConst` of a constant that is not a number: copied inline from
    /// the code object's constant table.
    ConstAny,
    IntArith(IntOp, Need, Need),
    /// Add/Sub/Mul that has overflowed (or seen big ints) before: inline when
    /// both operands are small ints and the result fits, otherwise the generic
    /// path (no deopt). The destination's type is unknown afterwards.
    IntArithOr(IntOp),
    FloatArith(FloatOp, Need, Need),
    /// `/` of two ints (exact when both are at most 2**53 in magnitude).
    IntTrueDiv,
    IntCmp(Cmp),
    /// `obj[key]` on a list or tuple (`true`) with an int key; when the
    /// feedback saw only floats come out, the result is guarded to be one.
    SeqGet(bool, Option<Ty>),
    /// `list[key] = v` with an int key.
    ListSet,
    /// `x ** y` on floats.
    FloatPow(Need, Need),
    /// `Call` through the direct call helper.
    Call,
    /// `LoadAttr`, `StoreAttr`, `CallMethod` through their own helpers (the
    /// operands passed directly; the helpers use the instruction's inline cache).
    LoadAttr,
    StoreAttr,
    CallMethod,
    /// `a is b` (`true`: `is not`), inline: same tag and same payload bits
    /// (the bool byte for bools, nothing for the payload-less singletons).
    Is(bool),
    /// `LoadGlobal` through its inline cache, checked in compiled code; a
    /// miss runs the generic path (which refills the cache).
    LoadGlobal,
    FloatCmp(Cmp, Need, Need),
    IntNeg,
    FloatNeg,
    BoolNot,
    Jump,
    /// Conditional jump on a register read as `Need` (or, with `None`, on the
    /// generic truth test).
    Branch(Option<Need>),
    ForRange,
    ForGeneric,
    Return,
    /// `Yield` in a generator body: the value goes to `Frame::ret` and the
    /// code returns `jit_status::YIELD`; the instruction after it is an entry.
    Yield,
    /// `YieldFrom` through its helper: while the sub-iterator yields, the
    /// code returns `jit_status::YIELD` at the instruction itself, which is
    /// an entry (the generator resumes by running it again).
    YieldFrom,
}

/// Block structure of a code object.
pub struct Cfg {
    /// First instruction of each block, ascending.
    pub starts: Vec<usize>,
    /// Block index of each instruction.
    pub block_of: Vec<usize>,
    /// Successor blocks of each block.
    pub succs: Vec<Vec<usize>>,
    /// Predecessor blocks of each block (normal flow only).
    pub preds: Vec<Vec<usize>>,
    /// Instruction indices that are targets of backward jumps (OSR entries).
    pub loop_headers: Vec<usize>,
    /// Blocks reachable from the entries.
    pub reachable: Vec<bool>,
    /// Instructions after a `Yield` (entries where a generator resumes).
    pub resume_points: Vec<usize>,
}

impl Cfg {
    pub fn build(code: &CodeObject) -> Cfg {
        let n = code.instrs.len();
        let mut leader = vec![false; n + 1];
        leader[0] = true;
        let mut headers = Vec::new();
        let mut resume_points = Vec::new();
        for (pc, ins) in code.instrs.iter().enumerate() {
            if let Some(t) = ins.jump_target() {
                let t = t.0 as usize;
                leader[t] = true;
                leader[pc + 1] = true;
                if t <= pc && !headers.contains(&t) {
                    headers.push(t);
                }
            }
            if ins.is_terminator() {
                leader[pc + 1] = true;
            }
            if matches!(ins, Instr::Yield { .. }) && pc + 1 < n {
                // Compiled code leaves at a yield and re-enters after it.
                leader[pc + 1] = true;
                headers.push(pc + 1);
                resume_points.push(pc + 1);
            }
            if matches!(ins, Instr::YieldFrom { .. }) {
                // Compiled code leaves at a yield-from and re-enters at it.
                leader[pc] = true;
                headers.push(pc);
                resume_points.push(pc);
            }
        }
        for e in &code.exc_table {
            leader[e.handler as usize] = true;
        }
        headers.sort_unstable();
        headers.dedup();
        let starts: Vec<usize> = (0..n).filter(|&i| leader[i]).collect();
        let mut block_of = vec![0; n];
        for (b, &s) in starts.iter().enumerate() {
            let end = starts.get(b + 1).copied().unwrap_or(n);
            for slot in &mut block_of[s..end] {
                *slot = b;
            }
        }
        let nb = starts.len();
        let mut succs = vec![Vec::new(); nb];
        #[allow(clippy::needless_range_loop)] // b indexes starts and succs together
        for b in 0..nb {
            let end = starts.get(b + 1).copied().unwrap_or(n);
            let last = &code.instrs[end - 1];
            if !last.is_terminator() && !matches!(last, Instr::Yield { .. }) && end < n {
                succs[b].push(block_of[end]);
            }
            if let Some(t) = last.jump_target() {
                let tb = block_of[t.0 as usize];
                if !succs[b].contains(&tb) {
                    succs[b].push(tb);
                }
            }
        }
        let mut preds = vec![Vec::new(); nb];
        for (b, ss) in succs.iter().enumerate() {
            for &s in ss {
                preds[s].push(b);
            }
        }
        let mut reachable = vec![false; nb];
        let mut work: Vec<usize> = vec![0];
        work.extend(headers.iter().map(|&h| block_of[h]));
        while let Some(b) = work.pop() {
            if reachable[b] {
                continue;
            }
            reachable[b] = true;
            work.extend(succs[b].iter().copied());
        }
        Cfg {
            starts,
            block_of,
            succs,
            preds,
            loop_headers: headers,
            reachable,
            resume_points,
        }
    }

    /// One past the last instruction of block `b`.
    pub fn end(&self, b: usize, n: usize) -> usize {
        self.starts.get(b + 1).copied().unwrap_or(n)
    }
}

const INT: u64 = 1 << tag::INT;
const FLOAT: u64 = 1 << tag::FLOAT;
const BOOL: u64 = 1 << tag::BOOL;
const RANGE: u64 = 1 << tag::RANGE;
const RANGE_ITER: u64 = 1 << tag::RANGE_ITER;

/// How to read operand `r` as an int, or `None` when it should not be.
fn int_need(state: &[Ty], r: Reg, mask: u64) -> Option<Need> {
    match state[r.0 as usize] {
        Ty::Int => Some(Need::Int),
        Ty::Float | Ty::Bool | Ty::RangeIter => None,
        Ty::Unknown | Ty::Scalar => (mask == INT).then_some(Need::Int),
    }
}

/// How to read operand `r` as a float (converting ints), or `None`.
fn num_need(state: &[Ty], r: Reg, mask: u64) -> Option<Need> {
    match state[r.0 as usize] {
        Ty::Int => Some(Need::Int),
        Ty::Float => Some(Need::Float),
        Ty::Bool | Ty::RangeIter => None,
        Ty::Unknown | Ty::Scalar => {
            if mask == FLOAT {
                Some(Need::Float)
            } else if mask == INT {
                Some(Need::Int)
            } else if mask != 0 && mask & !(INT | FLOAT) == 0 {
                Some(Need::Num)
            } else {
                None
            }
        }
    }
}

fn int_op_of(ins: &Instr) -> Option<(IntOp, Reg, Reg, Reg)> {
    use Instr::*;
    Some(match *ins {
        Add { dst, a, b } | IAdd { dst, a, b } => (IntOp::Add, dst, a, b),
        Sub { dst, a, b } | ISub { dst, a, b } => (IntOp::Sub, dst, a, b),
        Mul { dst, a, b } | IMul { dst, a, b } => (IntOp::Mul, dst, a, b),
        FloorDiv { dst, a, b } | IFloorDiv { dst, a, b } => (IntOp::FloorDiv, dst, a, b),
        Mod { dst, a, b } | IMod { dst, a, b } => (IntOp::Mod, dst, a, b),
        BitAnd { dst, a, b } | IBitAnd { dst, a, b } => (IntOp::And, dst, a, b),
        BitOr { dst, a, b } | IBitOr { dst, a, b } => (IntOp::Or, dst, a, b),
        BitXor { dst, a, b } | IBitXor { dst, a, b } => (IntOp::Xor, dst, a, b),
        RShift { dst, a, b } | IRShift { dst, a, b } => (IntOp::RShift, dst, a, b),
        _ => return None,
    })
}

fn float_op_of(ins: &Instr) -> Option<(FloatOp, Reg, Reg, Reg)> {
    use Instr::*;
    Some(match *ins {
        Add { dst, a, b } | IAdd { dst, a, b } => (FloatOp::Add, dst, a, b),
        Sub { dst, a, b } | ISub { dst, a, b } => (FloatOp::Sub, dst, a, b),
        Mul { dst, a, b } | IMul { dst, a, b } => (FloatOp::Mul, dst, a, b),
        TrueDiv { dst, a, b } | ITrueDiv { dst, a, b } => (FloatOp::Div, dst, a, b),
        _ => return None,
    })
}

fn cmp_of(ins: &Instr) -> Option<(Cmp, Reg, Reg, Reg)> {
    use Instr::*;
    Some(match *ins {
        Lt { dst, a, b } => (Cmp::Lt, dst, a, b),
        Le { dst, a, b } => (Cmp::Le, dst, a, b),
        Gt { dst, a, b } => (Cmp::Gt, dst, a, b),
        Ge { dst, a, b } => (Cmp::Ge, dst, a, b),
        Eq { dst, a, b } => (Cmp::Eq, dst, a, b),
        Ne { dst, a, b } => (Cmp::Ne, dst, a, b),
        _ => return None,
    })
}

/// Chooses how to compile instruction `ins` given the state before it and
/// its feedback word `fb`.
pub fn plan_instr(code: &CodeObject, ins: &Instr, state: &[Ty], fb: u64) -> Op {
    let ma = feedback::mask_a(fb);
    let mb = feedback::mask_b(fb);
    let overflowed = fb & feedback::OVERFLOWED != 0;
    if let Some((op, _, a, b)) = int_op_of(ins) {
        const BIGINT: u64 = 1 << tag::BIGINT;
        let intish = |m: u64| m != 0 && m & !(INT | BIGINT) == 0;
        if matches!(op, IntOp::Add | IntOp::Sub | IntOp::Mul)
            && (overflowed || (ma | mb) & BIGINT != 0)
            && intish(ma)
            && intish(mb)
        {
            return Op::IntArithOr(op);
        }
        let both_known = state[a.0 as usize] == Ty::Int && state[b.0 as usize] == Ty::Int;
        let may_overflow = matches!(op, IntOp::Add | IntOp::Sub | IntOp::Mul | IntOp::FloorDiv);
        if !(overflowed && may_overflow)
            && (both_known || (ma == INT && mb == INT))
            && let (Some(na), Some(nb)) = (int_need(state, a, ma), int_need(state, b, mb))
        {
            return Op::IntArith(op, na, nb);
        }
    }
    if let Some((op, _, a, b)) = float_op_of(ins) {
        let ta = state[a.0 as usize];
        let tb = state[b.0 as usize];
        let any_float = ta == Ty::Float || tb == Ty::Float || (ma | mb) & FLOAT != 0;
        if op == FloatOp::Div
            && (ta == Ty::Int || ma == INT)
            && (tb == Ty::Int || mb == INT)
            && !matches!(ins, Instr::ITrueDiv { .. })
            && int_need(state, a, ma).is_some()
            && int_need(state, b, mb).is_some()
        {
            return Op::IntTrueDiv;
        }
        // At least one operand must be a float for sure: int + int stays int.
        if any_float
            && let (Some(na), Some(nb)) = (num_need(state, a, ma), num_need(state, b, mb))
            && (na == Need::Float || nb == Need::Float)
        {
            return Op::FloatArith(op, na, nb);
        }
    }
    if let Some((c, _, a, b)) = cmp_of(ins) {
        if let (Some(Need::Int), Some(Need::Int)) = (int_need(state, a, ma), int_need(state, b, mb))
        {
            return Op::IntCmp(c);
        }
        let ta = state[a.0 as usize];
        let tb = state[b.0 as usize];
        let any_float = ta == Ty::Float || tb == Ty::Float || (ma | mb) & FLOAT != 0;
        if any_float
            && let (Some(na), Some(nb)) = (num_need(state, a, ma), num_need(state, b, mb))
            && (na == Need::Float || nb == Need::Float)
            && na != Need::Num
            && nb != Need::Num
        {
            return Op::FloatCmp(c, na, nb);
        }
        return Op::Generic;
    }
    const LIST: u64 = 1 << tag::LIST;
    const TUPLE: u64 = 1 << tag::TUPLE;
    match *ins {
        Instr::GetItem { key, .. }
            if (ma == LIST || ma == TUPLE) && int_need(state, key, mb).is_some() =>
        {
            let res = feedback::mask_result(fb);
            let rt = if res == FLOAT {
                Some(Ty::Float)
            } else if res == INT {
                Some(Ty::Int)
            } else {
                None
            };
            Op::SeqGet(ma == TUPLE, rt)
        }
        Instr::SetItem { key, .. } if ma == LIST && int_need(state, key, mb).is_some() => {
            Op::ListSet
        }
        Instr::Pow { a, b, .. } | Instr::IPow { a, b, .. } => {
            let ta = state[a.0 as usize];
            let tb = state[b.0 as usize];
            let any_float = ta == Ty::Float || tb == Ty::Float || (ma | mb) & FLOAT != 0;
            match (num_need(state, a, ma), num_need(state, b, mb)) {
                (Some(na), Some(nb)) if any_float && (na == Need::Float || nb == Need::Float) => {
                    Op::FloatPow(na, nb)
                }
                _ => Op::Generic,
            }
        }
        Instr::LoadConst { idx, .. } => match code.consts.get(idx.0 as usize) {
            Some(Const::Int(i)) => Op::Const(Lit::Int(*i)),
            Some(Const::Float(f)) => Op::Const(Lit::Float(*f)),
            Some(Const::Bool(b)) => Op::Const(Lit::Bool(*b)),
            _ => Op::ConstAny,
        },
        Instr::Move { src, .. } => {
            let t = state[src.0 as usize];
            if matches!(t, Ty::Int | Ty::Float | Ty::Bool) {
                Op::Copy(t)
            } else {
                Op::CopyAny
            }
        }
        Instr::Neg { src, .. } => match state[src.0 as usize] {
            Ty::Int => Op::IntNeg,
            Ty::Float => Op::FloatNeg,
            Ty::Unknown | Ty::Scalar if ma == INT => Op::IntNeg,
            Ty::Unknown | Ty::Scalar if ma == FLOAT => Op::FloatNeg,
            _ => Op::Generic,
        },
        Instr::Not { src, .. } => match state[src.0 as usize] {
            Ty::Bool => Op::BoolNot,
            Ty::Unknown | Ty::Scalar if ma == BOOL => Op::BoolNot,
            _ => Op::Generic,
        },
        Instr::LoadGlobal { .. } => Op::LoadGlobal,
        Instr::Call { .. } => Op::Call,
        Instr::LoadAttr { .. } => Op::LoadAttr,
        Instr::StoreAttr { .. } => Op::StoreAttr,
        Instr::CallMethod { .. } => Op::CallMethod,
        Instr::Is { .. } => Op::Is(false),
        Instr::IsNot { .. } => Op::Is(true),
        Instr::Jump { .. } => Op::Jump,
        Instr::JumpIfTrue { cond, .. } | Instr::JumpIfFalse { cond, .. } => {
            Op::Branch(match state[cond.0 as usize] {
                Ty::Bool => Some(Need::Bool),
                Ty::Int => Some(Need::Int),
                Ty::Float => Some(Need::Float),
                Ty::Unknown | Ty::Scalar if ma == BOOL => Some(Need::Bool),
                Ty::Unknown | Ty::Scalar if ma == INT => Some(Need::Int),
                _ => None,
            })
        }
        Instr::GetIter { .. } if ma == RANGE => Op::GetRangeIter,
        Instr::ForIter { iter, .. } => {
            if state[iter.0 as usize] == Ty::RangeIter || ma == RANGE_ITER {
                Op::ForRange
            } else {
                Op::ForGeneric
            }
        }
        Instr::Return { .. } => Op::Return,
        Instr::Yield { .. } => Op::Yield,
        Instr::YieldFrom { .. } => Op::YieldFrom,
        _ => Op::Generic,
    }
}

/// The operands an op reads with a type requirement.
pub fn needs(ins: &Instr, op: &Op) -> Vec<(Reg, Need)> {
    match (*op, *ins) {
        (Op::IntArith(_, na, nb), _)
        | (Op::FloatArith(_, na, nb), _)
        | (Op::FloatCmp(_, na, nb), _) => {
            let (a, b) = operands_ab(ins);
            vec![(a, na), (b, nb)]
        }
        (Op::IntTrueDiv, _) | (Op::IntCmp(_), _) => {
            let (a, b) = operands_ab(ins);
            vec![(a, Need::Int), (b, Need::Int)]
        }
        (Op::SeqGet(..), Instr::GetItem { key, .. })
        | (Op::ListSet, Instr::SetItem { key, .. }) => {
            vec![(key, Need::Int)]
        }
        (Op::FloatPow(na, nb), Instr::Pow { a, b, .. } | Instr::IPow { a, b, .. }) => {
            vec![(a, na), (b, nb)]
        }
        (Op::IntNeg, Instr::Neg { src, .. }) => vec![(src, Need::Int)],
        (Op::FloatNeg, Instr::Neg { src, .. }) => vec![(src, Need::Float)],
        (Op::BoolNot, Instr::Not { src, .. }) => vec![(src, Need::Bool)],
        (Op::Branch(Some(n)), Instr::JumpIfTrue { cond, .. } | Instr::JumpIfFalse { cond, .. }) => {
            vec![(cond, n)]
        }
        (Op::ForRange, Instr::ForIter { iter, .. }) => vec![(iter, Need::RangeIter)],
        _ => Vec::new(),
    }
}

/// `(a, b)` of a two-operand instruction.
pub fn operands_ab(ins: &Instr) -> (Reg, Reg) {
    use Instr::*;
    match *ins {
        Add { a, b, .. }
        | Sub { a, b, .. }
        | Mul { a, b, .. }
        | TrueDiv { a, b, .. }
        | FloorDiv { a, b, .. }
        | Mod { a, b, .. }
        | BitAnd { a, b, .. }
        | BitOr { a, b, .. }
        | BitXor { a, b, .. }
        | IAdd { a, b, .. }
        | ISub { a, b, .. }
        | IMul { a, b, .. }
        | ITrueDiv { a, b, .. }
        | IFloorDiv { a, b, .. }
        | IMod { a, b, .. }
        | IBitAnd { a, b, .. }
        | IBitOr { a, b, .. }
        | IBitXor { a, b, .. }
        | Lt { a, b, .. }
        | Le { a, b, .. }
        | Gt { a, b, .. }
        | Ge { a, b, .. }
        | Eq { a, b, .. }
        | Ne { a, b, .. }
        | LShift { a, b, .. }
        | RShift { a, b, .. }
        | ILShift { a, b, .. }
        | IRShift { a, b, .. } => (a, b),
        _ => (Reg(0), Reg(0)),
    }
}

/// The type an op leaves in its destination (`None`: see `apply`).
pub fn result_ty(op: &Op) -> Option<Ty> {
    Some(match op {
        Op::Const(Lit::Int(_)) | Op::IntArith(..) | Op::IntNeg => Ty::Int,
        Op::Const(Lit::Float(_)) | Op::FloatArith(..) | Op::FloatNeg | Op::IntTrueDiv => Ty::Float,
        Op::Const(Lit::Bool(_)) | Op::IntCmp(_) | Op::FloatCmp(..) | Op::BoolNot | Op::Is(_) => {
            Ty::Bool
        }
        Op::Copy(t) => *t,
        Op::GetRangeIter => Ty::RangeIter,
        Op::SeqGet(_, Some(t)) => *t,
        Op::FloatPow(..) => Ty::Float,
        Op::ForRange => Ty::Int,
        _ => return None,
    })
}

/// Applies the guards of `op` to `state` (operands proven by a guard become
/// known), then its writes. Returns the state on a `ForIter` exit edge
/// separately (the destination is not written there).
pub fn apply(ins: &Instr, op: &Op, state: &mut [Ty]) -> Option<Vec<Ty>> {
    for (r, need) in needs(ins, op) {
        let slot = &mut state[r.0 as usize];
        if !slot.is_loaded() {
            *slot = match need {
                Need::Int => Ty::Int,
                Need::Float => Ty::Float,
                Need::Bool => Ty::Bool,
                Need::RangeIter => Ty::RangeIter,
                Need::Num => Ty::Scalar,
            };
        }
    }
    let exit_state = matches!(ins, Instr::ForIter { .. }).then(|| state.to_vec());
    if let Some((first, count)) = ins.writes() {
        let t = match result_ty(op) {
            Some(t) => t,
            None => Ty::Unknown,
        };
        for r in first as usize..first as usize + count as usize {
            if r < state.len() {
                state[r] = t;
            }
        }
    }
    exit_state
}

/// The state at entry of each block, by fixpoint over the CFG.
pub struct Analysis {
    pub cfg: Cfg,
    pub entry: Vec<Option<Vec<Ty>>>,
    /// The op chosen for each instruction under the final states.
    pub ops: Vec<Op>,
}

/// The state at function entry: parameters and cells unknown, other
/// registers unbound (scalar).
pub fn initial_state(code: &CodeObject) -> Vec<Ty> {
    let n = code.nregs as usize;
    let mut s = vec![Ty::Scalar; n];
    for slot in s.iter_mut().take(code.total_params().min(n)) {
        *slot = Ty::Unknown;
    }
    let cells_end = (code.free_start() + code.freevars.len()).min(n);
    for slot in s.iter_mut().take(cells_end).skip(code.cell_start()) {
        *slot = Ty::Unknown;
    }
    s
}

pub fn analyze(code: &CodeObject, fb: &[u64]) -> Analysis {
    let cfg = Cfg::build(code);
    let nb = cfg.starts.len();
    let n = code.instrs.len();
    let nregs = code.nregs as usize;
    let mut entry: Vec<Option<Vec<Ty>>> = vec![None; nb];
    entry[0] = Some(initial_state(code));
    // Loop headers reachable only by OSR start from nothing known.
    for &h in &cfg.loop_headers {
        let b = cfg.block_of[h];
        let has_reachable_pred = cfg.preds[b].iter().any(|&p| cfg.reachable[p]);
        if !has_reachable_pred && entry[b].is_none() {
            entry[b] = Some(vec![Ty::Unknown; nregs]);
        }
    }
    // A generator resumes with whatever its registers hold.
    for &r in &cfg.resume_points {
        entry[cfg.block_of[r]] = Some(vec![Ty::Unknown; nregs]);
    }
    let mut work: Vec<usize> = (0..nb).filter(|&b| entry[b].is_some()).collect();
    let mut guard = 0usize;
    while let Some(b) = work.pop() {
        guard += 1;
        if guard > 100_000 {
            break;
        }
        let Some(mut state) = entry[b].clone() else {
            continue;
        };
        let end = cfg.end(b, n);
        let mut exit_alt: Option<Vec<Ty>> = None;
        for pc in cfg.starts[b]..end {
            let ins = &code.instrs[pc];
            let op = plan_instr(code, ins, &state, fb.get(pc).copied().unwrap_or(0));
            exit_alt = apply(ins, &op, &mut state);
        }
        let last = &code.instrs[end - 1];
        for &s in &cfg.succs[b] {
            // The ForIter exit edge carries the state without the write.
            let is_jump_edge = last
                .jump_target()
                .is_some_and(|t| cfg.block_of[t.0 as usize] == s);
            let out = match (&exit_alt, is_jump_edge) {
                (Some(alt), true) => alt,
                _ => &state,
            };
            let merged: Vec<Ty> = match &entry[s] {
                None => out.clone(),
                Some(cur) => cur.iter().zip(out).map(|(a, b)| a.join(*b)).collect(),
            };
            if entry[s].as_ref() != Some(&merged) {
                entry[s] = Some(merged);
                if !work.contains(&s) {
                    work.push(s);
                }
            }
        }
    }
    // Unreached blocks (only reachable through OSR) start from nothing known.
    let mut ops = vec![Op::Generic; n];
    #[allow(clippy::needless_range_loop)] // b indexes several per-block tables
    for b in 0..nb {
        if cfg.reachable[b] && entry[b].is_none() {
            entry[b] = Some(vec![Ty::Unknown; nregs]);
        }
        let Some(mut state) = entry[b].clone() else {
            continue;
        };
        for (pc, slot) in ops
            .iter_mut()
            .enumerate()
            .take(cfg.end(b, n))
            .skip(cfg.starts[b])
        {
            let ins = &code.instrs[pc];
            let op = plan_instr(code, ins, &state, fb.get(pc).copied().unwrap_or(0));
            apply(ins, &op, &mut state);
            *slot = op;
        }
    }
    Analysis { cfg, entry, ops }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every instruction the planner compiles as a two-operand op names its
    /// operands in `operands_ab` (whose fallback would read register 0).
    #[test]
    fn planned_binary_ops_have_operands() {
        let (d, a, b) = (Reg(1), Reg(2), Reg(3));
        use Instr::*;
        let all = [
            Add { dst: d, a, b },
            Sub { dst: d, a, b },
            Mul { dst: d, a, b },
            TrueDiv { dst: d, a, b },
            FloorDiv { dst: d, a, b },
            Mod { dst: d, a, b },
            BitAnd { dst: d, a, b },
            BitOr { dst: d, a, b },
            BitXor { dst: d, a, b },
            LShift { dst: d, a, b },
            RShift { dst: d, a, b },
            IAdd { dst: d, a, b },
            ISub { dst: d, a, b },
            IMul { dst: d, a, b },
            ITrueDiv { dst: d, a, b },
            IFloorDiv { dst: d, a, b },
            IMod { dst: d, a, b },
            IBitAnd { dst: d, a, b },
            IBitOr { dst: d, a, b },
            IBitXor { dst: d, a, b },
            ILShift { dst: d, a, b },
            IRShift { dst: d, a, b },
            Lt { dst: d, a, b },
            Le { dst: d, a, b },
            Gt { dst: d, a, b },
            Ge { dst: d, a, b },
            Eq { dst: d, a, b },
            Ne { dst: d, a, b },
        ];
        let mut planned = 0;
        for ins in &all {
            let ops = int_op_of(ins).map(|(_, d2, a2, b2)| (d2, a2, b2));
            let ops = ops.or(float_op_of(ins).map(|(_, d2, a2, b2)| (d2, a2, b2)));
            let ops = ops.or(cmp_of(ins).map(|(_, d2, a2, b2)| (d2, a2, b2)));
            if let Some((d2, a2, b2)) = ops {
                planned += 1;
                assert_eq!((d2, a2, b2), (d, a, b), "{ins:?}");
                assert_eq!(operands_ab(ins), (a, b), "{ins:?}");
            }
        }
        assert!(planned >= 20, "only {planned} planned");
    }
}
