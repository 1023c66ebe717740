//! The disassembler: `pyjit --dis FILE` and `dis.dis()`.
//!
//! Output, per code object (nested ones follow their parent):
//!
//! ```text
//! Disassembly of <code object f at "x.py", line 1>:
//!   argcount 1, nregs 4, locals: n; cells: -; free: -
//!   line  pc  opcode          operands
//!      2   0  LOAD_CONST      r1, k0 (1)
//! ```

use super::code::{CodeObject, Const};
use super::opcodes::Instr;
use super::operand::Operand;
use std::fmt::Write;

/// A short repr of a constant for the disassembly comment.
pub fn const_repr(c: &Const) -> String {
    match c {
        Const::None => "None".into(),
        Const::Bool(true) => "True".into(),
        Const::Bool(false) => "False".into(),
        Const::Int(i) => i.to_string(),
        Const::BigInt(b) => b.to_string(),
        Const::Float(f) => {
            if f.is_finite() && f.fract() == 0.0 && f.abs() < 1e16 {
                format!("{f:.1}")
            } else {
                format!("{f:?}")
            }
        }
        Const::Complex(re, im) => {
            if *re == 0.0 && re.is_sign_positive() {
                format!("{im:?}j")
            } else {
                format!("({re:?}{im:+?}j)")
            }
        }
        Const::Str(s) => format!("{s:?}"),
        Const::Bytes(b) => bytes_repr(b),
        Const::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Const::Code(code) => format!("<code object {}>", code.name),
        Const::Ellipsis => "Ellipsis".into(),
    }
}

/// `repr(b)` for bytes: `b'...'`, with `"` quotes when that avoids escaping.
pub fn bytes_repr(data: &[u8]) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(data.len() + 3);
    out.push('b');
    out.push(quote);
    for &c in data {
        match c {
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\\' => out.push_str("\\\\"),
            c if c as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(c as char),
            _ => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

/// One disassembled instruction.
pub struct Row {
    /// Instruction index (what jump labels `L<n>` name).
    pub pc: usize,
    /// The source line, on the first instruction of each run of one line.
    pub starts_line: Option<u32>,
    /// The line of this instruction (0: none).
    pub line: u32,
    /// A jump or an exception handler lands here.
    pub is_jump_target: bool,
    pub mnemonic: String,
    /// Operands as written: `r3`, `k0`, `n1`, `L7`, or an immediate.
    pub operands: Vec<String>,
    /// What the operands stand for: `r0=x`, `k1=None`, `n0=print`.
    pub notes: Vec<String>,
}

/// The instructions of `code` (not of nested code objects), disassembled.
pub fn rows(code: &CodeObject) -> Vec<Row> {
    let mut targets = vec![false; code.instrs.len()];
    for t in code.instrs.iter().filter_map(Instr::jump_target) {
        if let Some(slot) = targets.get_mut(t.0 as usize) {
            *slot = true;
        }
    }
    for e in &code.exc_table {
        if let Some(slot) = targets.get_mut(e.handler as usize) {
            *slot = true;
        }
    }
    let mut last_line = u32::MAX;
    let mut out = Vec::with_capacity(code.instrs.len());
    for (pc, instr) in code.instrs.iter().enumerate() {
        let line = code.line_of(pc);
        let starts_line = (line != last_line).then_some(line);
        last_line = line;
        let (ops, n) = instr.operands();
        let mut operands = Vec::new();
        let mut notes = Vec::new();
        for op in &ops[..n] {
            match *op {
                Operand::Reg(r) => {
                    let name = code
                        .varnames
                        .get(r.0 as usize)
                        .map(|s| &**s)
                        .or_else(|| code.cell_name(r.0 as usize));
                    operands.push(r.to_string());
                    if let Some(name) = name {
                        let note = format!("{r}={name}");
                        if !notes.contains(&note) {
                            notes.push(note);
                        }
                    }
                }
                Operand::Const(k) => {
                    operands.push(k.to_string());
                    if let Some(c) = code.consts.get(k.0 as usize) {
                        notes.push(format!("{k}={}", const_repr(c)));
                    }
                }
                Operand::Name(n) => {
                    operands.push(n.to_string());
                    if let Some(name) = code.names.get(n.0 as usize) {
                        notes.push(format!("{n}={name}"));
                    }
                }
                Operand::Label(l) => operands.push(format!("L{}", l.0)),
                Operand::Imm(i) => operands.push(i.to_string()),
            }
        }
        out.push(Row {
            pc,
            starts_line,
            line,
            is_jump_target: targets.get(pc).copied().unwrap_or(false),
            mnemonic: instr.opcode().mnemonic(),
            operands,
            notes,
        });
    }
    out
}

/// Disassembles `code` and every nested code object into one string.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    disassemble_into(code, &mut out);
    out
}

fn disassemble_into(code: &CodeObject, out: &mut String) {
    let _ = writeln!(
        out,
        "Disassembly of <code object {} at \"{}\", line {}>:",
        code.qualname, code.filename, code.firstlineno
    );
    let list = |v: &[super::code::Name]| {
        if v.is_empty() {
            "-".to_string()
        } else {
            v.join(", ")
        }
    };
    let _ = writeln!(
        out,
        "  argcount {}, posonly {}, kwonly {}, flags {:#x}, nregs {}",
        code.argcount, code.posonlyargcount, code.kwonlyargcount, code.flags, code.nregs
    );
    let _ = writeln!(
        out,
        "  locals: {}; cells: {}; free: {}",
        list(&code.varnames),
        list(&code.cellvars),
        list(&code.freevars)
    );
    for row in rows(code) {
        let line_col = match row.starts_line {
            Some(line) => format!("{line:>5}"),
            None => "     ".to_string(),
        };
        let marker = if row.is_jump_target { ">>" } else { "  " };
        let mut line_text = format!(
            "{line_col} {marker}{:>4}  {:<20} {}",
            row.pc,
            row.mnemonic,
            row.operands.join(", ")
        );
        if !row.notes.is_empty() {
            let pad = 52usize.saturating_sub(line_text.len());
            line_text.push_str(&" ".repeat(pad));
            line_text.push_str(" # ");
            line_text.push_str(&row.notes.join(" "));
        }
        let _ = writeln!(out, "{}", line_text.trim_end());
    }
    if !code.exc_table.is_empty() {
        let _ = writeln!(out, "  exception table:");
        for e in &code.exc_table {
            let _ = writeln!(
                out,
                "    L{} to L{} -> L{} [r{}]",
                e.start, e.end, e.handler, e.exc_reg
            );
        }
    }
    for c in &code.consts {
        if let Const::Code(inner) = c {
            let _ = writeln!(out);
            disassemble_into(inner, out);
        }
    }
}

/// The opcode reference (`docs/bytecode.md`), generated from the instruction
/// table so it cannot drift from the code.
pub fn opcode_table_markdown() -> String {
    use super::opcodes::Opcode;
    use super::operand::OperandKind;
    let mut out = String::new();
    out.push_str("<!-- @generated by `BLESS=1 cargo test --test bytecode_doc` from src/bytecode/opcodes.rs; do not edit -->\n");
    out.push_str("# pyjit bytecode reference\n\n");
    out.push_str("Register-based bytecode: each frame has `nregs` registers; locals come first, then cells, then free\n");
    out.push_str("variables, then temporaries (see `src/bytecode/code.rs`). Notation: `r[x]` register, `k[x]` constant,\n");
    out.push_str("`n[x]` name, `L` a jump target (an instruction index). Operands are encoded as unsigned LEB128 varints\n");
    out.push_str("after the opcode byte. `Raises:` lists exceptions; `Deopt:` what compiled code guards on (docs/jit.md).\n\n");
    out.push_str("| # | opcode | operands | meaning |\n|---|---|---|---|\n");
    for &op in Opcode::ALL {
        let operands: Vec<String> = op
            .operands()
            .iter()
            .map(|(name, kind)| {
                let k = match kind {
                    OperandKind::Reg => "reg",
                    OperandKind::Const => "const",
                    OperandKind::Name => "name",
                    OperandKind::Label => "label",
                    OperandKind::Imm => "imm",
                };
                format!("{name}:{k}")
            })
            .collect();
        let doc: Vec<&str> = op
            .doc()
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        out.push_str(&format!(
            "| {} | `{}` | {} | {} |\n",
            op as u8,
            op.mnemonic(),
            operands.join(", "),
            doc.join("<br>").replace('|', "\\|")
        ));
    }
    out
}
