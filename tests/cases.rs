//! Golden-output tests: runs every program under `tests/cases/` with both
//! execution tiers of the `pyjit` binary and compares stdout, exit status and
//! (when a `.stderr` golden exists) stderr with the CPython 3.11 outputs
//! recorded by `tests/regen_expected.py`.
//!
//! * A case is `tests/cases/**/<name>.py` whose file name does not start with
//!   `_` (those are support modules for the import tests).
//! * `<name>.expected` holds the expected stdout (compared byte for byte).
//! * `<name>.status` holds the expected exit status (0 when the file is absent).
//! * `<name>.stderr`, when present, holds the expected stderr.  Before
//!   comparing, lines consisting only of whitespace plus `^`/`~` (CPython
//!   3.11's caret lines) are dropped from both sides, and absolute paths
//!   `/…/tests/cases/…` are rewritten to `<ROOT>/tests/cases/…` on both sides,
//!   so goldens do not depend on where the repository lives.
//!
//! * `tests/cases/PENDING` lists cases (paths relative to `tests/cases/`, one
//!   per line, `#` comments) whose feature is not implemented yet. They still
//!   run in both tiers, and the test fails if a pending case *passes* in both,
//!   so the list only ever shrinks: remove a case from it once it passes.
//!   A pending case that fails is reported as pending, not as a failure.
//!
//! Environment:
//! * `PYJIT_CASES=substring` only runs cases whose relative path contains it.
//! * `PYJIT_CASE_TIMEOUT_SECS=n` per-run timeout (default 120).
//! * `PYJIT_CASES_RUNNER="cmd args..."` runs the cases with that command
//!   instead of the test build's binary, e.g. an AArch64 build under qemu:
//!   `PYJIT_CASES_RUNNER="qemu-aarch64 -L /usr/aarch64-linux-gnu
//!   target/aarch64-unknown-linux-gnu/release/pyjit"`.

use std::fmt::Write as _;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::{Duration, Instant};

const TIERS: [&str; 2] = ["interp", "jit"];
const MIN_CASES: usize = 60;
const DEFAULT_TIMEOUT_SECS: u64 = 120;
/// Lines of context shown before the first differing line.
const DIFF_CONTEXT: usize = 3;
/// Maximum number of differing lines shown per side.
const DIFF_MAX_LINES: usize = 8;

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn cases_dir() -> PathBuf {
    manifest_dir().join("tests").join("cases")
}

/// Path of `path` relative to the manifest directory, with `/` separators.
fn rel_path(path: &Path) -> String {
    let root = manifest_dir();
    let rel = path.strip_prefix(&root).unwrap_or(path);
    let parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    parts.join("/")
}

fn collect_cases(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) => panic!("cannot read directory {}: {}", dir.display(), err),
    };
    let mut paths: Vec<PathBuf> = entries
        .map(|e| e.expect("cannot read directory entry").path())
        .collect();
    paths.sort();
    for path in paths {
        let name = match path.file_name() {
            Some(n) => n.to_string_lossy().into_owned(),
            None => continue,
        };
        if path.is_dir() {
            // `_name` directories are support packages of import cases.
            if name != "__pycache__" && !name.starts_with('_') {
                collect_cases(&path, out);
            }
        } else if name.ends_with(".py") && !name.starts_with('_') {
            out.push(path);
        }
    }
}

/// All cases, sorted by path (no filtering).
fn all_cases() -> Vec<PathBuf> {
    let mut cases = Vec::new();
    collect_cases(&cases_dir(), &mut cases);
    cases.sort();
    cases
}

fn timeout() -> Duration {
    let secs = std::env::var("PYJIT_CASE_TIMEOUT_SECS")
        .ok()
        .and_then(|s| s.trim().parse::<u64>().ok())
        .unwrap_or(DEFAULT_TIMEOUT_SECS);
    Duration::from_secs(secs)
}

struct RunOutput {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    /// Exit code; `None` if the process was killed by a signal.
    code: Option<i32>,
    /// Human-readable description of how the process ended.
    status_desc: String,
    timed_out: bool,
}

fn describe_status(status: &ExitStatus) -> String {
    if let Some(code) = status.code() {
        return format!("exit status {}", code);
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(sig) = status.signal() {
            return format!("killed by signal {}", sig);
        }
    }
    format!("{}", status)
}

fn spawn_reader<R: Read + Send + 'static>(pipe: Option<R>) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut p) = pipe {
            let _ = p.read_to_end(&mut buf);
        }
        buf
    })
}

/// The command that runs pyjit: the test build, or `PYJIT_CASES_RUNNER`.
fn pyjit_command() -> Command {
    if let Ok(runner) = std::env::var("PYJIT_CASES_RUNNER") {
        let mut parts = runner.split_whitespace();
        if let Some(program) = parts.next() {
            let mut c = Command::new(program);
            c.args(parts);
            return c;
        }
    }
    Command::new(env!("CARGO_BIN_EXE_pyjit"))
}

fn run_pyjit(tier: &str, rel: &str, limit: Duration) -> Result<RunOutput, String> {
    let mut child = pyjit_command()
        .arg(format!("--tier={}", tier))
        .arg(rel)
        .current_dir(manifest_dir())
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env("PYTHONHASHSEED", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("failed to spawn {}: {}", env!("CARGO_BIN_EXE_pyjit"), e))?;
    let out_reader = spawn_reader(child.stdout.take());
    let err_reader = spawn_reader(child.stderr.take());
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) => {
                if start.elapsed() >= limit {
                    timed_out = true;
                    let _ = child.kill();
                    match child.wait() {
                        Ok(status) => break status,
                        Err(e) => return Err(format!("wait after kill failed: {}", e)),
                    }
                }
                thread::sleep(Duration::from_millis(5));
            }
            Err(e) => return Err(format!("try_wait failed: {}", e)),
        }
    };
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    Ok(RunOutput {
        stdout,
        stderr,
        code: status.code(),
        status_desc: describe_status(&status),
        timed_out,
    })
}

/// True for CPython 3.11 caret/underline lines: only whitespace, `^` and `~`,
/// with at least one `^` or `~`.
fn is_caret_line(line: &str) -> bool {
    let mut marker = false;
    for ch in line.chars() {
        match ch {
            '^' | '~' => marker = true,
            c if c.is_whitespace() => {}
            _ => return false,
        }
    }
    marker
}

/// Rewrites every absolute path `/any/prefix/tests/cases/...` (in `File "..."`
/// lines and inside messages) to `<ROOT>/tests/cases/...` so that goldens
/// recorded in one checkout match runs from another. Relative paths are left
/// alone.
fn normalize_root(line: &str) -> String {
    const CASES_MARK: &str = "/tests/cases/";
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(mark) = rest.find(CASES_MARK) {
        // The path starts after the last space, quote or parenthesis before
        // the mark, and must be absolute.
        let start = rest[..mark]
            .rfind([' ', '"', '\'', '('])
            .map_or(0, |p| p + 1);
        if rest[start..].starts_with('/') {
            out.push_str(&rest[..start]);
            out.push_str("<ROOT>");
        } else {
            out.push_str(&rest[..mark]);
        }
        out.push_str(CASES_MARK);
        rest = &rest[mark + CASES_MARK.len()..];
    }
    out.push_str(rest);
    out
}

fn normalize_stderr(text: &str) -> String {
    let kept: Vec<String> = text
        .split('\n')
        .filter(|line| !is_caret_line(line))
        .map(normalize_root)
        .collect();
    kept.join("\n")
}

/// Makes control characters visible in diff output.
fn show_line(line: &str) -> String {
    let mut s = String::new();
    for ch in line.chars() {
        match ch {
            '\t' => s.push_str("\\t"),
            '\r' => s.push_str("\\r"),
            c if c.is_control() => {
                let _ = write!(s, "\\u{{{:x}}}", c as u32);
            }
            c => s.push(c),
        }
    }
    s
}

/// Splits text into lines; the flag tells whether it ended with a newline.
fn split_lines(text: &str) -> (Vec<&str>, bool) {
    if text.is_empty() {
        return (Vec::new(), false);
    }
    match text.strip_suffix('\n') {
        Some(body) => (body.split('\n').collect(), true),
        None => (text.split('\n').collect(), false),
    }
}

/// A short unified-ish diff starting at the first differing line.
fn short_diff(expected: &str, got: &str) -> String {
    let (exp, exp_nl) = split_lines(expected);
    let (act, act_nl) = split_lines(got);
    let mut first = 0;
    while first < exp.len() && first < act.len() && exp[first] == act[first] {
        first += 1;
    }
    let mut out = String::new();
    if first == exp.len() && first == act.len() {
        if exp_nl != act_nl {
            let _ = writeln!(
                out,
                "    lines are equal, but the expected text {} with a newline and the output {}",
                if exp_nl { "ends" } else { "does not end" },
                if act_nl { "does" } else { "does not" }
            );
        } else {
            out.push_str(
                "    (texts are equal line by line after lossy UTF-8 decoding; raw bytes differ)\n",
            );
        }
        return out;
    }
    let _ = writeln!(
        out,
        "    first difference at line {} (expected {} bytes, got {} bytes)",
        first + 1,
        expected.len(),
        got.len()
    );
    // Lines equal at the end of both texts are not part of the hunk.
    let mut suffix = 0;
    while suffix < exp.len() - first
        && suffix < act.len() - first
        && exp[exp.len() - 1 - suffix] == act[act.len() - 1 - suffix]
    {
        suffix += 1;
    }
    let exp_hunk = &exp[first..exp.len() - suffix];
    let act_hunk = &act[first..act.len() - suffix];
    let ctx_start = first.saturating_sub(DIFF_CONTEXT);
    for line in &exp[ctx_start..first] {
        let _ = writeln!(out, "     {}", show_line(line));
    }
    for line in exp_hunk.iter().take(DIFF_MAX_LINES) {
        let _ = writeln!(out, "    -{}", show_line(line));
    }
    if exp_hunk.len() > DIFF_MAX_LINES {
        let _ = writeln!(
            out,
            "    -... ({} more differing expected lines)",
            exp_hunk.len() - DIFF_MAX_LINES
        );
    }
    if first >= exp.len() {
        out.push_str("    -<end of expected output>\n");
    }
    for line in act_hunk.iter().take(DIFF_MAX_LINES) {
        let _ = writeln!(out, "    +{}", show_line(line));
    }
    if act_hunk.len() > DIFF_MAX_LINES {
        let _ = writeln!(
            out,
            "    +... ({} more differing output lines)",
            act_hunk.len() - DIFF_MAX_LINES
        );
    }
    if first >= act.len() {
        out.push_str("    +<end of output>\n");
    }
    if suffix > 0 {
        let _ = writeln!(out, "     ... ({} identical trailing lines)", suffix);
    }
    out
}

fn read_expected_status(path: &Path) -> Result<i32, String> {
    match fs::read_to_string(path) {
        Ok(s) => s
            .trim()
            .parse::<i32>()
            .map_err(|e| format!("bad status file {}: {}", path.display(), e)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(0),
        Err(e) => Err(format!("cannot read {}: {}", path.display(), e)),
    }
}

/// Runs one case on one tier; returns a failure description or `None`.
fn check_case(case: &Path, tier: &str, limit: Duration) -> Option<String> {
    let rel = rel_path(case);
    let expected_path = case.with_extension("expected");
    let status_path = case.with_extension("status");
    let stderr_path = case.with_extension("stderr");

    let expected_stdout = match fs::read(&expected_path) {
        Ok(bytes) => bytes,
        Err(e) => {
            return Some(format!(
                "cannot read {} ({}); run `python3 tests/regen_expected.py`\n",
                rel_path(&expected_path),
                e
            ));
        }
    };
    let expected_status = match read_expected_status(&status_path) {
        Ok(code) => code,
        Err(msg) => return Some(msg + "\n"),
    };
    let expected_stderr = match fs::read(&stderr_path) {
        Ok(bytes) => Some(bytes),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Some(format!("cannot read {}: {}\n", rel_path(&stderr_path), e)),
    };

    let run = match run_pyjit(tier, &rel, limit) {
        Ok(run) => run,
        Err(msg) => return Some(msg + "\n"),
    };

    let mut report = String::new();
    if run.timed_out {
        let _ = writeln!(report, "  timed out after {:?} (killed)", limit);
    }
    if run.stdout != expected_stdout {
        report.push_str("  stdout differs:\n");
        report.push_str(&short_diff(
            &String::from_utf8_lossy(&expected_stdout),
            &String::from_utf8_lossy(&run.stdout),
        ));
    }
    if run.code != Some(expected_status) {
        let _ = writeln!(
            report,
            "  exit status: expected {}, got {}",
            expected_status, run.status_desc
        );
    }
    let got_stderr = String::from_utf8_lossy(&run.stderr);
    if let Some(exp) = &expected_stderr {
        let exp_norm = normalize_stderr(&String::from_utf8_lossy(exp));
        let got_norm = normalize_stderr(&got_stderr);
        if exp_norm != got_norm {
            report.push_str("  stderr differs (caret lines ignored):\n");
            report.push_str(&short_diff(&exp_norm, &got_norm));
        }
    }
    if report.is_empty() {
        return None;
    }
    if expected_stderr.is_none() && !got_stderr.is_empty() {
        // Not compared, but very useful when diagnosing a failure (panics etc.).
        let lines: Vec<&str> = got_stderr.lines().collect();
        let shown = lines.len().min(DIFF_MAX_LINES);
        report.push_str("  stderr (not compared):\n");
        for line in &lines[..shown] {
            let _ = writeln!(report, "    |{}", show_line(line));
        }
        if shown < lines.len() {
            let _ = writeln!(report, "    |... ({} more lines)", lines.len() - shown);
        }
    }
    Some(report)
}

#[test]
fn golden_cases() {
    let filter = std::env::var("PYJIT_CASES").ok().filter(|s| !s.is_empty());
    let cases: Vec<PathBuf> = all_cases()
        .into_iter()
        .filter(|p| match &filter {
            Some(f) => rel_path(p).contains(f.as_str()),
            None => true,
        })
        .collect();
    if cases.is_empty() {
        match &filter {
            Some(f) => panic!("no golden cases match PYJIT_CASES={:?}", f),
            None => panic!("no golden cases found under {}", cases_dir().display()),
        }
    }

    let jobs: Vec<(PathBuf, &'static str)> = cases
        .iter()
        .flat_map(|c| TIERS.iter().map(move |t| (c.clone(), *t)))
        .collect();
    let limit = timeout();
    let threads = thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(4)
        .min(jobs.len())
        .max(1);
    let next = AtomicUsize::new(0);
    let failures: Mutex<Vec<(String, &'static str, String)>> = Mutex::new(Vec::new());

    thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    if i >= jobs.len() {
                        break;
                    }
                    let (case, tier) = &jobs[i];
                    if let Some(report) = check_case(case, tier, limit) {
                        failures.lock().unwrap_or_else(|p| p.into_inner()).push((
                            rel_path(case),
                            *tier,
                            report,
                        ));
                    }
                }
            });
        }
    });

    let mut failures = failures.into_inner().unwrap_or_else(|p| p.into_inner());
    // Pending cases: expected to fail in at least one tier until implemented.
    let pending = pending_cases();
    let failed_runs = failures.len();
    let mut now_passing = Vec::new();
    let mut still_pending = 0usize;
    for case in &cases {
        let rel = rel_path(case);
        let short = rel.trim_start_matches("tests/cases/").to_string();
        if !pending.contains(&short) {
            continue;
        }
        let failed = failures.iter().any(|(c, _, _)| *c == rel);
        if failed {
            still_pending += 1;
        } else {
            now_passing.push(short);
        }
    }
    failures.retain(|(c, _, _)| !pending.contains(c.trim_start_matches("tests/cases/")));
    if !now_passing.is_empty() {
        panic!(
            "these cases pass in both tiers now; remove them from tests/cases/PENDING:\n  {}",
            now_passing.join("\n  ")
        );
    }
    if still_pending > 0 {
        eprintln!("golden_cases: {still_pending} pending cases still fail (tests/cases/PENDING)");
    }
    if failures.is_empty() {
        eprintln!(
            "golden_cases: {} of {} runs passed ({} cases x {} tiers); the other {} are pending cases",
            jobs.len() - failed_runs,
            jobs.len(),
            cases.len(),
            TIERS.len(),
            failed_runs
        );
        return;
    }
    failures.sort_by(|a, b| (&a.0, a.1).cmp(&(&b.0, b.1)));
    let mut msg = format!(
        "{} of {} golden runs failed ({} cases x {} tiers):\n",
        failures.len(),
        jobs.len(),
        cases.len(),
        TIERS.len()
    );
    for (case, tier, _) in &failures {
        let _ = writeln!(msg, "  FAIL {} [--tier={}]", case, tier);
    }
    msg.push('\n');
    for (case, tier, report) in &failures {
        let _ = writeln!(msg, "=== {} [--tier={}]", case, tier);
        msg.push_str(report);
    }
    panic!("{}", msg);
}

/// The cases listed in `tests/cases/PENDING`.
fn pending_cases() -> std::collections::HashSet<String> {
    let text = fs::read_to_string(cases_dir().join("PENDING")).unwrap_or_default();
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

#[test]
fn pending_cases_exist() {
    let all: std::collections::HashSet<String> = all_cases()
        .iter()
        .map(|p| rel_path(p).trim_start_matches("tests/cases/").to_string())
        .collect();
    for p in pending_cases() {
        assert!(
            all.contains(&p),
            "tests/cases/PENDING names a missing case: {p}"
        );
    }
}

#[test]
fn golden_cases_present() {
    let cases = all_cases();
    assert!(
        cases.len() >= MIN_CASES,
        "expected at least {} golden cases under {}, found {}",
        MIN_CASES,
        cases_dir().display(),
        cases.len()
    );
    let missing: Vec<String> = cases
        .iter()
        .filter(|c| !c.with_extension("expected").is_file())
        .map(|c| rel_path(c))
        .collect();
    assert!(
        missing.is_empty(),
        "cases without a .expected file (run `python3 tests/regen_expected.py`): {:?}",
        missing
    );
}
