//! The driver: sets up a VM (and the JIT hook) for a script, `-c` command,
//! `-m` module, cache file or standard input, runs it, and turns the outcome
//! into an exit status the way CPython does (uncaught exception: traceback and
//! status 1; `SystemExit`: its code).

use crate::runtime::object::{PyDict, PyModule};
use crate::runtime::types::ExcKind;
use crate::runtime::{PyCode, PyErr, PyRef, Value};
use crate::vm::{Config, Tier, Vm};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

/// What to run.
pub enum Target {
    /// A script file (source, or a cache file when it ends in `.pyc`).
    File(PathBuf),
    /// `-c CODE`.
    Command(String),
    /// `-m MODULE`.
    Module(String),
    /// Standard input: the interactive prompt on a terminal, else a script;
    /// `true` when it was named as `-` (which becomes `sys.argv[0]`).
    Stdin(bool),
}

/// Runs `target` with `args` as `sys.argv[1:]` and returns the exit status.
pub fn run(config: Config, target: Target, args: Vec<String>) -> i32 {
    if let Target::Module(m) = &target {
        match m.as_str() {
            "compileall" => return crate::precompile::compileall_main(&args, &config),
            "py_compile" => return crate::precompile::py_compile_main(&args, &config),
            _ => {}
        }
    }
    let cwd = std::env::current_dir()
        .map(|d| d.to_string_lossy().into_owned())
        .unwrap_or_default();
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
        // Replaced by the module's file once it is found, as runpy does.
        Target::Module(_) => ("-m".to_string(), cwd),
        Target::Stdin(dash) => (
            if *dash {
                "-".to_string()
            } else {
                String::new()
            },
            String::new(),
        ),
    };
    let mut path = vec![path0];
    if let Ok(pp) = std::env::var("PYTHONPATH") {
        path.extend(pp.split(':').filter(|s| !s.is_empty()).map(str::to_string));
    }
    let mut argv = vec![argv0];
    argv.extend(args);
    let tier = config.tier;
    let jit_log = config.jit_log;
    let interactive = config.interactive;
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
    let globals = main_module(&mut vm);
    let stdin_tty = std::io::stdin().is_terminal();
    let status = match target {
        Target::Stdin(_) if stdin_tty || interactive => {
            let status = crate::repl::run(&mut vm, &globals, true);
            return finish(&mut vm, status);
        }
        Target::Stdin(_) => {
            let mut src = String::new();
            if std::io::Read::read_to_string(&mut std::io::stdin(), &mut src).is_err() {
                eprintln!("pyjit: cannot read stdin");
                return 2;
            }
            run_source(&mut vm, &src, "<stdin>", &globals)
        }
        Target::Command(src) => run_source(&mut vm, &src, "<string>", &globals),
        Target::File(p) => match load_file(&mut vm, &p, &globals) {
            Ok(Some(code)) => run_main(&mut vm, code, &globals),
            Ok(None) => return 2,
            Err(e) => report(&mut vm, &e),
        },
        Target::Module(name) => match vm.prepare_main_module(&name, &globals) {
            Ok((code, file)) => {
                set_argv0(&vm, &file);
                run_main(&mut vm, code, &globals)
            }
            Err(e) if e.matches(ExcKind::ImportError) => {
                vm.flush();
                let exe = std::env::current_exe()
                    .map(|p| p.to_string_lossy().into_owned())
                    .unwrap_or_else(|_| "pyjit".to_string());
                let msg = crate::runtime::repr::exception_str(&e.exc).unwrap_or_default();
                // runpy names the module without quotes.
                let msg = match msg
                    .strip_prefix("No module named '")
                    .and_then(|m| m.strip_suffix('\''))
                {
                    Some(name) => format!("No module named {name}"),
                    None => msg,
                };
                eprintln!("{exe}: {msg}");
                1
            }
            Err(e) => report(&mut vm, &e),
        },
    };
    if interactive {
        let status = crate::repl::run(&mut vm, &globals, false);
        vm.release_main_globals(&globals);
        return finish(&mut vm, status);
    }
    // Interpreter exit: `__main__`'s globals go (their `__del__` methods run).
    vm.release_main_globals(&globals);
    finish(&mut vm, status)
}

fn finish(vm: &mut Vm, status: i32) -> i32 {
    vm.flush();
    status
}

/// Creates `__main__` and returns its dict.
fn main_module(vm: &mut Vm) -> PyRef<PyDict> {
    let globals = vm.new_module_dict("__main__");
    {
        let mut g = globals.table.borrow_mut();
        g.insert_str("__doc__", Value::None);
        g.insert_str("__package__", Value::None);
        g.insert_str("__spec__", Value::None);
    }
    let main = PyRef::new(PyModule {
        name: "__main__".to_string(),
        dict: globals.clone(),
    });
    vm.modules
        .table
        .borrow_mut()
        .insert_str("__main__", Value::Module(main));
    globals
}

fn set_argv0(vm: &Vm, file: &str) {
    if let Some(sys) = &vm.sys
        && let Some(Value::List(argv)) = sys.dict.table.borrow().get_str("argv")
        && let Some(first) = argv.items.borrow_mut().first_mut()
    {
        *first = Value::str(file);
    }
}

/// Runs `code` as `__main__`; returns the exit status.
fn run_main(vm: &mut Vm, code: PyRef<PyCode>, globals: &PyRef<PyDict>) -> i32 {
    match vm.run_code(code, globals.clone()) {
        Ok(_) => 0,
        Err(e) => report(vm, &e),
    }
}

fn run_source(vm: &mut Vm, src: &str, filename: &str, globals: &PyRef<PyDict>) -> i32 {
    match crate::vm::compile::compile_to_pycode(src, filename) {
        Ok(code) => run_main(vm, code, globals),
        Err(e) => report(vm, &e),
    }
}

/// Compiles or loads the main script. `Ok(None)` after reporting a file that
/// cannot be opened (exit status 2, as CPython).
fn load_file(
    vm: &mut Vm,
    p: &Path,
    globals: &PyRef<PyDict>,
) -> Result<Option<PyRef<PyCode>>, PyErr> {
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
    globals
        .table
        .borrow_mut()
        .insert_str("__cached__", Value::None);
    let code = if is_cache_file(p) {
        crate::vm::cache::load_cache_file(vm, &bytes, &filename)?
    } else {
        let text = crate::vm::compile::decode_source(
            &bytes,
            &filename,
            crate::vm::compile::SourceOf::Script,
        )?;
        crate::vm::compile::compile_to_pycode(&text, &filename)?
    };
    Ok(Some(code))
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
pub fn report(vm: &mut Vm, e: &PyErr) -> i32 {
    if e.matches(ExcKind::SystemExit) {
        // `code` as the program sees it (assignable, a tuple for several args).
        let code = vm
            .getattr(&Value::Exception(e.exc.clone()), "code")
            .unwrap_or(Value::None);
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
        let text = crate::vm::compile::decode_source(
            &bytes,
            &filename,
            crate::vm::compile::SourceOf::Script,
        )
        .map_err(|e| crate::vm::exc::exception_summary(&e.exc))?;
        crate::compiler::compile_module(&text, &filename).map_err(|e| {
            let err = crate::vm::compile::syntax_error(&e, &text, &filename);
            crate::vm::exc::exception_summary(&err.exc)
        })?
    };
    Ok(crate::bytecode::dis::disassemble(&code))
}
