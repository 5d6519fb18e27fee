# Line and character diffs via LCS dynamic programming, plus edit distance.
def lcs_table(a, b):
    n, m = len(a), len(b)
    t = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        row, nxt = t[i], t[i + 1]
        for j in range(m - 1, -1, -1):
            if a[i] == b[j]:
                row[j] = nxt[j + 1] + 1
            else:
                row[j] = max(nxt[j], row[j + 1])
    return t


def diff(a, b):
    t = lcs_table(a, b)
    i = j = 0
    ops = []
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            ops.append((" ", a[i]))
            i += 1
            j += 1
        elif t[i + 1][j] >= t[i][j + 1]:
            ops.append(("-", a[i]))
            i += 1
        else:
            ops.append(("+", b[j]))
            j += 1
    ops.extend(("-", x) for x in a[i:])
    ops.extend(("+", x) for x in b[j:])
    return ops


def lcs_string(a, b):
    return "".join(x for op, x in diff(a, b) if op == " ")


def hunks(ops, context=1):
    changed = [k for k, (op, _) in enumerate(ops) if op != " "]
    if not changed:
        return []
    groups = [[changed[0], changed[0]]]
    for k in changed[1:]:
        if k - groups[-1][1] <= 2 * context + 1:
            groups[-1][1] = k
        else:
            groups.append([k, k])
    out = []
    for lo, hi in groups:
        lo, hi = max(0, lo - context), min(len(ops) - 1, hi + context)
        a_start = sum(1 for op, _ in ops[:lo] if op != "+") + 1
        b_start = sum(1 for op, _ in ops[:lo] if op != "-") + 1
        seg = ops[lo:hi + 1]
        a_len = sum(1 for op, _ in seg if op != "+")
        b_len = sum(1 for op, _ in seg if op != "-")
        out.append(f"@@ -{a_start},{a_len} +{b_start},{b_len} @@")
        out.extend(op + x for op, x in seg)
    return out


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


old = """def greet(name):
    print("Hello, " + name)
    return None

def add(a, b):
    return a + b

def unused():
    pass

x = add(1, 2)
greet("world")""".splitlines()
new = """def greet(name, punct="!"):
    print("Hello, " + name + punct)

def add(a, b):
    return a + b

def mul(a, b):
    return a * b

x = add(1, 2)
y = mul(x, 4)
greet("world")""".splitlines()
ops = diff(old, new)
print("lcs lines:", lcs_table(old, new)[0][0], "ops:", "".join(op if op != " " else "=" for op, _ in ops))
print("\n".join(hunks(ops)))
print("---")
print("\n".join(hunks(diff(old, new), context=0)))
print(hunks(diff(old, old)))
for a, b in [("ABCBDAB", "BDCABA"), ("kitten", "sitting"), ("", "abc"), ("abc", ""),
             ("AGGTAB", "GXTXAYB"), ("intention", "execution"), ("same", "same")]:
    d = diff(a, b)
    marked = "".join(x if op == " " else f"[{op}{x}]" for op, x in d)
    print(f"{a!r:12} {b!r:12} lcs={lcs_string(a, b)!r:8} edit={edit_distance(a, b)} {marked}")
words1 = "the cat sat on the mat today".split()
words2 = "a cat sat upon the red mat".split()
print(" ".join(x if op == " " else op + x for op, x in diff(words1, words2)))
print(lcs_table(list(range(0, 60, 2)), list(range(0, 60, 3)))[0][0], edit_distance(list(range(30)), list(range(30))[::-1]))
