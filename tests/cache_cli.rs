//! The import cache, observed from outside: each test runs the `pyjit` binary in
//! a fresh temporary directory and inspects the files it leaves. The machines
//! set PYTHONDONTWRITEBYTECODE=1, so every test sets or removes it explicitly.

mod common;
use common::*;

use std::path::PathBuf;

fn setup() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("mod.py"),
        "X = 5\ndef f(a):\n    return a * X\nprint('mod loaded')\n",
    )
    .expect("write mod");
    std::fs::write(
        dir.path().join("main.py"),
        "import mod\nimport mod\nfrom mod import f\nprint(f(3), mod.X)\n",
    )
    .expect("write main");
    let cache = dir
        .path()
        .join("__pycache__")
        .join(format!("mod.{}.pyc", pyjit::pyc::cache_tag()));
    (dir, cache)
}

const EXPECTED: &str = "mod loaded\n15 5\n";

#[test]
fn import_writes_a_cache_and_the_main_script_gets_none() {
    let (dir, cache) = setup();
    let o = run_in(dir.path(), &["main.py"]);
    assert_eq!(stdout(&o), EXPECTED, "{}", stderr(&o));
    let bytes = std::fs::read(&cache).expect("cache file written");
    assert_eq!(&bytes[..4], &pyjit::pyc::MAGIC);
    assert!(bytes.len() > 16);
    let entries: Vec<_> = std::fs::read_dir(dir.path().join("__pycache__"))
        .expect("pycache dir")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        entries,
        vec![format!("mod.{}.pyc", pyjit::pyc::cache_tag())],
        "only mod is cached"
    );
}

#[test]
fn second_run_loads_the_cache_without_compiling() {
    let (dir, cache) = setup();
    run_in(dir.path(), &["main.py"]);
    let before = std::fs::read(&cache).expect("cache");
    let o = run_in(dir.path(), &["-v", "main.py"]);
    assert_eq!(stdout(&o), EXPECTED);
    let err = stderr(&o);
    assert!(
        err.contains(&format!("# code object from '{}'", cache.display())),
        "{err}"
    );
    assert!(!err.contains("(compiled)"), "{err}");
    assert_eq!(
        std::fs::read(&cache).expect("cache"),
        before,
        "not rewritten"
    );
}

#[test]
fn dont_write_bytecode_stops_writes_but_caches_are_still_read() {
    for how in ["-B", "env", "sys"] {
        let (dir, cache) = setup();
        let mut cmd = pyjit();
        cmd.current_dir(dir.path());
        match how {
            "-B" => {
                cmd.args(["-B", "main.py"]);
            }
            "env" => {
                cmd.env("PYTHONDONTWRITEBYTECODE", "1").arg("main.py");
            }
            _ => {
                std::fs::write(
                    dir.path().join("main2.py"),
                    "import sys\nsys.dont_write_bytecode = True\nimport mod\nprint(mod.f(3), mod.X)\n",
                )
                .expect("write");
                cmd.arg("main2.py");
            }
        }
        let o = cmd.output().expect("run");
        assert_eq!(stdout(&o), EXPECTED, "{how}: {}", stderr(&o));
        assert!(!cache.exists(), "{how}: no cache may be written");
    }
    // An existing cache is read under -B.
    let (dir, cache) = setup();
    run_in(dir.path(), &["main.py"]);
    assert!(cache.exists());
    let o = run_in(dir.path(), &["-B", "-v", "main.py"]);
    assert!(stderr(&o).contains(&format!("# code object from '{}'", cache.display())));
}

#[test]
fn stale_and_broken_caches_are_recompiled_and_rewritten() {
    let (dir, cache) = setup();
    run_in(dir.path(), &["main.py"]);
    let good = std::fs::read(&cache).expect("cache");
    let variants: Vec<(&str, Vec<u8>)> = vec![
        ("garbage", b"not a cache file at all".to_vec()),
        ("empty", Vec::new()),
        ("truncated header", good[..10].to_vec()),
        ("truncated body", good[..good.len() / 2].to_vec()),
        ("wrong magic", {
            let mut b = good.clone();
            b[0] ^= 0xff;
            b
        }),
        ("stale mtime", {
            let mut b = good.clone();
            b[8] ^= 0x01;
            b
        }),
        ("stale size", {
            let mut b = good.clone();
            b[12] ^= 0x01;
            b
        }),
    ];
    for (what, bytes) in variants {
        std::fs::write(&cache, &bytes).expect("corrupt");
        let o = run_in(dir.path(), &["main.py"]);
        assert_eq!(stdout(&o), EXPECTED, "{what}");
        assert_eq!(stderr(&o), "", "{what}: silent");
        assert_eq!(o.status.code(), Some(0), "{what}");
        assert_eq!(
            std::fs::read(&cache).expect("rewritten"),
            good,
            "{what}: rewritten"
        );
    }
}

#[test]
fn editing_the_source_invalidates_the_cache() {
    let (dir, cache) = setup();
    run_in(dir.path(), &["main.py"]);
    // Same mtime second is possible on fast machines: change the size too.
    std::fs::write(
        dir.path().join("mod.py"),
        "X = 7\ndef f(a):\n    return a * X + 1\nprint('mod loaded again')\n",
    )
    .expect("edit");
    let o = run_in(dir.path(), &["main.py"]);
    assert_eq!(stdout(&o), "mod loaded again\n22 7\n");
    assert!(cache.exists());
}

#[test]
fn read_only_directory_is_not_an_error() {
    let (dir, cache) = setup();
    let pycache = dir.path().join("__pycache__");
    std::fs::create_dir(&pycache).expect("mkdir");
    let mut perms = std::fs::metadata(&pycache).expect("meta").permissions();
    use std::os::unix::fs::PermissionsExt;
    perms.set_mode(0o555);
    std::fs::set_permissions(&pycache, perms.clone()).expect("chmod");
    let o = run_in(dir.path(), &["main.py"]);
    perms.set_mode(0o755);
    std::fs::set_permissions(&pycache, perms).expect("chmod back");
    assert_eq!(stdout(&o), EXPECTED);
    assert_eq!(stderr(&o), "");
    // Running as root ignores permissions; only assert no file when it applied.
    let is_root = writes_ignore_permissions();
    if !is_root {
        assert!(!cache.exists());
    }
}

fn writes_ignore_permissions() -> bool {
    // Root can write into a 0555 directory; detect that by trying.
    let d = tempfile::tempdir().expect("tempdir");
    let p = d.path().join("ro");
    std::fs::create_dir(&p).expect("mkdir");
    use std::os::unix::fs::PermissionsExt;
    let mut perms = std::fs::metadata(&p).expect("meta").permissions();
    perms.set_mode(0o555);
    std::fs::set_permissions(&p, perms).expect("chmod");
    std::fs::write(p.join("x"), b"x").is_ok()
}

#[test]
fn a_cache_file_runs_directly() {
    let (dir, cache) = setup();
    run_in(dir.path(), &["main.py"]);
    let o = run_in(dir.path(), &[cache.to_str().expect("utf8 path")]);
    assert_eq!(stdout(&o), "mod loaded\n");
    assert_eq!(o.status.code(), Some(0));
    let o = run_in(dir.path(), &["--dis", cache.to_str().expect("utf8 path")]);
    assert!(stdout(&o).contains("STORE_GLOBAL"));
}

#[test]
fn concurrent_importers_never_see_half_written_files() {
    // Several processes import the same module at once, repeatedly, with a
    // cache being rewritten under them (its source changes size each round).
    let (dir, cache) = setup();
    for round in 0u32..5 {
        // Each round's source has a different size: mtime + size is what a
        // timestamp cache checks, and rounds can fall within one second.
        let x = 5 * 10i64.pow(round);
        let body = format!("X = {x}\ndef f(a):\n    return a * X\nprint('mod loaded')\n");
        std::fs::write(dir.path().join("mod.py"), body).expect("write");
        let children: Vec<_> = (0..6)
            .map(|_| {
                pyjit()
                    .current_dir(dir.path())
                    .arg("main.py")
                    .stdout(std::process::Stdio::piped())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .expect("spawn")
            })
            .collect();
        for c in children {
            let o = c.wait_with_output().expect("wait");
            assert_eq!(
                stdout(&o),
                format!("mod loaded\n{} {}\n", 3 * x, x),
                "{}",
                stderr(&o)
            );
            assert_eq!(stderr(&o), "");
        }
        let bytes = std::fs::read(&cache).expect("cache exists");
        assert_eq!(&bytes[..4], &pyjit::pyc::MAGIC);
        // No temporary files are left behind.
        let leftovers = std::fs::read_dir(dir.path().join("__pycache__"))
            .expect("dir")
            .filter_map(Result::ok)
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .count();
        assert_eq!(leftovers, 0);
    }
}

#[test]
fn pycache_prefix_puts_caches_in_a_mirror_tree() {
    let (dir, cache) = setup();
    let prefix = tempfile::tempdir().expect("prefix");
    let o = pyjit()
        .current_dir(dir.path())
        .env("PYTHONPYCACHEPREFIX", prefix.path())
        .arg("main.py")
        .output()
        .expect("run");
    assert_eq!(stdout(&o), EXPECTED);
    assert!(!cache.exists());
    let mirrored = pyjit::pyc::cache_path(&dir.path().join("mod.py"), Some(prefix.path()));
    assert!(mirrored.exists(), "{}", mirrored.display());
    // The mirror tree is the source's absolute directory under the prefix.
    let rel = dir.path().strip_prefix("/").expect("absolute temp dir");
    assert_eq!(
        mirrored,
        prefix
            .path()
            .join(rel)
            .join(format!("mod.{}.pyc", pyjit::pyc::cache_tag()))
    );
    // The next run reads it back from there (and -v says so).
    let o = pyjit()
        .current_dir(dir.path())
        .env("PYTHONPYCACHEPREFIX", prefix.path())
        .args(["-v", "main.py"])
        .output()
        .expect("run");
    assert_eq!(stdout(&o), EXPECTED);
    assert!(
        stderr(&o).contains(&format!("# code object from '{}'", mirrored.display())),
        "{}",
        stderr(&o)
    );
    // -X pycache_prefix=DIR does the same, and sys.pycache_prefix shows it.
    let other = tempfile::tempdir().expect("prefix");
    let x = format!("pycache_prefix={}", other.path().display());
    let o = pyjit()
        .current_dir(dir.path())
        .args([
            "-X",
            &x,
            "-c",
            "import sys, mod\nprint(sys.pycache_prefix is not None)",
        ])
        .output()
        .expect("run");
    assert_eq!(stdout(&o), "mod loaded\nTrue\n", "{}", stderr(&o));
    let mirrored = pyjit::pyc::cache_path(&dir.path().join("mod.py"), Some(other.path()));
    assert!(mirrored.exists(), "{}", mirrored.display());
    assert!(!cache.exists());
}

#[test]
fn processes_killed_mid_write_never_leave_a_half_written_cache() {
    // A module big enough that compiling and writing its cache takes a while;
    // importers are killed (SIGKILL) at staggered moments. Whatever is left,
    // the cache file is either absent or complete and valid, never partial.
    let dir = tempfile::tempdir().expect("tempdir");
    let mut body = String::new();
    for i in 0..3000 {
        body.push_str(&format!("def f{i}(a, b={i}):\n    return a * b + {i}\n"));
    }
    body.push_str("TOTAL = sum([f1(2), f2999(1)])\n");
    std::fs::write(dir.path().join("big.py"), &body).expect("write");
    std::fs::write(dir.path().join("main.py"), "import big\nprint(big.TOTAL)\n").expect("write");
    let cache = dir
        .path()
        .join("__pycache__")
        .join(format!("big.{}.pyc", pyjit::pyc::cache_tag()));
    for round in 0u64..12 {
        let _ = std::fs::remove_file(&cache);
        let mut children: Vec<_> = (0..3)
            .map(|_| {
                pyjit()
                    .current_dir(dir.path())
                    .arg("main.py")
                    .stdout(std::process::Stdio::null())
                    .stderr(std::process::Stdio::null())
                    .spawn()
                    .expect("spawn")
            })
            .collect();
        std::thread::sleep(std::time::Duration::from_millis(2 + 3 * round));
        for c in &mut children {
            let _ = c.kill();
        }
        for mut c in children {
            let _ = c.wait();
        }
        if let Ok(bytes) = std::fs::read(&cache)
            && let Err(e) = pyjit::pyc::cache::load_sourceless_bytes(&bytes)
        {
            panic!("round {round}: a partial cache file was left: {e}");
        }
    }
    // And a normal run afterwards works and leaves a valid cache.
    let o = pyjit()
        .current_dir(dir.path())
        .arg("main.py")
        .output()
        .expect("run");
    assert_eq!(stdout(&o), "6001\n", "{}", stderr(&o));
    let bytes = std::fs::read(&cache).expect("cache");
    assert!(pyjit::pyc::cache::load_sourceless_bytes(&bytes).is_ok());
}
