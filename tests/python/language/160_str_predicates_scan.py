# Unicode predicates scanned over code-point ranges: counts and checksums per predicate
preds = ["isalpha", "isalnum", "isdecimal", "isdigit", "isnumeric", "isspace", "islower",
         "isupper", "istitle", "isprintable", "isidentifier", "isascii"]
ranges = [(0, 0x100), (0x100, 0x800), (0x800, 0x2000), (0x2000, 0x3100), (0xa000, 0xac00),
          (0xff00, 0x10000), (0x10400, 0x10500), (0x1d400, 0x1d800), (0x1f000, 0x1f700)]
for lo, hi in ranges:
    chars = [chr(i) for i in range(lo, hi)]
    row = []
    for p in preds:
        f = getattr(str, p)
        hits = [ord(c) for c in chars if f(c)]
        row.append("%s=%d/%d" % (p[2:6], len(hits), sum(hits) % 100000))
    print("%05x-%05x" % (lo, hi), " ".join(row))
# the digit/decimal/numeric distinction on selected characters
for c in "0٣۴߅१৪੫௯๙໒၃០᠕᥆０𝟎𝟡²³¹⁰₀①⑴⒈⓪❶➀½¼⅓Ⅷⅻ〇零一万፲𐄇𒐀":
    print("U+%04X" % ord(c), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isalnum(), c.isalpha(), c.isidentifier(),
          ("int=" + str(int(c))) if c.isdecimal() else "")
print([s.isidentifier() for s in ["a", "_", "1a", "a1", "é", "℘", "℮", "·", "a·", "\u2118x", "x\u00b7", "ᢅ", "゛", "a-b", "", "λ", "__", "a b", "𝔘𝔫𝔦"]])
print([c.isprintable() for c in "\x00\x1f \x7f\x80\x9f\xa0\xad\u0378\u200b\u2028\u3000\ue000\ufeff\U0001f600\U000e0001"])
print(int("٣٤٥"), int("１２"), float("١٫٥".replace("٫", ".")), int("𝟏𝟐"), float("۱.۵"))
