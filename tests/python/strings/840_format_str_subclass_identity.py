# format(s, spec) on a str subclass: CPython's str.__format__ returns the
# string itself when a non-empty spec leaves it unchanged (no padding, no
# cut), so the subclass survives; an empty spec, padding or a cut give a
# plain str. Found by tools/progen (seed 34419185).
class R(str):
    pass
r = R('ab')
for spec in ['', 's', '<', '<s', '>', '^s', '10', '.5', '.1', 'x<s', '2', '.2', '=', '+']:
    try:
        v = format(r, spec)
        print(repr(spec), type(v).__name__, repr(v), v is r)
    except Exception as e:
        print(repr(spec), type(e).__name__, e)
print(type(r.__format__('')).__name__, type(f"{r}").__name__, type(f"{r:s}").__name__,
      type(f"{r:>2}").__name__, type(f"{r!s:s}").__name__)
print(type(format('ab', 's')).__name__, format('ab', 's') == 'ab')
