import codecs, json
print(codecs.lookup("UTF-8").name, codecs.lookup("latin1").name)
print(codecs.encode("héllo", "utf-8"), codecs.decode(b"h\xc3\xa9llo", "utf-8"))
print("x".encode("cp1252"), b"\x80".decode("cp1252"), "€".encode("cp1252"))
d = codecs.getincrementaldecoder("utf-8")()
print(repr(d.decode(b"\xc3")), repr(d.decode(b"\xa9")))
print(json.dumps({"a": [1, 2.5, "x", None, True]}, sort_keys=True), json.loads('{"k": [1, {"z": null}]}'))
try:
    codecs.lookup("no-such-codec")
except LookupError as e:
    print(e)
print(codecs.lookup_error("strict").__name__, codecs.decode(b"\xff", "ascii", "replace"))
