# warnings: catch_warnings(record=True), filters/simplefilter actions, categories, stacklevel, error, showwarning/formatwarning
import re, sys, warnings

def clean(text):
    return re.sub(r"[^\s:'\"]*/", "", text)

def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return 1

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("plain message")
    warnings.warn("user warning", UserWarning)
    old_api()
    warnings.warn(RuntimeWarning("instance warning"))
    warnings.warn("bytes!", BytesWarning)
    print(len(w))
    for rec in w:
        print(rec.category.__name__, str(rec.message), type(rec.message).__name__, clean(rec.filename), rec.lineno, rec.line)
    print(w[2].lineno == 15, clean(str(w[0])))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("repeated once per location")
    for i in range(2):
        warnings.warn("another location")
    print([str(x.message) for x in w])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    for i in range(2):
        warnings.warn("once text")
    warnings.warn("once text")
    warnings.warn("different text")
    print([str(x.message) for x in w])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("module")
    warnings.warn("module a")
    warnings.warn("module a")
    print(len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore")
    warnings.warn("hidden")
    print(len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="skip.*")
    warnings.filterwarnings("ignore", category=FutureWarning)
    warnings.filterwarnings("error", message="boom")
    warnings.warn("skip me")
    warnings.warn("keep me")
    warnings.warn("future", FutureWarning)
    try:
        warnings.warn("boom now")
    except UserWarning as e:
        print("raised", type(e).__name__, e)
    print([str(x.message) for x in w], [f[0] for f in warnings.filters[:4]])

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", DeprecationWarning)
    except DeprecationWarning as e:
        print("DeprecationWarning raised:", e)
    try:
        old_api()
    except DeprecationWarning as e:
        print("from old_api:", e.args)
with warnings.catch_warnings():
    warnings.simplefilter("error", category=RuntimeWarning)
    warnings.simplefilter("ignore", category=UserWarning)
    warnings.warn("ignored user warning")
    try:
        warnings.warn("rt", RuntimeWarning)
    except RuntimeWarning:
        print("RuntimeWarning is an error")

def deep():
    warnings.warn("level 3", stacklevel=3)
def middle():
    deep()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    middle()
    print(w[0].lineno, w[0].filename.endswith(".py"))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn_explicit("explicit", SyntaxWarning, "fake.py", 42, module="fakemod", registry={})
    print(w[0].filename, w[0].lineno, w[0].category.__name__)

msgs = []
def my_show(message, category, filename, lineno, file=None, line=None):
    msgs.append("%s:%s" % (category.__name__, message))
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = my_show
    warnings.warn("custom shown", ImportWarning)
print(msgs, warnings.showwarning is not my_show)
print(warnings.formatwarning("fmt msg", UserWarning, "/path/to/file.py", 7, line="source line"), end="")
print(warnings.formatwarning("no line", RuntimeWarning, "f.py", 1, line=""), end="")
with warnings.catch_warnings():
    warnings.simplefilter("always")
    old_stderr = sys.stderr
    sys.stderr = sys.stdout
    try:
        warnings.warn_explicit("to stderr", UserWarning, "shown.py", 3)
    finally:
        sys.stderr = old_stderr
for cat in [Warning, UserWarning, DeprecationWarning, PendingDeprecationWarning, SyntaxWarning, RuntimeWarning, FutureWarning,
            ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning]:
    print(cat.__name__, cat.__mro__[1].__name__, issubclass(cat, Warning))
class MyWarning(UserWarning):
    pass
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore")
    warnings.simplefilter("always", MyWarning)
    warnings.warn("mine", MyWarning)
    warnings.warn("not mine")
    print([(x.category.__name__, str(x.message)) for x in w])
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print("AssertionError", e)
try:
    warnings.warn("x", category=int)
except TypeError as e:
    print("TypeError", e)
before = len(warnings.filters)
with warnings.catch_warnings():
    warnings.filterwarnings("ignore")
    print(len(warnings.filters) == before + 1)
print(len(warnings.filters) == before)
