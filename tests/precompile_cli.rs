//! `pyjit -m compileall` and `pyjit -m py_compile`, observed from outside:
//! each test runs the binary in a fresh temporary directory and inspects its
//! output, exit status and the cache files it leaves. The machines set
//! PYTHONDONTWRITEBYTECODE=1, so every command sets or removes it (and
//! SOURCE_DATE_EPOCH) explicitly. Where `python3` (CPython 3.11) is
//! installed, some tests compare the output with `python3 -m compileall` on
//! an identical tree.

mod common;
use common::*;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn status(o: &Output) -> i32 {
    o.status.code().unwrap_or(-1)
}

fn tag() -> String {
    pyjit::pyc::cache_tag()
}

/// `dir/__pycache__/NAME.pyjit-N.pyc` for `dir/NAME.py`.
fn cache_of(source: &Path) -> PathBuf {
    let stem = source.file_stem().unwrap().to_str().unwrap();
    source
        .parent()
        .unwrap()
        .join("__pycache__")
        .join(format!("{stem}.{}.pyc", tag()))
}

/// The header flags word of a cache file (bytes 4..8, little-endian).
fn flags(cache: &Path) -> u32 {
    let bytes = fs::read(cache).unwrap_or_else(|e| panic!("{}: {e}", cache.display()));
    assert_eq!(&bytes[..4], &pyjit::pyc::MAGIC, "{}", cache.display());
    u32::from_le_bytes(bytes[4..8].try_into().unwrap())
}

fn write(root: &Path, rel: &str, text: &str) -> PathBuf {
    let path = root.join(rel);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(&path, text).unwrap();
    path
}

const BAD_SOURCE: &str = "def f(:\n    pass\n";

const BAD_ERROR: &str =
    "  File \"pkg/bad.py\", line 1\n    def f(:\n          ^\nSyntaxError: invalid syntax\n";

/// pkg/{a.py, b.py, notes.txt, sub/c.py, sub/deep/d.py}, and with `bad`
/// pkg/bad.py (a syntax error).
fn tree(root: &Path, bad: bool) {
    write(root, "pkg/a.py", "A = 1\n");
    write(root, "pkg/b.py", "def g():\n    return 2\n");
    write(root, "pkg/notes.txt", "not python\n");
    write(root, "pkg/sub/c.py", "C = [1, 2, 3]\n");
    write(root, "pkg/sub/deep/d.py", "D = 'deep'\n");
    if bad {
        write(root, "pkg/bad.py", BAD_SOURCE);
    }
}

const TREE_LISTING: &str = "Listing 'pkg'...
Compiling 'pkg/a.py'...
Compiling 'pkg/b.py'...
Listing 'pkg/sub'...
Compiling 'pkg/sub/c.py'...
Listing 'pkg/sub/deep'...
Compiling 'pkg/sub/deep/d.py'...
";

fn tree_sources(root: &Path) -> Vec<PathBuf> {
    ["pkg/a.py", "pkg/b.py", "pkg/sub/c.py", "pkg/sub/deep/d.py"]
        .iter()
        .map(|p| root.join(p))
        .collect()
}

#[test]
fn compileall_compiles_a_tree_recursively() {
    let dir = tempfile::tempdir().unwrap();
    tree(dir.path(), false);
    let o = run_in(dir.path(), &["-m", "compileall", "pkg"]);
    assert_eq!(status(&o), 0, "{}", stderr(&o));
    assert_eq!(stdout(&o), TREE_LISTING);
    assert_eq!(stderr(&o), "");
    for src in tree_sources(dir.path()) {
        assert_eq!(flags(&cache_of(&src)), 0, "timestamp cache for {src:?}");
    }
    // Only .py files are compiled, and nothing is written beside the sources.
    let pycache: Vec<String> = fs::read_dir(dir.path().join("pkg/__pycache__"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    let mut pycache = pycache;
    pycache.sort();
    assert_eq!(
        pycache,
        vec![format!("a.{}.pyc", tag()), format!("b.{}.pyc", tag())]
    );
    assert!(!dir.path().join("pkg/a.pyc").exists());
}

#[test]
fn second_run_compiles_nothing_and_force_recompiles() {
    let dir = tempfile::tempdir().unwrap();
    tree(dir.path(), false);
    let first = run_in(dir.path(), &["-m", "compileall", "pkg"]);
    assert_eq!(status(&first), 0);
    let before: Vec<_> = tree_sources(dir.path())
        .iter()
        .map(|s| fs::metadata(cache_of(s)).unwrap().modified().unwrap())
        .collect();
    let again = run_in(dir.path(), &["-m", "compileall", "pkg"]);
    assert_eq!(status(&again), 0);
    assert_eq!(
        stdout(&again),
        "Listing 'pkg'...\nListing 'pkg/sub'...\nListing 'pkg/sub/deep'...\n"
    );
    let after: Vec<_> = tree_sources(dir.path())
        .iter()
        .map(|s| fs::metadata(cache_of(s)).unwrap().modified().unwrap())
        .collect();
    assert_eq!(before, after, "up-to-date caches are not rewritten");
    let forced = run_in(dir.path(), &["-m", "compileall", "-f", "pkg"]);
    assert_eq!(status(&forced), 0);
    assert_eq!(stdout(&forced), TREE_LISTING);
}

#[test]
fn a_stale_cache_is_recompiled() {
    let dir = tempfile::tempdir().unwrap();
    let src = write(dir.path(), "m.py", "X = 1\n");
    assert_eq!(
        status(&run_in(dir.path(), &["-m", "compileall", "m.py"])),
        0
    );
    // Another mtime makes the cache out of date.
    let file = fs::File::options().write(true).open(&src).unwrap();
    file.set_modified(std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_000_000))
        .unwrap();
    drop(file);
    let o = run_in(dir.path(), &["-m", "compileall", "m.py"]);
    assert_eq!(stdout(&o), "Compiling 'm.py'...\n");
    let bytes = fs::read(cache_of(&src)).unwrap();
    assert_eq!(
        u32::from_le_bytes(bytes[8..12].try_into().unwrap()),
        1_000_000
    );
    assert_eq!(u32::from_le_bytes(bytes[12..16].try_into().unwrap()), 6);
}

#[test]
fn quiet_levels() {
    let dir = tempfile::tempdir().unwrap();
    tree(dir.path(), true);
    let o = run_in(dir.path(), &["-m", "compileall", "-q", "pkg"]);
    assert_eq!(status(&o), 1);
    assert_eq!(
        stdout(&o),
        format!("*** Error compiling 'pkg/bad.py'...\n{BAD_ERROR}\n")
    );
    for src in tree_sources(dir.path()) {
        assert!(cache_of(&src).exists(), "{src:?} compiled under -q");
    }
    let o = run_in(dir.path(), &["-m", "compileall", "-qq", "-f", "pkg"]);
    assert_eq!(status(&o), 1);
    assert_eq!(stdout(&o), "");
    assert_eq!(stderr(&o), "");
    let o = run_in(dir.path(), &["-m", "compileall", "-q", "-f", "pkg/a.py"]);
    assert_eq!((status(&o), stdout(&o)), (0, String::new()));
}

#[test]
fn a_syntax_error_fails_the_run_but_the_other_files_are_compiled() {
    let dir = tempfile::tempdir().unwrap();
    tree(dir.path(), true);
    let o = run_in(dir.path(), &["-m", "compileall", "pkg"]);
    assert_eq!(status(&o), 1);
    let expected = format!(
        "Listing 'pkg'...\nCompiling 'pkg/a.py'...\nCompiling 'pkg/b.py'...\nCompiling 'pkg/bad.py'...\n*** {BAD_ERROR}\nListing 'pkg/sub'...\nCompiling 'pkg/sub/c.py'...\nListing 'pkg/sub/deep'...\nCompiling 'pkg/sub/deep/d.py'...\n"
    );
    assert_eq!(stdout(&o), expected);
    assert_eq!(stderr(&o), "");
    for src in tree_sources(dir.path()) {
        assert!(cache_of(&src).exists(), "{src:?}");
    }
    assert!(!cache_of(&dir.path().join("pkg/bad.py")).exists());
    // The bad file is tried again on every run.
    let o = run_in(dir.path(), &["-m", "compileall", "-q", "pkg"]);
    assert_eq!(status(&o), 1);
    assert!(stdout(&o).starts_with("*** Error compiling 'pkg/bad.py'..."));
}

#[test]
fn other_compile_errors_read_like_cpython() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "t/ind.py", "def f():\nreturn 1\n");
    write(dir.path(), "t/nul.py", "x = 'a\0b'\n");
    let o = run_in(dir.path(), &["-m", "compileall", "t"]);
    assert_eq!(status(&o), 1);
    assert_eq!(
        stdout(&o),
        "Listing 't'...\n\
         Compiling 't/ind.py'...\n\
         *** Sorry: IndentationError: expected an indented block after function definition on line 1 (ind.py, line 2)\n\
         Compiling 't/nul.py'...\n\
         *** SyntaxError: source code string cannot contain null bytes\n\n"
    );
}

#[test]
fn legacy_pyc_beside_the_source_imports_without_it() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "mod.py", "X = 41\ndef f():\n    return X + 1\n");
    write(dir.path(), "main.py", "import mod\nprint(mod.f())\n");
    let o = run_in(dir.path(), &["-m", "compileall", "-b", "-q", "mod.py"]);
    assert_eq!(status(&o), 0, "{}", stdout(&o));
    let legacy = dir.path().join("mod.pyc");
    assert_eq!(flags(&legacy), 0);
    assert!(!dir.path().join("__pycache__").exists());
    fs::remove_file(dir.path().join("mod.py")).unwrap();
    let o = run_in(dir.path(), &["-v", "main.py"]);
    assert_eq!(stdout(&o), "42\n", "{}", stderr(&o));
    assert!(
        stderr(&o).contains(&format!(
            "# code object from '{}' (sourceless)",
            legacy.display()
        )),
        "{}",
        stderr(&o)
    );
}

#[test]
fn destdir_is_the_name_recorded_in_the_code() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "lib/mod.py",
        "def f():\n    raise ValueError('boom')\n",
    );
    write(
        dir.path(),
        "main.py",
        "import sys\nsys.path.insert(0, 'lib')\nimport mod\nmod.f()\n",
    );
    let o = run_in(
        dir.path(),
        &[
            "-m",
            "compileall",
            "-q",
            "-b",
            "-d",
            "/installed/lib",
            "lib",
        ],
    );
    assert_eq!(status(&o), 0, "{}", stdout(&o));
    fs::remove_file(dir.path().join("lib/mod.py")).unwrap();
    let o = run_in(dir.path(), &["main.py"]);
    assert_eq!(status(&o), 1);
    assert!(
        stderr(&o).contains("File \"/installed/lib/mod.py\", line 2, in f"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn strip_and_prepend_rewrite_the_name_in_messages() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "build/root/pkg/bad.py", BAD_SOURCE);
    let o = run_in(
        dir.path(),
        &[
            "-m",
            "compileall",
            "-q",
            "-s",
            "build/root",
            "-p",
            "/usr",
            "build",
        ],
    );
    assert_eq!(status(&o), 1);
    assert!(
        stdout(&o).contains("  File \"/usr/pkg/bad.py\", line 1\n"),
        "{}",
        stdout(&o)
    );
    let o = run_in(
        dir.path(),
        &["-m", "compileall", "-d", "x", "-s", "y", "build"],
    );
    assert_eq!(status(&o), 2);
    assert!(
        stderr(&o)
            .ends_with("compileall.py: error: -d cannot be used in combination with -s or -p\n")
    );
}

#[test]
fn without_destdir_the_absolute_source_path_is_recorded() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "mod.py",
        "def f():\n    raise ValueError('boom')\n",
    );
    write(dir.path(), "main.py", "import mod\nmod.f()\n");
    let o = run_in(dir.path(), &["-m", "compileall", "-q", "-b", "."]);
    assert_eq!(status(&o), 0, "{}", stdout(&o));
    fs::rename(dir.path().join("mod.py"), dir.path().join("mod.py.orig")).unwrap();
    let o = run_in(dir.path(), &["main.py"]);
    let abs = dir.path().join("mod.py");
    assert!(
        stderr(&o).contains(&format!("File \"{}\", line 2, in f", abs.display())),
        "{}",
        stderr(&o)
    );
}

#[test]
fn invalidation_modes_set_the_header_flags() {
    let dir = tempfile::tempdir().unwrap();
    let src = write(dir.path(), "m.py", "X = 1\n");
    let cache = cache_of(&src);
    for (mode, want) in [("timestamp", 0), ("checked-hash", 3), ("unchecked-hash", 1)] {
        let o = run_in(
            dir.path(),
            &[
                "-m",
                "compileall",
                "-q",
                "-f",
                "--invalidation-mode",
                mode,
                "m.py",
            ],
        );
        assert_eq!(status(&o), 0, "{mode}: {}", stdout(&o));
        assert_eq!(flags(&cache), want, "{mode}");
        let bytes = fs::read(&cache).unwrap();
        if want != 0 {
            let hash = u64::from_le_bytes(bytes[8..16].try_into().unwrap());
            assert_eq!(hash, pyjit::pyc::source_hash(b"X = 1\n"), "{mode}");
        }
    }
    // As in CPython, only a timestamp cache counts as up to date: a hash-based
    // one is compiled again on every run.
    let o = run_in(
        dir.path(),
        &["-m", "compileall", "--inv=checked-hash", "m.py"],
    );
    assert_eq!(stdout(&o), "Compiling 'm.py'...\n");
    let o = run_in(
        dir.path(),
        &["-m", "compileall", "--invalidation-mode", "bogus", "m.py"],
    );
    assert_eq!(status(&o), 2);
    assert!(stderr(&o).ends_with(
        "compileall.py: error: argument --invalidation-mode: invalid choice: 'bogus' (choose from 'checked-hash', 'timestamp', 'unchecked-hash')\n"
    ));
}

#[test]
fn source_date_epoch_makes_checked_hash_the_default() {
    let dir = tempfile::tempdir().unwrap();
    let src = write(dir.path(), "m.py", "X = 1\n");
    let cache = cache_of(&src);
    let compileall = |epoch: &str, extra: &[&str]| {
        let mut c = pyjit();
        c.current_dir(dir.path())
            .env("SOURCE_DATE_EPOCH", epoch)
            .args(["-m", "compileall", "-q", "-f"])
            .args(extra)
            .arg("m.py");
        let o = c.output().unwrap();
        assert_eq!(status(&o), 0, "{}", stdout(&o));
    };
    compileall("1700000000", &[]);
    assert_eq!(flags(&cache), 3);
    compileall("1700000000", &["--invalidation-mode", "timestamp"]);
    assert_eq!(flags(&cache), 0);
    compileall("1700000000", &["--invalidation-mode", "unchecked-hash"]);
    assert_eq!(flags(&cache), 1);
    // Set but empty counts as unset.
    compileall("", &[]);
    assert_eq!(flags(&cache), 0);
    let o = pyjit()
        .current_dir(dir.path())
        .env("SOURCE_DATE_EPOCH", "1")
        .args(["-m", "py_compile", "m.py"])
        .output()
        .unwrap();
    assert_eq!(status(&o), 0);
    assert_eq!(flags(&cache), 3);
}

#[test]
fn writing_is_not_disabled_by_dont_write_bytecode() {
    let dir = tempfile::tempdir().unwrap();
    let src = write(dir.path(), "m.py", "X = 1\n");
    let o = pyjit()
        .current_dir(dir.path())
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .args(["-B", "-m", "compileall", "m.py"])
        .output()
        .unwrap();
    assert_eq!(status(&o), 0);
    assert_eq!(stdout(&o), "Compiling 'm.py'...\n");
    assert!(cache_of(&src).exists());
    fs::remove_file(cache_of(&src)).unwrap();
    let o = pyjit()
        .current_dir(dir.path())
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .args(["-m", "py_compile", "m.py"])
        .output()
        .unwrap();
    assert_eq!(status(&o), 0);
    assert!(cache_of(&src).exists());
}

#[test]
fn an_import_then_loads_the_precompiled_cache() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "app/mod.py",
        "X = 5\ndef f(a):\n    return a * X\n",
    );
    write(dir.path(), "app/main.py", "import mod\nprint(mod.f(3))\n");
    let app = dir.path().join("app");
    let o = run_in(
        dir.path(),
        &["-m", "compileall", "-q", app.to_str().unwrap()],
    );
    assert_eq!(status(&o), 0, "{}", stdout(&o));
    let cache = cache_of(&app.join("mod.py"));
    let o = run_in(&app, &["-v", "main.py"]);
    assert_eq!(stdout(&o), "15\n", "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains(&format!("# code object from '{}'\n", cache.display())),
        "{err}"
    );
    assert!(!err.contains("(compiled)"), "{err}");
}

#[test]
fn pycache_prefix_moves_the_caches() {
    let dir = tempfile::tempdir().unwrap();
    let prefix = dir.path().join("prefix");
    let src = write(dir.path(), "app/mod.py", "X = 5\n");
    write(dir.path(), "app/main.py", "import mod\nprint(mod.X)\n");
    let app = dir.path().join("app");
    let o = pyjit()
        .current_dir(dir.path())
        .env("PYTHONPYCACHEPREFIX", &prefix)
        .args(["-m", "compileall", "-q", app.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(status(&o), 0, "{}", stdout(&o));
    let cache = pyjit::pyc::cache_path(&src, Some(&prefix));
    assert!(cache.starts_with(&prefix));
    assert_eq!(flags(&cache), 0);
    assert!(!app.join("__pycache__").exists());
    let o = pyjit()
        .current_dir(&app)
        .env("PYTHONPYCACHEPREFIX", &prefix)
        .args(["-v", "main.py"])
        .output()
        .unwrap();
    assert_eq!(stdout(&o), "5\n");
    assert!(
        stderr(&o).contains(&format!("# code object from '{}'\n", cache.display())),
        "{}",
        stderr(&o)
    );
    // -X pycache_prefix= does the same, and the up-to-date check looks there.
    let arg = format!("pycache_prefix={}", prefix.display());
    let o = run_in(
        dir.path(),
        &["-X", &arg, "-m", "compileall", app.to_str().unwrap()],
    );
    assert_eq!(stdout(&o), format!("Listing '{}'...\n", app.display()));
}

#[test]
fn depth_limits() {
    let dir = tempfile::tempdir().unwrap();
    tree(dir.path(), false);
    let o = run_in(dir.path(), &["-m", "compileall", "-l", "pkg"]);
    assert_eq!(
        stdout(&o),
        "Listing 'pkg'...\nCompiling 'pkg/a.py'...\nCompiling 'pkg/b.py'...\n"
    );
    assert!(!cache_of(&dir.path().join("pkg/sub/c.py")).exists());
    // -r takes precedence over -l.
    let o = run_in(dir.path(), &["-m", "compileall", "-l", "-r", "1", "pkg"]);
    assert_eq!(
        stdout(&o),
        "Listing 'pkg'...\nListing 'pkg/sub'...\nCompiling 'pkg/sub/c.py'...\n"
    );
    assert!(!cache_of(&dir.path().join("pkg/sub/deep/d.py")).exists());
}

#[test]
fn regex_skips_files() {
    let dir = tempfile::tempdir().unwrap();
    tree(dir.path(), true);
    let o = run_in(
        dir.path(),
        &["-m", "compileall", "-x", r"bad\.py$|/deep/", "pkg"],
    );
    assert_eq!(status(&o), 0, "{}", stdout(&o));
    assert_eq!(
        stdout(&o),
        "Listing 'pkg'...\nCompiling 'pkg/a.py'...\nCompiling 'pkg/b.py'...\nListing 'pkg/sub'...\nCompiling 'pkg/sub/c.py'...\nListing 'pkg/sub/deep'...\n"
    );
    let o = run_in(dir.path(), &["-m", "compileall", "-x", "*", "pkg"]);
    assert_eq!(status(&o), 1);
    assert_eq!(stderr(&o), "re.error: nothing to repeat at position 0\n");
    let o = run_in(dir.path(), &["-m", "compileall", "-x", r"(a)\1", "pkg"]);
    assert_eq!(status(&o), 2);
    assert!(stderr(&o).contains("not supported"), "{}", stderr(&o));
}

#[test]
fn file_lists_from_a_file_and_stdin() {
    let dir = tempfile::tempdir().unwrap();
    tree(dir.path(), false);
    write(dir.path(), "list.txt", "  pkg/a.py  \r\npkg/sub\n");
    let o = run_in(dir.path(), &["-m", "compileall", "-l", "-i", "list.txt"]);
    assert_eq!(status(&o), 0);
    assert_eq!(
        stdout(&o),
        "Compiling 'pkg/a.py'...\nListing 'pkg/sub'...\nCompiling 'pkg/sub/c.py'...\n"
    );
    let o = run_with_stdin(
        dir.path(),
        &["-m", "compileall", "-f", "-i", "-"],
        "pkg/b.py\n",
    );
    assert_eq!(stdout(&o), "Compiling 'pkg/b.py'...\n");
    let o = run_in(dir.path(), &["-m", "compileall", "-f", "-i", "missing.txt"]);
    assert_eq!(status(&o), 1);
    assert_eq!(stdout(&o), "Error reading file list missing.txt\n");
}

#[test]
fn missing_directories_and_odd_arguments() {
    let dir = tempfile::tempdir().unwrap();
    let o = run_in(dir.path(), &["-m", "compileall", "nowhere"]);
    // CPython's compileall only reports this, and succeeds.
    assert_eq!(status(&o), 0);
    assert_eq!(stdout(&o), "Listing 'nowhere'...\nCan't list 'nowhere'\n");
    let o = run_in(dir.path(), &["-m", "compileall", "-qq", "nowhere"]);
    assert_eq!((status(&o), stdout(&o)), (0, String::new()));
    let o = run_in(dir.path(), &["-m", "compileall", "--bogus", "x"]);
    assert_eq!(status(&o), 2);
    assert!(stderr(&o).starts_with("usage: compileall.py [-h] [-l] [-r RECURSION]"));
    assert!(stderr(&o).ends_with("compileall.py: error: unrecognized arguments: --bogus\n"));
    let o = run_in(dir.path(), &["-m", "compileall", "-r", "x", "."]);
    assert_eq!(status(&o), 2);
    assert!(stderr(&o).ends_with("compileall.py: error: argument -r: invalid int value: 'x'\n"));
    // -j is accepted (files are compiled one at a time).
    write(dir.path(), "m.py", "X = 1\n");
    let o = run_in(dir.path(), &["-m", "compileall", "-q", "-j", "4", "."]);
    assert_eq!(status(&o), 0, "{}", stderr(&o));
    assert!(cache_of(&dir.path().join("m.py")).exists());
    let o = run_in(dir.path(), &["-m", "compileall", "-j", "-1", "."]);
    assert_eq!(status(&o), 1);
    assert!(stderr(&o).ends_with("ValueError: workers must be greater or equal to 0\n"));
    // No optimisation levels, so -o takes only -1 and 0.
    let o = run_in(dir.path(), &["-m", "compileall", "-q", "-o", "0", "."]);
    assert_eq!(status(&o), 0);
    let o = run_in(dir.path(), &["-m", "compileall", "-o", "1", "."]);
    assert_eq!(status(&o), 2);
    assert!(stderr(&o).contains("-o 1"), "{}", stderr(&o));
    let o = run_in(
        dir.path(),
        &[
            "-m",
            "compileall",
            "-o",
            "0",
            "-o",
            "-1",
            "--hardlink-dupes",
            ".",
        ],
    );
    assert_eq!(status(&o), 2);
    assert!(stderr(&o).contains("--hardlink-dupes"), "{}", stderr(&o));
}

#[test]
fn py_compile_compiles_each_file() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.py", "A = 1\n");
    let b = write(dir.path(), "sub/b.py", "B = 2\n");
    let c = write(dir.path(), "script", "C = 3\n");
    let o = run_in(
        dir.path(),
        &["-m", "py_compile", "a.py", "sub/b.py", "script"],
    );
    assert_eq!(status(&o), 0, "{}", stderr(&o));
    assert_eq!((stdout(&o), stderr(&o)), (String::new(), String::new()));
    for src in [&a, &b, &c] {
        assert_eq!(flags(&cache_of(src)), 0, "{src:?}");
    }
    // py_compile always rewrites.
    let before = fs::read(cache_of(&a)).unwrap();
    fs::remove_file(cache_of(&b)).unwrap();
    let o = run_with_stdin(dir.path(), &["-m", "py_compile", "-"], "a.py\nsub/b.py\n");
    assert_eq!(status(&o), 0, "{}", stderr(&o));
    assert!(cache_of(&b).exists());
    assert_eq!(fs::read(cache_of(&a)).unwrap(), before);
}

#[test]
fn py_compile_errors() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "pkg/bad.py", BAD_SOURCE);
    let good = write(dir.path(), "good.py", "G = 1\n");
    let o = run_in(dir.path(), &["-m", "py_compile", "pkg/bad.py", "good.py"]);
    assert_eq!(status(&o), 1);
    assert_eq!(stdout(&o), "");
    assert_eq!(stderr(&o), BAD_ERROR);
    assert!(!cache_of(&good).exists(), "the first error ends the run");
    let o = run_in(dir.path(), &["-m", "py_compile", "-q", "pkg/bad.py"]);
    assert_eq!((status(&o), stderr(&o)), (1, String::new()));
    let o = run_in(dir.path(), &["-m", "py_compile", "nope.py"]);
    assert_eq!(status(&o), 1);
    assert_eq!(stderr(&o), "[Errno 2] No such file or directory: 'nope.py'");
    let o = run_in(dir.path(), &["-m", "py_compile", "pkg"]);
    assert_eq!(status(&o), 1);
    assert_eq!(stderr(&o), "[Errno 21] Is a directory: 'pkg'");
    let o = run_in(dir.path(), &["-m", "py_compile"]);
    assert_eq!(status(&o), 2);
    assert_eq!(
        stderr(&o),
        "usage: py_compile.py [-h] [-q] filenames [filenames ...]\npy_compile.py: error: the following arguments are required: filenames\n"
    );
}

/// Needs the change to src/main.rs described in the precompile report:
/// the words after `-m MOD` must reach the module even when they are
/// options pyjit itself has (`-h`, `-i`, `-v`, `--`).
#[test]
fn options_after_the_module_name_belong_to_the_module() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "m.py", "X = 1\n");
    write(dir.path(), "list.txt", "m.py\n");
    let o = run_in(dir.path(), &["-m", "compileall", "-i", "list.txt"]);
    assert_eq!(stdout(&o), "Compiling 'm.py'...\n", "{}", stderr(&o));
    let o = run_in(dir.path(), &["-m", "compileall", "-h"]);
    assert_eq!(status(&o), 0);
    assert!(stdout(&o).starts_with("usage: compileall.py [-h]"));
    assert!(stdout(&o).contains("\nUtilities to support installing Python libraries.\n"));
    let o = run_in(dir.path(), &["-m", "py_compile", "--help"]);
    assert_eq!(status(&o), 0);
    assert!(stdout(&o).contains("A simple command-line interface for py_compile module."));
    let o = run_in(dir.path(), &["-m", "py_compile", "--", "-q"]);
    assert_eq!(stderr(&o), "[Errno 2] No such file or directory: '-q'");
}

// ------------------------------------------------------- against CPython

fn python3_available() -> bool {
    Command::new("python3")
        .args(["-c", "import sys; assert sys.version_info[:2] == (3, 11)"])
        .output()
        .is_ok_and(|o| o.status.success())
}

fn python3_in(dir: &Path, args: &[&str]) -> Output {
    Command::new("python3")
        .current_dir(dir)
        .env_remove("PYTHONDONTWRITEBYTECODE")
        .env_remove("PYTHONPYCACHEPREFIX")
        .env_remove("PYTHONPATH")
        .env_remove("SOURCE_DATE_EPOCH")
        .args(args)
        .output()
        .expect("run python3")
}

/// Cache file names differ only in their tag.
fn normalise(text: &str) -> String {
    text.replace("cpython-311", "TAG").replace(&tag(), "TAG")
}

#[test]
fn compileall_output_matches_cpython() {
    if !python3_available() {
        eprintln!("python3 (3.11) not found; skipping the comparison");
        return;
    }
    let ours = tempfile::tempdir().unwrap();
    let theirs = tempfile::tempdir().unwrap();
    for root in [ours.path(), theirs.path()] {
        tree(root, true);
        write(root, "pkg/sub/ind.py", "def f():\nreturn 1\n");
        write(root, "pkg/z.py", "Z = 0\n");
        write(root, "lone.py", "L = 1\n");
    }
    let runs: &[&[&str]] = &[
        &["pkg", "lone.py", "nowhere"],
        &["pkg"],
        &["-f", "-q", "pkg"],
        &["-f", "-l", "pkg/"],
        &["-f", "-r", "1", "-x", "z\\.py", "pkg"],
        &["-f", "-qq", "pkg"],
        &["-f", "-b", "pkg/a.py", "pkg/bad.py"],
        &["-f", "--bogus"],
        &["-f", "-r"],
        &["-d", "x", "-p", "y", "pkg"],
    ];
    for args in runs {
        let mut full = vec!["-m", "compileall"];
        full.extend_from_slice(args);
        let a = run_in(ours.path(), &full);
        let b = python3_in(theirs.path(), &full);
        assert_eq!(
            normalise(&stdout(&a)),
            normalise(&stdout(&b)),
            "stdout of compileall {args:?}"
        );
        assert_eq!(stderr(&a), stderr(&b), "stderr of compileall {args:?}");
        assert_eq!(status(&a), status(&b), "status of compileall {args:?}");
    }
}

#[test]
fn py_compile_output_matches_cpython() {
    if !python3_available() {
        eprintln!("python3 (3.11) not found; skipping the comparison");
        return;
    }
    let ours = tempfile::tempdir().unwrap();
    let theirs = tempfile::tempdir().unwrap();
    for root in [ours.path(), theirs.path()] {
        tree(root, true);
    }
    let runs: &[&[&str]] = &[
        &["pkg/a.py", "pkg/sub/c.py"],
        &["pkg/a.py", "pkg/bad.py", "pkg/b.py"],
        &["-q", "pkg/bad.py"],
        &["missing.py"],
        &["pkg"],
        &[],
        &["--bogus", "pkg/a.py"],
        &["--q", "pkg/a.py"],
    ];
    for args in runs {
        let mut full = vec!["-m", "py_compile"];
        full.extend_from_slice(args);
        let a = run_in(ours.path(), &full);
        let b = python3_in(theirs.path(), &full);
        assert_eq!(stdout(&a), stdout(&b), "stdout of py_compile {args:?}");
        assert_eq!(stderr(&a), stderr(&b), "stderr of py_compile {args:?}");
        assert_eq!(status(&a), status(&b), "status of py_compile {args:?}");
    }
}
