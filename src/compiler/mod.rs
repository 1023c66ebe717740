//! The compiler: Python source → `CodeObject` (register bytecode).
//!
//! `ruff_python_parser` produces the AST; `symtable` resolves every name to a
//! scope; codegen (`stmt`, `expr`) walks the AST emitting instructions through
//! a `FuncBuilder` per code object, which assembles the final code object.
//!
//! Register allocation is a stack discipline: variables have fixed registers
//! (see `bytecode::code`), temporaries are allocated above them and released
//! when the statement or expression that needed them is done.

pub mod builder;
mod expr;
pub mod future;
mod pattern;
mod stmt;
pub mod symtable;
mod syntax;
mod tokenizer;

use crate::bytecode::code::{CodeObject, Const, Name, Position, flags};
use crate::bytecode::opcodes::Instr;
use crate::bytecode::operand::{Label, NameIdx, Reg};
use builder::FuncBuilder;
use ruff_python_ast::{self as ast, Stmt};
use ruff_text_size::{Ranged, TextRange, TextSize};
use std::collections::HashMap;
use symtable::{NameScope, ScopeKind, SymbolTable};

/// Why compilation failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    pub kind: CompileErrorKind,
    pub msg: String,
    pub range: TextRange,
    /// The exception's `text` keeps the line's newline (CPython's parser
    /// errors on the line its tokenizer is reading); false for errors its
    /// tokenizer raises and for lines it had already left.
    pub newline: bool,
    /// The error has an end (`end_offset`); false for the locations CPython
    /// raises without one (an unclosed bracket, `TabError`), whose
    /// `end_offset` is 0.
    pub has_end: bool,
    /// Raised by the compiler proper (future imports, symbol table, code
    /// generation) rather than the parser: CPython reads such an error's
    /// `text` from the file, so source that is not in a file has none.
    pub compiler: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompileErrorKind {
    /// Invalid Python (`SyntaxError`).
    Syntax,
    /// Valid Python that pyjit does not implement yet.
    NotImplemented,
}

impl CompileError {
    pub fn syntax(msg: impl Into<String>, range: TextRange) -> CompileError {
        CompileError {
            kind: CompileErrorKind::Syntax,
            msg: msg.into(),
            range,
            newline: true,
            has_end: true,
            compiler: false,
        }
    }

    /// The same error with `text` cut before the line's newline.
    pub fn without_newline(self) -> CompileError {
        CompileError {
            newline: false,
            ..self
        }
    }

    /// The same error, raised by the compiler proper.
    pub fn in_compiler(self) -> CompileError {
        CompileError {
            compiler: true,
            ..self
        }
    }

    /// The same error with no end location (`end_offset` 0).
    pub fn without_end(self) -> CompileError {
        CompileError {
            has_end: false,
            ..self
        }
    }

    pub fn unsupported(what: &str, range: TextRange) -> CompileError {
        CompileError {
            kind: CompileErrorKind::NotImplemented,
            msg: format!("{what} is not supported yet"),
            range,
            newline: true,
            has_end: true,
            compiler: false,
        }
    }
}

/// Byte offsets of line starts, to turn ranges into line/column positions.
pub struct LineIndex {
    starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(src: &str) -> LineIndex {
        let mut starts = vec![0u32];
        for (i, b) in src.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i as u32 + 1);
            }
        }
        LineIndex { starts }
    }

    /// 1-based line and 0-based byte column of `offset`.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let line = match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        (line as u32 + 1, offset - self.starts[line])
    }

    pub fn position(&self, range: TextRange) -> Position {
        let (line, col) = self.line_col(range.start().to_u32());
        let (end_line, end_col) = self.line_col(range.end().to_u32());
        Position {
            line,
            end_line,
            col,
            end_col,
        }
    }
}

/// How codegen reaches a variable.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Var {
    /// A plain local in this register.
    Local(Reg),
    /// A cell (own or free) in this register.
    Cell(Reg),
    /// A module-level or `global` name.
    Global,
}

/// A construct that `break`, `continue` and `return` must unwind through.
#[derive(Clone)]
pub(crate) enum Block<'a> {
    Loop {
        cont: Label,
        brk: Label,
    },
    /// The body of a `try` with a `finally`.
    Finally {
        handler: usize,
        body: &'a [Stmt],
    },
    /// The body of an `except` clause (the exception is being handled).
    ExceptBody {
        save: Reg,
        cleanup: usize,
    },
    /// A `finally` body running because of an exception.
    FinallyExc {
        save: Reg,
        cleanup: usize,
    },
    /// The body of a `try` with `except` clauses.
    TryExcept,
    /// The body of an `except*` clause, which `break`, `continue` and
    /// `return` may not leave.
    ExceptStar,
    /// The body of a `with` block: leaving it calls `r[exit](None, None, None)`
    /// (the bound `__exit__`), positioned at the `with` statement.
    With {
        handler: usize,
        exit: Reg,
        range: TextRange,
        /// `async with`: the result of `__aexit__` is awaited.
        is_async: bool,
    },
}

/// Per-code-object compiler state, saved while compiling a nested scope.
pub(crate) struct Unit<'a> {
    pub fb: FuncBuilder,
    pub scope: usize,
    pub vars: HashMap<String, Var>,
    pub blocks: Vec<Block<'a>>,
    pub qualname: String,
}

pub(crate) struct Compiler<'a> {
    pub lines: LineIndex,
    pub filename: Name,
    pub table: SymbolTable,
    pub u: Unit<'a>,
    pub outer: Vec<Unit<'a>>,
    /// Copy variables into temporaries when used as operands (set while
    /// compiling a scope containing `:=`, which can reassign a variable in the
    /// middle of an expression).
    pub copy_locals: bool,
    /// `single` mode: module-level expression statements (also inside `if`,
    /// `for`, ... blocks) display their value.
    pub interactive: bool,
    /// Names of the classes whose bodies enclose the code being compiled,
    /// innermost last (for private name mangling).
    pub class_stack: Vec<String>,
    /// The module's `from __future__` imports.
    pub future: future::Future,
    /// The source text (for annotations kept as strings).
    pub source: &'a str,
}

/// Shared copies of a scope's variable names.
fn names_of(v: &[String]) -> Vec<Name> {
    v.iter().map(|s| Name::from(s.as_str())).collect()
}

/// Parses and compiles a module.
pub fn compile_module(source: &str, filename: &str) -> Result<CodeObject, CompileError> {
    let parsed = ruff_python_parser::parse_module(source)
        .map_err(|e| syntax::refine(source, &e.error.to_string(), e.location))?;
    syntax::check_tokens(source)?;
    let module = parsed.syntax();
    syntax::check_not_311(source, &module.body)?;
    let fut = future::scan(&module.body).map_err(CompileError::in_compiler)?;
    let table = symtable::build(module).map_err(CompileError::in_compiler)?;
    let mut c = Compiler::new(source, filename, table, "<module>");
    c.future = fut;
    c.module_body(&module.body)
        .map_err(CompileError::in_compiler)?;
    Ok(c.u.fb.finish())
}

/// Compiles source for the interactive prompt (`compile(..., 'single')`):
/// like a module, but expression statements display their value.
pub fn compile_single(source: &str, filename: &str) -> Result<CodeObject, CompileError> {
    let parsed = ruff_python_parser::parse_module(source)
        .map_err(|e| syntax::refine(source, &e.error.to_string(), e.location))?;
    syntax::check_tokens(source)?;
    let module = parsed.syntax();
    syntax::check_not_311(source, &module.body)?;
    let fut = future::scan(&module.body).map_err(CompileError::in_compiler)?;
    let table = symtable::build(module).map_err(CompileError::in_compiler)?;
    let mut c = Compiler::new(source, filename, table, "<module>");
    c.future = fut;
    c.copy_locals = c.table.scopes[0].has_walrus;
    c.interactive = true;
    if stmt::find_ann(&module.body) {
        c.emit(Instr::SetupAnnotations {});
    }
    for s in &module.body {
        c.stmt(s).map_err(CompileError::in_compiler)?;
    }
    c.implicit_return(module.body.last().map(Ranged::range));
    Ok(c.u.fb.finish())
}

/// Parses and compiles a single expression (`eval`).
pub fn compile_eval(source: &str, filename: &str) -> Result<CodeObject, CompileError> {
    // The expression must start in column 0 of its first non-blank line.
    let skipped = source.len() - source.trim_start_matches(['\n', '\r']).len();
    let rest = &source[skipped..];
    let indent = rest.len() - rest.trim_start_matches([' ', '\t', '\x0c']).len();
    if indent > 0 && !rest[indent..].starts_with(['\n', '\r', '#']) && !rest[indent..].is_empty() {
        let at = TextSize::try_from(skipped + indent).unwrap_or_default();
        return Err(CompileError::syntax(
            "unexpected indent",
            TextRange::new(at, at),
        ));
    }
    let parsed = ruff_python_parser::parse_expression(source)
        .map_err(|e| syntax::refine(source, &e.error.to_string(), e.location))?;
    let expr = parsed.syntax();
    let table = symtable::build_expr(expr).map_err(CompileError::in_compiler)?;
    let mut c = Compiler::new(source, filename, table, "<module>");
    c.u.fb.pos = c.lines.position(expr.body.range());
    let r = c.expr(&expr.body).map_err(CompileError::in_compiler)?;
    c.u.fb.emit(Instr::Return { src: r });
    Ok(c.u.fb.finish())
}

impl<'a> Compiler<'a> {
    fn new(source: &'a str, filename: &str, table: SymbolTable, name: &str) -> Compiler<'a> {
        let filename: Name = filename.into();
        let code = CodeObject {
            name: name.into(),
            qualname: name.into(),
            filename: filename.clone(),
            firstlineno: 1,
            ..CodeObject::default()
        };
        Compiler {
            lines: LineIndex::new(source),
            filename,
            table,
            u: Unit {
                fb: FuncBuilder::new(code, 0),
                scope: 0,
                vars: HashMap::new(),
                blocks: Vec::new(),
                qualname: String::new(),
            },
            outer: Vec::new(),
            copy_locals: false,
            interactive: false,
            class_stack: Vec::new(),
            future: future::Future::default(),
            source,
        }
    }

    /// Sets the position of the instructions emitted next.
    pub(crate) fn at(&mut self, range: TextRange) {
        self.u.fb.pos = self.lines.position(range);
    }

    pub(crate) fn emit(&mut self, i: Instr) {
        self.u.fb.emit(i);
    }

    fn module_body(&mut self, body: &'a [Stmt]) -> Result<(), CompileError> {
        self.copy_locals = self.table.scopes[0].has_walrus;
        if stmt::find_ann(body) {
            self.emit(Instr::SetupAnnotations {});
        }
        for s in body {
            self.stmt(s)?;
        }
        self.implicit_return(body.last().map(Ranged::range));
        Ok(())
    }

    /// `return None` at the end of a body. Always emitted, even after a
    /// `return`, so labels placed at the end of the body have an instruction.
    pub(crate) fn implicit_return(&mut self, last: Option<TextRange>) {
        if let Some(r) = last {
            let p = self.lines.position(r);
            self.u.fb.pos = Position {
                line: p.end_line,
                end_line: p.end_line,
                col: p.end_col,
                end_col: p.end_col,
            };
        }
        let t = self.u.fb.temp();
        let k = self.u.fb.add_const(Const::None);
        self.emit(Instr::LoadConst { dst: t, idx: k });
        self.emit(Instr::Return { src: t });
    }

    /// The register holding the cell for `name` (own or free) in the current
    /// scope, for building closures. A class body can hold a free variable
    /// under a name that is also a class attribute, so this does not go
    /// through `var`.
    pub(crate) fn cell_reg(&self, name: &str) -> Option<Reg> {
        let s = &self.table.scopes[self.u.scope];
        if let Some(i) = s.cellvars.iter().position(|n| n == name) {
            return Some(Reg((s.varnames.len() + i) as u16));
        }
        if let Some(i) = s.freevars.iter().position(|n| n == name) {
            return Some(Reg((s.varnames.len() + s.cellvars.len() + i) as u16));
        }
        match self.var(name) {
            Var::Cell(r) => Some(r),
            _ => None,
        }
    }

    /// `name` as an attribute name: a private name (`__x`, not ending in
    /// `__`) inside a class is mangled to `_Class__x`, as CPython does.
    pub(crate) fn mangle(&self, name: &str) -> String {
        symtable::mangle_name(self.class_stack.last().map(String::as_str), name)
    }

    /// Adds a name looked up by name (a global or a class-body name; private
    /// names are mangled inside a class) to the names table.
    pub(crate) fn global_name(&mut self, name: &str) -> NameIdx {
        self.add_attr_name(name)
    }

    /// True for a name declared `global` in the class body being compiled
    /// (loaded and stored in the module's globals, not the class namespace).
    pub(crate) fn class_global(&self, name: &str) -> bool {
        let s = &self.table.scopes[self.u.scope];
        s.kind == ScopeKind::Class
            && s.symbols.get(&self.mangle(name)) == Some(&NameScope::GlobalExplicit)
    }

    /// Adds an attribute name (mangled) to the names table.
    pub(crate) fn add_attr_name(&mut self, name: &str) -> NameIdx {
        let m = self.mangle(name);
        self.u.fb.add_name(&m)
    }

    /// Looks up how to reach `name` in the current scope.
    pub(crate) fn var(&self, name: &str) -> Var {
        if name.starts_with("__") && !self.class_stack.is_empty() {
            let m = self.mangle(name);
            return self.u.vars.get(&m).copied().unwrap_or(Var::Global);
        }
        self.u.vars.get(name).copied().unwrap_or(Var::Global)
    }

    /// Starts compiling a nested scope (function, lambda, comprehension).
    pub(crate) fn enter_scope(&mut self, scope: usize, name: &str, first_line: u32) {
        let s = &self.table.scopes[scope];
        let mut vars = HashMap::new();
        for (i, n) in s.varnames.iter().enumerate() {
            vars.insert(n.clone(), Var::Local(Reg(i as u16)));
        }
        let ncell = s.cellvars.len();
        for (i, n) in s.cellvars.iter().enumerate() {
            vars.insert(n.clone(), Var::Cell(Reg((s.varnames.len() + i) as u16)));
        }
        for (i, n) in s.freevars.iter().enumerate() {
            vars.insert(
                n.clone(),
                Var::Cell(Reg((s.varnames.len() + ncell + i) as u16)),
            );
        }
        for (n, sc) in &s.symbols {
            if matches!(sc, NameScope::GlobalExplicit | NameScope::GlobalImplicit) {
                vars.insert(n.clone(), Var::Global);
            }
        }
        let qualname = if self.u.scope == 0 {
            name.to_string()
        } else if self.table.scopes[self.u.scope].kind == ScopeKind::Class {
            format!("{}.{}", self.u.qualname, name)
        } else {
            format!("{}.<locals>.{}", self.u.qualname, name)
        };
        let mut fl = flags::OPTIMIZED | flags::NEWLOCALS;
        if !self.outer.is_empty() || self.u.scope != 0 {
            fl |= flags::NESTED;
        }
        if s.cellvars.is_empty() && s.freevars.is_empty() {
            fl |= flags::NOFREE;
        }
        fl |= match (s.is_async, s.is_generator) {
            (true, true) => flags::ASYNC_GENERATOR,
            (true, false) => flags::COROUTINE,
            (false, true) => flags::GENERATOR,
            (false, false) => 0,
        };
        let code = CodeObject {
            name: name.into(),
            qualname: qualname.as_str().into(),
            filename: self.filename.clone(),
            firstlineno: first_line,
            flags: fl,
            varnames: names_of(&s.varnames),
            cellvars: names_of(&s.cellvars),
            freevars: names_of(&s.freevars),
            ..CodeObject::default()
        };
        let first_temp = (s.varnames.len() + s.cellvars.len() + s.freevars.len()) as u32;
        let has_walrus = s.has_walrus;
        let unit = Unit {
            fb: FuncBuilder::new(code, first_temp),
            scope,
            vars,
            blocks: Vec::new(),
            qualname,
        };
        let old = std::mem::replace(&mut self.u, unit);
        self.outer.push(old);
        self.copy_locals = has_walrus;
        // Cells for captured variables; a captured parameter moves into its cell.
        let s = &self.table.scopes[scope];
        let cell_moves: Vec<(Reg, Reg)> = s
            .cellvars
            .iter()
            .enumerate()
            .map(|(i, n)| {
                let cell = Reg((s.varnames.len() + i) as u16);
                let src = s
                    .params
                    .iter()
                    .position(|p| p == n)
                    .map_or(cell, |p| Reg(p as u16));
                (cell, src)
            })
            .collect();
        for (dst, src) in cell_moves {
            self.emit(Instr::MakeCell { dst, src });
        }
    }

    /// Finishes the current nested scope and returns its code object.
    pub(crate) fn leave_scope(&mut self) -> Result<CodeObject, CompileError> {
        let parent = self.outer.pop().ok_or_else(|| {
            CompileError::syntax("internal error: scope stack empty", TextRange::default())
        })?;
        let unit = std::mem::replace(&mut self.u, parent);
        self.copy_locals = self.table.scopes[self.u.scope].has_walrus;
        if unit.fb.too_many_registers() {
            return Err(CompileError::syntax(
                "too many local variables and temporaries in one function",
                self.table.scopes[unit.scope].range,
            ));
        }
        Ok(unit.fb.finish())
    }

    /// Fills the parameter counts of the code object being built.
    pub(crate) fn set_params(&mut self, params: Option<&ast::Parameters>) {
        let Some(p) = params else { return };
        let code = &mut self.u.fb.code;
        code.posonlyargcount = p.posonlyargs.len() as u32;
        code.argcount = (p.posonlyargs.len() + p.args.len()) as u32;
        code.kwonlyargcount = p.kwonlyargs.len() as u32;
        if p.vararg.is_some() {
            code.flags |= flags::VARARGS;
        }
        if p.kwarg.is_some() {
            code.flags |= flags::VARKEYWORDS;
        }
    }

    pub(crate) fn scope_kind(&self) -> ScopeKind {
        self.table.scopes[self.u.scope].kind
    }
}
