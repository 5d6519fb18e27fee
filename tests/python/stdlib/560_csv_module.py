# csv: reader/writer with dialects and quoting, DictReader/DictWriter, Sniffer, custom dialect registration, errors
import csv, io

rows = [["name", "age", "note"], ["Alice", 30, "likes, commas"], ["Bob", 4.5, 'says "hi"'], ["", None, "multi\nline"], ["trailing space ", 0, ""]]
for kw in [{}, {"quoting": csv.QUOTE_ALL}, {"quoting": csv.QUOTE_NONNUMERIC}, {"quoting": csv.QUOTE_MINIMAL, "lineterminator": "\n"},
           {"delimiter": ";", "quotechar": "'"}, {"dialect": "excel-tab"}, {"dialect": "unix"}]:
    buf = io.StringIO()
    w = csv.writer(buf, **kw)
    w.writerows(rows)
    print(sorted(kw.items()) if kw else "default", repr(buf.getvalue()))
buf = io.StringIO()
w = csv.writer(buf, quoting=csv.QUOTE_NONE, escapechar="\\")
w.writerow(["a,b", 'q"uote', "plain"])
print(repr(buf.getvalue()))
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print("csv.Error", e)
buf = io.StringIO()
csv.writer(buf, doublequote=False, escapechar="\\").writerow(['say "x"'])
print(repr(buf.getvalue()))

text = 'name,age,note\r\nAlice,30,"likes, commas"\r\nBob,4.5,"says ""hi"""\r\n,,"multi\nline"\r\n'
print(list(csv.reader(io.StringIO(text))))
print(list(csv.reader(io.StringIO('1,"a",2.5\n'), quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(["a;b;'c;d'"], delimiter=";", quotechar="'")), list(csv.reader(["a, b,  c"], skipinitialspace=True)), list(csv.reader(["x\ty"], dialect="excel-tab")))
print(list(csv.reader(['a,"b', 'c",d'])), list(csv.reader([""])), list(csv.reader(["a,", ",b"])))
r = csv.reader(io.StringIO("h1,h2\n1,2\n3,4\n"))
print(next(r), r.line_num, list(r), r.line_num, r.dialect.delimiter)
try:
    list(csv.reader(['a,"b'], strict=True))
except csv.Error as e:
    print("csv.Error", e)
try:
    list(csv.reader(['"a"b'], strict=True))
except csv.Error as e:
    print("csv.Error", e)
print(list(csv.reader(['"a"b,c'])))
try:
    csv.reader(io.StringIO(""), delimiter="ab")
except TypeError as e:
    print("TypeError", e)

data = io.StringIO("id,city,pop\n1,Paris,2.1\n2,Oslo,0.7\n3,Lima\n")
dr = csv.DictReader(data)
print(dr.fieldnames)
for row in dr:
    print(row)
dr2 = csv.DictReader(io.StringIO("1,2,3,4\n5\n"), fieldnames=["a", "b"], restkey="rest", restval="NA")
print(list(dr2))
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["id", "name", "score"], restval="-", extrasaction="ignore", lineterminator="\n")
dw.writeheader()
dw.writerow({"id": 1, "name": "x", "score": 9.5})
dw.writerows([{"id": 2, "name": "y"}, {"id": 3, "name": "z", "score": 1, "extra": "ignored"}])
print(repr(out.getvalue()))
try:
    csv.DictWriter(io.StringIO(), fieldnames=["a"]).writerow({"a": 1, "b": 2})
except ValueError as e:
    print("ValueError", e)

class Pipes(csv.Dialect):
    delimiter = "|"
    quotechar = "`"
    quoting = csv.QUOTE_MINIMAL
    lineterminator = "\n"
    doublequote = True
    skipinitialspace = False
csv.register_dialect("pipes", Pipes)
csv.register_dialect("semi", delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\n")
buf = io.StringIO()
csv.writer(buf, "pipes").writerows([["a|b", "c`d", "e"], [1, 2, 3]])
csv.writer(buf, "semi").writerow(["x", 1])
print(repr(buf.getvalue()), list(csv.reader(io.StringIO(buf.getvalue().split("\n")[0]), "pipes")))
print(sorted(csv.list_dialects()), csv.get_dialect("semi").delimiter, csv.get_dialect("excel").lineterminator == "\r\n")
csv.unregister_dialect("semi")
try:
    csv.get_dialect("semi")
except csv.Error as e:
    print("csv.Error", e)
sample = "a;b;c\n1;2;3\n4;5;6\n"
sn = csv.Sniffer()
d = sn.sniff(sample)
print(d.delimiter, sn.has_header(sample), sn.has_header("name,age\nbob,3\nal,40\n"), sn.sniff('"x","y"\n"1","2"\n').quotechar)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.field_size_limit())
old = csv.field_size_limit(10)
try:
    list(csv.reader(["x" * 20]))
except csv.Error as e:
    print("csv.Error", e)
csv.field_size_limit(old)
print(csv.__version__, issubclass(csv.Error, Exception))
