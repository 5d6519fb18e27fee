def numbers(n):
    for i in range(n):
        yield i
def squares(it):
    for x in it:
        yield x * x
def evens(it):
    return (x for x in it if x % 2 == 0)
print(list(evens(squares(numbers(10)))))
def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total
acc = accumulate()
next(acc)
for v in (5, 10, 15):
    print(acc.send(v))
def flatten(xs):
    for x in xs:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, [3, 4]], [[5]], 6])))
gen = (i for i in range(3))
print(next(gen), list(gen), list(gen))
