# Formatting a str subclass instance: an empty spec calls its __str__; a
# spec that changes nothing, or str.format with the value as the only
# piece, hands back the instance itself (CPython's writer).
class RStr(str):
    pass


class Loud(str):
    def __str__(self):
        return "loud"


r = RStr("ab")
for label, f in [
    ("format s", lambda: format(r, "s")),
    ("format empty", lambda: format(r, "")),
    ("format <2", lambda: format(r, "<2")),
    ("format <3", lambda: format(r, "<3")),
    ("{:s}", lambda: "{:s}".format(r)),
    ("{}", lambda: "{}".format(r)),
    ("{}{}", lambda: "{}{}".format(r, "")),
    ("{}{} empty first", lambda: "{}{}".format("", r)),
    ("x{}", lambda: "x{}".format(r)),
    ("{}{} two", lambda: "{}{}".format(r, r)),
    ("{0!s}", lambda: "{0!s}".format(r)),
    ("{0!r}", lambda: "{0!r}".format(r)),
    ("format_map", lambda: "{k}".format_map({"k": r})),
    ("f-string", lambda: f"{r}"),
    ("f-string spec", lambda: f"{r:s}"),
    ("f-string text", lambda: f"<{r}>"),
    ("Loud format", lambda: format(Loud("q"), "")),
    ("Loud format s", lambda: format(Loud("q"), "s")),
    ("Loud {}", lambda: "{}".format(Loud("q"))),
    ("Loud f", lambda: f"{Loud('q')}"),
    ("Loud f spec", lambda: f"{Loud('q'):>3}"),
    ("str()", lambda: str(Loud("q"))),
    ("percent", lambda: "%s" % Loud("q")),
]:
    v = f()
    print(label, type(v).__name__, repr(v))
