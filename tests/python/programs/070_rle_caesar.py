def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)
def caesar(s, k):
    res = []
    for ch in s:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            res.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            res.append(ch)
    return "".join(res)
print(rle("aaabccddddde"), caesar("Hello, World!", 3), caesar(caesar("Round trip", 11), 15))
def tokenize(expr):
    tokens, num = [], ""
    for ch in expr:
        if ch.isdigit():
            num += ch
        else:
            if num:
                tokens.append(int(num)); num = ""
            if ch in "+-*/()":
                tokens.append(ch)
    if num:
        tokens.append(int(num))
    return tokens
def evaluate(tokens):
    def expr(i):
        v, i = term(i)
        while i < len(tokens) and tokens[i] in "+-":
            op = tokens[i]
            r, i = term(i + 1)
            v = v + r if op == "+" else v - r
        return v, i
    def term(i):
        v, i = factor(i)
        while i < len(tokens) and tokens[i] in ("*", "/"):
            op = tokens[i]
            r, i = factor(i + 1)
            v = v * r if op == "*" else v // r
        return v, i
    def factor(i):
        if tokens[i] == "(":
            v, i = expr(i + 1)
            return v, i + 1
        return tokens[i], i + 1
    return expr(0)[0]
print(evaluate(tokenize("2 + 3 * (4 - 1) / 2")), evaluate(tokenize("((7))*6")))
