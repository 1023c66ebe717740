//! Imports, `-m`, `-v`, sourceless modules and the interactive prompt,
//! observed from outside: each test runs the `pyjit` binary in a fresh
//! temporary directory with the environment set explicitly (the machines set
//! PYTHONDONTWRITEBYTECODE=1) and inspects its output and the files it leaves.

mod common;
use common::*;

use std::path::{Path, PathBuf};
use std::process::Output;

fn write(dir: &Path, rel: &str, text: &str) -> PathBuf {
    let p = dir.join(rel);
    if let Some(parent) = p.parent() {
        std::fs::create_dir_all(parent).expect("mkdir");
    }
    std::fs::write(&p, text).expect("write file");
    p
}

fn cache_of(dir: &Path, stem: &str) -> PathBuf {
    dir.join("__pycache__")
        .join(format!("{stem}.{}.pyc", pyjit::pyc::cache_tag()))
}

fn no_crash(o: &Output) {
    let err = stderr(o);
    assert!(!err.contains("panicked"), "pyjit panicked: {err}");
    assert!(o.status.code().is_some(), "pyjit killed by a signal: {err}");
}

#[test]
fn runtime_dont_write_bytecode_stops_writes_but_caches_are_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    write(d, "m.py", "X = 7\n");
    write(
        d,
        "main.py",
        "import sys\nsys.dont_write_bytecode = True\nimport m\nprint(m.X)\n",
    );
    let o = run_in(d, &["-v", "main.py"]);
    assert_eq!(stdout(&o), "7\n", "{}", stderr(&o));
    assert!(!cache_of(d, "m").exists(), "cache written despite the flag");
    assert!(stderr(&o).contains("(compiled)"), "{}", stderr(&o));
    assert!(stderr(&o).contains("writing disabled"), "{}", stderr(&o));
    // A cache written by an ordinary run is still read with the flag set.
    let o = run_in(d, &["-c", "import m"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let cache = cache_of(d, "m");
    assert!(cache.exists());
    let o = run_in(d, &["-v", "main.py"]);
    assert_eq!(stdout(&o), "7\n");
    let expect = format!("# code object from '{}'", cache.display());
    assert!(stderr(&o).contains(&expect), "{}", stderr(&o));
}

#[test]
fn legacy_sourceless_pyc_imports_without_source() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    write(d, "m.py", "X = 41\ndef f():\n    return X + 1\n");
    let o = run_in(d, &["-c", "import m"]);
    assert!(o.status.success(), "{}", stderr(&o));
    std::fs::rename(cache_of(d, "m"), d.join("m.pyc")).expect("move cache");
    std::fs::remove_file(d.join("m.py")).expect("rm source");
    std::fs::remove_dir_all(d.join("__pycache__")).expect("rm pycache");
    let o = run_in(
        d,
        &[
            "-v",
            "-c",
            "import m\nprint(m.f(), m.__file__.endswith('m.pyc'), m.__cached__ == m.__file__)",
        ],
    );
    assert_eq!(stdout(&o), "42 True True\n", "{}", stderr(&o));
    assert!(stderr(&o).contains("(sourceless)"), "{}", stderr(&o));
    // Nothing new is written for a sourceless module.
    assert!(!d.join("__pycache__").exists());
}

#[test]
fn pycache_file_without_its_source_is_not_imported() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    write(d, "n.py", "X = 1\n");
    let o = run_in(d, &["-c", "import n"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(cache_of(d, "n").exists());
    std::fs::remove_file(d.join("n.py")).expect("rm source");
    let o = run_in(d, &["-c", "import n"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("ModuleNotFoundError: No module named 'n'"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn crafted_sourceless_files_are_clear_errors_naming_the_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    write(d, "m.py", "X = 41\n");
    let o = run_in(d, &["-c", "import m"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let good = std::fs::read(cache_of(d, "m")).expect("cache");
    std::fs::remove_file(d.join("m.py")).expect("rm source");
    std::fs::remove_dir_all(d.join("__pycache__")).expect("rm pycache");
    let mut bad_magic = good.clone();
    bad_magic[0] ^= 0xff;
    let mut bad_body = good.clone();
    let last = bad_body.len() - 1;
    bad_body.truncate(last.max(17));
    let mut garbage = good[..16].to_vec();
    garbage.extend_from_slice(&[0xff; 40]);
    for (what, bytes) in [
        ("magic", bad_magic),
        ("truncated", bad_body),
        ("body", garbage),
    ] {
        std::fs::write(d.join("m.pyc"), &bytes).expect("write pyc");
        let o = run_in(d, &["-c", "import m"]);
        no_crash(&o);
        assert_eq!(o.status.code(), Some(1), "{what}: {}", stderr(&o));
        let err = stderr(&o);
        assert!(err.contains("ImportError"), "{what}: {err}");
        assert!(err.contains("m.pyc"), "{what}: {err}");
        // Run directly, the same file is an error naming it too.
        let o = run_in(d, &["m.pyc"]);
        no_crash(&o);
        assert_eq!(o.status.code(), Some(1), "{what}: {}", stderr(&o));
        assert!(stderr(&o).contains("m.pyc"), "{what}: {}", stderr(&o));
    }
}

#[test]
fn verbose_traces_where_code_came_from_and_why() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let src = write(d, "m.py", "X = 1\n");
    let cache = cache_of(d, "m");
    let o = run_in(d, &["-v", "-c", "import m"]);
    let err = stderr(&o);
    assert!(
        err.contains(&format!(
            "# code object from '{}' (compiled)",
            src.display()
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!("# created '{}'", cache.display())),
        "{err}"
    );
    assert!(
        err.contains(&format!("import 'm' # from '{}'", src.display())),
        "{err}"
    );
    let o = run_in(d, &["-v", "-c", "import m"]);
    let err = stderr(&o);
    assert!(
        err.contains(&format!("# {} matches {}", cache.display(), src.display())),
        "{err}"
    );
    assert!(
        err.contains(&format!("# code object from '{}'", cache.display())),
        "{err}"
    );
    assert!(!err.contains("(compiled)"), "{err}");
    // A garbage cache is rejected with the reason, then rewritten.
    std::fs::write(&cache, b"garbage!garbage!garbage!").expect("clobber");
    let o = run_in(d, &["-v", "-c", "import m"]);
    let err = stderr(&o);
    assert!(
        err.contains(&format!("# rejected {}: bad magic number", cache.display())),
        "{err}"
    );
    assert!(err.contains("(compiled)"), "{err}");
    assert_eq!(
        &std::fs::read(&cache).expect("rewritten")[..4],
        &pyjit::pyc::MAGIC
    );
    // A changed source makes the cache stale.
    write(d, "m.py", "X = 12345\n");
    let o = run_in(d, &["-v", "-c", "import m\nprint(m.X)"]);
    assert_eq!(stdout(&o), "12345\n");
    assert!(
        stderr(&o).contains("# bytecode is stale for 'm' ("),
        "{}",
        stderr(&o)
    );
    // Built-in modules say so.
    let o = run_in(d, &["-v", "-c", "import math"]);
    assert!(stderr(&o).contains("import 'math' # "), "{}", stderr(&o));
}

#[test]
fn dash_m_runs_modules_and_packages_as_main() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    write(d, "pk/__init__.py", "print('init', __name__)\n");
    write(
        d,
        "pk/__main__.py",
        "import sys\nprint(__name__, __package__, __spec__.name, sys.argv[1:])\n",
    );
    write(
        d,
        "pk/mod.py",
        "import sys\nprint(__name__, __spec__.name, sys.argv[0].endswith('mod.py'), sys.argv[1:])\n\
         from . import helper\nprint(helper.V)\n",
    );
    write(d, "pk/helper.py", "V = 'helper'\n");
    let o = run_in(d, &["-m", "pk", "a", "b"]);
    assert_eq!(
        stdout(&o),
        "init pk\n__main__ pk pk.__main__ ['a', 'b']\n",
        "{}",
        stderr(&o)
    );
    let o = run_in(d, &["-m", "pk.mod", "x"]);
    assert_eq!(
        stdout(&o),
        "init pk\n__main__ pk.mod True ['x']\nhelper\n",
        "{}",
        stderr(&o)
    );
    // As CPython's runpy does, the module run is cached like any import.
    let pycache = d.join("pk").join("__pycache__");
    let tag = pyjit::pyc::cache_tag();
    for stem in ["__init__", "__main__", "mod", "helper"] {
        assert!(
            pycache.join(format!("{stem}.{tag}.pyc")).exists(),
            "{stem} not cached"
        );
    }
    let o = run_in(d, &["-m", "nosuch"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("No module named nosuch"),
        "{}",
        stderr(&o)
    );
    // A package without __main__ cannot be run.
    write(d, "plain/__init__.py", "");
    let o = run_in(d, &["-m", "plain"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains(
            "No module named plain.__main__; 'plain' is a package and cannot be directly executed"
        ),
        "{}",
        stderr(&o)
    );
}

#[test]
fn piped_stdin_runs_as_a_script() {
    let dir = tempfile::tempdir().expect("tempdir");
    let o = run_with_stdin(dir.path(), &[], "x = 20\nprint(x + 22)\n");
    assert_eq!(stdout(&o), "42\n", "{}", stderr(&o));
    assert_eq!(o.status.code(), Some(0));
    // An error in a piped script ends it, as a script error does.
    let o = run_with_stdin(dir.path(), &[], "print(1)\n1/0\nprint(2)\n");
    assert_eq!(stdout(&o), "1\n");
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("File \"<stdin>\", line 2, in <module>"));
}

#[test]
fn interactive_prompt_echoes_and_survives_errors() {
    let dir = tempfile::tempdir().expect("tempdir");
    let input =
        "1 + 1\nx = 3\nx\nNone\n1/0\ndef f(a):\n    return a * 2\n\nf(x)\n'text'\nprint('after')\n";
    let o = run_with_stdin(dir.path(), &["-i"], input);
    assert_eq!(stdout(&o), "2\n3\n6\n'text'\nafter\n", "{}", stderr(&o));
    assert_eq!(o.status.code(), Some(0));
    let err = stderr(&o);
    assert!(err.contains(">>> "), "{err}");
    assert!(err.contains("... "), "{err}");
    assert!(err.contains("ZeroDivisionError: division by zero"), "{err}");
    assert!(
        err.contains("File \"<stdin>\", line 1, in <module>"),
        "{err}"
    );
    // A syntax error is reported and the prompt goes on.
    let o = run_with_stdin(dir.path(), &["-i"], "x = = 1\nprint('still here')\n");
    assert_eq!(stdout(&o), "still here\n");
    assert!(stderr(&o).contains("SyntaxError"), "{}", stderr(&o));
    // -i after a script keeps its globals.
    write(dir.path(), "s.py", "value = 99\n");
    let o = run_with_stdin(dir.path(), &["-i", "s.py"], "value + 1\n");
    assert_eq!(stdout(&o), "100\n", "{}", stderr(&o));
}

#[test]
fn syntax_error_in_an_imported_module_names_its_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    write(d, "bad.py", "x = 1\ndef f(:\n    pass\n");
    let o = run_in(d, &["-c", "import bad"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("bad.py\", line 2"), "{err}");
    assert!(err.contains("SyntaxError"), "{err}");
    assert!(!cache_of(d, "bad").exists());
}

#[test]
fn pythonpath_comes_after_the_script_directory() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    write(d, "app/main.py", "import shared\nprint(shared.WHERE)\n");
    write(d, "lib/shared.py", "WHERE = 'lib'\n");
    let lib = d.join("lib");
    let o = pyjit()
        .current_dir(d)
        .env("PYTHONPATH", &lib)
        .args(["app/main.py"])
        .output()
        .expect("run");
    assert_eq!(stdout(&o), "lib\n", "{}", stderr(&o));
    // The script's own directory wins over PYTHONPATH.
    write(d, "app/shared.py", "WHERE = 'app'\n");
    let o = pyjit()
        .current_dir(d)
        .env("PYTHONPATH", &lib)
        .args(["app/main.py"])
        .output()
        .expect("run");
    assert_eq!(stdout(&o), "app\n", "{}", stderr(&o));
    // -c puts '' (the current directory) first.
    let o = pyjit()
        .current_dir(d.join("app"))
        .args([
            "-c",
            "import sys, shared\nprint(sys.path[0] == '', shared.WHERE)",
        ])
        .output()
        .expect("run");
    assert_eq!(stdout(&o), "True app\n", "{}", stderr(&o));
}

fn flags_of(cache: &Path) -> u32 {
    let b = std::fs::read(cache).expect("cache file");
    u32::from_le_bytes([b[4], b[5], b[6], b[7]])
}

#[test]
fn hash_based_caches_follow_check_hash_based_pycs() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let cache = cache_of(d, "m");
    let show = ["-c", "import m\nprint(m.X)"];
    let with_mode = |mode: &str| {
        let mut args = vec!["--check-hash-based-pycs", mode];
        args.extend_from_slice(&show);
        let o = pyjit()
            .current_dir(d)
            .env("PYTHONDONTWRITEBYTECODE", "1")
            .args(&args)
            .output()
            .expect("run");
        assert!(o.status.success(), "{}", stderr(&o));
        stdout(&o)
    };

    // Unchecked: the source is not looked at unless asked to ("always").
    write(d, "m.py", "X = 'u1'\n");
    let o = run_in(
        d,
        &[
            "-m",
            "compileall",
            "-q",
            "--invalidation-mode",
            "unchecked-hash",
            ".",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(flags_of(&cache), 0b01);
    write(d, "m.py", "X = 'u2, edited'\n");
    assert_eq!(with_mode("default"), "u1\n");
    assert_eq!(with_mode("never"), "u1\n");
    assert_eq!(with_mode("always"), "u2, edited\n");

    // Checked: the source hash is compared unless told "never".
    write(d, "m.py", "X = 'c1'\n");
    let o = run_in(
        d,
        &[
            "-m",
            "compileall",
            "-q",
            "-f",
            "--invalidation-mode",
            "checked-hash",
            ".",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(flags_of(&cache), 0b11);
    write(d, "m.py", "X = 'c2, edited'\n");
    assert_eq!(with_mode("never"), "c1\n");
    assert_eq!(with_mode("default"), "c2, edited\n");
    assert_eq!(with_mode("always"), "c2, edited\n");
    // A stale checked-hash cache is rewritten as a checked-hash cache.
    let o = run_in(d, &show);
    assert_eq!(stdout(&o), "c2, edited\n");
    assert_eq!(flags_of(&cache), 0b11);
    assert_eq!(with_mode("never"), "c2, edited\n");

    // Timestamp caches ignore the option.
    write(d, "m.py", "X = 't1'\n");
    let o = run_in(d, &["-m", "compileall", "-q", "-f", "."]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(flags_of(&cache), 0);
    assert_eq!(with_mode("never"), "t1\n");
}

#[test]
fn cache_files_are_named_with_sys_implementation_cache_tag() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    write(d, "m.py", "X = 1\n");
    let o = run_in(
        d,
        &[
            "-c",
            "import sys, m, importlib.util\n\
             print(sys.implementation.cache_tag)\n\
             print(m.__cached__ == importlib.util.cache_from_source(m.__file__))",
        ],
    );
    let out = stdout(&o);
    let mut lines = out.lines();
    let tag = lines.next().expect("tag line");
    assert_eq!(lines.next(), Some("True"), "{}", stderr(&o));
    assert!(tag.starts_with("pyjit-"), "{tag}");
    let file = d.join("__pycache__").join(format!("m.{tag}.pyc"));
    assert!(file.exists(), "{}", file.display());
    // The main script itself is never cached.
    write(d, "main.py", "import m\n");
    let o = run_in(d, &["main.py"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        !d.join("__pycache__")
            .join(format!("main.{tag}.pyc"))
            .exists()
    );
}
