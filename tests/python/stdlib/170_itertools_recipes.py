# The itertools documentation's recipes, run on small inputs
import collections, functools, math, operator
from itertools import (accumulate, chain, combinations, compress, count, cycle, filterfalse,
                       groupby, islice, pairwise, permutations, product, repeat, starmap,
                       takewhile, tee, zip_longest, combinations_with_replacement, dropwhile)

def take(n, iterable):
    return list(islice(iterable, n))
def prepend(value, iterator):
    return chain([value], iterator)
def tabulate(function, start=0):
    return map(function, count(start))
def tail(n, iterable):
    return iter(collections.deque(iterable, maxlen=n))
def consume(iterator, n=None):
    if n is None:
        collections.deque(iterator, maxlen=0)
    else:
        next(islice(iterator, n, n), None)
def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)
def all_equal(iterable):
    g = groupby(iterable)
    return next(g, True) and not next(g, False)
def quantify(iterable, pred=bool):
    return sum(map(pred, iterable))
def ncycles(iterable, n):
    return chain.from_iterable(repeat(tuple(iterable), n))
def dotproduct(vec1, vec2):
    return sum(map(operator.mul, vec1, vec2))
def convolve(signal, kernel):
    kernel = tuple(kernel)[::-1]
    n = len(kernel)
    window = collections.deque([0], maxlen=n) * n
    for x in chain(signal, repeat(0, n - 1)):
        window.append(x)
        yield dotproduct(kernel, window)
def polynomial_from_roots(roots):
    expansion = [1]
    for r in roots:
        expansion = convolve(expansion, (1, -r))
    return list(expansion)
def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)
def repeatfunc(func, times=None, *args):
    if times is None:
        return starmap(func, repeat(args))
    return starmap(func, repeat(args, times))
def grouper(iterable, n, *, incomplete="fill", fillvalue=None):
    args = [iter(iterable)] * n
    if incomplete == "fill":
        return zip_longest(*args, fillvalue=fillvalue)
    if incomplete == "strict":
        return zip(*args, strict=True)
    if incomplete == "ignore":
        return zip(*args)
    raise ValueError("Expected fill, strict, or ignore")
def triplewise(iterable):
    for (a, _), (b, c) in pairwise(pairwise(iterable)):
        yield a, b, c
def sliding_window(iterable, n):
    it = iter(iterable)
    window = collections.deque(islice(it, n), maxlen=n)
    if len(window) == n:
        yield tuple(window)
    for x in it:
        window.append(x)
        yield tuple(window)
def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for next_ in nexts:
                yield next_()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))
def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(pred, t1), filter(pred, t2)
def before_and_after(predicate, it):
    it = iter(it)
    transition = []
    def true_iterator():
        for elem in it:
            if predicate(elem):
                yield elem
            else:
                transition.append(elem)
                return
    def remainder_iterator():
        yield from transition
        yield from it
    return true_iterator(), remainder_iterator()
def subslices(seq):
    slices = starmap(slice, combinations(range(len(seq) + 1), 2))
    return map(operator.getitem, repeat(seq), slices)
def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))
def unique_everseen(iterable, key=None):
    seen = set()
    seen_add = seen.add
    if key is None:
        for element in filterfalse(seen.__contains__, iterable):
            seen_add(element)
            yield element
    else:
        for element in iterable:
            k = key(element)
            if k not in seen:
                seen_add(k)
                yield element
def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), groupby(iterable, key)))
def iter_except(func, exception, first=None):
    try:
        if first is not None:
            yield first()
        while True:
            yield func()
    except exception:
        pass
def first_true(iterable, default=False, pred=None):
    return next(filter(pred, iterable), default)
def nth_combination(iterable, r, index):
    pool = tuple(iterable)
    n = len(pool)
    c = math.comb(n, r)
    if index < 0:
        index += c
    if index < 0 or index >= c:
        raise IndexError
    result = []
    while r:
        c, n, r = c * r // n, n - 1, r - 1
        while index >= c:
            index -= c
            c, n = c * (n - r) // n, n - 1
        result.append(pool[-1 - n])
    return tuple(result)
def sieve(n):
    data = bytearray((0, 1)) * (n // 2)
    data[:3] = 0, 0, 0
    limit = math.isqrt(n) + 1
    for p in compress(range(limit), data):
        data[p * p:n:p + p] = bytes(len(range(p * p, n, p + p)))
    data[2] = 1
    return compress(count(), data)
def factor(n):
    for prime in sieve(math.isqrt(n) + 1):
        while True:
            quotient, remainder = divmod(n, prime)
            if remainder:
                break
            yield prime
            n = quotient
            if n == 1:
                return
    if n > 1:
        yield n
def batched(iterable, n):
    it = iter(iterable)
    while batch := tuple(islice(it, n)):
        yield batch

print(take(3, "ABCDEFG"), list(prepend(0, [1, 2])), take(4, tabulate(lambda x: x * x, 1)))
print(list(tail(3, "ABCDEFG")))
it = iter(range(10)); consume(it, 3); print(next(it)); consume(it); print(next(it, "done"))
print(nth(range(10), 3), nth(range(3), 5, "dflt"))
print(all_equal("aaaa"), all_equal("aab"), all_equal(""), quantify([1, 0, 2, 0, 3]))
print(list(ncycles("ab", 3)), dotproduct([1, 2, 3], [4, 5, 6]))
print(list(convolve([1, 2, 3], [1, 1])), polynomial_from_roots([5, -4, 3]))
print(list(flatten([[1, 2], [3], []])), list(repeatfunc(pow, 3, 2, 5)), take(2, repeatfunc(int)))
print(list(grouper("ABCDEFG", 3, fillvalue="x")), list(grouper("ABCDEFG", 3, incomplete="ignore")))
try:
    list(grouper("ABCDEFG", 3, incomplete="strict"))
except ValueError as e:
    print("ValueError", e)
print(list(triplewise("ABCDEF")), list(sliding_window("ABCDE", 3)), list(pairwise([1, 2, 3])))
print(list(roundrobin("ABC", "D", "EF")))
evens, odds = partition(lambda x: x % 2, range(10))
print(list(evens), list(odds))
alpha, rest = before_and_after(str.isalpha, "abc123def")
print("".join(alpha), "".join(rest))
print(list(subslices("ABC")), list(powerset([1, 2, 3])))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
print(list(unique_justseen("AAAABBBCCDAABBB")), list(unique_justseen("ABBcCAD", str.lower)))
d = {"a": 1, "b": 2}
print(sorted(iter_except(d.popitem, KeyError)), list(iter_except([1, 2].pop, IndexError, lambda: "first")))
print(first_true([0, None, 3, 4]), first_true([], "none"), first_true([1, 2, 3], pred=lambda x: x > 1))
print(nth_combination(range(5), 3, 4), list(combinations(range(5), 3))[4], nth_combination("abcd", 2, -1))
print(list(sieve(60)), list(factor(360)), list(factor(97)), list(factor(1)), list(factor(2 ** 20 * 3 ** 5)))
print(list(batched("ABCDEFG", 3)))
print(list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([3, 1, 4, 1, 5], max, initial=2)))
print(list(takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(len(list(permutations(range(4), 2))), list(product("ab", repeat=2)), list(combinations_with_replacement("ab", 2)))
print([(k, len(list(g))) for k, g in groupby(sorted("mississippi"))])
