//! Helpers shared by the command-line tests: run the `pyjit` binary with an
//! environment that does not leak the machine's settings (the machines set
//! PYTHONDONTWRITEBYTECODE=1; tests that want it set it themselves).

#![allow(dead_code)]

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// The binary under test, with the cache- and path-related environment
/// variables removed.
pub fn pyjit() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_pyjit"));
    c.env_remove("PYTHONDONTWRITEBYTECODE");
    c.env_remove("PYTHONPYCACHEPREFIX");
    c.env_remove("PYTHONPATH");
    c.env_remove("SOURCE_DATE_EPOCH");
    c
}

/// Runs `pyjit ARGS` in `dir` and waits for it.
pub fn run_in(dir: &Path, args: &[&str]) -> Output {
    pyjit()
        .current_dir(dir)
        .args(args)
        .output()
        .expect("run pyjit")
}

/// Runs `pyjit ARGS` in `dir` with `input` on its stdin.
pub fn run_with_stdin(dir: &Path, args: &[&str], input: &str) -> Output {
    let mut child = pyjit()
        .current_dir(dir)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn pyjit");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write stdin");
    child.wait_with_output().expect("wait for pyjit")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}
