# bytes/bytearray predicates for every byte value and for multi-byte strings
preds = ["isalnum", "isalpha", "isascii", "isdigit", "islower", "isupper", "isspace", "istitle"]
for p in preds:
    hits = [i for i in range(256) if getattr(bytes([i]), p)()]
    hits2 = [i for i in range(256) if getattr(bytearray([i]), p)()]
    print(p, len(hits), hits if len(hits) < 70 else (hits[:5], hits[-5:]), hits == hits2)
samples = [b"", b"abc", b"ABC", b"Abc", b"Abc Def", b"abc1", b"123", b" \t\n\r\x0b\x0c", b"\x1c", b"a b",
           b"Hello World", b"HELLO world", b"A1 B2", b"1A", b"\x80", b"a\x80", b"\x7f", b"_", b"Ab_Cd", b"aB"]
for s in samples:
    print(repr(s), "".join("T" if getattr(s, p)() else "." for p in preds))
for p in preds:
    try:
        getattr(b"a", p)(1)
    except TypeError as e:
        print(p, e)
print(b"abc".isidentifier() if hasattr(b"", "isidentifier") else "no isidentifier", hasattr(b"", "isdecimal"), hasattr(b"", "isnumeric"), hasattr(b"", "isprintable"))
