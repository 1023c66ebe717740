//! The driver: sets up a VM (and the JIT hook) for a script, `-c` command or
//! cache file, runs it, and turns the outcome into an exit status the way
//! CPython does (uncaught exception: traceback and status 1; `SystemExit`:
//! its code).

use crate::runtime::types::ExcKind;
use crate::runtime::{PyErr, PyRef, Value};
use crate::vm::{Config, Tier, Vm};
use std::path::{Path, PathBuf};

/// What to run.
pub enum Target {
    /// A script file (source, or a cache file when it ends in `.pyc`).
    File(PathBuf),
    /// `-c CODE`.
    Command(String),
}

/// Runs `target` with `args` as `sys.argv[1:]` and returns the exit status.
pub fn run(config: Config, target: Target, args: Vec<String>) -> i32 {
    let (argv0, path0) = match &target {
        Target::File(p) => {
            let abs = crate::vm::import::absolute(p);
            let dir = abs
                .parent()
                .map(|d| d.to_string_lossy().into_owned())
                .unwrap_or_default();
            (p.to_string_lossy().into_owned(), dir)
        }
        Target::Command(_) => ("-c".to_string(), String::new()),
    };
    let mut path = vec![path0];
    if let Ok(pp) = std::env::var("PYTHONPATH") {
        path.extend(pp.split(':').filter(|s| !s.is_empty()).map(str::to_string));
    }
    let mut argv = vec![argv0];
    argv.extend(args);
    let tier = config.tier;
    let jit_log = config.jit_log;
    let mut vm = match Vm::new(config, argv, path) {
        Ok(vm) => vm,
        Err(e) => {
            eprintln!("pyjit: {e}");
            return 1;
        }
    };
    if tier != Tier::Interp {
        vm.tier_hook = Some(Box::new(crate::jit::Jit::new(jit_log)));
    }
    let status = match load_main(&mut vm, &target) {
        Ok(Some((code, globals))) => match vm.run_code(code, globals) {
            Ok(_) => 0,
            Err(e) => report(&mut vm, &e),
        },
        Ok(None) => 2,
        Err(e) => report(&mut vm, &e),
    };
    vm.flush();
    status
}

type MainCode = (
    PyRef<crate::runtime::PyCode>,
    PyRef<crate::runtime::object::PyDict>,
);

/// Compiles or loads the main code object. `Ok(None)` after reporting a file
/// that cannot be opened (exit status 2, as CPython).
fn load_main(vm: &mut Vm, target: &Target) -> Result<Option<MainCode>, PyErr> {
    let globals = vm.new_module_dict("__main__");
    let main = PyRef::new(crate::runtime::object::PyModule {
        name: "__main__".to_string(),
        dict: globals.clone(),
    });
    vm.modules
        .table
        .borrow_mut()
        .insert_str("__main__", Value::Module(main));
    {
        let mut g = globals.table.borrow_mut();
        g.insert_str("__doc__", Value::None);
        g.insert_str("__package__", Value::None);
        g.insert_str("__cached__", Value::None);
    }
    let code = match target {
        Target::Command(src) => crate::vm::compile::compile_to_pycode(src, "<string>")?,
        Target::File(p) => {
            let abs = crate::vm::import::absolute(p);
            let filename = abs.to_string_lossy().into_owned();
            let bytes = match std::fs::read(p) {
                Ok(b) => b,
                Err(e) => {
                    vm.flush();
                    eprintln!(
                        "pyjit: can't open file '{}': [Errno {}] {}",
                        filename,
                        e.raw_os_error().unwrap_or(0),
                        errno_text(&e)
                    );
                    return Ok(None);
                }
            };
            globals
                .table
                .borrow_mut()
                .insert_str("__file__", Value::str(&filename));
            if is_cache_file(p) {
                crate::vm::cache::load_cache_file(vm, &bytes, &filename)?
            } else {
                let text = String::from_utf8_lossy(&bytes).into_owned();
                crate::vm::compile::compile_to_pycode(&text, &filename)?
            }
        }
    };
    Ok(Some((code, globals)))
}

fn is_cache_file(p: &Path) -> bool {
    p.extension().is_some_and(|e| e == "pyc")
}

fn errno_text(e: &std::io::Error) -> String {
    let s = e.to_string();
    // io::Error prints "No such file or directory (os error 2)".
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// Prints an uncaught exception (or handles `SystemExit`) and returns the
/// exit status.
fn report(vm: &mut Vm, e: &PyErr) -> i32 {
    if e.matches(ExcKind::SystemExit) {
        let code = e.exc.args.borrow().first().cloned().unwrap_or(Value::None);
        return match code {
            Value::None => 0,
            Value::Int(i) => (i & 0xff) as i32,
            Value::Bool(b) => i32::from(b),
            other => {
                vm.flush();
                eprintln!(
                    "{}",
                    crate::runtime::repr::str_of(&other).unwrap_or_default()
                );
                1
            }
        };
    }
    vm.print_exception(e);
    1
}

/// Disassembles every code object of a source or cache file.
pub fn disassemble_file(p: &Path) -> Result<String, String> {
    let bytes = std::fs::read(p)
        .map_err(|e| format!("can't open file '{}': {}", p.display(), errno_text(&e)))?;
    let filename = crate::vm::import::absolute(p)
        .to_string_lossy()
        .into_owned();
    let code = if is_cache_file(p) {
        crate::vm::cache::code_from_cache_bytes(&bytes)
            .map_err(|e| format!("{}: {e}", p.display()))?
    } else {
        let text = String::from_utf8_lossy(&bytes).into_owned();
        crate::compiler::compile_module(&text, &filename).map_err(|e| {
            let err = crate::vm::compile::syntax_error(&e, &text, &filename);
            let mut vm_text = String::new();
            vm_text.push_str(&crate::vm::exc::exception_summary(&err.exc));
            vm_text
        })?
    };
    Ok(crate::bytecode::dis::disassemble(&code))
}
