//! `FuncBuilder`: emits the instructions of one code object and assembles them.
//!
//! Codegen emits instructions whose jump operands are label numbers, opens and
//! closes exception-handler ranges, and allocates temporaries in a stack
//! discipline above the variable registers. `finish` then:
//!
//! 1. resolves labels to instruction indices;
//! 2. runs a definite-assignment analysis over the locals (parameters are
//!    bound at entry; a write binds, `DeleteLocal` unbinds; an exception edge
//!    carries the state from before the faulting instruction) and deletes every
//!    `CheckBound` whose local is bound on all paths;
//! 3. renumbers jump targets, positions and exception ranges after deletions.

use crate::bytecode::code::{CodeObject, Const, ExcEntry, Position};
use crate::bytecode::opcodes::Instr;
use crate::bytecode::operand::{ConstIdx, Label, NameIdx, Reg};
use std::collections::HashMap;

/// An exception handler under construction: the code ranges it protects, its
/// entry label and the register that receives the exception.
struct Handler {
    label: Label,
    exc_reg: Reg,
    depth: usize,
    /// Closed ranges of instruction indices `[start, end)`.
    ranges: Vec<(u32, u32)>,
    /// Start of the currently open range.
    open: Option<u32>,
}

pub struct FuncBuilder {
    pub code: CodeObject,
    instrs: Vec<Instr>,
    positions: Vec<Position>,
    labels: Vec<u32>,
    handlers: Vec<Handler>,
    active: Vec<usize>,
    consts_index: HashMap<String, u32>,
    names_index: HashMap<String, u32>,
    next_reg: u32,
    max_reg: u32,
    /// First register above the variables.
    pub first_temp: u32,
    /// Position given to instructions emitted next.
    pub pos: Position,
}

const UNPLACED: u32 = u32::MAX;

impl FuncBuilder {
    pub fn new(code: CodeObject, first_temp: u32) -> FuncBuilder {
        FuncBuilder {
            code,
            instrs: Vec::new(),
            positions: Vec::new(),
            labels: Vec::new(),
            handlers: Vec::new(),
            active: Vec::new(),
            consts_index: HashMap::new(),
            names_index: HashMap::new(),
            next_reg: first_temp,
            max_reg: first_temp,
            first_temp,
            pos: Position::default(),
        }
    }

    // ----- emission ----------------------------------------------------------

    pub fn emit(&mut self, i: Instr) {
        self.instrs.push(i);
        self.positions.push(self.pos);
    }

    /// Index the next instruction will have.
    pub fn here(&self) -> u32 {
        self.instrs.len() as u32
    }

    /// True when the last emitted instruction never falls through.
    pub fn ends_in_terminator(&self) -> bool {
        self.instrs.last().is_some_and(Instr::is_terminator)
    }

    pub fn new_label(&mut self) -> Label {
        self.labels.push(UNPLACED);
        Label(self.labels.len() as u32 - 1)
    }

    pub fn place(&mut self, l: Label) {
        self.labels[l.0 as usize] = self.here();
    }

    // ----- registers -----------------------------------------------------------

    /// A fresh temporary register.
    pub fn temp(&mut self) -> Reg {
        let r = self.next_reg;
        self.next_reg += 1;
        self.max_reg = self.max_reg.max(self.next_reg);
        Reg(r.min(u32::from(u16::MAX)) as u16)
    }

    /// `n` consecutive fresh temporaries; returns the first.
    pub fn temps(&mut self, n: u32) -> Reg {
        let r = self.next_reg;
        self.next_reg += n;
        self.max_reg = self.max_reg.max(self.next_reg);
        Reg(r.min(u32::from(u16::MAX)) as u16)
    }

    /// The current temporary mark, to release everything above it later.
    pub fn mark(&self) -> u32 {
        self.next_reg
    }

    /// Releases temporaries allocated after `mark`.
    pub fn release(&mut self, mark: u32) {
        self.next_reg = mark.max(self.first_temp);
    }

    /// True when `r` is a temporary (not a variable's register).
    pub fn is_temp(&self, r: Reg) -> bool {
        u32::from(r.0) >= self.first_temp
    }

    /// True when the register file has outgrown the register operand size.
    pub fn too_many_registers(&self) -> bool {
        self.max_reg > u32::from(u16::MAX)
    }

    // ----- tables ----------------------------------------------------------------

    pub fn add_const(&mut self, c: Const) -> ConstIdx {
        // Code objects are never shared; other constants are de-duplicated by
        // a key that distinguishes 1, 1.0, True and -0.0.
        let key = match &c {
            Const::Code(_) => None,
            other => Some(const_key(other)),
        };
        if let Some(k) = &key
            && let Some(&i) = self.consts_index.get(k)
        {
            return ConstIdx(i);
        }
        let i = self.code.consts.len() as u32;
        self.code.consts.push(c);
        if let Some(k) = key {
            self.consts_index.insert(k, i);
        }
        ConstIdx(i)
    }

    pub fn add_name(&mut self, name: &str) -> NameIdx {
        if let Some(&i) = self.names_index.get(name) {
            return NameIdx(i);
        }
        let i = self.code.names.len() as u32;
        self.code.names.push(name.into());
        self.names_index.insert(name.to_string(), i);
        NameIdx(i)
    }

    // ----- exception handlers ----------------------------------------------------

    /// Starts protecting the code emitted from now on with a new handler.
    /// Returns the handler's id.
    pub fn push_handler(&mut self, label: Label, exc_reg: Reg) -> usize {
        let id = self.handlers.len();
        let here = self.here();
        self.handlers.push(Handler {
            label,
            exc_reg,
            depth: self.active.len(),
            ranges: Vec::new(),
            open: Some(here),
        });
        self.active.push(id);
        id
    }

    /// Stops protecting code with handler `id` (the innermost active one).
    pub fn pop_handler(&mut self, id: usize) {
        self.close_range(id);
        if let Some(pos) = self.active.iter().rposition(|&h| h == id) {
            self.active.remove(pos);
        }
    }

    fn close_range(&mut self, id: usize) {
        let here = self.here();
        let h = &mut self.handlers[id];
        if let Some(start) = h.open.take()
            && start < here
        {
            h.ranges.push((start, here));
        }
    }

    /// Temporarily stops protecting code with handler `id` (while inlining a
    /// `finally` body on a `return`/`break` path, for instance).
    pub fn suspend_handler(&mut self, id: usize) {
        self.close_range(id);
    }

    /// Resumes protection by handler `id` after `suspend_handler`.
    pub fn resume_handler(&mut self, id: usize) {
        let here = self.here();
        let h = &mut self.handlers[id];
        if h.open.is_none() {
            h.open = Some(here);
        }
    }

    // ----- assembly ----------------------------------------------------------------

    /// Finishes the code object. See the module docs.
    pub fn finish(mut self) -> CodeObject {
        for id in 0..self.handlers.len() {
            self.close_range(id);
        }
        let labels = self.labels;
        let resolve = |l: &mut Label| {
            let pc = labels.get(l.0 as usize).copied().unwrap_or(UNPLACED);
            *l = Label(if pc == UNPLACED { 0 } else { pc });
        };
        let mut instrs = self.instrs;
        for i in &mut instrs {
            i.visit_labels(&mut |l| resolve(l));
        }
        // Innermost handlers first: deeper nesting wins when ranges overlap.
        let mut handlers = self.handlers;
        handlers.sort_by_key(|h| std::cmp::Reverse(h.depth));
        let mut table: Vec<ExcEntry> = Vec::new();
        for h in &handlers {
            let mut lab = h.label;
            resolve(&mut lab);
            for &(s, e) in &h.ranges {
                table.push(ExcEntry {
                    start: s,
                    end: e,
                    handler: lab.0,
                    exc_reg: h.exc_reg.0,
                });
            }
        }
        let nlocals = self.code.varnames.len();
        let nparams = self.code.total_params();
        let keep = bound_analysis(&instrs, &table, nlocals, nparams);
        // Renumber: old index -> new index (removed ones map to the next kept).
        let n = instrs.len();
        let mut new_index = vec![0u32; n + 1];
        let mut k = 0u32;
        for i in 0..n {
            new_index[i] = k;
            if keep[i] {
                k += 1;
            }
        }
        new_index[n] = k;
        let mut out_instrs = Vec::with_capacity(k as usize);
        let mut out_pos = Vec::with_capacity(k as usize);
        for i in 0..n {
            if keep[i] {
                let mut ins = instrs[i];
                ins.visit_labels(&mut |l| *l = Label(new_index[(l.0 as usize).min(n)]));
                out_instrs.push(ins);
                out_pos.push(self.positions[i]);
            }
        }
        let mut out_table = Vec::new();
        for e in table {
            let (s, en) = (new_index[e.start as usize], new_index[e.end as usize]);
            if s < en {
                out_table.push(ExcEntry {
                    start: s,
                    end: en,
                    handler: new_index[e.handler as usize],
                    exc_reg: e.exc_reg,
                });
            }
        }
        self.code.instrs = out_instrs;
        self.code.positions = out_pos;
        self.code.exc_table = out_table;
        self.code.nregs = self.max_reg.max(1);
        self.code
    }
}

/// A de-duplication key for a constant.
fn const_key(c: &Const) -> String {
    match c {
        Const::None => "N".into(),
        Const::Bool(b) => format!("B{b}"),
        Const::Int(i) => format!("I{i}"),
        Const::BigInt(b) => format!("I{b}"),
        Const::Float(f) => format!("F{}", f.to_bits()),
        Const::Complex(re, im) => format!("J{}/{}", re.to_bits(), im.to_bits()),
        Const::Str(s) => format!("S{s}"),
        Const::Bytes(b) => format!("Y{b:?}"),
        Const::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(const_key).collect();
            format!("T({})", parts.join(","))
        }
        Const::Code(_) => "C".into(),
        Const::Ellipsis => "E".into(),
    }
}

/// Which instructions to keep: false for `CheckBound`s whose local is bound on
/// every path reaching them.
fn bound_analysis(
    instrs: &[Instr],
    table: &[ExcEntry],
    nlocals: usize,
    nparams: usize,
) -> Vec<bool> {
    let n = instrs.len();
    let mut keep = vec![true; n];
    if nlocals == 0 || n == 0 {
        return keep;
    }
    let words = nlocals.div_ceil(64);
    // in_state[i]: locals certainly bound before instruction i. Start at "all
    // bound" (the top of the lattice) everywhere except the entry.
    let full: Vec<u64> = vec![u64::MAX; words];
    let mut in_state: Vec<Vec<u64>> = vec![full; n];
    let mut entry = vec![0u64; words];
    for p in 0..nparams.min(nlocals) {
        entry[p / 64] |= 1 << (p % 64);
    }
    in_state[0] = entry;
    let mut reached = vec![false; n];
    reached[0] = true;
    let handler_of = |pc: usize| -> Option<usize> {
        table
            .iter()
            .find(|e| (e.start as usize) <= pc && pc < e.end as usize)
            .map(|e| e.handler as usize)
    };
    let mut work: Vec<usize> = vec![0];
    let mut queued = vec![false; n];
    queued[0] = true;
    while let Some(pc) = work.pop() {
        queued[pc] = false;
        let before = in_state[pc].clone();
        let mut after = before.clone();
        let ins = &instrs[pc];
        match *ins {
            Instr::DeleteLocal { reg } => {
                let r = usize::from(reg.0);
                if r < nlocals {
                    after[r / 64] &= !(1 << (r % 64));
                }
            }
            Instr::CheckBound { reg } => {
                let r = usize::from(reg.0);
                if r < nlocals {
                    after[r / 64] |= 1 << (r % 64);
                }
            }
            _ => {
                if let Some((first, count)) = ins.writes() {
                    for r in usize::from(first)..usize::from(first) + count as usize {
                        if r < nlocals {
                            after[r / 64] |= 1 << (r % 64);
                        }
                    }
                }
            }
        }
        let mut succ: Vec<(usize, &Vec<u64>)> = Vec::with_capacity(3);
        if !ins.is_terminator() && pc + 1 < n {
            succ.push((pc + 1, &after));
        }
        if let Some(t) = ins.jump_target() {
            // ForIter's exit edge does not write its destination.
            let st = if matches!(ins, Instr::ForIter { .. }) {
                &before
            } else {
                &after
            };
            succ.push((t.0 as usize, st));
        }
        if let Some(h) = handler_of(pc) {
            succ.push((h, &before));
        }
        let mut updates: Vec<(usize, Vec<u64>)> = Vec::new();
        for (s, st) in succ {
            if s >= n {
                continue;
            }
            let merged: Vec<u64> = if reached[s] {
                in_state[s]
                    .iter()
                    .zip(st.iter())
                    .map(|(a, b)| a & b)
                    .collect()
            } else {
                st.clone()
            };
            if !reached[s] || merged != in_state[s] {
                updates.push((s, merged));
            }
        }
        for (s, m) in updates {
            reached[s] = true;
            in_state[s] = m;
            if !queued[s] {
                queued[s] = true;
                work.push(s);
            }
        }
    }
    for (pc, ins) in instrs.iter().enumerate() {
        if let Instr::CheckBound { reg } = *ins {
            let r = usize::from(reg.0);
            let bound = r < nlocals && (in_state[pc][r / 64] >> (r % 64)) & 1 == 1;
            // Unreachable checks can go too.
            if bound || !reached[pc] {
                keep[pc] = false;
            }
        }
    }
    keep
}
