# The host stdlib's traceback module formats uopy's tracebacks (code
# positions come from co_positions(); uopy records lines only)
import traceback, linecache
def inner():
    raise KeyError("missing")
def outer():
    inner()
try:
    outer()
except KeyError as e:
    frames = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.lineno, f.line) for f in frames])
    print(traceback.format_exception_only(type(e), e))
    print("".join(traceback.format_tb(e.__traceback__)).count("File"))
print(linecache.getline(__file__, 4).strip())
print(len(list(outer.__code__.co_positions())) > 0, all(len(p) == 4 for p in outer.__code__.co_positions()))
print(all(isinstance(l, tuple) and len(l) == 3 for l in outer.__code__.co_lines()))
