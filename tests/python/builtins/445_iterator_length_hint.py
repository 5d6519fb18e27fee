# Built-in iterators: their CPython type names and __length_hint__ (operator.length_hint).
import operator
cases = [iter([1, 2, 3]), iter((1, 2)), reversed([1, 2, 3]), iter(range(5)), iter(range(5, 40, 7)),
         iter({1: 2, 3: 4}), iter({1: 2}.values()), iter({1: 2}.items()), iter({1, 2, 3}), iter('abc')]
for it in cases:
    before = operator.length_hint(it)
    next(it)
    print(type(it).__name__, before, operator.length_hint(it), it.__length_hint__() if hasattr(it, '__length_hint__') else '-')
l = [1, 2, 3]
it = iter(l); next(it); l.append(4); print(operator.length_hint(it))
r = reversed(l); del l[:]; print(operator.length_hint(r))
d = {1: 1}; it = iter(d); d[2] = 2; print(operator.length_hint(it))
print(list(zip(iter([1,2]), iter((3,4)))), [x for x in reversed([1,2,3])])
