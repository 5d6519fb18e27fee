# argparse: positionals/optionals, types, defaults, choices, nargs, actions, subcommands, groups, help text, errors caught
import argparse, io, os, sys, contextlib
os.environ["COLUMNS"] = "80"  # help text width must not depend on the terminal

p = argparse.ArgumentParser(prog="tool", description="A test tool.", epilog="Bye.")
p.add_argument("src", help="source file")
p.add_argument("dst", nargs="?", default="out.txt", help="destination (default: %(default)s)")
p.add_argument("-n", "--count", type=int, default=1, help="repeat count")
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("-q", "--quiet", action="store_true")
p.add_argument("--no-color", dest="color", action="store_false")
p.add_argument("--mode", choices=["fast", "slow"], default="fast")
p.add_argument("--tag", action="append", default=[])
p.add_argument("--const", action="store_const", const=42)
p.add_argument("--ratio", type=float, metavar="R")
p.add_argument("--pair", nargs=2, metavar=("A", "B"))
p.add_argument("--many", nargs="+", type=int)
p.add_argument("--any", nargs="*")
p.add_argument("--version", action="version", version="%(prog)s 1.0")
def show(ns):
    print(sorted(vars(ns).items()))
show(p.parse_args(["in.txt"]))
show(p.parse_args(["in.txt", "o", "-n", "3", "-vvv", "-q", "--no-color", "--mode=slow", "--tag", "x", "--tag=y", "--const"]))
show(p.parse_args(["s", "--ratio", "0.5", "--pair", "a", "b", "--many", "1", "2", "3", "--any", "s.txt"]))
show(p.parse_args(["-n5", "-v", "--", "-dash-src"]))
ns, rest = p.parse_known_args(["a", "--unknown", "x", "-n", "2"])
print(sorted(vars(ns).items()), rest)
ns = argparse.Namespace(pre="set")
p.parse_args(["z"], namespace=ns)
print(ns.pre, ns.src, ns == argparse.Namespace(**vars(ns)), "src" in ns)
print(p.format_usage(), end="")
print(p.format_help(), end="")

def check(parser, argv):
    err = io.StringIO()
    out = io.StringIO()
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            r = parser.parse_args(argv)
        print("parsed", sorted(vars(r).items()))
    except SystemExit as e:
        print("exit", e.code, "|", err.getvalue().strip().splitlines()[-1] if err.getvalue() else out.getvalue().strip())
for argv in [[], ["a", "b", "c"], ["a", "-n", "x"], ["a", "--mode", "medium"], ["a", "--pair", "1"], ["a", "--bogus"], ["a", "--many"], ["--version"], ["a", "--ratio", "abc"], ["a", "-n"]]:
    check(p, argv)

sub_p = argparse.ArgumentParser(prog="git")
sub_p.add_argument("--git-dir", default=".git")
subs = sub_p.add_subparsers(dest="command", required=True, help="sub-command help")
c = subs.add_parser("commit", help="record changes", aliases=["ci"])
c.add_argument("-m", "--message", required=True)
c.add_argument("--amend", action="store_true")
c.set_defaults(func=lambda ns: "committing " + ns.message)
a = subs.add_parser("add")
a.add_argument("paths", nargs="+")
a.set_defaults(func=lambda ns: "adding " + ",".join(ns.paths))
for argv in [["commit", "-m", "msg"], ["ci", "-m", "m2", "--amend"], ["--git-dir", "/x", "add", "f1", "f2"]]:
    ns = sub_p.parse_args(argv)
    print(ns.command, ns.git_dir, ns.func(ns))
for argv in [[], ["push"], ["commit"], ["add"]]:
    check(sub_p, argv)
print(sub_p.format_usage(), end="")

g = argparse.ArgumentParser(prog="grp", add_help=False)
mx = g.add_mutually_exclusive_group(required=True)
mx.add_argument("--json", action="store_true")
mx.add_argument("--xml", action="store_true")
grp = g.add_argument_group("output", "output options")
grp.add_argument("--indent", type=int, default=2)
for argv in [["--json"], ["--xml", "--indent", "4"], ["--json", "--xml"], []]:
    check(g, argv)
print(g.format_help(), end="")

def positive(s):
    v = int(s)
    if v <= 0:
        raise argparse.ArgumentTypeError("%r is not positive" % s)
    return v
t = argparse.ArgumentParser(prog="typed", prefix_chars="-+", fromfile_prefix_chars=None, allow_abbrev=True, exit_on_error=True)
t.add_argument("--size", type=positive)
t.add_argument("+x", action="store_true")
t.add_argument("--long-option-name")
for argv in [["--size", "3"], ["--size", "-3"], ["+x"], ["--long", "v"], ["--size=0"]]:
    check(t, argv)
noexit = argparse.ArgumentParser(prog="ne", exit_on_error=False)
noexit.add_argument("--n", type=int)
try:
    noexit.parse_args(["--n", "x"])
except argparse.ArgumentError as e:
    print("ArgumentError", e, "|", e.argument_name)
print(argparse.ArgumentParser(prog="r", formatter_class=argparse.RawDescriptionHelpFormatter, description="  keep\n    this").format_help(), end="")
d = argparse.ArgumentParser(prog="d", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
d.add_argument("--level", type=int, default=3, help="the level")
d.add_argument("--name", default=argparse.SUPPRESS, help="a name")
print(d.format_help(), end="")
print(sorted(vars(d.parse_args([])).items()), d.get_default("level"))
d.set_defaults(level=9, extra="e")
print(sorted(vars(d.parse_args([])).items()))
class Upper(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values.upper())
u = argparse.ArgumentParser(prog="u")
u.add_argument("--name", action=Upper)
u.add_argument("--flag", action=argparse.BooleanOptionalAction, default=True)
print(u.parse_args(["--name", "bob", "--no-flag"]), u.parse_args([]))
