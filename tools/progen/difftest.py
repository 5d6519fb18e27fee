#!/usr/bin/env python3
"""difftest: run progen programs under CPython and uopy, report divergences.

    python3 tools/progen/difftest.py --count N --start-seed S [--jobs 2]
                                     [--timeout 10] [--out DIR]

For each seed the program from progen is run under the reference CPython
and under uopy in each configuration of CONFIGS (tier 1; tier 2 with a
tracing threshold of 16; tier 2 with a threshold of 1). A configuration
diverges when its stdout, its exit status, or (for a nonzero exit) the last
line of its stderr differs from CPython's, when it dies of a signal (a
crash), or when it times out where CPython finished. A diverging program is
minimized (reducer.py) against the first configuration that diverged, keeping
the same kind of divergence and a program CPython still runs cleanly; DIR
gets seedN_orig.py, seedN_min.py and seedN.txt.

Each failing program is counted once, in the first matching category:
crashes (some configuration died of a signal), then timeouts, then
divergences. The last line is the summary:

    progen: N programs, D divergences, C crashes, T timeouts

and the exit status is 1 when D + C + T > 0. Programs CPython itself fails
or times out on are generator errors: reported, not counted as divergences.

As a library: run_batch(count, start_seed, time_budget_seconds=None, ...)
returns a dict with the counts (programs, divergences, crashes, timeouts,
generator_errors, unstable) and the per-seed findings.
"""

import argparse
import concurrent.futures
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

try:
    from .program import generate
    from .reducer import reduce_source
except ImportError:
    from program import generate
    from reducer import reduce_source

REPO = os.path.dirname(os.path.dirname(HERE))
DEFAULT_UOPY = os.environ.get("UOPY", os.path.join(REPO, "build", "uopy"))
DEFAULT_PYTHON = "/usr/bin/python3.11"
DEFAULT_OUT = os.path.join(REPO, "build", "progen")
# CPython runs without the site module: its startup (.pth files) is most of
# the time of a short program, and nothing the programs do depends on it.
DEFAULT_PYTHON_ARGS = ["-S"]

# name, environment, interpreter options
CONFIGS = [
    ("tier1", {"PYTHON_JIT": "0"}, []),
    ("tier2", {"PYTHON_JIT": "1"}, ["-X", "tier2=interp", "-X", "tier2-threshold=16"]),
    ("tier2-stress", {"PYTHON_JIT": "1"}, ["-X", "tier2=interp", "-X", "tier2-threshold=1"]),
]


_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")


class Result:
    __slots__ = ("rc", "stdout", "stderr", "timed_out", "elapsed")

    def __init__(self, rc, stdout, stderr, timed_out, elapsed):
        self.rc, self.stdout, self.stderr, self.timed_out, self.elapsed = rc, stdout, stderr, timed_out, elapsed


# Address-space limit of every run (a generator mistake must not take the
# machine's memory: CPython reaches 20 GB in ten seconds on a program whose
# strings double per iteration). 0: no limit.
MEMORY_LIMIT_MB = 4096


def _limit_memory(pid):
    if MEMORY_LIMIT_MB:
        try:
            lim = MEMORY_LIMIT_MB * 1024 * 1024
            resource.prlimit(pid, resource.RLIMIT_AS, (lim, lim))
        except (OSError, ValueError):
            pass


def run_program(argv, path, env_extra, timeout):
    env = dict(os.environ)
    env.pop("PYTHONHASHSEED", None)
    env.update(env_extra)
    for attempt in range(30):
        t0 = time.time()
        try:
            proc = subprocess.Popen(argv + [path], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                    stdin=subprocess.DEVNULL, env=env, start_new_session=True)
            _limit_memory(proc.pid)
            break
        except OSError:
            # The interpreter is being rebuilt (missing, busy, not yet
            # executable): wait for it rather than report a divergence.
            if attempt == 29:
                raise
            time.sleep(2)
    try:
        out, err = proc.communicate(timeout=timeout)
        timed_out = False
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # the child's own session: nothing else
        except ProcessLookupError:
            pass
        out, err = proc.communicate()
        timed_out = True
    return Result(proc.returncode, out.decode("utf-8", "replace"), err.decode("utf-8", "replace"),
                  timed_out, time.time() - t0)


def last_line(text):
    lines = [l for l in text.strip().splitlines() if l.strip()]
    return lines[-1].strip() if lines else ""


def _exc_name(line):
    head = line.split(":", 1)[0].strip()
    return head if head.replace(".", "").replace("_", "").isalnum() else line[:60]


class Divergence:
    def __init__(self, config, kind, detail, key_extra=""):
        self.config, self.kind, self.detail, self.key_extra = config, kind, detail, key_extra

    def key(self):
        return (self.config, self.kind, self.key_extra)

    def __str__(self):
        return "%s: %s: %s" % (self.config, self.kind, self.detail)


def compare(config, ref, res):
    """The divergence of res from the reference run ref, or None."""
    if res.timed_out:
        if ref.timed_out:
            return None
        return Divergence(config, "timeout", "no exit after %.1fs (CPython: %.2fs)" % (res.elapsed, ref.elapsed))
    if res.rc is not None and res.rc < 0:
        try:
            name = signal.Signals(-res.rc).name
        except ValueError:
            name = "signal %d" % -res.rc
        return Divergence(config, "crash", "killed by %s; stderr: %s" % (name, last_line(res.stderr)[:200]), name)
    if res.rc != ref.rc:
        return Divergence(config, "exit", "exit status %s (CPython %s); uopy: %s" % (res.rc, ref.rc, last_line(res.stderr)[:300]),
                          _exc_name(last_line(res.stderr)))
    if res.rc != 0 and last_line(res.stderr) != last_line(ref.stderr):
        return Divergence(config, "exception", "uopy: %r, CPython: %r" % (last_line(res.stderr)[:200], last_line(ref.stderr)[:200]),
                          _exc_name(last_line(res.stderr)))
    if res.stdout != ref.stdout:
        a, b = ref.stdout.splitlines(), res.stdout.splitlines()
        i = 0
        while i < len(a) and i < len(b) and a[i] == b[i]:
            i += 1
        ea = a[i] if i < len(a) else "<end of output>"
        eb = b[i] if i < len(b) else "<end of output>"
        return Divergence(config, "stdout", "line %d: CPython %r, uopy %r" % (i + 1, ea[:300], eb[:300]))
    return None


class Tester:
    def __init__(self, uopy=DEFAULT_UOPY, python=DEFAULT_PYTHON, python_args=None, timeout=10.0, out_dir=DEFAULT_OUT,
                 configs=None, reduce=True, reduce_tests=300, reduce_seconds=240, check_reference=False,
                 include_known=False, log=None):
        self.uopy, self.python, self.timeout = uopy, python, timeout
        self.python_argv = [python] + list(DEFAULT_PYTHON_ARGS if python_args is None else python_args)
        self.out_dir = out_dir
        self.configs = [c for c in CONFIGS if configs is None or c[0] in configs]
        self.reduce, self.reduce_tests, self.reduce_seconds = reduce, reduce_tests, reduce_seconds
        self.check_reference = check_reference
        self.include_known = include_known
        self.log = log or (lambda msg: None)
        self.tmp = tempfile.mkdtemp(prefix="progen-")
        self.deadline = None
        self.lock = threading.Lock()
        self.signatures = {}

    def _path(self, name, text):
        p = os.path.join(self.tmp, name)
        with open(p, "w") as f:
            f.write(text)
        return p

    def run_ref(self, path, env=None):
        return run_program(self.python_argv, path, env or {}, self.timeout)

    def run_uopy(self, config, path, timeout=None):
        name, env, opts = config
        return run_program([self.uopy] + opts, path, env, timeout or self.timeout)

    def check_seed(self, seed):
        """Runs one seed: returns a dict (seed, status, divergences, ...)."""
        src = generate(seed, skip_known=not self.include_known)
        tag = "s%d_%d" % (seed, threading.get_ident())
        path = self._path(tag + ".py", src)
        out = {"seed": seed, "status": "ok", "divergences": []}
        ref = self.run_ref(path)
        if ref.timed_out:
            ref = self.run_ref(path)  # a loaded machine: once more before blaming the generator
        if ref.timed_out or ref.rc != 0:
            out["status"] = "generator-error"
            out["detail"] = "CPython %s: %s" % ("timed out" if ref.timed_out else "exit %d" % ref.rc, last_line(ref.stderr))
            return out
        if self.check_reference:
            alt = [self.run_ref(path, {"PYTHONHASHSEED": s}) for s in ("0", "1")]
            if any(a.stdout != ref.stdout or a.rc != ref.rc for a in alt):
                out["status"] = "unstable"
                out["detail"] = "CPython's output differs between runs / hash seeds"
                return out
        divs = []
        results = {}
        for cfg in self.configs:
            res = self.run_uopy(cfg, path)
            if res.timed_out:
                res = self.run_uopy(cfg, path)  # likewise: a timeout must repeat to count
            results[cfg[0]] = res
            d = compare(cfg[0], ref, res)
            if d is not None:
                divs.append(d)
        os.unlink(path)
        if not divs:
            return out
        kinds = {d.kind for d in divs}
        out["status"] = "crash" if "crash" in kinds else "timeout" if "timeout" in kinds else "divergence"
        out["divergences"] = [str(d) for d in divs]
        # A divergence that ends in the same uopy exception line as one
        # already minimized in this batch is recorded but not minimized again.
        sig = None
        first = divs[0]
        if first.kind in ("exit", "exception", "crash"):
            sig = (first.kind, re.sub(r"\d+", "N", last_line(results[first.config].stderr))[:200])
        with self.lock:
            dup = sig is not None and sig in self.signatures
            if sig is not None:
                self.signatures.setdefault(sig, seed)
        out["duplicate_of"] = self.signatures[sig] if dup else None
        self.log("seed %d: %s%s" % (seed, "; ".join(out["divergences"]),
                                     " (same as seed %d)" % out["duplicate_of"] if dup else ""))
        self.record(seed, src, ref, divs, results, minimize=not dup)
        return out

    def interesting_for(self, div, cfg, ref_timeout):
        def interesting(text):
            p = self._path("r%d.py" % threading.get_ident(), text)
            ref = run_program(self.python_argv, p, {}, ref_timeout)
            if ref.timed_out or ref.rc != 0 or _ADDRESS.search(ref.stdout):
                return False
            t = self.timeout
            if div.kind == "timeout":
                t = min(self.timeout, max(2.0, 5 * ref.elapsed))
            res = self.run_uopy(cfg, p, timeout=t)
            d = compare(cfg[0], ref, res)
            if d is None or d.key() != div.key():
                return False
            # A candidate whose CPython output is not deterministic (the
            # reducer removed what made it so) is no reproducer.
            again = run_program(self.python_argv, p, {"PYTHONHASHSEED": "1"}, ref_timeout)
            return again.stdout == ref.stdout and again.rc == ref.rc
        return interesting

    def record(self, seed, src, ref, divs, results, minimize=True):
        if not self.out_dir:
            return
        os.makedirs(self.out_dir, exist_ok=True)
        base = os.path.join(self.out_dir, "seed%d" % seed)
        with open(base + "_orig.py", "w") as f:
            f.write(src)
        first = divs[0]
        cfg = next(c for c in self.configs if c[0] == first.config)
        minimized, tests, note = src, 0, "not minimized"
        if not minimize:
            note = "not minimized: same uopy error as an earlier seed"
        elif self.reduce:
            deadline = time.time() + self.reduce_seconds
            if self.deadline is not None:
                deadline = min(deadline, max(self.deadline, time.time() + 30))
            interesting = self.interesting_for(first, cfg, max(self.timeout, 5.0))
            if interesting(src):
                minimized, tests = reduce_source(src, interesting, max_tests=self.reduce_tests, deadline=deadline)
                note = "minimized in %d tests" % tests
            else:
                note = "not reproducible on a second run (flaky): not minimized"
        with open(base + "_min.py", "w") as f:
            f.write(minimized)
        # Outputs of the minimized program, for the report.
        p = self._path("m%d.py" % threading.get_ident(), minimized)
        mref = self.run_ref(p)
        lines = ["progen seed %d" % seed, "", "Divergences of the generated program:"]
        lines += ["  " + str(d) for d in divs]
        lines += ["", "Minimized against %s (%s): %s_min.py, %d lines (%s)" % (
            first.config, first.kind, os.path.basename(base), minimized.count("\n"), note), ""]
        lines.append("CPython (%s): exit %s" % (" ".join(self.python_argv), mref.rc))
        lines += ["  | " + l for l in mref.stdout.splitlines()[-15:]]
        if mref.rc:
            lines.append("  stderr: " + last_line(mref.stderr))
        for c in self.configs:
            r = self.run_uopy(c, p)
            lines.append("uopy %s (%s %s): %s" % (c[0], " ".join("%s=%s" % kv for kv in c[1].items()), " ".join(c[2]),
                                                  "timed out" if r.timed_out else "exit %s" % r.rc))
            lines += ["  | " + l for l in r.stdout.splitlines()[-15:]]
            if r.rc:
                lines.append("  stderr: " + last_line(r.stderr)[:300])
        with open(base + ".txt", "w") as f:
            f.write("\n".join(lines) + "\n")


def run_batch(count, start_seed, time_budget_seconds=None, jobs=2, timeout=10.0, out_dir=DEFAULT_OUT,
              uopy=DEFAULT_UOPY, python=DEFAULT_PYTHON, python_args=None, reduce=True, check_reference=False,
              configs=None, include_known=False, verbose=True):
    """Runs seeds start_seed .. start_seed + count - 1 (stopping early when
    the time budget is spent) and returns the counts and findings."""
    lock = threading.Lock()

    def log(msg):
        if verbose:
            with lock:
                print(msg, flush=True)

    tester = Tester(uopy=uopy, python=python, python_args=python_args, timeout=timeout, out_dir=out_dir, reduce=reduce,
                    check_reference=check_reference, configs=configs, include_known=include_known, log=log)
    t0 = time.time()
    if time_budget_seconds is not None:
        tester.deadline = t0 + time_budget_seconds
    counts = {"programs": 0, "divergences": 0, "crashes": 0, "timeouts": 0, "generator_errors": 0, "unstable": 0}
    findings = []
    seeds = iter(range(start_seed, start_seed + count))
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, jobs)) as ex:
        pending = set()

        def submit_more():
            while len(pending) < max(1, jobs):
                if time_budget_seconds is not None and time.time() - t0 > time_budget_seconds:
                    return
                s = next(seeds, None)
                if s is None:
                    return
                pending.add(ex.submit(tester.check_seed, s))

        submit_more()
        while pending:
            done, _ = concurrent.futures.wait(pending, return_when=concurrent.futures.FIRST_COMPLETED)
            for fut in done:
                pending.discard(fut)
                r = fut.result()
                counts["programs"] += 1
                st = r["status"]
                if st == "generator-error":
                    counts["generator_errors"] += 1
                    log("seed %d: generator error: %s" % (r["seed"], r["detail"]))
                elif st == "unstable":
                    counts["unstable"] += 1
                    log("seed %d: %s" % (r["seed"], r["detail"]))
                elif st != "ok":
                    counts[{"crash": "crashes", "timeout": "timeouts", "divergence": "divergences"}[st]] += 1
                    findings.append(r)
            submit_more()
    shutil.rmtree(tester.tmp, ignore_errors=True)
    counts["findings"] = sorted(findings, key=lambda r: r["seed"])
    counts["elapsed"] = time.time() - t0
    return counts


def summary_line(c):
    return "progen: %d programs, %d divergences, %d crashes, %d timeouts" % (
        c["programs"], c["divergences"], c["crashes"], c["timeouts"])


def main(argv=None):
    global MEMORY_LIMIT_MB
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--start-seed", type=int, default=0)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=10.0, help="seconds per run (default 10)")
    ap.add_argument("--out", default=DEFAULT_OUT, help="where diverging programs go (default build/progen)")
    ap.add_argument("--time-budget", type=float, default=None, help="stop starting new seeds after this many seconds")
    ap.add_argument("--uopy", default=DEFAULT_UOPY)
    ap.add_argument("--python", default=DEFAULT_PYTHON)
    ap.add_argument("--python-args", default=" ".join(DEFAULT_PYTHON_ARGS),
                    help="options for the reference interpreter (default: -S)")
    ap.add_argument("--configs", default=None, help="comma-separated subset of: " + ", ".join(c[0] for c in CONFIGS))
    ap.add_argument("--no-reduce", action="store_true", help="record diverging programs without minimizing them")
    ap.add_argument("--check-reference", action="store_true",
                    help="also run CPython with PYTHONHASHSEED=0 and 1 and skip programs whose output changes")
    ap.add_argument("--memory-limit-mb", type=int, default=MEMORY_LIMIT_MB,
                    help="address-space limit of every run (default %d; 0: none)" % MEMORY_LIMIT_MB)
    ap.add_argument("--include-known", action="store_true",
                    help="also generate the constructs of uopy differences already reported (progen's KNOWN_* tables)")
    ap.add_argument("-q", "--quiet", action="store_true")
    args = ap.parse_args(argv)
    MEMORY_LIMIT_MB = args.memory_limit_mb
    c = run_batch(args.count, args.start_seed, time_budget_seconds=args.time_budget, jobs=args.jobs,
                  timeout=args.timeout, out_dir=args.out, uopy=args.uopy, python=args.python,
                  python_args=args.python_args.split(),
                  reduce=not args.no_reduce, check_reference=args.check_reference,
                  configs=args.configs.split(",") if args.configs else None,
                  include_known=args.include_known, verbose=not args.quiet)
    if c["generator_errors"] or c["unstable"]:
        print("progen: %d generator errors, %d unstable references (not counted)" % (c["generator_errors"], c["unstable"]))
    print(summary_line(c))
    return 1 if c["divergences"] + c["crashes"] + c["timeouts"] else 0


if __name__ == "__main__":
    sys.exit(main())
