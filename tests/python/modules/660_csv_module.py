# _csv / csv: the reader's parser (quotes, multi-line fields, escapes,
# dialect options, strict errors), the writer's quoting modes, the dialect
# registry, DictReader/DictWriter, Dialect validation and errors.
import csv
import io


def show(lines, **kw):
    r = csv.reader(lines, **kw)
    try:
        for row in r:
            print(r.line_num, row)
    except (csv.Error, ValueError) as e:
        print(type(e).__name__ + ":", e, "at line", r.line_num)


print(csv.__version__, csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
print(issubclass(csv.Error, Exception), csv.Error.__module__, csv.Error.__name__)

# Basics, quoting, embedded delimiters and newlines.
show(["a,b,c\r\n", "1,2,3\n", "\n", ",,\n", "x"])
show(['"a,b","c""d",e\n', '"multi\n', 'line",z\n', '"",""\n'])
show(['"unterminated\n', "still going"])
show(['a,"b"c,d\n'])
show(["a\r\n", "b\r", "c"])
show(["a\rb\n"])

# Options.
show(["a; b;  'c;d'\n"], delimiter=";", quotechar="'", skipinitialspace=True)
show(["a\\,b,c\\\\d,\"e\\\"f\"\n"], escapechar="\\")
show(["a\\\n", "b,c\n"], escapechar="\\")
show(['"a"b""c",d\n'], doublequote=False)
show(['"a" b,c\n'], strict=True)
show(['"unterminated'], strict=True)
show(["1,2.5,'x',-3\n", "'a',4e3\n"], quotechar="'", quoting=csv.QUOTE_NONNUMERIC)
show(["1,abc\n"], quoting=csv.QUOTE_NONNUMERIC)
show(['"a",b\n'], quoting=csv.QUOTE_NONE)
show(["a\tb\tc\n"], dialect="excel-tab")
show(['a,"b\nc"\n'], dialect="unix")
show(["a,b\x00c\n"])
show([b"bytes\n"])

# The field size limit.
old = csv.field_size_limit(5)
print(old)
show(["abcde,abcdef\n"])
print(csv.field_size_limit(old))
try:
    csv.field_size_limit("x")
except TypeError as e:
    print("TypeError:", e)

# reader attributes.
r = csv.reader(["a"], delimiter="|")
print(r.dialect.delimiter, r.dialect.quotechar, r.dialect.escapechar, repr(r.dialect.lineterminator))
print(r.dialect.doublequote, r.dialect.skipinitialspace, r.dialect.strict, r.dialect.quoting)
print(iter(r) is r, next(r), r.line_num)

# The writer, in each quoting mode.
rows = [["plain", " lead", "a,b", 'q"x', "nl\nx", "cr\rx", 1, 2.5, None, "", True],
        [""], [], ["x", ""]]
for q in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    s = io.StringIO()
    w = csv.writer(s, quoting=q)
    for row in rows:
        print(repr(w.writerow(row)))
    print(repr(s.getvalue()))
s = io.StringIO()
w = csv.writer(s, quoting=csv.QUOTE_NONE, escapechar="\\")
w.writerows([["a,b", 'c"d', "e\\f", "g\nh"], ["x", "y"]])
print(repr(s.getvalue()))
s = io.StringIO()
w = csv.writer(s, doublequote=False, escapechar="\\", lineterminator="\n")
w.writerow(['say "hi"', "back\\slash"])
print(repr(s.getvalue()))
s = io.StringIO()
w = csv.writer(s, delimiter=";", quotechar="'", lineterminator="|")
w.writerow(["a;b", "c'd", "e|f", "g,h"])
print(repr(s.getvalue()))
print(w.dialect.delimiter, w.dialect.lineterminator)

# Round trip.
data = [["id", "text"], ["1", 'He said "hi",\nthen left'], ["2", ""], ["3", " x "]]
s = io.StringIO()
csv.writer(s).writerows(data)
s.seek(0)
print(list(csv.reader(s)) == data)

# Writer errors.
for q, row in [(csv.QUOTE_NONE, ["a,b"]), (csv.QUOTE_NONE, [""]), (csv.QUOTE_MINIMAL, 5)]:
    try:
        csv.writer(io.StringIO(), quoting=q).writerow(row)
    except csv.Error as e:
        print("Error:", e)
try:
    csv.writer(42)
except TypeError as e:
    print("TypeError:", e)

# The registry.
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL)
print(sorted(csv.list_dialects()))
d = csv.get_dialect("pipes")
print(type(d).__name__, d.delimiter, d.quoting)
show(["a|'b'|\"c|d\"\n"], dialect="pipes")
s = io.StringIO()
csv.writer(s, "pipes").writerow(["a", 1])
print(repr(s.getvalue()))
csv.unregister_dialect("pipes")
for f in (csv.get_dialect, csv.unregister_dialect):
    try:
        f("pipes")
    except csv.Error as e:
        print("Error:", e)
try:
    csv.register_dialect(1)
except TypeError as e:
    print("TypeError:", e)


class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


show(["a;b;\"c;d\"\n"], dialect=Semi)
csv.register_dialect("semi", Semi, delimiter=":")
print(csv.get_dialect("semi").delimiter, csv.get_dialect("semi").lineterminator == "\n")


class Broken(csv.Dialect):
    delimiter = ";"
try:
    Broken()
except csv.Error as e:
    print("Error:", e)

# Dialect validation.
for kw in [dict(delimiter=""), dict(delimiter=1), dict(delimiter="ab"), dict(quotechar="ab"),
           dict(quoting=7), dict(quoting="1"), dict(quotechar=None, quoting=csv.QUOTE_ALL),
           dict(lineterminator=None), dict(lineterminator=1), dict(escapechar=3), dict(foo=1)]:
    try:
        csv.reader([], **kw)
        print("ok", kw)
    except TypeError as e:
        print("TypeError:", e)
d = csv.reader([], quotechar=None).dialect
print(d.quoting, d.quotechar)
try:
    d.delimiter = ";"
except AttributeError:
    print("AttributeError: read-only")

# DictReader / DictWriter.
text = "name,age,city\r\nAnn,30,Oslo\r\nBob,25\r\nCy,40,Rome,extra\r\n"
for row in csv.DictReader(io.StringIO(text)):
    print(row)
dr = csv.DictReader(io.StringIO("x;y\n1;2\n"), delimiter=";")
print(dr.fieldnames, list(dr))
s = io.StringIO()
dw = csv.DictWriter(s, fieldnames=["a", "b"], extrasaction="ignore")
dw.writeheader()
dw.writerow({"a": 1, "b": "x,y", "c": 3})
dw.writerows([{"a": 2}, {"b": 'q"'}])
print(repr(s.getvalue()))
try:
    csv.DictWriter(io.StringIO(), fieldnames=["a"]).writerow({"z": 1})
except ValueError as e:
    print("ValueError:", e)

# Sniffer.
sn = csv.Sniffer()
dialect = sn.sniff("a;b;c\n1;2;3\n4;5;6\n")
print(dialect.delimiter, sn.has_header("name,age\nAnn,30\nBob,25\n"))
