tests = [
 lambda: "a".split(bogus=1), lambda: "a".split(",", 1, 2), lambda: "a".split(",", sep=","),
 lambda: print(bogus=1), lambda: sorted(), lambda: sorted([], bogus=1), lambda: "a".center(),
 lambda: "a".center(5, "ab"), lambda: "a".center(5, 1), lambda: "a".zfill(), lambda: "a".upper(1),
 lambda: "a".join(), lambda: "a".join(1), lambda: "a".expandtabs("x"), lambda: "a".expandtabs(tabsize=1, x=2),
 lambda: "a".encode("ascii", "strict", 1), lambda: "é".encode("ascii"), lambda: "a".encode("foo"),
 lambda: "a".translate(), lambda: str.maketrans(), lambda: str.maketrans("ab", "c"), lambda: str.maketrans(1),
 lambda: "a".splitlines(1, 2), lambda: "a".count(), lambda: "a".startswith(), lambda: "a".isdigit(1),
 lambda: "a".removeprefix(1), lambda: "a".format_map(), lambda: int.from_bytes(), lambda: min(), lambda: "a".replace(1,2),
 lambda: "a".ljust(2, ""), lambda: "a".title(x=1), lambda: "a".partition(x=1), lambda: "x".encode(encoding=1),
 lambda: "a".rsplit(maxsplit="1"),
]
for t in tests:
    try: print(t())
    except Exception as e: print(type(e).__name__, e)
