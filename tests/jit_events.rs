//! The JIT really runs (and deoptimises) where the golden cases expect it to:
//! these tests read `--jit-log` under the default tier and check that the
//! events happen and that the program's output is still CPython's.

use std::process::Command;

fn run(src: &str) -> (String, String, i32) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("prog.py");
    std::fs::write(&path, src).expect("write");
    let o = Command::new(env!("CARGO_BIN_EXE_pyjit"))
        .arg("--jit-log")
        .arg(&path)
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .output()
        .expect("run pyjit");
    (
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
        o.status.code().unwrap_or(-1),
    )
}

#[test]
fn hot_function_is_compiled_then_deopts_on_new_types() {
    let (out, log, status) = run("def add(a, b):\n    return a + b\n\
         t = 0\nfor i in range(10000):\n    t = add(t, i)\nprint(t)\n\
         print(add(1.5, 2.25))\nprint(add('ab', 'cd'))\n");
    assert_eq!(status, 0, "{log}");
    assert_eq!(out, "49995000\n3.75\nabcd\n");
    assert!(log.contains("[jit] compile add"), "{log}");
    assert!(log.contains("[jit] deopt add"), "{log}");
}

#[test]
fn long_loop_in_a_function_called_once_enters_by_osr() {
    let (out, log, status) = run(
        "def main():\n    s = 0\n    for i in range(200000):\n        s += i * 2\n    return s\nprint(main())\n",
    );
    assert_eq!(status, 0, "{log}");
    assert_eq!(out, "39999800000\n");
    assert!(log.contains("[jit] osr enter main"), "{log}");
}

#[test]
fn overflow_in_compiled_code_continues_in_big_ints() {
    let (out, log, status) = run(
        // Compiled while x stays small (the limit resets it), then called
        // with a limit that lets x overflow i64 inside compiled code.
        "def grow(limit):\n    x = 1\n    last = 0\n    for i in range(150):\n        x = x * 3\n        if x > limit:\n            last = x\n            x = 1\n    return x, last\n\
         for _ in range(100):\n    grow(10**15)\nprint(grow(5 * 10**18))\n",
    );
    assert_eq!(status, 0, "{log}");
    assert_eq!(out, "(205891132094649, 12157665459056928801)\n");
    assert!(log.contains("int overflow"), "{log}");
}

#[test]
fn exception_in_compiled_code_has_the_right_traceback_line() {
    let (out, log, status) = run(
        "def f(n):\n    t = 0\n    for i in range(n):\n        t += 10 // (5000 - i)\n    return t\n\
         print(f(4000))\nprint(f(6000))\n",
    );
    assert_eq!(status, 1);
    assert_eq!(out, "0\n");
    assert!(
        log.contains("[jit] compile f") || log.contains("[jit] osr enter f"),
        "{log}"
    );
    assert!(
        log.contains("line 4, in f\n    t += 10 // (5000 - i)\n"),
        "{log}"
    );
    assert!(
        log.ends_with("ZeroDivisionError: integer division or modulo by zero\n"),
        "{log}"
    );
}
