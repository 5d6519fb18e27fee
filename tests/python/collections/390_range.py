# range objects
r = range(10)
print(r, repr(range(1, 5)), range(1, 10, 2), range(0), range(5, 0, -1), range(-3, 3))
print(len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(5, 5)), len(range(5, 0)), len(range(-10, 10, 7)))
print(range(10)[3], range(10)[-1], range(2, 20, 3)[2], range(10, 0, -2)[-1], range(10, 0, -2)[0])
print(range(10)[2:5], range(10)[::-1], range(10)[::2], range(2, 20, 3)[1:4], range(10)[5:1:-2])
print(range(10)[-3:], range(10)[100:], range(10, 0, -1)[::-3])
print(list(range(10)[::-1]), list(range(0, 10, 4)[::-1]))
print(list(range(5, -5, -3)), list(range(-1, -10, -4)), list(range(3, 3)), list(range(3, 0, 1)))
print(5 in range(10), 10 in range(10), 4 in range(0, 10, 2), 5 in range(0, 10, 2), -1 in range(10))
print(3.0 in range(5), 3.5 in range(5), "a" in range(5), True in range(2), 9 in range(10, 0, -1))
print(range(0) == range(5, 5), range(0, 3) == range(3), range(0, 10, 2) == range(0, 9, 2), range(1) == range(2))
print(range(0, 1, 5) == range(0, 1, 7), range(3) == [0, 1, 2], range(3) != range(4))
print(range(10).index(4), range(0, 20, 5).index(15), range(10, 0, -1).index(1), range(5).count(3), range(5).count(7))
print(range(5).count(3.0), range(1, 10, 2).start, range(1, 10, 2).stop, range(1, 10, 2).step, range(4).step)
try:
    range(10).index(10)
except ValueError as ex:
    print("ValueError", ex)
try:
    range(0, 10, 2).index(3)
except ValueError as ex:
    print("ValueError", ex)
try:
    range(1, 5, 0)
except ValueError as ex:
    print("ValueError", ex)
try:
    range(1.5)
except TypeError as ex:
    print("TypeError", ex)
try:
    range(10)[10]
except IndexError as ex:
    print("IndexError", ex)
try:
    range(10)[-11]
except IndexError as ex:
    print("IndexError", ex)
try:
    range(10)[::0]
except ValueError as ex:
    print("ValueError", ex)
try:
    range()
except TypeError as ex:
    print("TypeError", ex)
try:
    range(1, 2, 3, 4)
except TypeError as ex:
    print("TypeError", ex)
try:
    range(3)[0] = 1
except TypeError as ex:
    print("TypeError", ex)
big = range(0, 10 ** 20, 3)
print(len(range(0, 10 ** 6, 7)), big[-1], 10 ** 19 in big, big[10 ** 18], 3 * 10 ** 18 in big)
print(bool(range(0)), bool(range(1)), list(reversed(range(1, 8, 3))), sum(range(101)))
print(type(range(1)).__name__, type(iter(range(1))).__name__, min(range(3, 8)), max(range(3, 8, 2)))
it = iter(range(3))
print(next(it), list(it), list(it))
print(range(True, 3), list(range(-2, 2)), range(-5)[:], list(range(10)[3:7][1:]))
print(hash(range(3)) == hash(range(0, 3, 1)), {range(2): "x"}[range(0, 2)])
