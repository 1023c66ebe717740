//! The verifier: checks a code object before it runs.
//!
//! The interpreter reads registers, constants and names without bounds checks
//! and JIT code is translated from the instructions as they are, so a code
//! object that came from a cache file (or anywhere else) must pass this check
//! first. It guarantees, for the code object and every nested one:
//!
//! * every register operand, including each register of a consecutive range
//!   (`args..args+nargs`, `start..start+count`, ...), is below `nregs`;
//! * every constant and name index is in range, and constants used in a
//!   particular role have the right shape (a code object for `MakeFunction`,
//!   a tuple of str for keyword names and import from-lists);
//! * every jump target and exception handler is an instruction index, and the
//!   last instruction cannot fall through past the end;
//! * the exception table, position table and variable tables are consistent
//!   with the register layout (`nlocals + ncells + nfree <= nregs`).

use super::code::{CodeObject, Const, flags};
use super::opcodes::Instr;
use super::operand::{ConstIdx, Label, NameIdx, Reg};
use std::fmt;

/// Nested code objects deeper than this are rejected (a crafted file could
/// otherwise exhaust the native stack while verifying or loading).
pub const MAX_NESTING: usize = 100;

/// Why a code object was rejected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerifyError {
    /// Qualified name of the offending code object.
    pub code: String,
    /// Instruction index, when the problem is in one instruction.
    pub pc: Option<usize>,
    pub msg: String,
}

impl fmt::Display for VerifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.pc {
            Some(pc) => write!(
                f,
                "bad code object '{}' at pc {}: {}",
                self.code, pc, self.msg
            ),
            None => write!(f, "bad code object '{}': {}", self.code, self.msg),
        }
    }
}

impl std::error::Error for VerifyError {}

/// Verifies `code` and all code objects nested in its constants.
pub fn verify(code: &CodeObject) -> Result<(), VerifyError> {
    verify_at_depth(code, 0).map_err(|e| *e)
}

/// Errors are boxed inside the verifier so that the `Result` of every check
/// fits in a register; they are built out of line, off the hot path.
type Res<T> = Result<T, Box<VerifyError>>;

fn verify_at_depth(code: &CodeObject, depth: usize) -> Res<()> {
    if depth > MAX_NESTING {
        return Err(err(code, None, "code objects nested too deeply"));
    }
    Checker::new(code).check()?;
    for c in &code.consts {
        verify_const(code, c, depth)?;
    }
    Ok(())
}

fn verify_const(code: &CodeObject, c: &Const, depth: usize) -> Res<()> {
    match c {
        Const::Code(inner) => verify_at_depth(inner, depth + 1),
        Const::Tuple(items) => {
            if depth > MAX_NESTING {
                return Err(err(code, None, "constant tuples nested too deeply"));
            }
            for item in items {
                verify_const(code, item, depth + 1)?;
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

#[cold]
#[inline(never)]
fn err(code: &CodeObject, pc: Option<usize>, msg: impl Into<String>) -> Box<VerifyError> {
    Box::new(VerifyError {
        code: code.qualname.to_string(),
        pc,
        msg: msg.into(),
    })
}

/// Checks one code object. The table sizes the checks compare against are
/// read once, up front.
struct Checker<'a> {
    code: &'a CodeObject,
    nregs: u64,
    nlocals: usize,
    cell_start: usize,
    free_start: usize,
    /// One past the last cell register (own cells, then free variables).
    cell_end: usize,
    nnames: usize,
    ninstrs: usize,
}

impl<'a> Checker<'a> {
    fn new(code: &'a CodeObject) -> Self {
        Checker {
            code,
            nregs: u64::from(code.nregs),
            nlocals: code.nlocals(),
            cell_start: code.cell_start(),
            free_start: code.free_start(),
            cell_end: code.free_start() + code.freevars.len(),
            nnames: code.names.len(),
            ninstrs: code.instrs.len(),
        }
    }

    fn check(&self) -> Res<()> {
        let c = self.code;
        let n = c.instrs.len();
        if n == 0 {
            return Err(err(c, None, "no instructions"));
        }
        if n > u32::MAX as usize / 2 {
            return Err(err(c, None, "too many instructions"));
        }
        if c.positions.len() != n {
            return Err(err(
                c,
                None,
                "position table length differs from code length",
            ));
        }
        if c.nregs > u32::from(u16::MAX) {
            return Err(err(c, None, "too many registers"));
        }
        let fixed = c.varnames.len() + c.cellvars.len() + c.freevars.len();
        if fixed > c.nregs as usize {
            return Err(err(c, None, "variables do not fit in the register file"));
        }
        if c.posonlyargcount > c.argcount {
            return Err(err(
                c,
                None,
                "more positional-only than positional parameters",
            ));
        }
        if c.total_params() > c.varnames.len() {
            return Err(err(c, None, "more parameters than local variables"));
        }
        if c.flags & !0xffff != 0 {
            return Err(err(c, None, "unknown flags"));
        }
        let _ = flags::OPTIMIZED;
        if !c.instrs[n - 1].is_terminator() {
            return Err(err(
                c,
                Some(n - 1),
                "control can fall off the end of the code",
            ));
        }
        for (pc, instr) in c.instrs.iter().enumerate() {
            self.instr(pc, instr)?;
        }
        for e in &c.exc_table {
            if e.start >= e.end || e.end as usize > n {
                return Err(err(c, None, "exception table range out of bounds"));
            }
            if e.handler as usize >= n {
                return Err(err(c, None, "exception handler out of bounds"));
            }
            if u32::from(e.exc_reg) >= c.nregs {
                return Err(err(c, None, "exception register out of bounds"));
            }
        }
        Ok(())
    }

    #[inline(always)]
    fn reg(&self, pc: usize, r: Reg) -> Res<()> {
        self.regs(pc, r, 1)
    }

    /// Registers `r .. r+count` must all exist.
    #[inline(always)]
    fn regs(&self, pc: usize, r: Reg, count: u64) -> Res<()> {
        if u64::from(r.0) + count > self.nregs {
            return Err(self.regs_err(pc, r, count));
        }
        Ok(())
    }

    #[cold]
    #[inline(never)]
    fn regs_err(&self, pc: usize, r: Reg, count: u64) -> Box<VerifyError> {
        err(
            self.code,
            Some(pc),
            format!("register {r} (+{count}) out of range"),
        )
    }

    #[inline(always)]
    fn local(&self, pc: usize, r: Reg) -> Res<()> {
        if usize::from(r.0) >= self.nlocals {
            return Err(self.operand_err(pc, format_args!("{r} is not a local variable")));
        }
        Ok(())
    }

    #[inline(always)]
    fn cell(&self, pc: usize, r: Reg) -> Res<()> {
        let r0 = usize::from(r.0);
        if r0 < self.cell_start || r0 >= self.cell_end {
            return Err(self.operand_err(pc, format_args!("{r} is not a cell register")));
        }
        Ok(())
    }

    #[inline(always)]
    fn konst(&self, pc: usize, k: ConstIdx) -> Res<&'a Const> {
        match self.code.consts.get(k.0 as usize) {
            Some(c) => Ok(c),
            None => Err(self.operand_err(pc, format_args!("constant {k} out of range"))),
        }
    }

    #[inline(always)]
    fn name(&self, pc: usize, n: NameIdx) -> Res<()> {
        if n.0 as usize >= self.nnames {
            return Err(self.operand_err(pc, format_args!("name {n} out of range")));
        }
        Ok(())
    }

    #[inline(always)]
    fn label(&self, pc: usize, l: Label) -> Res<()> {
        if l.0 as usize >= self.ninstrs {
            return Err(self.operand_err(pc, format_args!("jump target {l} out of range")));
        }
        Ok(())
    }

    #[cold]
    #[inline(never)]
    fn operand_err(&self, pc: usize, msg: fmt::Arguments<'_>) -> Box<VerifyError> {
        err(self.code, Some(pc), msg.to_string())
    }

    fn str_tuple(&self, pc: usize, k: ConstIdx, allow_none: bool) -> Res<usize> {
        match self.konst(pc, k)? {
            Const::Tuple(items) if items.iter().all(|i| matches!(i, Const::Str(_))) => {
                Ok(items.len())
            }
            Const::None if allow_none => Ok(0),
            _ => Err(err(
                self.code,
                Some(pc),
                format!("{k} is not a tuple of names"),
            )),
        }
    }

    #[inline(always)]
    fn instr(&self, pc: usize, instr: &Instr) -> Res<()> {
        use Instr::*;
        let c = self.code;
        match *instr {
            Nop {} | RaiseCurrent {} | SetupAnnotations {} => {}
            Move { dst, src } => {
                self.reg(pc, dst)?;
                self.reg(pc, src)?;
            }
            LoadConst { dst, idx } => {
                self.reg(pc, dst)?;
                self.konst(pc, idx)?;
            }
            CheckBound { reg } | DeleteLocal { reg } => self.local(pc, reg)?,
            LoadGlobal { dst, name } => {
                self.reg(pc, dst)?;
                self.name(pc, name)?;
            }
            StoreGlobal { name, src } => {
                self.reg(pc, src)?;
                self.name(pc, name)?;
            }
            DeleteGlobal { name } | DeleteGlobalOnly { name } => self.name(pc, name)?,
            StoreGlobalOnly { name, src } => {
                self.name(pc, name)?;
                self.reg(pc, src)?;
            }
            LoadGlobalOnly { dst, name } => {
                self.reg(pc, dst)?;
                self.name(pc, name)?;
            }
            MakeCell { dst, src } => {
                let d = usize::from(dst.0);
                if d < self.cell_start || d >= self.free_start {
                    return Err(err(c, Some(pc), "MakeCell target is not a cell register"));
                }
                self.reg(pc, src)?;
            }
            LoadDeref { dst, cell } => {
                self.reg(pc, dst)?;
                self.cell(pc, cell)?;
            }
            StoreDeref { cell, src } => {
                self.reg(pc, src)?;
                self.cell(pc, cell)?;
            }
            DeleteDeref { cell } => self.cell(pc, cell)?,
            Add { dst, a, b }
            | Sub { dst, a, b }
            | Mul { dst, a, b }
            | TrueDiv { dst, a, b }
            | FloorDiv { dst, a, b }
            | Mod { dst, a, b }
            | Pow { dst, a, b }
            | LShift { dst, a, b }
            | RShift { dst, a, b }
            | BitAnd { dst, a, b }
            | BitOr { dst, a, b }
            | BitXor { dst, a, b }
            | IAdd { dst, a, b }
            | ISub { dst, a, b }
            | IMul { dst, a, b }
            | ITrueDiv { dst, a, b }
            | IFloorDiv { dst, a, b }
            | IMod { dst, a, b }
            | IPow { dst, a, b }
            | ILShift { dst, a, b }
            | IRShift { dst, a, b }
            | IBitAnd { dst, a, b }
            | IBitOr { dst, a, b }
            | IBitXor { dst, a, b }
            | MatMul { dst, a, b }
            | IMatMul { dst, a, b }
            | Lt { dst, a, b }
            | Le { dst, a, b }
            | Gt { dst, a, b }
            | Ge { dst, a, b }
            | Eq { dst, a, b }
            | Ne { dst, a, b }
            | Is { dst, a, b }
            | IsNot { dst, a, b }
            | In { dst, a, b }
            | NotIn { dst, a, b } => {
                self.reg(pc, dst)?;
                self.reg(pc, a)?;
                self.reg(pc, b)?;
            }
            Neg { dst, src }
            | Pos { dst, src }
            | Invert { dst, src }
            | Not { dst, src }
            | GetIter { dst, src }
            | ListToTuple { dst, src } => {
                self.reg(pc, dst)?;
                self.reg(pc, src)?;
            }
            Jump { target } => self.label(pc, target)?,
            JumpIfTrue { cond, target } | JumpIfFalse { cond, target } => {
                self.reg(pc, cond)?;
                self.label(pc, target)?;
            }
            ForIter { dst, iter, target } => {
                self.reg(pc, dst)?;
                self.reg(pc, iter)?;
                self.label(pc, target)?;
            }
            Return { src } => self.reg(pc, src)?,
            Call {
                dst,
                func,
                args,
                nargs,
            } => {
                self.reg(pc, dst)?;
                self.reg(pc, func)?;
                self.regs(pc, args, u64::from(nargs.0))?;
            }
            CallKw {
                dst,
                func,
                args,
                nargs,
                kwnames,
            } => {
                self.reg(pc, dst)?;
                self.reg(pc, func)?;
                self.regs(pc, args, u64::from(nargs.0))?;
                if self.str_tuple(pc, kwnames, false)? > nargs.0 as usize {
                    return Err(err(c, Some(pc), "more keyword names than arguments"));
                }
            }
            CallEx {
                dst,
                func,
                args,
                kwargs,
            } => {
                self.reg(pc, dst)?;
                self.reg(pc, func)?;
                self.reg(pc, args)?;
                self.reg(pc, kwargs)?;
            }
            CallMethod {
                dst,
                name,
                args,
                nargs,
            } => {
                self.reg(pc, dst)?;
                self.name(pc, name)?;
                self.regs(pc, args, u64::from(nargs.0) + 1)?;
            }
            MakeFunction {
                dst,
                code,
                extra,
                flags,
            } => {
                self.reg(pc, dst)?;
                if !matches!(self.konst(pc, code)?, Const::Code(_)) {
                    return Err(err(
                        c,
                        Some(pc),
                        "MakeFunction constant is not a code object",
                    ));
                }
                if flags.0 > 15 {
                    return Err(err(c, Some(pc), "bad MakeFunction flags"));
                }
                self.regs(pc, extra, u64::from(flags.0.count_ones()))?;
            }
            BuildList { dst, start, count }
            | BuildTuple { dst, start, count }
            | BuildSet { dst, start, count }
            | BuildString { dst, start, count } => {
                self.reg(pc, dst)?;
                self.regs(pc, start, u64::from(count.0))?;
            }
            BuildDict { dst, start, count } => {
                self.reg(pc, dst)?;
                self.regs(pc, start, 2 * u64::from(count.0))?;
            }
            BuildSlice { dst, start } => {
                self.reg(pc, dst)?;
                self.regs(pc, start, 3)?;
            }
            ListAppend { list, src } | ListExtend { list, src } => {
                self.reg(pc, list)?;
                self.reg(pc, src)?;
            }
            SetAdd { set: dict, src }
            | SetUpdate { set: dict, src }
            | BuildConstSet { dst: dict, src }
            | DictUpdate { dict, src } => {
                self.reg(pc, dict)?;
                self.reg(pc, src)?;
            }
            CallStarExtend { list: a, src, func } | CallKwMerge { dict: a, src, func } => {
                self.reg(pc, a)?;
                self.reg(pc, src)?;
                self.reg(pc, func)?;
            }
            GetItem { dst, obj, key } => {
                self.reg(pc, dst)?;
                self.reg(pc, obj)?;
                self.reg(pc, key)?;
            }
            SetItem { obj, key, src } => {
                self.reg(pc, obj)?;
                self.reg(pc, key)?;
                self.reg(pc, src)?;
            }
            DelItem { obj, key } => {
                self.reg(pc, obj)?;
                self.reg(pc, key)?;
            }
            UnpackSeq { dst, count, src } => {
                self.regs(pc, dst, u64::from(count.0))?;
                self.reg(pc, src)?;
            }
            UnpackEx {
                dst,
                before,
                after,
                src,
            } => {
                self.regs(pc, dst, u64::from(before.0) + u64::from(after.0) + 1)?;
                self.reg(pc, src)?;
            }
            LoadAttr { dst, obj, name } => {
                self.reg(pc, dst)?;
                self.reg(pc, obj)?;
                self.name(pc, name)?;
            }
            StoreAttr { obj, name, src } => {
                self.reg(pc, obj)?;
                self.reg(pc, src)?;
                self.name(pc, name)?;
            }
            DeleteAttr { obj, name } => {
                self.reg(pc, obj)?;
                self.name(pc, name)?;
            }
            Raise { exc } | Reraise { exc } => self.reg(pc, exc)?,
            RaiseFrom { exc, cause } => {
                self.reg(pc, exc)?;
                self.reg(pc, cause)?;
            }
            ExcMatch { dst, exc, ty } => {
                self.reg(pc, dst)?;
                self.reg(pc, exc)?;
                self.reg(pc, ty)?;
            }
            PushExc { save, exc } => {
                self.reg(pc, save)?;
                self.reg(pc, exc)?;
            }
            PopExc { save } => self.reg(pc, save)?,
            LoadAssertionError { dst } => self.reg(pc, dst)?,
            Format { dst, src, conv } => {
                self.reg(pc, dst)?;
                self.reg(pc, src)?;
                if conv.0 > 3 {
                    return Err(err(c, Some(pc), "bad conversion"));
                }
            }
            FormatSpec {
                dst,
                src,
                conv,
                spec,
            } => {
                self.reg(pc, dst)?;
                self.reg(pc, src)?;
                self.reg(pc, spec)?;
                if conv.0 > 3 {
                    return Err(err(c, Some(pc), "bad conversion"));
                }
            }
            ImportName {
                dst,
                name,
                fromlist,
                level,
            } => {
                self.reg(pc, dst)?;
                self.name(pc, name)?;
                self.str_tuple(pc, fromlist, true)?;
                if level.0 > 1000 {
                    return Err(err(c, Some(pc), "bad import level"));
                }
            }
            ImportFrom { dst, module, name } => {
                self.reg(pc, dst)?;
                self.reg(pc, module)?;
                self.name(pc, name)?;
            }
            ImportStar { module } => self.reg(pc, module)?,
            PrintExpr { src } => self.reg(pc, src)?,
            Yield { dst, src: other } | YieldFrom { dst, iter: other } => {
                if c.flags & super::code::flags::SUSPENDS == 0 {
                    return Err(err(
                        c,
                        Some(pc),
                        "yield in a code object that cannot suspend",
                    ));
                }
                self.reg(pc, dst)?;
                self.reg(pc, other)?;
            }
            GetAwaitable { dst, src }
            | GetAIter { dst, src }
            | GetANext { dst, iter: src }
            | GetAwaitableWith { dst, src, .. } => {
                self.reg(pc, dst)?;
                self.reg(pc, src)?;
            }
            EndAsyncFor { exc } => self.reg(pc, exc)?,
            BeforeAsyncWith { dst, mgr } => {
                self.regs(pc, dst, 2)?;
                self.reg(pc, mgr)?;
            }
            BeforeWith { dst, mgr } => {
                self.regs(pc, dst, 2)?;
                self.reg(pc, mgr)?;
            }
            MatchSequence { dst, src } | MatchMapping { dst, src } | GetLen { dst, src } => {
                self.reg(pc, dst)?;
                self.reg(pc, src)?;
            }
            WithExcept {
                dst,
                exit: a,
                exc: b,
            }
            | MatchKeys {
                dst,
                subj: a,
                keys: b,
            }
            | CopyDictWithoutKeys {
                dst,
                subj: a,
                keys: b,
            } => {
                self.reg(pc, dst)?;
                self.reg(pc, a)?;
                self.reg(pc, b)?;
            }
            MatchClass {
                dst,
                subj,
                cls,
                kwnames,
                ..
            } => {
                self.reg(pc, dst)?;
                self.reg(pc, subj)?;
                self.reg(pc, cls)?;
                self.str_tuple(pc, kwnames, false)?;
            }
            ExcStarMatch { dst, exc, ty } => {
                self.regs(pc, dst, 2)?;
                self.reg(pc, exc)?;
                self.reg(pc, ty)?;
            }
            PrepReraiseStar {
                dst,
                orig,
                raised,
                rest,
            } => {
                self.reg(pc, dst)?;
                self.reg(pc, orig)?;
                self.reg(pc, raised)?;
                self.reg(pc, rest)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bytecode::code::Position;
    use crate::bytecode::operand::Imm;

    fn tiny(instrs: Vec<Instr>, nregs: u32) -> CodeObject {
        let n = instrs.len();
        CodeObject {
            name: "t".into(),
            qualname: "t".into(),
            nregs,
            consts: vec![Const::None],
            instrs,
            positions: vec![Position::default(); n],
            ..CodeObject::default()
        }
    }

    #[test]
    fn accepts_minimal_code() {
        let c = tiny(
            vec![
                Instr::LoadConst {
                    dst: Reg(0),
                    idx: ConstIdx(0),
                },
                Instr::Return { src: Reg(0) },
            ],
            1,
        );
        assert_eq!(verify(&c), Ok(()));
    }

    #[test]
    fn rejects_out_of_range_operands() {
        let bad = [
            vec![Instr::Return { src: Reg(1) }],
            vec![
                Instr::LoadConst {
                    dst: Reg(0),
                    idx: ConstIdx(5),
                },
                Instr::Return { src: Reg(0) },
            ],
            vec![Instr::Jump { target: Label(9) }],
            vec![
                Instr::Call {
                    dst: Reg(0),
                    func: Reg(0),
                    args: Reg(0),
                    nargs: Imm(2),
                },
                Instr::Return { src: Reg(0) },
            ],
            vec![Instr::LoadConst {
                dst: Reg(0),
                idx: ConstIdx(0),
            }],
            vec![
                Instr::CheckBound { reg: Reg(0) },
                Instr::Return { src: Reg(0) },
            ],
        ];
        for instrs in bad {
            assert!(verify(&tiny(instrs.clone(), 1)).is_err(), "{instrs:?}");
        }
    }
}
