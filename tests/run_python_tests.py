#!/usr/bin/env python3
"""Runs the Python test programs under uopy and compares with CPython's output.

Each test is tests/python/<area>/NNN_name.py with its expected output recorded
from CPython by tools/regen-expected: NNN_name.out (stdout) and, when the
program exits non-zero, NNN_name.exit (line 1: the exit status, line 2: the
last line of stderr). Every test runs once per tier; a (test, tier) pair is a
case. Directives in the program's leading comments:
    # test: timeout=60        # test: skip-asan
    # test: max-rss-mb=200    # test: gc-stress (part of the --gc-stress subset)
Every benchmark in bench/programs/ is a test too (named bench/NAME.py): it
runs at its tiny size (`# bench: tiny=N` in its header) and its checksum must
equal CPython's, recorded in bench/expected/NAME.out.
The last line printed is `N passed, M failed` (`, K skipped` when some were).
"""
import argparse
import concurrent.futures
import difflib
import os
import re
import resource
import signal
import subprocess
import sys
import threading
import time

ROOT = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.join(ROOT, "python")
BENCH = os.path.join(ROOT, "..", "bench")
sys.path.insert(0, os.path.join(ROOT, "..", "tools"))
from bench_sizes import bench_sizes  # noqa: E402
# Each tier: (environment, interpreter options). Tier 2 runs with a low
# tracing threshold, so that the loops of small test programs get traced
# (the default, 4096 back-edges, is exercised by tests/python/tier2/).
TIERS = {
    "tier1": ({"PYTHON_JIT": "0"}, []),
    "tier2": ({"PYTHON_JIT": "1"}, ["-X", "tier2=interp", "-X", "tier2-threshold=16"]),
    # Stress (make test-asan): a loop is traced at its first back-edge, so
    # nearly every loop runs in tier 2 and leaves through its exits.
    "tier2-stress": ({"PYTHON_JIT": "1"}, ["-X", "tier2=interp", "-X", "tier2-threshold=1"]),
}
TEST_RE = re.compile(r"^[0-9]{3}_.*\.py$")


def locate(rel):
    """(program path, expected-output base path, extra argv) of a test name."""
    if rel.startswith("bench/"):
        name = rel[len("bench/"):-3]
        prog = os.path.join(BENCH, "programs", name + ".py")
        return prog, os.path.join(BENCH, "expected", name), [str(bench_sizes(prog)["tiny"])]
    path = os.path.join(TESTS, rel)
    return path, path[:-3], []


def find_tests(patterns):
    found = []
    bench_dir = os.path.join(BENCH, "programs")
    if os.path.isdir(bench_dir):
        for f in sorted(os.listdir(bench_dir)):
            rel = "bench/" + f
            if f.endswith(".py") and (not patterns or any(p in rel for p in patterns)):
                found.append(rel)
    for dirpath, dirnames, filenames in os.walk(TESTS):
        dirnames[:] = sorted(d for d in dirnames if d != "_support" and not d.startswith("."))
        for f in sorted(filenames):
            if TEST_RE.match(f):
                rel = os.path.relpath(os.path.join(dirpath, f), TESTS)
                if not patterns or any(p in rel for p in patterns):
                    found.append(rel)
    return found


def directives(path):
    d = {}
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if not line.startswith("#"):
                break
            m = re.match(r"#\s*test:\s*(.*)", line)
            if m:
                for item in m.group(1).split():
                    k, _, v = item.partition("=")
                    d[k] = v or True
    return d


def last_line(text):
    lines = [l for l in text.splitlines() if l.strip()]
    return lines[-1] if lines else ""


def run_measured(argv, cwd, stdin, env, timeout, sigint_after):
    """Runs argv to completion and reaps it with wait4, so the child's own peak RSS
    (ru_maxrss, in KiB on Linux) is known even when several tests run at once.
    Returns (status, stdout, stderr, maxrss_kb, timed_out)."""
    proc = subprocess.Popen(argv, cwd=cwd, stdin=stdin, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env)
    chunks = {proc.stdout: [], proc.stderr: []}

    def drain(stream):
        for block in iter(lambda: stream.read(65536), b""):
            chunks[stream].append(block)

    readers = [threading.Thread(target=drain, args=(s,), daemon=True) for s in chunks]
    for r in readers:
        r.start()
    timed_out = []

    def kill():
        timed_out.append(True)
        proc.kill()

    timer = threading.Timer(timeout, kill)
    timer.start()
    if sigint_after is not None:
        time.sleep(sigint_after)
        proc.send_signal(signal.SIGINT)
    try:
        _, status, usage = os.wait4(proc.pid, 0)
    finally:
        timer.cancel()
    proc.returncode = os.waitstatus_to_exitcode(status)  # tell Popen it is reaped
    for r in readers:
        r.join()
    proc.stdout.close()
    proc.stderr.close()
    out, err = b"".join(chunks[proc.stdout]), b"".join(chunks[proc.stderr])
    return proc.returncode, out, err, usage.ru_maxrss, bool(timed_out)


def run_case(uopy, rel, tier, extra_env):
    path, base, extra_argv = locate(rel)
    d = directives(path)
    if os.environ.get("UOPY_ASAN") == "1" and d.get("skip-asan"):
        return rel, tier, "skip", ""
    # tests/python/tier2/ asserts the shape of traces made at its own
    # threshold; under the stress threshold traces are made before tier 1
    # has specialized, so those shapes differ by design.
    if tier == "tier2-stress" and rel.startswith("tier2/"):
        return rel, tier, "skip", ""
    env = dict(os.environ)
    tier_env, tier_args = TIERS[tier]
    env.update(tier_env)
    env.update(extra_env)
    stdin_path = base + ".in"
    stdin = open(stdin_path, "rb") if os.path.exists(stdin_path) else subprocess.DEVNULL
    timeout = float(d.get("timeout", 30))
    if os.environ.get("UOPY_ASAN") == "1":
        timeout *= 4
    start = time.time()
    try:
        code, out, err, maxrss_kb, timed_out = run_measured(
            [uopy] + tier_args + [os.path.basename(path)] + extra_argv, os.path.dirname(path),
            stdin, env, timeout,
            float(d["sigint-after"]) if d.get("sigint-after") else None)
    finally:
        if stdin is not subprocess.DEVNULL:
            stdin.close()
    if timed_out:
        return rel, tier, "fail", "TIMEOUT after %.0fs" % (time.time() - start)
    exp_out = open(base + ".out", "rb").read() if os.path.exists(base + ".out") else b""
    exp_code, exp_last = 0, None
    if os.path.exists(base + ".exit"):
        lines = open(base + ".exit", encoding="utf-8").read().split("\n")
        exp_code = int(lines[0])
        exp_last = lines[1] if len(lines) > 1 else ""
    problems = []
    if code < 0 and code != exp_code:
        problems.append("CRASH: killed by signal %d" % -code)
    elif code != exp_code:
        problems.append("exit status %d, expected %d" % (code, exp_code))
    if out != exp_out:
        diff = difflib.unified_diff(exp_out.decode("utf-8", "replace").splitlines(),
                                    out.decode("utf-8", "replace").splitlines(),
                                    "expected", "got", lineterm="", n=2)
        problems.append("stdout differs:\n" + "\n".join(list(diff)[:40]))
    if d.get("max-rss-mb") and os.environ.get("UOPY_ASAN") != "1":
        limit_kb = float(d["max-rss-mb"]) * 1024
        if maxrss_kb > limit_kb:
            problems.append("peak RSS %.1f MB, limit %s MB" % (maxrss_kb / 1024, d["max-rss-mb"]))
    got_err = err.decode("utf-8", "replace")
    if exp_last is not None and last_line(got_err) != exp_last:
        problems.append("stderr last line: %r, expected %r" % (last_line(got_err), exp_last))
    if problems and got_err and not any(p.startswith("stderr") for p in problems):
        problems.append("stderr tail:\n" + "\n".join(got_err.splitlines()[-8:]))
    return rel, tier, ("fail" if problems else "pass"), "\n".join(problems)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--uopy", default="build/uopy")
    ap.add_argument("--tiers", default="tier1,tier2")
    ap.add_argument("-j", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--known-failures")
    ap.add_argument("--gc-stress", action="store_true")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("patterns", nargs="*")
    args = ap.parse_args()
    uopy = os.path.abspath(args.uopy)
    if not os.path.exists(uopy):
        print("error: interpreter not found: %s" % uopy, file=sys.stderr)
        return 2
    tests = find_tests(args.patterns)
    extra_env = {}
    if args.gc_stress:
        tests = [t for t in tests if directives(locate(t)[0]).get("gc-stress")]
        extra_env["UOPY_GC_STRESS"] = "1"
    if args.list:
        print("\n".join(tests))
        return 0
    known = set()
    if args.known_failures and os.path.exists(args.known_failures):
        for line in open(args.known_failures):
            line = line.split("#", 1)[0].strip()
            if line:
                known.add(line)
    tiers = args.tiers.split(",")

    # The tiers of one test run one after another in the same job, never at
    # the same time: a test that writes a file at a fixed path (there is no
    # os.getpid() to make it unique yet) would otherwise race with itself.
    def run_all_tiers(t):
        return [run_case(uopy, t, tier, extra_env) for tier in tiers]

    passed = failed = skipped = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.j)) as pool:
        futures = [pool.submit(run_all_tiers, t) for t in tests]
        results = (r for fut in futures for r in fut.result())
        for rel, tier, result, detail in results:
            if result == "skip":
                skipped += 1
            elif result == "pass":
                passed += 1
                if rel in known:
                    print("XPASS %s (remove from known failures)" % rel)
            elif rel in known:
                skipped += 1
            else:
                failed += 1
                print("FAIL %s %s\n%s\n" % (tier, rel, detail))
    summary = "%d passed, %d failed" % (passed, failed)
    if skipped:
        summary += ", %d skipped" % skipped
    print(summary)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
