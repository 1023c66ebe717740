//! The import system: `import a.b.c`, `from . import x`, `from m import *`.
//!
//! Modules are looked up in `sys.modules`, then among the built-in Rust
//! modules, then as files on `sys.path` (or the parent package's `__path__`):
//! a package directory with `__init__.py`, a module `name.py`, a legacy
//! sourceless `name.pyc`, or a namespace package directory. Source modules go
//! through the cache (`load_source_code`): a valid `__pycache__` file is loaded
//! instead of compiling, otherwise the source is compiled and the cache written.

use super::Vm;
use crate::runtime::object::{PyDict, PyModule};
use crate::runtime::types::{ExcKind, PyErr, PyResult};
use crate::runtime::{PyCode, PyRef, Value, repr};
use std::path::{Path, PathBuf};

/// Where a module was found.
enum Found {
    Source(PathBuf),
    Package(PathBuf, PathBuf),
    Sourceless(PathBuf),
    Namespace(Vec<PathBuf>),
}

fn module_not_found(name: &str) -> PyErr {
    let e = PyErr::new(
        ExcKind::ModuleNotFoundError,
        format!("No module named '{name}'"),
    );
    set_exc_attr(&e, "name", Value::str(name));
    e
}

fn set_exc_attr(e: &PyErr, name: &str, v: Value) {
    let mut slot = e.exc.dict.borrow_mut();
    let d = slot.get_or_insert_with(|| PyRef::new(PyDict::new()));
    d.table.borrow_mut().insert_str(name, v);
}

fn import_error(msg: String) -> PyErr {
    PyErr::new(ExcKind::ImportError, msg)
}

/// A module's `__spec__`: a `ModuleSpec` attribute bag.
fn new_spec(
    name: &str,
    origin: &Value,
    cached: &Value,
    parent: &str,
    locations: Option<Value>,
) -> Value {
    let d = PyRef::new(PyDict::new());
    {
        let mut t = d.table.borrow_mut();
        t.insert_str("name", Value::str(name));
        t.insert_str("loader", Value::None);
        t.insert_str("origin", origin.clone());
        t.insert_str(
            "submodule_search_locations",
            locations.unwrap_or(Value::None),
        );
        t.insert_str("cached", cached.clone());
        t.insert_str("parent", Value::str(parent));
        t.insert_str("has_location", Value::Bool(!origin.is_none()));
    }
    let ty = crate::runtime::types::with_types(|t| t.module_spec.clone());
    Value::Namespace(PyRef::new_typed(
        crate::runtime::object::PyNamespace { dict: d },
        ty,
    ))
}

impl Vm {
    fn sys_path(&self) -> Vec<String> {
        let Some(sys) = &self.sys else {
            return Vec::new();
        };
        match sys.dict.table.borrow().get_str("path") {
            Some(Value::List(l)) => l
                .items
                .borrow()
                .iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect(),
            _ => Vec::new(),
        }
    }

    /// True unless caches must not be written (`-B`, the environment, or
    /// `sys.dont_write_bytecode` set by the program).
    pub fn may_write_bytecode(&self) -> bool {
        if self.config.dont_write_bytecode {
            return false;
        }
        match &self.sys {
            Some(sys) => !sys
                .dict
                .table
                .borrow()
                .get_str("dont_write_bytecode")
                .is_some_and(|v| crate::runtime::ops::truthy(&v)),
            None => true,
        }
    }

    /// Prints a `-v` trace line to stderr.
    pub fn trace_import(&mut self, msg: &str) {
        if self.config.verbose > 0 {
            self.flush();
            eprintln!("{msg}");
        }
    }

    /// The `ImportName` instruction.
    pub fn import_name(
        &mut self,
        name: &str,
        fromlist: &Value,
        level: u32,
        globals: &PyRef<PyDict>,
    ) -> PyResult<Value> {
        let absolute = if level > 0 {
            resolve_relative(name, level, globals)?
        } else {
            name.to_string()
        };
        if absolute.is_empty() {
            return Err(PyErr::new(ExcKind::ValueError, "Empty module name"));
        }
        let mut module = Value::None;
        let mut parent: Option<Value> = None;
        let mut prefix = String::new();
        for part in absolute.split('.') {
            if !prefix.is_empty() {
                prefix.push('.');
            }
            prefix.push_str(part);
            module = self.import_one(&prefix, parent.as_ref())?;
            parent = Some(module.clone());
        }
        let has_fromlist = matches!(fromlist, Value::Tuple(t) if !t.items.is_empty());
        if has_fromlist {
            // `from pkg import sub` imports submodules that are not attributes yet.
            if let (Value::Tuple(t), Value::Module(m)) = (fromlist, &module) {
                let is_pkg = m.dict.table.borrow().get_str("__path__").is_some();
                if is_pkg {
                    for item in t.items.iter() {
                        let Some(n) = item.as_str() else { continue };
                        if n == "*" || m.dict.table.borrow().get_str(n).is_some() {
                            continue;
                        }
                        let sub = format!("{absolute}.{n}");
                        match self.import_one(&sub, Some(&module)) {
                            Ok(_) => {}
                            Err(e)
                                if e.matches(ExcKind::ModuleNotFoundError)
                                    && exc_name(&e) == sub => {}
                            Err(e) => return Err(e),
                        }
                    }
                }
            }
            return Ok(module);
        }
        if level == 0 {
            let top = absolute.split('.').next().unwrap_or(&absolute);
            if let Some(m) = self.modules.table.borrow().get_str(top) {
                return Ok(m);
            }
        }
        Ok(module)
    }

    /// Imports one module whose parent (if any) is already imported.
    fn import_one(&mut self, fullname: &str, parent: Option<&Value>) -> PyResult<Value> {
        if let Some(m) = self.modules.table.borrow().get_str(fullname) {
            if m.is_none() {
                return Err(module_not_found(fullname)
                    .also_msg(format!("import of {fullname} halted; None in sys.modules")));
            }
            return Ok(m);
        }
        if (parent.is_none() || super::stdlib::SUBMODULES.contains(&fullname))
            && let Some(m) = super::modules::builtin_module(self, fullname)
        {
            self.trace_import(&format!(
                "import '{fullname}' # <class '_frozen_importlib.BuiltinImporter'>"
            ));
            let v = Value::Module(m);
            self.modules
                .table
                .borrow_mut()
                .insert_str(fullname, v.clone());
            if let (Some(Value::Module(p)), Some((_, last))) = (parent, fullname.rsplit_once('.')) {
                p.dict.table.borrow_mut().insert_str(last, v.clone());
            }
            return Ok(v);
        }
        let search = self.search_path(fullname, parent)?;
        let last = fullname.rsplit('.').next().unwrap_or(fullname);
        let Some(found) = find(&search, last) else {
            return Err(module_not_found(fullname));
        };
        let module = self.load_found(fullname, found)?;
        if let Some(Value::Module(p)) = parent {
            p.dict.table.borrow_mut().insert_str(last, module.clone());
        }
        Ok(module)
    }

    /// Where submodules of `parent` (or top-level modules) are looked for.
    fn search_path(&mut self, fullname: &str, parent: Option<&Value>) -> PyResult<Vec<String>> {
        Ok(match parent {
            Some(Value::Module(p)) => match p.dict.table.borrow().get_str("__path__") {
                Some(Value::List(l)) => l
                    .items
                    .borrow()
                    .iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect(),
                _ => {
                    return Err(module_not_found(fullname).also_msg(format!(
                        "No module named '{fullname}'; '{}' is not a package",
                        p.name
                    )));
                }
            },
            _ => self.sys_path(),
        })
    }

    fn load_found(&mut self, fullname: &str, found: Found) -> PyResult<Value> {
        let dict = self.new_module_dict(fullname);
        let module = Value::Module(PyRef::new(PyModule {
            name: fullname.to_string(),
            dict: dict.clone(),
        }));
        let code = self.prepare_module(fullname, &found, &dict)?;
        self.modules
            .table
            .borrow_mut()
            .insert_str(fullname, module.clone());
        let spec = match dict.table.borrow().get_str("__spec__") {
            Some(Value::Namespace(s)) => Some(s),
            _ => None,
        };
        let mark = |on: bool| {
            if let Some(s) = &spec {
                s.dict
                    .table
                    .borrow_mut()
                    .insert_str("_initializing", Value::Bool(on));
            }
        };
        mark(true);
        let ran = match code {
            Some(code) => self.run_code(code, dict),
            None => Ok(Value::None),
        };
        mark(false);
        if let Err(e) = ran {
            let _ = self
                .modules
                .table
                .borrow_mut()
                .remove(&Value::str(fullname));
            return Err(e);
        }
        // A module may replace itself in sys.modules.
        Ok(self
            .modules
            .table
            .borrow()
            .get_str(fullname)
            .unwrap_or(module))
    }

    /// Fills a module's dict (`__package__`, `__file__`, `__cached__`,
    /// `__path__`, `__spec__`) for module `fullname` found as `found`, and
    /// gets its code object (from the cache or by compiling). Namespace
    /// packages have no code.
    fn prepare_module(
        &mut self,
        fullname: &str,
        found: &Found,
        dict: &PyRef<PyDict>,
    ) -> PyResult<Option<PyRef<PyCode>>> {
        let is_package = matches!(found, Found::Package(..) | Found::Namespace(_));
        let parent = fullname
            .rsplit_once('.')
            .map_or(String::new(), |(p, _)| p.to_string());
        let package = if is_package {
            fullname.to_string()
        } else {
            parent.clone()
        };
        let path_str = |p: &Path| Value::string(p.to_string_lossy().into_owned());
        let search_locations = match found {
            Found::Package(dir, _) => Some(Value::list(vec![path_str(dir)])),
            Found::Namespace(dirs) => Some(Value::list(dirs.iter().map(|d| path_str(d)).collect())),
            _ => None,
        };
        let (code, origin, cached) = match found {
            Found::Namespace(_) => {
                self.trace_import(&format!("import '{fullname}' # namespace package"));
                (None, Value::None, Value::None)
            }
            Found::Source(path) | Found::Package(_, path) => {
                let (code, cached) = self.load_source_code(path, fullname)?;
                let cached = cached.map_or(Value::None, |c| path_str(&c));
                (Some(code), path_str(path), cached)
            }
            Found::Sourceless(path) => {
                let code = self.load_sourceless_code(path, fullname)?;
                // A sourceless module is its own cache file.
                (Some(code), path_str(path), path_str(path))
            }
        };
        let spec = new_spec(
            fullname,
            &origin,
            &cached,
            &package,
            search_locations.clone(),
        );
        let mut t = dict.table.borrow_mut();
        t.insert_str("__package__", Value::string(package));
        t.insert_str("__doc__", Value::None);
        t.insert_str("__file__", origin);
        t.insert_str("__spec__", spec);
        if !matches!(found, Found::Namespace(_)) {
            t.insert_str("__cached__", cached);
        }
        if let Some(locations) = search_locations {
            t.insert_str("__path__", locations);
        }
        Ok(code)
    }

    /// Prepares module `name` to run as the main module (`pyjit -m name`):
    /// imports its parent packages, finds it (a package runs its
    /// `__main__` submodule), fills `main_dict` as that module's dict (with
    /// `__name__` kept as `'__main__'`) and returns its code and file path.
    pub fn prepare_main_module(
        &mut self,
        name: &str,
        main_dict: &PyRef<PyDict>,
    ) -> PyResult<(PyRef<PyCode>, String)> {
        let mut name = name.to_string();
        for _ in 0..2 {
            let parent = match name.rsplit_once('.') {
                Some((p, _)) => {
                    Some(self.import_name(p, &Value::tuple(vec![Value::str("*")]), 0, main_dict)?)
                }
                None => None,
            };
            let search = self.search_path(&name, parent.as_ref())?;
            let last = name.rsplit('.').next().unwrap_or(&name).to_string();
            let Some(found) = find(&search, &last) else {
                return Err(match name.strip_suffix(".__main__") {
                    Some(pkg) => module_not_found(&name).also_msg(format!(
                        "No module named {name}; '{pkg}' is a package and cannot be directly \
                         executed"
                    )),
                    None => module_not_found(&name),
                });
            };
            if matches!(found, Found::Package(..) | Found::Namespace(_)) {
                // A package runs as its __main__ submodule, after importing it.
                self.import_name(&name, &Value::tuple(vec![Value::str("*")]), 0, main_dict)?;
                name = format!("{name}.__main__");
                continue;
            }
            let code = self.prepare_module(&name, &found, main_dict)?;
            let file = match main_dict.table.borrow().get_str("__file__") {
                Some(Value::Str(s)) => s.as_str().to_string(),
                _ => String::new(),
            };
            return code
                .map(|c| (c, file))
                .ok_or_else(|| module_not_found(&name));
        }
        let pkg = name.trim_end_matches(".__main__").to_string();
        Err(import_error(format!(
            "No module named {name}; '{pkg}' is a package and cannot be directly executed"
        )))
    }

    /// `from module import name`.
    pub fn import_from(&mut self, module: &Value, name: &str) -> PyResult<Value> {
        match self.getattr(module, name) {
            Ok(v) => Ok(v),
            Err(e) if e.matches(ExcKind::AttributeError) => {
                let Value::Module(m) = module else {
                    return Err(e);
                };
                let sub = format!("{}.{name}", m.name);
                if let Some(v) = self.modules.table.borrow().get_str(&sub) {
                    return Ok(v);
                }
                let file = m.dict.table.borrow().get_str("__file__");
                let location = match &file {
                    Some(Value::Str(f)) => f.as_str().to_string(),
                    _ => "unknown location".to_string(),
                };
                let initializing = match m.dict.table.borrow().get_str("__spec__") {
                    Some(Value::Namespace(spec)) => spec
                        .dict
                        .table
                        .borrow()
                        .get_str("_initializing")
                        .is_some_and(|v| crate::runtime::ops::truthy(&v)),
                    _ => false,
                };
                let err = import_error(if initializing {
                    format!(
                        "cannot import name '{name}' from partially initialized module '{}' \
                         (most likely due to a circular import) ({location})",
                        m.name
                    )
                } else {
                    format!("cannot import name '{name}' from '{}' ({location})", m.name)
                });
                set_exc_attr(&err, "name", Value::str(&m.name));
                set_exc_attr(&err, "path", file.unwrap_or(Value::None));
                Err(err)
            }
            Err(e) => Err(e),
        }
    }

    /// `from module import *`.
    pub fn import_star(&mut self, module: &Value, globals: &PyRef<PyDict>) -> PyResult<()> {
        let Value::Module(m) = module else {
            return Err(import_error("import * from a non-module".to_string()));
        };
        let all = m.dict.table.borrow().get_str("__all__");
        let names: Vec<Value> = match all {
            Some(a) => self.collect(&a)?,
            None => m
                .dict
                .table
                .borrow()
                .keys()
                .into_iter()
                .filter(|k| k.as_str().is_some_and(|s| !s.starts_with('_')))
                .collect(),
        };
        for n in names {
            let Some(s) = n.as_str() else {
                return Err(PyErr::new(
                    ExcKind::TypeError,
                    "Item in __all__ must be str",
                ));
            };
            let v = self.getattr(module, s)?;
            globals.table.borrow_mut().insert(n.clone(), v)?;
        }
        Ok(())
    }

    /// Compiles (or loads from the cache) a source module. Returns the code
    /// and the cache path that applies to it.
    pub fn load_source_code(
        &mut self,
        path: &Path,
        fullname: &str,
    ) -> PyResult<(PyRef<PyCode>, Option<PathBuf>)> {
        super::cache::load_source_code(self, path, fullname)
    }

    /// Loads a legacy sourceless `.pyc` module.
    pub fn load_sourceless_code(&mut self, path: &Path, fullname: &str) -> PyResult<PyRef<PyCode>> {
        super::cache::load_sourceless(self, path, fullname)
    }
}

trait AlsoMsg {
    fn also_msg(self, msg: String) -> PyErr;
}

impl AlsoMsg for PyErr {
    fn also_msg(self, msg: String) -> PyErr {
        *self.exc.args.borrow_mut() = vec![Value::string(msg)];
        self
    }
}

fn exc_name(e: &PyErr) -> String {
    e.exc
        .dict
        .borrow()
        .as_ref()
        .and_then(|d| d.table.borrow().get_str("name"))
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// Finds module `name` in the directories `search`.
fn find(search: &[String], name: &str) -> Option<Found> {
    let mut namespace = Vec::new();
    for dir in search {
        let base = if dir.is_empty() {
            PathBuf::from(".")
        } else {
            PathBuf::from(dir)
        };
        let pkg = base.join(name);
        let init = pkg.join("__init__.py");
        if init.is_file() {
            return Some(Found::Package(absolute(&pkg), absolute(&init)));
        }
        let src = base.join(format!("{name}.py"));
        if src.is_file() {
            return Some(Found::Source(absolute(&src)));
        }
        let pyc = base.join(format!("{name}.pyc"));
        if pyc.is_file() {
            return Some(Found::Sourceless(absolute(&pyc)));
        }
        if pkg.is_dir() {
            namespace.push(absolute(&pkg));
        }
    }
    if namespace.is_empty() {
        None
    } else {
        Some(Found::Namespace(namespace))
    }
}

/// Makes a path absolute without resolving symlinks (as CPython's path hooks).
pub fn absolute(p: &Path) -> PathBuf {
    let joined = if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir()
            .map(|d| d.join(p))
            .unwrap_or_else(|_| p.to_path_buf())
    };
    // Normalise `.` components.
    let mut out = PathBuf::new();
    for c in joined.components() {
        match c {
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

/// The absolute name for a relative import of `name` at `level`.
pub(crate) fn resolve_relative(
    name: &str,
    level: u32,
    globals: &PyRef<PyDict>,
) -> PyResult<String> {
    let g = globals.table.borrow();
    let package = match g.get_str("__package__") {
        Some(Value::Str(s)) if !s.as_str().is_empty() => s.as_str().to_string(),
        _ => {
            let modname = g
                .get_str("__name__")
                .map(|v| repr::str_of(&v).unwrap_or_default())
                .unwrap_or_default();
            if g.get_str("__path__").is_some() {
                modname
            } else {
                modname
                    .rsplit_once('.')
                    .map_or(String::new(), |(p, _)| p.to_string())
            }
        }
    };
    if package.is_empty() {
        return Err(import_error(
            "attempted relative import with no known parent package".to_string(),
        ));
    }
    let parts: Vec<&str> = package.split('.').collect();
    let keep = parts.len() as i64 - (i64::from(level) - 1);
    if keep <= 0 {
        return Err(import_error(
            "attempted relative import beyond top-level package".to_string(),
        ));
    }
    let base = parts[..keep as usize].join(".");
    Ok(if name.is_empty() {
        base
    } else {
        format!("{base}.{name}")
    })
}
