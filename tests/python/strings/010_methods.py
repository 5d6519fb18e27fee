# test: gc-stress
s = "  Hello, World  "
print(s.strip(), s.lower(), s.upper(), s.split(","), s.replace("l", "L"), s.find("World"), s.count("l"))
print("a,b,,c".split(","), "a b  c".split(), " x ".lstrip(), " x ".rstrip() + "|", "abc".startswith("ab"))
print("-".join(["a", "b", "c"]), "abc"[::-1], "abcdef"[1:4], "abcdef"[-2:], "x" * 3, len("héllo"))
print("hello world".title(), "Hello".swapcase(), "abc".capitalize(), "42".zfill(5), "ab".center(6, "*"))
print("a\tb".expandtabs if False else "ok", "line1\nline2".splitlines(), "k=v".partition("="))
print("héllo"[1], "日本語"[1:], ord("é"), chr(233), "abc" < "abd", "b" in "abc")
print(repr("it's"), repr('say "hi"'), repr("a\nb"), "%d-%s-%.2f" % (5, "x", 2.5), "{}+{}={}".format(1, 2, 3))
print("{0}{1}{0}".format("a", "b"), "{name}!".format(name="x"), "%5s|%-5s|" % ("a", "b"), "%x" % 255)
