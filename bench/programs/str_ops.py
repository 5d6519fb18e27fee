"""str_ops: builds and transforms text -- str.join over generated pieces, slicing, find, split, replace, upper/lower, f-string formatting and repeated `+=` concatenation -- then checksums the results. Stresses string allocation, the common str methods, formatting of ints in f-strings and BUILD_STRING / FORMAT_VALUE bytecodes."""
# bench: tiny=200 quick=30000 full=350000
import sys

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta",
         "theta", "iota", "kappa", "lambda", "mu"]


def checksum(s, h):
    # cheap position-dependent hash over a sample of characters
    step = len(s) // 16 + 1
    for j in range(0, len(s), step):
        h = (h * 131 + ord(s[j])) & 0xFFFFFFF
    return (h + len(s)) & 0xFFFFFFF


def one_round(i, h):
    w = WORDS[i % len(WORDS)]
    v = WORDS[(i * 7 + 3) % len(WORDS)]
    # f-strings and join
    line = f"{i}:{w}-{v}={i * 3 % 101}"
    parts = [line, w.upper(), v[::-1], str(i)]
    s = ", ".join(parts)
    # concatenation in a small loop
    t = ""
    for k in range(4):
        t += v[k % len(v)] + w[:k + 1]
    s = s + "|" + t
    # find, slice, replace, split
    pos = s.find(v)
    if pos >= 0:
        s = s[:pos] + s[pos:].replace(v, v.upper(), 1)
    s = s.replace(", ", ";")
    fields = s.split(";")
    h = checksum(s, h)
    h = (h + len(fields) * 17 + s.count("a") + pos) & 0xFFFFFFF
    low = fields[1].lower()
    if low.startswith(w[:2]) and low.endswith(w[-1:]):
        h = (h + 3) & 0xFFFFFFF
    return h


def main(n):
    h = 7
    pieces = []
    for i in range(n):
        h = one_round(i, h)
        if i % 50 == 0:
            pieces.append(f"{h:x}")
    blob = "-".join(pieces)
    return h, len(blob), checksum(blob.upper(), 0)


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 350000
    print(main(n))
