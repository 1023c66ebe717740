//! `pyjit -m py_compile [-q] FILE...`: CPython 3.11's `py_compile` command.
//!
//! Each file is compiled to its cache path (`__pycache__/NAME.pyjit-N.pyc`,
//! or under `PYTHONPYCACHEPREFIX`), whatever its extension and whether or
//! not the cache is up to date. The first failure ends the command with
//! status 1, printing the error to stderr (nothing with `-q`): a syntax error
//! as its traceback-style text, an I/O error as its `str()`, without a
//! newline, exactly as CPython's `parser.exit(1, msg)` does. `-` as the only
//! argument reads the file names from stdin, one a line.

use super::argparse::{Kind, Parser, Spec};
use super::{Failure, Job, compile_source, default_invalidation, err_text, text_lines};
use crate::pyc;
use crate::vm::Config;
use std::ffi::OsString;
use std::io::Read;
use std::path::Path;

const USAGE: &str = "usage: py_compile.py [-h] [-q] filenames [filenames ...]";

const HELP: &str = "usage: py_compile.py [-h] [-q] filenames [filenames ...]

A simple command-line interface for py_compile module.

positional arguments:
  filenames    Files to compile

options:
  -h, --help   show this help message and exit
  -q, --quiet  Suppress error output";

const SPECS: &[Spec] = &[
    Spec {
        names: &["-h", "--help"],
        key: "help",
        kind: Kind::Help,
    },
    Spec {
        names: &["-q", "--quiet"],
        key: "q",
        kind: Kind::Flag,
    },
];

const PARSER: Parser = Parser {
    prog: "py_compile.py",
    usage: USAGE,
    help: HELP,
    specs: SPECS,
    required_positional: Some("filenames"),
};

/// `pyjit -m py_compile ARGS`: 0 when every file compiled, 1 at the first
/// failure, 2 for a bad command line.
pub fn py_compile_main(args: &[String], config: &Config) -> i32 {
    let parsed = match PARSER.parse(args) {
        Ok(p) => p,
        Err(status) => return status,
    };
    let quiet = parsed.flag("q");
    let filenames: Vec<OsString> = if parsed.positionals == ["-"] {
        let mut buf = Vec::new();
        if let Err(e) = std::io::stdin().read_to_end(&mut buf) {
            if !quiet {
                err_text(&e.to_string());
            }
            return 1;
        }
        let text = String::from_utf8_lossy(&buf);
        text_lines(&text).into_iter().map(OsString::from).collect()
    } else {
        parsed.positionals.iter().map(OsString::from).collect()
    };
    let invalidation = default_invalidation();
    for file in &filenames {
        let cfile = pyc::cache_path(Path::new(file), config.pycache_prefix.as_deref());
        let job = Job {
            file,
            cfile: &cfile,
            dfile: None,
            invalidation,
        };
        if let Err(failure) = compile_source(&job) {
            if !quiet {
                match failure {
                    Failure::Compile(msg) | Failure::Os { msg, .. } => err_text(&msg),
                }
            }
            return 1;
        }
    }
    0
}
