//! The symbol table: which scope each name lives in.
//!
//! A first pass over the AST records, per scope (module, function, lambda,
//! comprehension), the names it binds, uses and declares `global`/`nonlocal`,
//! and its child scopes. `analyze` then resolves each name to local, cell
//! (local but captured by an inner function), free (from an enclosing
//! function), or global, following CPython's rules: module-level names are
//! global, a function's bound names are local unless declared otherwise, and an
//! unbound name is free when an enclosing function binds it, else global.
//! Scopes are keyed by the address of their AST node, so codegen can find the
//! table for each node it compiles.
//!
//! Names are recorded mangled (`__x` inside class `C` is `_C__x`, also in
//! functions nested in the class). An assignment expression inside a
//! comprehension binds its target in the nearest enclosing function (the
//! comprehension declares it nonlocal) or module (declared global), with
//! PEP 572's errors for iteration variables, iterable expressions and class
//! bodies. A value-less annotation `x: int` makes `x` local to a function
//! without putting it in `co_varnames` unless code uses it.

use super::CompileError;
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, ExprContext, Stmt};
use ruff_text_size::{Ranged, TextRange};
use std::collections::{HashMap, HashSet};

/// Where a name lives, as seen from one scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    Local,
    /// Local and captured by an inner scope: lives in a cell.
    Cell,
    /// A variable of an enclosing function.
    Free,
    /// Declared `global`.
    GlobalExplicit,
    /// Not bound in any enclosing function.
    GlobalImplicit,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    Lambda,
    Comprehension,
    /// A class body: its names live in the class namespace (a dict), and
    /// are not visible to the functions defined in it.
    Class,
}

/// The resolved table of one scope.
#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    /// Parameter names in declaration order (positional, kw-only, *args, **kwargs).
    pub params: Vec<String>,
    /// Names bound here, in order of first appearance.
    bound_order: Vec<String>,
    bound: HashSet<String>,
    /// Names bound here only by `import` (which may still be declared
    /// global or nonlocal afterwards, as CPython allows).
    imported_only: HashSet<String>,
    used: Vec<String>,
    globals: HashSet<String>,
    nonlocals: HashSet<String>,
    pub children: Vec<usize>,
    /// Final classification.
    pub symbols: HashMap<String, NameScope>,
    /// Local variable names (params first), cell names, free names, in register order.
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    /// Node range, for error messages.
    pub range: TextRange,
    /// True when the scope contains a walrus (`:=`).
    pub has_walrus: bool,
    /// True when the scope contains `yield` or `yield from` (or is a
    /// generator expression): calling it makes a generator.
    pub is_generator: bool,
    /// True for `async def` scopes.
    pub is_async: bool,
    /// Where each `nonlocal` name was declared (for error locations).
    nonlocal_at: HashMap<String, TextRange>,
    /// The first `global`/`nonlocal` declaration (or implicit one made by a
    /// `:=` in a comprehension) of each name, for error locations.
    directives: HashMap<String, TextRange>,
    /// Names annotated as simple targets (`x: int`).
    annotated: HashSet<String>,
    /// Names annotated without a value (`x: int`): local to a function, but
    /// only in `co_varnames` when code uses them.
    ann_only: HashSet<String>,
    /// Comprehension iteration variables (their `:=` rebinding is an error).
    comp_iter_vars: HashSet<String>,
    /// Nesting depth of comprehension iterable expressions being visited in
    /// this scope (`:=` is not allowed there).
    comp_iter_expr: u32,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, range: TextRange) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            params: Vec::new(),
            bound_order: Vec::new(),
            bound: HashSet::new(),
            imported_only: HashSet::new(),
            used: Vec::new(),
            globals: HashSet::new(),
            nonlocals: HashSet::new(),
            children: Vec::new(),
            symbols: HashMap::new(),
            varnames: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            range,
            has_walrus: false,
            is_generator: false,
            is_async: false,
            nonlocal_at: HashMap::new(),
            directives: HashMap::new(),
            annotated: HashSet::new(),
            ann_only: HashSet::new(),
            comp_iter_vars: HashSet::new(),
            comp_iter_expr: 0,
        }
    }

    fn bind(&mut self, name: &str) {
        self.imported_only.remove(name);
        if self.bound.insert(name.to_string()) {
            self.bound_order.push(name.to_string());
        }
    }

    fn bind_import(&mut self, name: &str) {
        if !self.bound.contains(name) {
            self.imported_only.insert(name.to_string());
        }
        if self.bound.insert(name.to_string()) {
            self.bound_order.push(name.to_string());
        }
    }

    /// The classification of `name` (global for names never seen).
    pub fn lookup(&self, name: &str) -> NameScope {
        self.symbols
            .get(name)
            .copied()
            .unwrap_or(NameScope::GlobalImplicit)
    }
}

/// All scopes of a module; scope 0 is the module.
#[derive(Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
}

impl SymbolTable {
    /// The scope created by the AST node at `node`.
    pub fn scope_of<T>(&self, node: &T) -> Option<usize> {
        self.by_node.get(&(node as *const T as usize)).copied()
    }
}

struct Builder {
    scopes: Vec<Scope>,
    stack: Vec<usize>,
    by_node: HashMap<usize, usize>,
    error: Option<CompileError>,
    /// Names of the enclosing classes, innermost last (private name mangling).
    private: Vec<String>,
    /// True while visiting a comprehension's `for` target.
    comp_target: bool,
}

/// CPython's private name mangling: inside class `cls`, `__x` (not ending in
/// `__`, without a dot) becomes `_cls__x` with the class name's leading
/// underscores stripped; a class named only with underscores mangles nothing.
pub fn mangle_name(cls: Option<&str>, name: &str) -> String {
    if let Some(cls) = cls
        && name.starts_with("__")
        && !name.ends_with("__")
        && !name.contains('.')
    {
        let stripped = cls.trim_start_matches('_');
        if !stripped.is_empty() {
            return format!("_{stripped}{name}");
        }
    }
    name.to_string()
}

impl Builder {
    fn mangle(&self, name: &str) -> String {
        mangle_name(self.private.last().map(String::as_str), name)
    }

    /// Binds `name` (mangled) in the current scope.
    fn bind(&mut self, name: &str) {
        let m = self.mangle(name);
        self.cur().bind(&m);
    }

    /// `name := value` inside a comprehension binds `name` in the nearest
    /// enclosing function or module (PEP 572), declaring it nonlocal or
    /// global in the comprehension.
    fn extend_named_scope(&mut self, name: &str, range: TextRange) {
        let name = self.mangle(name);
        for i in (0..self.stack.len()).rev() {
            let id = self.stack[i];
            match self.scopes[id].kind {
                ScopeKind::Comprehension => {
                    if self.scopes[id].comp_iter_vars.contains(&name) {
                        self.error(
                            format!(
                                "assignment expression cannot rebind comprehension iteration variable '{name}'"
                            ),
                            range,
                        );
                        return;
                    }
                }
                ScopeKind::Function | ScopeKind::Lambda => {
                    let global = self.scopes[id].globals.contains(&name);
                    let cur = self.cur();
                    if global {
                        cur.globals.insert(name.clone());
                    } else {
                        cur.nonlocals.insert(name.clone());
                        cur.nonlocal_at.entry(name.clone()).or_insert(range);
                    }
                    cur.directives.entry(name.clone()).or_insert(range);
                    self.scopes[id].bind(&name);
                    return;
                }
                ScopeKind::Module => {
                    let cur = self.cur();
                    cur.globals.insert(name.clone());
                    cur.directives.entry(name.clone()).or_insert(range);
                    self.scopes[id].bind(&name);
                    return;
                }
                ScopeKind::Class => {
                    self.error(
                        "assignment expression within a comprehension cannot be used in a class body"
                            .to_string(),
                        range,
                    );
                    return;
                }
            }
        }
    }

    fn cur(&mut self) -> &mut Scope {
        let i = *self.stack.last().unwrap_or(&0);
        &mut self.scopes[i]
    }

    fn push_scope<T>(&mut self, node: &T, kind: ScopeKind, name: &str, range: TextRange) -> usize {
        let id = self.scopes.len();
        self.scopes.push(Scope::new(kind, name, range));
        let parent = *self.stack.last().unwrap_or(&0);
        if id != 0 {
            self.scopes[parent].children.push(id);
        }
        self.by_node.insert(node as *const T as usize, id);
        self.stack.push(id);
        id
    }

    fn pop_scope(&mut self) {
        self.stack.pop();
    }

    fn error(&mut self, msg: String, range: TextRange) {
        if self.error.is_none() {
            self.error = Some(CompileError::syntax(msg, range));
        }
    }

    fn add_params(&mut self, params: &ast::Parameters) {
        let mut names = Vec::new();
        let mut ranges = Vec::new();
        for p in params
            .posonlyargs
            .iter()
            .chain(params.args.iter())
            .chain(params.kwonlyargs.iter())
        {
            names.push(self.mangle(&p.parameter.name.id));
            ranges.push(p.parameter.name.range);
        }
        for p in [&params.vararg, &params.kwarg].into_iter().flatten() {
            names.push(self.mangle(&p.name.id));
            ranges.push(p.name.range);
        }
        let mut seen = HashSet::new();
        for (n, r) in names.iter().zip(&ranges) {
            if !seen.insert(n.clone()) {
                self.error(
                    format!("duplicate argument '{n}' in function definition"),
                    *r,
                );
            }
            self.cur().bind(n);
        }
        self.cur().params = names;
    }

    /// A `global`/`nonlocal` declaration of `name` must come before any use
    /// or binding of it in the scope (CPython's messages).
    fn check_declaration(&mut self, name: &str, what: &str, range: TextRange) {
        let scope = self.cur();
        let msg = if scope.params.iter().any(|p| p == name) {
            format!("name '{name}' is parameter and {what}")
        } else if scope.used.iter().any(|u| u == name) {
            format!("name '{name}' is used prior to {what} declaration")
        } else if scope.annotated.contains(name) {
            format!("annotated name '{name}' can't be {what}")
        } else if scope.bound.contains(name) && !scope.imported_only.contains(name) {
            format!("name '{name}' is assigned to before {what} declaration")
        } else {
            return;
        };
        self.error(msg, range);
    }

    /// Parameter defaults and annotations are evaluated in the enclosing scope.
    fn visit_param_defaults(&mut self, params: &ast::Parameters) {
        for p in params
            .posonlyargs
            .iter()
            .chain(params.args.iter())
            .chain(params.kwonlyargs.iter())
        {
            if let Some(d) = &p.default {
                self.visit_expr(d);
            }
        }
    }

    /// Parameter and return annotations, evaluated in the enclosing scope.
    fn visit_param_annotations(&mut self, params: &ast::Parameters, returns: Option<&Expr>) {
        for p in params
            .posonlyargs
            .iter()
            .chain(params.args.iter())
            .chain(params.kwonlyargs.iter())
        {
            if let Some(a) = &p.parameter.annotation {
                self.visit_expr(a);
            }
        }
        for p in [&params.vararg, &params.kwarg].into_iter().flatten() {
            if let Some(a) = &p.annotation {
                self.visit_expr(a);
            }
        }
        if let Some(r) = returns {
            self.visit_expr(r);
        }
    }

    /// `x: T = v`: a simple name target is annotated (and bound when there
    /// is a value); CPython rejects annotating a `global`/`nonlocal` name
    /// outside the module.
    fn visit_ann_assign(&mut self, a: &ast::StmtAnnAssign) {
        if let Expr::Name(n) = &*a.target {
            let id = self.mangle(&n.id);
            let at_module = self.cur().kind == ScopeKind::Module;
            let cur = self.cur();
            let global = cur.globals.contains(&id);
            if a.simple && !at_module && (global || cur.nonlocals.contains(&id)) {
                let what = if global { "global" } else { "nonlocal" };
                self.error(format!("annotated name '{id}' can't be {what}"), a.range);
                return;
            }
            let cur = self.cur();
            if a.simple {
                cur.annotated.insert(id.clone());
            }
            if a.value.is_some() {
                cur.bind(&id);
            } else if a.simple {
                cur.ann_only.insert(id);
            }
        } else {
            self.visit_expr(&a.target);
        }
        self.visit_expr(&a.annotation);
        if let Some(v) = &a.value {
            self.visit_expr(v);
        }
    }

    fn visit_comprehension_scope<'a>(
        &mut self,
        node: &'a Expr,
        name: &str,
        generators: &'a [ast::Comprehension],
        elts: &[&'a Expr],
    ) {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = generators.first() {
            self.cur().comp_iter_expr += 1;
            self.visit_expr(&first.iter);
            self.cur().comp_iter_expr -= 1;
        }
        self.push_scope(node, ScopeKind::Comprehension, name, node.range());
        self.cur().bind(".0");
        self.cur().params = vec![".0".to_string()];
        for (i, g) in generators.iter().enumerate() {
            self.comp_target = true;
            self.visit_expr(&g.target);
            self.comp_target = false;
            if i > 0 {
                self.cur().comp_iter_expr += 1;
                self.visit_expr(&g.iter);
                self.cur().comp_iter_expr -= 1;
            }
            for cond in &g.ifs {
                self.visit_expr(cond);
            }
        }
        for e in elts {
            if let Expr::Starred(st) = e {
                self.error(
                    "iterable unpacking cannot be used in comprehension".to_string(),
                    st.range,
                );
            }
            self.visit_expr(e);
        }
        // An asynchronous comprehension (`async for`, or an `await` inside)
        // is a coroutine (an async generator for a generator expression).
        if generators.iter().any(|g| g.is_async) {
            self.cur().is_async = true;
        }
        let is_async = self.cur().is_async;
        self.pop_scope();
        if is_async && name != "<genexpr>" {
            // Its result is awaited in the enclosing scope.
            let outer = self.cur();
            match outer.kind {
                ScopeKind::Comprehension => outer.is_async = true,
                ScopeKind::Function if outer.is_async => {}
                _ => self.error(
                    "asynchronous comprehension outside of an asynchronous function".to_string(),
                    node.range(),
                ),
            }
        }
    }
}

impl<'a> Visitor<'a> for Builder {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.visit_expr(&d.expression);
                }
                self.visit_param_defaults(&f.parameters);
                self.visit_param_annotations(&f.parameters, f.returns.as_deref());
                self.bind(&f.name.id);
                self.push_scope(f, ScopeKind::Function, &f.name.id, f.range);
                self.cur().is_async = f.is_async;
                self.add_params(&f.parameters);
                for s in &f.body {
                    self.visit_stmt(s);
                }
                self.pop_scope();
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.visit_expr(&d.expression);
                }
                if let Some(args) = &c.arguments {
                    for a in args.args.iter() {
                        self.visit_expr(a);
                    }
                    for k in args.keywords.iter() {
                        self.visit_expr(&k.value);
                    }
                }
                self.bind(&c.name.id);
                self.push_scope(c, ScopeKind::Class, &c.name.id, c.range);
                self.private.push(c.name.id.to_string());
                for s in &c.body {
                    self.visit_stmt(s);
                }
                self.private.pop();
                self.pop_scope();
            }
            Stmt::For(ast::StmtFor {
                is_async: true,
                range,
                ..
            })
            | Stmt::With(ast::StmtWith {
                is_async: true,
                range,
                ..
            }) => {
                let cur = self.cur();
                if !(cur.kind == ScopeKind::Function && cur.is_async) {
                    let what = if matches!(stmt, Stmt::For(_)) {
                        "'async for' outside async function"
                    } else {
                        "'async with' outside async function"
                    };
                    self.error(what.to_string(), *range);
                }
                visitor::walk_stmt(self, stmt);
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    let id = self.mangle(&n.id);
                    self.check_declaration(&id, "global", g.range);
                    self.cur().globals.insert(id.clone());
                    self.cur().directives.entry(id).or_insert(g.range);
                }
            }
            Stmt::AnnAssign(a) => self.visit_ann_assign(a),
            Stmt::Return(r) => {
                if matches!(self.cur().kind, ScopeKind::Module | ScopeKind::Class) {
                    self.error("'return' outside function".to_string(), r.range);
                }
                visitor::walk_stmt(self, stmt);
            }
            Stmt::Nonlocal(nl) => {
                for n in &nl.names {
                    if self.cur().kind == ScopeKind::Module {
                        self.error(
                            "nonlocal declaration not allowed at module level".to_string(),
                            nl.range,
                        );
                    }
                    let id = self.mangle(&n.id);
                    self.check_declaration(&id, "nonlocal", nl.range);
                    self.cur().nonlocals.insert(id.clone());
                    self.cur().nonlocal_at.insert(id.clone(), nl.range);
                    self.cur().directives.entry(id).or_insert(nl.range);
                }
            }
            Stmt::Import(imp) => {
                for a in &imp.names {
                    let bound = match &a.asname {
                        Some(asn) => asn.id.to_string(),
                        None => a.name.id.split('.').next().unwrap_or("").to_string(),
                    };
                    let m = self.mangle(&bound);
                    self.cur().bind_import(&m);
                }
            }
            Stmt::ImportFrom(imp) => {
                for a in &imp.names {
                    if a.name.id.as_str() == "*" {
                        if self.cur().kind != ScopeKind::Module {
                            self.error(
                                "import * only allowed at module level".to_string(),
                                a.range,
                            );
                        }
                        continue;
                    }
                    let bound = a.asname.as_ref().unwrap_or(&a.name).id.to_string();
                    let m = self.mangle(&bound);
                    self.cur().bind_import(&m);
                }
            }
            Stmt::Try(t) => {
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(n) = &h.name {
                        self.bind(&n.id);
                    }
                }
                visitor::walk_stmt(self, stmt);
            }
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    fn visit_pattern(&mut self, pattern: &'a ast::Pattern) {
        // Capture patterns bind names (they are identifiers, not `Expr::Name`).
        match pattern {
            ast::Pattern::MatchAs(ast::PatternMatchAs { name: Some(n), .. })
            | ast::Pattern::MatchStar(ast::PatternMatchStar { name: Some(n), .. })
            | ast::Pattern::MatchMapping(ast::PatternMatchMapping { rest: Some(n), .. }) => {
                self.bind(&n.id);
            }
            _ => {}
        }
        visitor::walk_pattern(self, pattern);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(n) => match n.ctx {
                ExprContext::Store | ExprContext::Del => {
                    let id = self.mangle(&n.id);
                    if self.comp_target && n.ctx == ExprContext::Store {
                        let cur = self.cur();
                        if cur.globals.contains(&id) || cur.nonlocals.contains(&id) {
                            self.error(
                                format!(
                                    "comprehension inner loop cannot rebind assignment expression target '{id}'"
                                ),
                                n.range,
                            );
                        }
                        self.cur().comp_iter_vars.insert(id.clone());
                    }
                    self.cur().bind(&id);
                }
                _ => {
                    let id = self.mangle(&n.id);
                    // `super()` in a method needs the class: the method gets
                    // `__class__` as a free variable (CPython's rule).
                    if id == "super" && self.cur().kind != ScopeKind::Class {
                        self.cur().used.push("__class__".to_string());
                    }
                    self.cur().used.push(id);
                }
            },
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.visit_param_defaults(p);
                }
                self.push_scope(l, ScopeKind::Lambda, "<lambda>", l.range);
                if let Some(p) = &l.parameters {
                    self.add_params(p);
                }
                self.visit_expr(&l.body);
                self.pop_scope();
            }
            Expr::ListComp(c) => {
                self.visit_comprehension_scope(expr, "<listcomp>", &c.generators, &[&c.elt])
            }
            Expr::SetComp(c) => {
                self.visit_comprehension_scope(expr, "<setcomp>", &c.generators, &[&c.elt])
            }
            Expr::Generator(c) => {
                self.visit_comprehension_scope(expr, "<genexpr>", &c.generators, &[&c.elt]);
                if let Some(&id) = self.by_node.get(&(expr as *const Expr as usize)) {
                    self.scopes[id].is_generator = true;
                }
            }
            Expr::DictComp(c) => {
                let mut elts: Vec<&Expr> = Vec::new();
                if let Some(k) = &c.key {
                    elts.push(k);
                }
                elts.push(&c.value);
                self.visit_comprehension_scope(expr, "<dictcomp>", &c.generators, &elts)
            }
            Expr::Named(nx) => {
                self.cur().has_walrus = true;
                if self.cur().comp_iter_expr > 0 {
                    self.error(
                        "assignment expression cannot be used in a comprehension iterable expression"
                            .to_string(),
                        nx.range,
                    );
                }
                if self.cur().kind == ScopeKind::Comprehension
                    && let Expr::Name(t) = &*nx.target
                {
                    self.extend_named_scope(&t.id, t.range);
                }
                self.visit_expr(&nx.value);
                self.visit_expr(&nx.target);
            }
            Expr::Yield(_) | Expr::YieldFrom(_) => {
                let kind = self.cur().kind;
                let what = if matches!(expr, Expr::Yield(_)) {
                    "'yield'"
                } else {
                    "'yield from'"
                };
                match kind {
                    ScopeKind::Module | ScopeKind::Class => {
                        self.error(format!("{what} outside function"), expr.range());
                    }
                    ScopeKind::Comprehension => {
                        self.error(format!("{what} inside list comprehension"), expr.range());
                    }
                    _ => {
                        if matches!(expr, Expr::YieldFrom(_)) && self.cur().is_async {
                            self.error(
                                "'yield from' inside async function".to_string(),
                                expr.range(),
                            );
                        }
                        self.cur().is_generator = true;
                    }
                }
                visitor::walk_expr(self, expr);
            }
            Expr::Await(_) => {
                if self.cur().kind == ScopeKind::Comprehension {
                    // Makes the comprehension asynchronous (checked where
                    // the comprehension ends).
                    self.cur().is_async = true;
                } else if !self.cur().is_async {
                    let msg = if matches!(self.cur().kind, ScopeKind::Function | ScopeKind::Lambda)
                    {
                        "'await' outside async function"
                    } else {
                        "'await' outside function"
                    };
                    self.error(msg.to_string(), expr.range());
                }
                visitor::walk_expr(self, expr);
            }
            _ => visitor::walk_expr(self, expr),
        }
    }
}

/// Builds and resolves the symbol table of a module.
pub fn build(module: &ast::ModModule) -> Result<SymbolTable, CompileError> {
    build_with(module, module.range, |b| {
        for s in &module.body {
            b.visit_stmt(s);
        }
    })
}

/// Builds the table for a single expression (`eval` mode).
pub fn build_expr(expr: &ast::ModExpression) -> Result<SymbolTable, CompileError> {
    build_with(expr, expr.range, |b| b.visit_expr(&expr.body))
}

/// Records the module scope of `root`, lets `visit` walk its contents, then
/// resolves every scope.
fn build_with<T>(
    root: &T,
    range: TextRange,
    visit: impl FnOnce(&mut Builder),
) -> Result<SymbolTable, CompileError> {
    let mut b = Builder {
        scopes: Vec::new(),
        stack: Vec::new(),
        by_node: HashMap::new(),
        error: None,
        private: Vec::new(),
        comp_target: false,
    };
    b.push_scope(root, ScopeKind::Module, "<module>", range);
    visit(&mut b);
    if let Some(e) = b.error {
        return Err(e);
    }
    let mut table = SymbolTable {
        scopes: b.scopes,
        by_node: b.by_node,
    };
    analyze(&mut table, 0, &HashSet::new())?;
    Ok(table)
}

/// Resolves scope `id`; `enclosing` holds the names bound by enclosing function
/// scopes. Returns the free names this scope needs from above.
fn analyze(
    table: &mut SymbolTable,
    id: usize,
    enclosing: &HashSet<String>,
) -> Result<HashSet<String>, CompileError> {
    let is_module = table.scopes[id].kind == ScopeKind::Module;
    let is_class = table.scopes[id].kind == ScopeKind::Class;
    let (locals, nonlocals, globals) = {
        let s = &table.scopes[id];
        let mut locals: Vec<String> = s
            .bound_order
            .iter()
            .filter(|n| !s.globals.contains(*n) && !s.nonlocals.contains(*n))
            .cloned()
            .collect();
        let mut ann: Vec<&String> = s
            .ann_only
            .iter()
            .filter(|n| {
                !s.bound.contains(*n) && !s.globals.contains(*n) && !s.nonlocals.contains(*n)
            })
            .collect();
        ann.sort();
        locals.extend(ann.into_iter().cloned());
        (locals, s.nonlocals.clone(), s.globals.clone())
    };
    let mut both: Vec<&String> = nonlocals.iter().filter(|n| globals.contains(*n)).collect();
    both.sort_by_key(|n| table.scopes[id].directives.get(*n).map(|r| r.start()));
    if let Some(n) = both.first() {
        let s = &table.scopes[id];
        return Err(CompileError::syntax(
            format!("name '{n}' is nonlocal and global"),
            s.directives.get(*n).copied().unwrap_or(s.range),
        ));
    }
    let mut nonlocal_sorted: Vec<&String> = nonlocals.iter().collect();
    nonlocal_sorted.sort_by_key(|n| table.scopes[id].nonlocal_at.get(*n).map(|r| r.start()));
    for n in nonlocal_sorted {
        if !enclosing.contains(n) {
            let s = &table.scopes[id];
            return Err(CompileError::syntax(
                format!("no binding for nonlocal '{n}' found"),
                s.nonlocal_at.get(n).copied().unwrap_or(s.range),
            ));
        }
    }
    let local_set: HashSet<String> = locals.iter().cloned().collect();
    let child_enclosing: HashSet<String> = if is_module {
        HashSet::new()
    } else if is_class {
        // Class-level names are not visible inside methods; `__class__` is.
        enclosing
            .iter()
            .filter(|n| !globals.contains(*n))
            .cloned()
            .chain(std::iter::once("__class__".to_string()))
            .collect()
    } else {
        enclosing
            .iter()
            .filter(|n| !globals.contains(*n))
            .cloned()
            .chain(local_set.iter().cloned())
            .collect()
    };
    let mut cells: Vec<String> = Vec::new();
    let mut free: Vec<String> = Vec::new();
    let children = table.scopes[id].children.clone();
    for child in children {
        let child_free = analyze(table, child, &child_enclosing)?;
        let mut child_free: Vec<String> = child_free.into_iter().collect();
        child_free.sort();
        for n in child_free {
            if is_class && n == "__class__" {
                if !cells.contains(&n) {
                    cells.push(n);
                }
            } else if is_class {
                // Passed through from an enclosing function.
                if !free.contains(&n) {
                    free.push(n);
                }
            } else if local_set.contains(&n) {
                if !cells.contains(&n) {
                    cells.push(n);
                }
            } else if !is_module && !free.contains(&n) {
                free.push(n);
            }
        }
    }
    let s = &mut table.scopes[id];
    let mut symbols = HashMap::new();
    for n in &s.used {
        let scope = if is_module {
            NameScope::GlobalImplicit
        } else if is_class && local_set.contains(n) {
            // Class namespace: looked up by name (locals, globals, builtins).
            NameScope::GlobalImplicit
        } else if globals.contains(n) {
            NameScope::GlobalExplicit
        } else if local_set.contains(n) {
            NameScope::Local
        } else if nonlocals.contains(n) || enclosing.contains(n) {
            if !free.contains(n) {
                free.push(n.clone());
            }
            NameScope::Free
        } else {
            NameScope::GlobalImplicit
        };
        symbols.insert(n.clone(), scope);
    }
    for n in &nonlocals {
        if !free.contains(n) {
            free.push(n.clone());
        }
    }
    for n in &globals {
        symbols.insert(n.clone(), NameScope::GlobalExplicit);
    }
    if is_module {
        for n in &locals {
            symbols.insert(n.clone(), NameScope::GlobalImplicit);
        }
    } else if is_class {
        for n in &locals {
            symbols.insert(n.clone(), NameScope::GlobalImplicit);
        }
        s.varnames = Vec::new();
        s.cellvars = cells;
        s.freevars = free.clone();
    } else {
        for n in &locals {
            symbols.insert(n.clone(), NameScope::Local);
        }
        for n in &cells {
            symbols.insert(n.clone(), NameScope::Cell);
        }
        for n in &free {
            symbols.insert(n.clone(), NameScope::Free);
        }
        // Register order: parameters first, then the other locals.
        let mut varnames = s.params.clone();
        for n in &locals {
            let unused_annotation =
                !s.bound.contains(n) && s.ann_only.contains(n) && !s.used.contains(n);
            if !varnames.contains(n) && !cells.contains(n) && !unused_annotation {
                varnames.push(n.clone());
            }
        }
        s.varnames = varnames;
        s.cellvars = cells;
        s.freevars = free.clone();
    }
    s.symbols = symbols;
    Ok(free.into_iter().collect())
}
