#!/usr/bin/env python3
"""Compare pyjit against CPython (and PyPy, if installed) on benches/programs.

Usage:
    python3 benches/run.py [--runs N] [--pyjit PATH] [--json FILE] [programs...]

For every program the engines are run round-robin, N times each:
    python3 PROG
    pyjit --tier=interp PROG
    pyjit PROG
    pypy3 PROG            (only if pypy3 is on PATH)

Each run's whole-process wall time is measured with time.perf_counter()
around subprocess.run().  Every engine's stdout must equal python3's stdout;
a mismatch (or a crash / timeout) is flagged in the table and makes the
script exit with status 1.
"""

import argparse
import glob
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(BENCH_DIR)
PROGRAMS_DIR = os.path.join(BENCH_DIR, "programs")
DEFAULT_PYJIT = os.path.join("target", "release", "pyjit")


class Engine:
    def __init__(self, key, title, argv):
        self.key = key        # short id used in JSON
        self.title = title    # column header
        self.argv = argv      # command prefix; the program path is appended


class Result:
    """All runs of one engine on one program."""

    def __init__(self):
        self.times = []
        self.returncodes = []
        self.outputs = []     # stdout of each run (str)
        self.stderrs = []     # stderr of each run (str)
        self.timed_out = []

    def failed(self):
        return any(rc != 0 for rc in self.returncodes) or any(self.timed_out)

    def median(self):
        return statistics.median(self.times) if self.times else None


def die(msg):
    sys.stderr.write(f"run.py: error: {msg}\n")
    sys.exit(2)


def resolve_pyjit(path, explicit):
    """Find the pyjit binary; give a clear error instead of a traceback."""
    candidates = [path]
    if not os.path.isabs(path) and not explicit:
        # The default is relative to the repository root, so that the runner
        # works no matter which directory it is started from.
        candidates.insert(0, os.path.join(REPO_ROOT, path))
    for cand in candidates:
        if os.path.isfile(cand):
            if not os.access(cand, os.X_OK):
                die(f"pyjit binary '{cand}' exists but is not executable")
            return os.path.abspath(cand)
    which = shutil.which(path) if os.sep not in path else None
    if which:
        return which
    hint = ""
    if not explicit:
        hint = ("\n  build it first with `cargo build --release`, "
                "or pass --pyjit PATH")
    die(f"pyjit binary not found: {' or '.join(repr(c) for c in candidates)}"
        + hint)


def resolve_programs(names):
    if not names:
        progs = sorted(glob.glob(os.path.join(PROGRAMS_DIR, "*.py")))
        if not progs:
            die(f"no programs found in {PROGRAMS_DIR}")
        return progs
    progs = []
    for name in names:
        cands = [name, os.path.join(PROGRAMS_DIR, name),
                 os.path.join(PROGRAMS_DIR, name + ".py")]
        for cand in cands:
            if os.path.isfile(cand):
                progs.append(os.path.abspath(cand))
                break
        else:
            die(f"program not found: {name!r} "
                f"(looked for {', '.join(repr(c) for c in cands)})")
    return progs


def version_of(argv):
    try:
        p = subprocess.run(argv + ["--version"], stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, timeout=30)
        text = p.stdout.decode("utf-8", "replace").strip()
        return " ".join(text.split()) if text else "?"
    except (OSError, subprocess.SubprocessError):
        return "?"


def run_once(argv, env, timeout):
    """Run one process; return (seconds, returncode, stdout, stderr, timed_out)."""
    start = time.perf_counter()
    try:
        p = subprocess.run(argv, stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           env=env, timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        elapsed = time.perf_counter() - start
        out = (exc.stdout or b"").decode("utf-8", "replace")
        err = (exc.stderr or b"").decode("utf-8", "replace")
        return elapsed, None, out, err, True
    except OSError as exc:
        elapsed = time.perf_counter() - start
        return elapsed, -1, "", f"could not start {argv[0]!r}: {exc}", False
    elapsed = time.perf_counter() - start
    return (elapsed, p.returncode, p.stdout.decode("utf-8", "replace"),
            p.stderr.decode("utf-8", "replace"), False)


def fmt_secs(t):
    return f"{t:.3f}"


def fmt_ratio(base, t):
    """python3_time / engine_time, phrased for humans."""
    if base is None or t is None or t <= 0:
        return "?"
    r = base / t
    if r >= 10:
        return f"{r:.0f}x faster"
    if r >= 1:
        return f"{r:.1f}x faster"
    return f"{r:.2f}x (slower)"


def status_of(res, reference):
    """'' if all runs are fine, else a loud marker."""
    if any(res.timed_out):
        return "**TIMEOUT**"
    bad_rc = [rc for rc in res.returncodes if rc != 0]
    if bad_rc:
        return f"**FAILED (exit {bad_rc[0]})**"
    if any(out != reference for out in res.outputs):
        return "**MISMATCH**"
    return ""


def print_table(header, rows):
    widths = [len(h) for h in header]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(cell))

    def line(cells):
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths)) + " |"

    print(line(header))
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in rows:
        print(line(row))


def first_diff(expected, got):
    """Short human description of where two outputs first differ."""
    exp_lines = expected.splitlines()
    got_lines = got.splitlines()
    for i in range(max(len(exp_lines), len(got_lines))):
        e = exp_lines[i] if i < len(exp_lines) else "<missing>"
        g = got_lines[i] if i < len(got_lines) else "<missing>"
        if e != g:
            return f"line {i + 1}: expected {e!r}, got {g!r}"
    return "outputs differ only in trailing newline / whitespace"


def tail(text, n=8):
    lines = text.rstrip().splitlines()
    return "\n".join("      " + l for l in lines[-n:])


def real_executable(path):
    """The interpreter binary behind `path`: version managers (pyenv) install
    `python3` as a shell script that starts the real binary, and its start-up
    would be timed as python3's."""
    try:
        out = subprocess.run(
            [path, "-c", "import sys; print(sys.executable)"],
            capture_output=True, text=True, timeout=60, check=True,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return path
    return out or path


def main():
    ap = argparse.ArgumentParser(
        description="Compare pyjit with python3 (and pypy3) on benches/programs.")
    ap.add_argument("--runs", type=int, default=5,
                    help="runs per engine per program (default: 5)")
    ap.add_argument("--pyjit", default=None,
                    help=f"pyjit binary (default: {DEFAULT_PYJIT} in the repo root)")
    ap.add_argument("--json", metavar="FILE",
                    help="write raw timings and outputs as JSON to FILE")
    ap.add_argument("--timeout", type=float, default=600.0,
                    help="per-run timeout in seconds (default: 600)")
    ap.add_argument("--no-pypy", action="store_true",
                    help="skip pypy3 even if it is installed")
    ap.add_argument("programs", nargs="*",
                    help="program names or paths (default: all of benches/programs/*.py)")
    args = ap.parse_args()

    if args.runs < 1:
        die("--runs must be at least 1")

    pyjit = resolve_pyjit(args.pyjit or DEFAULT_PYJIT, args.pyjit is not None)
    programs = resolve_programs(args.programs)

    python3 = real_executable(shutil.which("python3") or sys.executable)
    pypy3 = None if args.no_pypy else shutil.which("pypy3")

    engines = [
        Engine("python3", "python3", [python3]),
        Engine("pyjit_interp", "pyjit --tier=interp", [pyjit, "--tier=interp"]),
        Engine("pyjit", "pyjit", [pyjit]),
    ]
    if pypy3:
        engines.append(Engine("pypy3", "pypy3", [pypy3]))

    env = dict(os.environ)
    env["PYTHONDONTWRITEBYTECODE"] = "1"

    versions = {
        "python3": version_of([python3]),
        "pyjit": version_of([pyjit]),
        "pypy3": version_of([pypy3]) if pypy3 else None,
    }
    sys.stderr.write(f"python3: {python3} ({versions['python3']})\n")
    sys.stderr.write(f"pyjit:   {pyjit}\n")
    sys.stderr.write(f"pypy3:   {pypy3 + ' (' + versions['pypy3'] + ')' if pypy3 else 'not found, skipped'}\n")
    sys.stderr.write(f"runs:    {args.runs} per engine, round-robin\n\n")

    results = {}  # prog -> key -> Result
    try:
        for prog in programs:
            name = os.path.basename(prog)
            per = {e.key: Result() for e in engines}
            results[prog] = per
            for r in range(args.runs):
                for e in engines:
                    t, rc, out, err, to = run_once(e.argv + [prog], env, args.timeout)
                    res = per[e.key]
                    res.times.append(t)
                    res.returncodes.append(rc)
                    res.outputs.append(out)
                    res.stderrs.append(err)
                    res.timed_out.append(to)
                    mark = "" if rc == 0 else (" TIMEOUT" if to else f" exit={rc}")
                    sys.stderr.write(f"  {name:<16} run {r + 1}/{args.runs} "
                                     f"{e.title:<20} {t:8.3f} s{mark}\n")
    except KeyboardInterrupt:
        sys.stderr.write("\ninterrupted\n")
        sys.exit(130)

    # ---- summarise --------------------------------------------------------
    problems = []
    main_rows = []
    spread_rows = []
    json_out = {
        "runs": args.runs,
        "timestamp": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "machine": platform.platform(),
        "engines": {e.key: {"title": e.title, "argv": e.argv} for e in engines},
        "versions": versions,
        "programs": {},
    }

    for prog in programs:
        name = os.path.basename(prog)
        per = results[prog]
        base = per["python3"]
        reference = base.outputs[0]
        base_med = base.median()
        row = [name]
        srow = [name]
        jprog = {}
        for key in ("python3", "pyjit_interp", "pyjit", "pypy3"):
            res = per.get(key)
            if res is None:
                row.append("-")
                srow.append("-")
                continue
            med = res.median()
            status = status_of(res, reference)
            if key == "python3":
                # python3 is the reference; flag it only if it crashed or
                # its own output was not stable across runs.
                cell = fmt_secs(med)
            else:
                cell = f"{fmt_secs(med)}, {fmt_ratio(base_med, med)}"
            if status == "**MISMATCH**":
                cell = f"{status} {cell}"
            elif status:
                # A crashed / timed-out run has a meaningless time: no ratio.
                cell = status
            if status:
                title = next(e.title for e in engines if e.key == key)
                detail = ""
                for i, out in enumerate(res.outputs):
                    if res.timed_out[i]:
                        detail = f"run {i + 1} timed out after {args.timeout:g} s"
                        break
                    if res.returncodes[i] != 0:
                        detail = (f"run {i + 1} exited with {res.returncodes[i]}; "
                                  f"stderr tail:\n{tail(res.stderrs[i])}")
                        break
                    if out != reference:
                        detail = f"run {i + 1}: {first_diff(reference, out)}"
                        break
                problems.append(f"{name}: {title}: {status.strip('*')}: {detail}")
            row.append(cell)
            srow.append(f"{fmt_secs(min(res.times))}–{fmt_secs(max(res.times))}"
                        f" (±{(max(res.times) - min(res.times)) / 2:.3f})")
            jprog[key] = {
                "times": res.times,
                "median": med,
                "min": min(res.times),
                "max": max(res.times),
                "returncodes": res.returncodes,
                "timed_out": res.timed_out,
                "status": status.strip("*") or "ok",
                "stdout_matches": [o == reference for o in res.outputs],
            }
        jprog["expected_stdout"] = reference
        json_out["programs"][name] = jprog
        main_rows.append(row)
        spread_rows.append(srow)

    header = ["program", "python3 median s", "pyjit interp median s (vs python3)",
              "pyjit median s (vs python3)", "pypy3 median s (vs python3)"]
    print(f"Median wall time over {args.runs} runs "
          f"(ratio = python3 time / engine time)\n")
    print_table(header, main_rows)
    print()
    print("Spread: min–max s (± half-range)\n")
    print_table(["program", "python3", "pyjit interp", "pyjit", "pypy3"], spread_rows)

    if args.json:
        try:
            with open(args.json, "w") as f:
                json.dump(json_out, f, indent=2)
                f.write("\n")
        except OSError as exc:
            sys.stderr.write(f"run.py: error: cannot write {args.json}: {exc}\n")
            problems.append(f"could not write JSON to {args.json}")
        else:
            sys.stderr.write(f"\nraw timings written to {args.json}\n")

    if problems:
        print()
        print(f"!!! {len(problems)} PROBLEM(S) — outputs must match python3 exactly:")
        for p in problems:
            print(f"!!! {p}")
        sys.exit(1)


if __name__ == "__main__":
    main()
