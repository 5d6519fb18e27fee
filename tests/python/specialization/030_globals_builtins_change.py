# LOAD_GLOBAL specializations guard the module's and the builtins' keys:
# rebinding, adding, deleting and shadowing names mid-loop is always seen.
import builtins

counter = 0

def read():
    return counter, len("abc")

results = []
for i in range(100):
    counter = i
    results.append(read())
print(results[:3], results[-1])

# Shadow a builtin with a global, then delete the global again.
def use_len():
    return len([1, 2])

for i in range(60):
    use_len()
print(use_len())
len = lambda x: "global len"
print(use_len())
del len
print(use_len())

# Replace the builtin itself.
orig = builtins.abs
def use_abs():
    return abs(-5)
for i in range(60):
    use_abs()
print(use_abs())
builtins.abs = lambda x: "patched abs"
print(use_abs())
builtins.abs = orig
print(use_abs())

# A global that disappears: NameError, then comes back.
g = 1
def use_g():
    return g
for i in range(60):
    use_g()
del g
try:
    use_g()
except NameError as e:
    print("NameError", e)
g = "back"
print(use_g())

# Many new globals added while a function keeps reading an old one.
def read_base():
    return base
base = 10
total = 0
for i in range(200):
    globals()["dyn%d" % i] = i
    total += read_base()
print(total, dyn199)

# Functions whose globals is another module's dict.
src = "x = 5\ndef f():\n    return x\n"
ns = {}
exec(src, ns)
for i in range(60):
    ns["f"]()
ns["x"] = 6
print(ns["f"]())
