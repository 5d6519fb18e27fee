"""The sizes a benchmark declares in its header, `# bench: tiny=T quick=Q full=F`.

Shared by tools/bench, tools/profile, tools/regen-expected and
tests/run_python_tests.py (which import this file from tools/).
"""
import re


def bench_sizes(path):
    """{'tiny': T, 'quick': Q, 'full': F} from [path]'s header; ValueError without one."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"#\s*bench:\s*(.*)", line)
            if m:
                return {k: int(v) for k, v in (item.split("=") for item in m.group(1).split())}
    raise ValueError("%s: no '# bench: tiny=T quick=Q full=F' header" % path)
