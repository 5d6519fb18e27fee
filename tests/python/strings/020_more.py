s = "The quick brown fox"
words = s.split()
print(len(words), words[::-1], " ".join(w.capitalize() for w in words))
print(s.index("quick"), s.rfind("o"), s.endswith(("fox", "dog")), s.isalpha(), "123".isdigit(), "  ".isspace())
print("abc".ljust(5, ".") + "|", "abc".rjust(5) + "|", "a-b-c".rsplit("-", 1), "x".join("abc"))
table = {ord("a"): "A"}
print("banana".replace("an", "AN", 1), "Hello"[10:], "Hello"[-100:2], "%s=%r" % ("k", "v"))
print(str(b"bytes"), b"ab" + b"cd", b"hello"[1], list(b"hi"), bytes([65, 66]), "é".encode(), b"\xc3\xa9".decode())
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"), "{0[1]} {1[k]}".format([1, 2], {"k": "v"}))
print("tab\there", "new\\nline", 'quote"s', "multi\nline".count("\n"))
