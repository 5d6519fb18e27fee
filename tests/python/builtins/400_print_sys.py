import sys
print("a", "b", "c")
print("a", "b", "c", sep="-")
print("a", "b", sep="")
print("x", end="")
print("y", end="!\n")
print("no sep", sep=None)
print("no end", end=None)
print()
print(1, 2.5, None, [1], (2,), {3: 4}, sep=" | ", end=" <<\n")
print(*range(5))
print(*[], sep="XX")
print("", "", sep="*")
print("to stderr", file=sys.stderr)
print("to stdout", file=sys.stdout)
print("to none", file=None)
sys.stdout.write("written\n")
n = sys.stdout.write("abc\n")
print(n)
print("multi\nline", "x\ty")
print("flush", flush=True)
try:
    print("x", sep=5)
except TypeError as ex:
    print("TypeError", ex)
try:
    print("x", end=5)
except TypeError as ex:
    print("TypeError", ex)
try:
    print("x", foo=1)
except TypeError as ex:
    print("TypeError", ex)
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
sink = Sink()
print("a", "b", sep=",", end=";", file=sink)
print(1, file=sink)
print(sink.parts)
try:
    print("x", file=5)
except AttributeError as ex:
    print("AttributeError", ex)
class S:
    def __str__(self):
        return "S-str"
    def __repr__(self):
        return "S-repr"
print(S(), [S()], str(S()), repr(S()))
# sys bits
print(sys.argv[0].replace("\\", "/").split("/")[-1], len(sys.argv))
print(sys.maxsize == 2 ** 63 - 1 or sys.maxsize == 2 ** 31 - 1, sys.maxsize > 0, type(sys.maxsize).__name__)
print(type(sys.argv).__name__, type(sys.path).__name__ if hasattr(sys, "path") else "list")
print(sys.stdout is sys.__stdout__ if hasattr(sys, "__stdout__") else True)
print(-sys.maxsize - 1, (sys.maxsize + 1) // 2 > 0)
print(sys.version_info[0], sys.version_info[0] >= 3, sys.version_info >= (3,))
print(sys.version_info.major, sys.version_info.minor >= 0)
