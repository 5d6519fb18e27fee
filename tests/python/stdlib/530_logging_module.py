# logging to sys.stdout: basicConfig, levels, formatters, handlers, filters, logger hierarchy, exceptions, LoggerAdapter
import io, logging, sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
logging.debug("hidden debug")
logging.info("info %s %d", "args", 42)
logging.warning("warned")
logging.error("error with %(key)s", {"key": "mapping"})
logging.critical("critical!")
logging.log(logging.WARNING, "via log()")
root = logging.getLogger()
print(root.level, root.getEffectiveLevel(), logging.getLevelName(root.level), len(root.handlers), type(root.handlers[0]).__name__)
logging.basicConfig(level=logging.DEBUG)  # no effect: already configured
print(root.level)

log = logging.getLogger("app.module")
print(log.name, log.parent.name, log.getEffectiveLevel(), log.isEnabledFor(logging.DEBUG), log.isEnabledFor(logging.ERROR), logging.getLogger("app") is log.parent)
log.setLevel(logging.DEBUG)
log.debug("debug now visible")
log.info("from app.module")
child = log.getChild("sub")
print(child.name, child.getEffectiveLevel(), logging.getLogger("app.module.sub") is child)
child.info("child propagates")
child.propagate = False
child.info("lost: no handler and not propagating")
child.propagate = True

stream = io.StringIO()
h = logging.StreamHandler(stream)
h.setLevel(logging.WARNING)
h.setFormatter(logging.Formatter("[%(levelname)-8s] %(name)s | %(message)s | %(funcName)s:%(lineno)d"))
log.addHandler(h)
def do_work():
    log.warning("disk at %d%%", 91)
    log.info("info only to root")
do_work()
print(repr(stream.getvalue()))
log.removeHandler(h)

fmt = logging.Formatter("{levelname}|{name}|{message}", style="{")
dfmt = logging.Formatter("$levelname - $message", style="$")
rec = logging.LogRecord("rec.name", logging.ERROR, "/path/file.py", 10, "msg %s", ("arg",), None, func="fn")
print(fmt.format(rec), dfmt.format(rec), rec.getMessage(), rec.levelname, rec.levelno, rec.pathname, rec.filename, rec.module, rec.lineno, rec.funcName)
dated = logging.Formatter("%(asctime)s %(message)s", datefmt="%Y")
rec.created = 0.0
rec.msecs = 0
print(len(dated.formatTime(rec, "%Y-%m")) == 7, logging.Formatter("%(message)s").format(rec))
try:
    logging.Formatter("%(message)s", style="?")
except ValueError as e:
    print("ValueError", e)
try:
    logging.Formatter("{missing", style="{")
except ValueError as e:
    print("ValueError", e)

class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2 == 0
flt_stream = io.StringIO()
fh = logging.StreamHandler(flt_stream)
fh.addFilter(OnlyEven())
fh.setFormatter(logging.Formatter("%(message)s"))
flog = logging.getLogger("filtered")
flog.propagate = False
flog.addHandler(fh)
for i in range(5):
    flog.warning("n=%d", i)
print(repr(flt_stream.getvalue()))
nf = logging.Filter("a.b")
print(nf.filter(logging.makeLogRecord({"name": "a.b.c"})), nf.filter(logging.makeLogRecord({"name": "a.bc"})), nf.filter(logging.makeLogRecord({"name": "a"})))
flog.addFilter(lambda r: "secret" not in r.getMessage())
flog.warning("n=%d secret", 2)
flog.warning("n=%d public", 4)
print(repr(flt_stream.getvalue()))

import re
xs = io.StringIO()
xh = logging.StreamHandler(xs)
xh.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
xlog = logging.getLogger("exc")
xlog.propagate = False
xlog.addHandler(xh)
try:
    raise ZeroDivisionError("boom")
except ZeroDivisionError:
    xlog.exception("caught an error")
print(re.sub(r'File "[^"]*/', 'File "', xs.getvalue()), end="")
exc_stream = io.StringIO()
eh = logging.StreamHandler(exc_stream)
elog = logging.getLogger("exc2")
elog.propagate = False
elog.addHandler(eh)
try:
    {}["k"]
except KeyError:
    elog.error("with info", exc_info=True)
out = exc_stream.getvalue()
print(out.splitlines()[0], out.splitlines()[1], out.strip().splitlines()[-1])

adapter = logging.LoggerAdapter(logging.getLogger("adapted"), {"user": "alice"})
class Ctx(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["user"], msg), kwargs
Ctx(logging.getLogger("adapted"), {"user": "bob"}).warning("adapter message")
adapter.info("plain adapter")
logging.getLogger("extra").warning("extra field", extra={"custom": 1})
print(logging.getLevelName(10), logging.getLevelName("ERROR"), logging.getLevelName(33), logging.INFO, logging.FATAL == logging.CRITICAL, logging.WARN)
logging.addLevelName(25, "NOTICE")
logging.log(25, "custom level")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
logging.disable(logging.WARNING)
logging.warning("disabled")
logging.error("error still shown")
logging.disable(logging.NOTSET)
import logging.handlers as mem
target = logging.StreamHandler(sys.stdout)
target.setFormatter(logging.Formatter("flushed: %(message)s"))
mh = mem.MemoryHandler(capacity=3, flushLevel=logging.ERROR, target=target)
mlog = logging.getLogger("mem")
mlog.propagate = False
mlog.addHandler(mh)
mlog.warning("one"); mlog.warning("two")
print("buffered", len(mh.buffer))
mlog.error("three triggers flush")
print("buffered", len(mh.buffer))
mh.close()
class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []
    def emit(self, record):
        self.records.append(self.format(record))
lh = ListHandler()
lh.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
llog = logging.getLogger("list")
llog.addHandler(lh)
llog.propagate = False
llog.setLevel(logging.INFO)
llog.debug("d"); llog.info("i"); llog.warning("w")
print(lh.records, llog.hasHandlers(), logging.getLogger("nohandlers.x").hasHandlers())
print(repr(llog), repr(lh), repr(logging.getLogger()))
logging.shutdown()
