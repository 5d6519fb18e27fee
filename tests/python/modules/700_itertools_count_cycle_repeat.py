# itertools.count, cycle and repeat: values, reprs, argument errors.
import itertools
from itertools import count, cycle, repeat, islice


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


print(itertools.count, itertools.cycle, itertools.repeat)
print(count.__name__, count.__module__, type(count()) is count)

# count
c = count()
print(next(c), next(c), next(c), repr(c))
print(list(islice(count(5), 4)), repr(count(5)))
print(list(islice(count(10, -3), 5)))
print(list(islice(count(1.5, 0.5), 4)), repr(count(1.5, 0.5)))
print(list(islice(count(0.1, 0.1), 4)))
print(list(islice(count(1, 0.5), 4)), repr(count(1, 0.5)))
print(list(islice(count(2.0), 3)), repr(count(2.0)))
print(list(islice(count(start=3, step=2), 3)), repr(count(start=3, step=2)))
print(list(islice(count(step=-1), 3)))
print(list(islice(count(2 ** 62 - 2), 4)))
print(list(islice(count(2 ** 70, 2 ** 69), 3)), repr(count(2 ** 70, 2)))
print(list(islice(count(True), 3)), repr(count(True)), repr(count(1, True)))
print(list(islice(count(1j), 3)), repr(count(1j, 1j)))
print(repr(count(0, 0)), list(islice(count(7, 0), 3)))
print(repr(count(-5)), repr(count(1, -1)))
c = count(3)
next(c)
print(repr(c))
show(lambda: count('a'))
show(lambda: count(1, 'a'))
show(lambda: count(None))
show(lambda: count(1, 2, 3))
show(lambda: count(x=1))
show(lambda: count(1, start=3))
show(lambda: count(1, 2, step=3))
print(iter(c) is c)

# cycle
print(list(islice(cycle('abc'), 8)))
print(list(islice(cycle([1]), 3)))
print(list(cycle([])), list(cycle('')))
cy = cycle(iter([1, 2]))
print([next(cy) for _ in range(5)])
show(lambda: cycle())
show(lambda: cycle(1))
show(lambda: cycle([], 2))
show(lambda: cycle(x=[]))
# cycle saves items lazily: the source is only read once
src = iter(range(3))
cy = cycle(src)
print(next(cy), list(src), list(islice(cy, 4)))

# repeat
print(list(repeat('a', 3)), repr(repeat('a', 3)), repr(repeat('a')))
print(list(repeat(None, 0)), list(repeat(1, -2)), repr(repeat(1, -2)))
print(list(repeat(times=2, object='x')), repr(repeat([1, 2], times=2)))
print(list(islice(repeat(7), 4)))
r = repeat('x', 2)
print(r.__length_hint__(), next(r), repr(r), r.__length_hint__())
print(next(r), repr(r), r.__length_hint__(), list(r), list(r))
show(lambda: repeat(1).__length_hint__())
show(lambda: repeat())
show(lambda: repeat(1, 'a'))
show(lambda: repeat(1, 2.0))
show(lambda: repeat(1, None))
show(lambda: repeat(1, 2, 3))
show(lambda: repeat(1, 2 ** 70))
show(lambda: repeat(1, object=3))
show(lambda: repeat(1, 2, times=3))
show(lambda: repeat(1, x=3))
lst = [1]
rr = list(repeat(lst, 2))
print(rr[0] is lst and rr[1] is lst)
print(len(list(repeat(0, 1000))))
