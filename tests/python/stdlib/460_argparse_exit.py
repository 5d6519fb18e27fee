# argparse: a real parse error prints usage + message to stderr and exits with status 2
import argparse, os, sys
os.environ["COLUMNS"] = "80"
p = argparse.ArgumentParser(prog="calc", description="adds numbers")
p.add_argument("numbers", nargs="+", type=int)
p.add_argument("--scale", type=float, default=1.0)
ns = p.parse_args(["1", "2", "3", "--scale", "2"])
print(sum(ns.numbers) * ns.scale)
sys.stdout.flush()
try:
    p.parse_args(["--help"])
except SystemExit as e:
    print("help exit code", e.code)
sys.stdout.flush()
p.parse_args(["1", "two"])
print("not reached")
