# Greedy and minimum-raggedness text wrapping, full justification, centering and columns.
TEXT = """The quick brown fox jumps over the lazy dog. Pack my box with five dozen
liquor jugs! How vexingly quick daft zebras jump; the five boxing wizards jump
quickly. Sphinx of black quartz, judge my vow. Supercalifragilisticexpialidocious
words sometimes exceed the width entirely, and must be placed on a line alone."""


def greedy_wrap(words, width):
    lines, current = [], []
    length = 0
    for w in words:
        extra = len(w) + (1 if current else 0)
        if current and length + extra > width:
            lines.append(current)
            current, length = [w], len(w)
        else:
            current.append(w)
            length += extra
    if current:
        lines.append(current)
    return lines


def optimal_wrap(words, width):
    n = len(words)
    INF = float("inf")
    cost = [0.0] * (n + 1)
    brk = [0] * (n + 1)
    for i in range(n - 1, -1, -1):
        best, best_j = INF, i + 1
        length = -1
        for j in range(i + 1, n + 1):
            length += len(words[j - 1]) + 1
            if length > width and j > i + 1:
                break
            slack = 0 if j == n else (width - length) ** 2
            if length > width:
                slack = 10 ** 6
            total = slack + cost[j]
            if total < best:
                best, best_j = total, j
        cost[i], brk[i] = best, best_j
    lines, i = [], 0
    while i < n:
        lines.append(words[i:brk[i]])
        i = brk[i]
    return lines, cost[0]


def justify(line, width, last=False):
    if last or len(line) == 1:
        return " ".join(line).ljust(width)
    gaps = len(line) - 1
    spaces = width - sum(len(w) for w in line)
    if spaces < gaps:
        return " ".join(line)
    q, r = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(line[:-1]):
        out += w + " " * (q + (1 if i < r else 0))
    return out + line[-1]


def raggedness(lines, width):
    return sum((width - len(" ".join(l))) ** 2 for l in lines[:-1])


words = TEXT.split()
print(len(words), "words,", sum(map(len, words)), "letters, longest:", max(words, key=len))
for width in (28, 40):
    g = greedy_wrap(words, width)
    o, c = optimal_wrap(words, width)
    print(f"--- width {width}: greedy {len(g)} lines rag={raggedness(g, width)}; "
          f"optimal {len(o)} lines rag={raggedness(o, width)} cost={c}")
    for i, line in enumerate(o):
        print("|" + justify(line, width, i == len(o) - 1) + "|")
print("--- centered / right")
for line in greedy_wrap(words[:18], 30):
    s = " ".join(line)
    print("[" + s.center(34) + "]", "[" + s.rjust(32, ".") + "]")
print("--- format specs")
for w in ("x", "fox", "quartz"):
    print(f"<{w:^9}>", f"<{w:*<8}>", f"<{w:->7}>", "<%-6s>" % w, "<%6s>" % w, f"{w!r:>10}")


def columns(items, ncols, gap=2):
    rows = (len(items) + ncols - 1) // ncols
    cols = [items[i * rows:(i + 1) * rows] for i in range(ncols)]
    widths = [max((len(x) for x in col), default=0) for col in cols]
    out = []
    for r in range(rows):
        cells = [col[r].ljust(widths[c]) for c, col in enumerate(cols) if r < len(col)]
        out.append((" " * gap).join(cells).rstrip())
    return out


uniq = sorted(set(w.strip(".,;!").lower() for w in words))
print(len(uniq), "unique")
print("\n".join(columns(uniq, 5)))
print(repr("  a  b\t c \n".split()), repr("a,,b,".split(",")), "x".center(4, "-"), "ab".center(5, "-"))
print("hello world".title(), "HeLLo".swapcase(), "abc".zfill(6), "-42".zfill(6))
print(repr("\tindent\ttabs".expandtabs(4)), repr("a\tbc\td".expandtabs()))
