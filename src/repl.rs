//! The interactive prompt: `>>> ` and `... ` on stderr (as CPython), each
//! complete input compiled in `single` mode (expression statements echo their
//! value) and run in `__main__`; an uncaught exception prints its traceback
//! and the prompt continues. `exit()`, `SystemExit` or end of input end it.

use crate::runtime::PyRef;
use crate::runtime::object::PyDict;
use crate::runtime::types::ExcKind;
use crate::vm::Vm;
use std::io::{BufRead, Write};

/// Runs the prompt until end of input; returns the exit status.
pub fn run(vm: &mut Vm, globals: &PyRef<PyDict>, banner: bool) -> i32 {
    if banner {
        eprintln!(
            "pyjit {} (Python 3.11 compatible) on {}\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.",
            env!("CARGO_PKG_VERSION"),
            std::env::consts::OS
        );
    }
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    loop {
        let mut source = String::new();
        let mut prompt = ">>> ";
        loop {
            vm.flush();
            eprint!("{prompt}");
            let _ = std::io::stderr().flush();
            let line = match lines.next() {
                Some(Ok(l)) => l,
                _ => {
                    eprintln!();
                    return 0;
                }
            };
            let blank = line.trim().is_empty();
            source.push_str(&line);
            source.push('\n');
            match completeness(&source) {
                Complete::Yes => break,
                Complete::NeedsBlankLine if blank => break,
                Complete::Empty => {
                    source.clear();
                    break;
                }
                _ => prompt = "... ",
            }
        }
        if source.trim().is_empty() {
            continue;
        }
        let result = crate::compiler::compile_single(&source, "<stdin>")
            .map_err(|e| {
                crate::vm::compile::syntax_error_in(
                    &e,
                    &source,
                    "<stdin>",
                    crate::vm::compile::Mode::Single,
                )
            })
            .and_then(|code| {
                crate::bytecode::verify::verify(&code)
                    .map_err(|e| crate::runtime::PyErr::new(ExcKind::SystemError, e.to_string()))?;
                vm.run_code(
                    PyRef::new(crate::runtime::PyCode::new(code)),
                    globals.clone(),
                )
            });
        if let Err(e) = result {
            if e.matches(ExcKind::SystemExit) {
                return crate::run::report(vm, &e);
            }
            vm.print_exception(&e);
        }
    }
}

enum Complete {
    /// Runs as it is.
    Yes,
    /// Nothing to run (blank lines, comments).
    Empty,
    /// More lines are needed (open brackets, a `:` block just started).
    More,
    /// A compound statement: runs after a blank line.
    NeedsBlankLine,
}

/// Decides, as CPython's `codeop` does in effect, whether `source` can run.
fn completeness(source: &str) -> Complete {
    if source.lines().all(|l| {
        let t = l.trim();
        t.is_empty() || t.starts_with('#')
    }) {
        return Complete::Empty;
    }
    let first = source.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let opens_block = source
        .lines()
        .any(|l| l.split('#').next().unwrap_or("").trim_end().ends_with(':'));
    let ends_continued = source.trim_end_matches('\n').ends_with('\\');
    match ruff_python_parser::parse_module(source) {
        Ok(_) if opens_block || first.starts_with([' ', '\t']) => Complete::NeedsBlankLine,
        Ok(_) if ends_continued => Complete::More,
        Ok(_) => Complete::Yes,
        Err(e) => {
            let at_end = e.location.start().to_usize() >= source.trim_end().len();
            let msg = e.error.to_string();
            if at_end || msg.contains("never closed") || ends_continued {
                Complete::More
            } else {
                // A real error: report it now.
                Complete::Yes
            }
        }
    }
}
