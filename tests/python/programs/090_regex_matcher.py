def match(pattern, text):
    if pattern.startswith("^"):
        return match_here(pattern[1:], text)
    i = 0
    while True:
        if match_here(pattern, text[i:]):
            return True
        if i >= len(text):
            return False
        i += 1
def match_here(p, t):
    if not p:
        return True
    if len(p) >= 2 and p[1] == "*":
        return match_star(p[0], p[2:], t)
    if p == "$":
        return t == ""
    if t and (p[0] == "." or p[0] == t[0]):
        return match_here(p[1:], t[1:])
    return False
def match_star(c, p, t):
    i = 0
    while True:
        if match_here(p, t[i:]):
            return True
        if i < len(t) and (t[i] == c or c == "."):
            i += 1
        else:
            return False
cases = [("abc", "xabcx"), ("^abc", "abcd"), ("^abc", "xabc"), ("a.c", "abc"), ("ab*c", "ac"), ("ab*c", "abbbc"),
         ("x$", "abx"), ("x$", "xab"), ("^.*$", "anything"), ("a*b*c*$", "aaccc")]
for p, t in cases:
    print(f"{p!r:10} {t!r:10} {match(p, t)}")
