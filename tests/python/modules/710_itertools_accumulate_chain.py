# itertools.accumulate, chain, compress, dropwhile, takewhile, filterfalse,
# starmap and pairwise.
import operator
from itertools import (accumulate, chain, compress, dropwhile, takewhile, filterfalse,
                       starmap, pairwise, count, islice)


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


# accumulate
print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(accumulate(['a', 'b', 'c'])))
print(list(accumulate([])), list(accumulate([], initial=10)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([1, 2, 3], None)), list(accumulate([1, 2], func=None)))
print(list(accumulate([1, 2, 3], initial=None)))
print(list(accumulate([2, 3], lambda a, b: a * 10 + b, initial=1)))
print(list(accumulate(iter([1.5, 2.5]))))
print(list(islice(accumulate(count(1)), 5)))
show(lambda: accumulate())
show(lambda: accumulate(1))
show(lambda: accumulate([1], 2, 3))
show(lambda: accumulate([1], x=3))
show(lambda: accumulate([1], 2, func=3))
show(lambda: list(accumulate([1, 2], 3)))
show(lambda: list(accumulate([1, 'a'])))
show(lambda: list(accumulate([1], 3)))

# chain
print(list(chain('ab', [1, 2], (), range(3))), list(chain()), list(chain([])))
print(list(chain.from_iterable(['ab', 'cd', ''])), list(chain.from_iterable([])))
print(list(chain.from_iterable(iter([[1], [2, 3]]))))
ch = chain([1], 5, [2])
show(lambda: next(ch))
show(lambda: next(ch))
print(list(ch))
show(lambda: chain(x=1))
show(lambda: chain.from_iterable(1))
show(lambda: list(chain.from_iterable([1])))
show(lambda: chain.from_iterable())
show(lambda: chain.from_iterable([], []))
# lazy: later iterables are only turned into iterators when reached
def gen():
    print("gen started")
    yield 1
ch = chain([0], gen())
print(next(ch))
print(next(ch))
print(list(islice(chain.from_iterable(repeat_list for repeat_list in [[1, 2]] * 3), 5)))

# compress
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(compress('ABC', [1, 1])), list(compress('AB', [0, 1, 1, 1])))
print(list(compress([], [1])), list(compress(range(10), count(0))))
print(list(compress(data=range(5), selectors=[True, '', 'x', None, 1])))
show(lambda: compress())
show(lambda: compress([1]))
show(lambda: compress(1, [1]))
show(lambda: compress([1], 1))
show(lambda: compress([1], [1], [1]))

# dropwhile / takewhile
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(dropwhile(lambda x: True, [1, 2])), list(takewhile(lambda x: True, [1, 2])))
print(list(dropwhile(bool, [])), list(takewhile(bool, [])))
it = iter([1, 2, 10, 3, 4])
tw = takewhile(lambda x: x < 5, it)
print(list(tw), list(it), list(tw))
show(lambda: dropwhile(1))
show(lambda: dropwhile(1, 2))
show(lambda: list(dropwhile(1, [2])))
show(lambda: dropwhile(1, [2], x=1))
show(lambda: takewhile(1))
show(lambda: list(takewhile(None, [1])))
show(lambda: takewhile(len, [1], [2]))

# filterfalse
print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, '', 'a', None, [], [0]])))
print(list(filterfalse(bool, [0, 1, False, True])))
show(lambda: filterfalse(1))
show(lambda: filterfalse(None, 1))
show(lambda: list(filterfalse(1, [1])))

# starmap
def sub(a, b):
    return a - b


print(list(starmap(sub, [(5, 2), [7, 3]])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(lambda *a: a, [[1, 2], 'xy', (), iter([3])])))
print(list(starmap(max, [])))
show(lambda: starmap(1))
show(lambda: starmap(pow, [1], 3))
show(lambda: list(starmap(pow, [1])))
show(lambda: list(starmap(sub, [(5, 2), (1, 2, 3)])))

# pairwise
print(list(pairwise('ABCDE')), list(pairwise([1])), list(pairwise([])))
print(list(pairwise(range(3))), list(pairwise(iter([None, None]))))
pw = pairwise(iter([1, 2, 3]))
print(next(pw), next(pw), list(pw), list(pw))
show(lambda: pairwise())
show(lambda: pairwise(1))
show(lambda: pairwise([1], [2]))
show(lambda: pairwise(iterable=[1]))
