#!/usr/bin/env python3
"""Regenerate golden outputs for the pyjit test corpus.

Usage (from the repository root):

    python3 tests/regen_expected.py [paths...]

For every case ``tests/cases/**/*.py`` whose file name does not start with
``_`` (those are support modules for import tests), this runs

    python3 <path relative to the repo root>

with the repository root as the working directory and the environment
variables PYTHONDONTWRITEBYTECODE=1 and PYTHONHASHSEED=0, then writes next to
the case:

    <name>.expected   stdout bytes (always written)
    <name>.status     decimal exit status + newline (only if status != 0)
    <name>.stderr     stderr bytes                  (only if status != 0)

Stale ``.status``/``.stderr`` files are deleted when the status is 0.

Optional ``paths`` restrict regeneration to the given case files and/or
directories (relative to the current directory or absolute).  Goldens must
come from CPython 3.11; the script refuses to run under another version.
"""

import os
import subprocess
import sys

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES_DIR = os.path.join(REPO_ROOT, "tests", "cases")
PYTHON = "python3"
TIMEOUT_SECONDS = 120


def is_case(path):
    name = os.path.basename(path)
    return name.endswith(".py") and not name.startswith("_")


def all_cases_under(directory):
    found = []
    for dirpath, dirnames, filenames in os.walk(directory):
        dirnames[:] = sorted(
            d for d in dirnames if d != "__pycache__" and not d.startswith("_")
        )
        for fn in sorted(filenames):
            full = os.path.join(dirpath, fn)
            if is_case(full):
                found.append(os.path.abspath(full))
    return found


def select_cases(args):
    if not args:
        return all_cases_under(CASES_DIR)
    selected = []
    for arg in args:
        full = os.path.abspath(arg)
        if os.path.isdir(full):
            selected.extend(all_cases_under(full))
        elif os.path.isfile(full):
            if not is_case(full):
                print("skipping (not a case): " + arg, file=sys.stderr)
                continue
            selected.append(full)
        else:
            sys.exit("no such file or directory: " + arg)
    cases_prefix = CASES_DIR + os.sep
    out = []
    for p in selected:
        if not p.startswith(cases_prefix):
            sys.exit("not under tests/cases: " + p)
        if p not in out:
            out.append(p)
    return out


def check_python_version():
    res = subprocess.run(
        [PYTHON, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
        stdout=subprocess.PIPE,
        check=True,
    )
    version = res.stdout.decode().strip()
    if version != "3.11":
        sys.exit("goldens must be generated with CPython 3.11, but '%s' is %s" % (PYTHON, version))


def write_bytes(path, data):
    with open(path, "wb") as f:
        f.write(data)


def remove_if_exists(path):
    if os.path.exists(path):
        os.remove(path)


def main(argv):
    check_python_version()
    cases = select_cases(argv[1:])
    if not cases:
        sys.exit("no cases found")
    env = dict(os.environ)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONHASHSEED"] = "0"
    failing = 0
    for full in cases:
        rel = os.path.relpath(full, REPO_ROOT)
        stem = full[: -len(".py")]
        try:
            res = subprocess.run(
                [PYTHON, rel],
                cwd=REPO_ROOT,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                timeout=TIMEOUT_SECONDS,
            )
        except subprocess.TimeoutExpired:
            sys.exit("timeout after %ds: %s" % (TIMEOUT_SECONDS, rel))
        write_bytes(stem + ".expected", res.stdout)
        if res.returncode != 0:
            failing += 1
            write_bytes(stem + ".status", b"%d\n" % res.returncode)
            write_bytes(stem + ".stderr", res.stderr)
            print("%-60s status %d" % (rel, res.returncode))
        else:
            remove_if_exists(stem + ".status")
            remove_if_exists(stem + ".stderr")
            if res.stderr:
                print("warning: %s exited 0 but wrote to stderr:" % rel, file=sys.stderr)
                sys.stderr.write(res.stderr.decode("utf-8", "replace"))
            print("%-60s ok" % rel)
    print("regenerated %d case(s), %d with non-zero status" % (len(cases), failing))


if __name__ == "__main__":
    main(sys.argv)
