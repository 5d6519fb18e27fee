# tuple methods, comparison, repr, hashing
t = (1, 2, 3, 2, 1)
print(t.count(2), t.count(9), t.index(2), t.index(1, 1), t.index(2, -3))
try:
    t.index(9)
except ValueError as ex:
    print("ValueError", ex)
try:
    t.index(1, 1, 3)
except ValueError as ex:
    print("ValueError", ex)
print((1,), (), ((),), ((1,),), (1, (2,)), tuple(), tuple("ab"), tuple([None]))
print(repr((1,)), str(("a",)), repr(("a", "b")), ("x" ,) * 3)
one = 1,
print(one, type(one).__name__, len(one))
print((1, 2) < (1, 2, 3), (1, 2) < (1, 3), (2,) > (1, 99), () < (0,), (1, 2) == (1, 2))
print((1, 2) == [1, 2], (1, 2.0) == (1, 2), (1, (2, 3)) < (1, (2, 4)), (1,) <= (1,))
try:
    (1, "a") < (1, 2)
except TypeError as ex:
    print("TypeError", ex)
try:
    (1,) < [1]
except TypeError as ex:
    print("TypeError", ex)
# immutability
try:
    t[0] = 5
except TypeError as ex:
    print("TypeError", ex)
try:
    del t[0]
except TypeError as ex:
    print("TypeError", ex)
try:
    t.append(1)
except AttributeError as ex:
    print("AttributeError", ex)
# hashing as dict keys
d = {}
d[(1, 2)] = "a"
d[(1, 2.0)] = "b"
d[(True, 2)] = "c"
d[((1,), "x")] = "d"
print(d, len(d))
print(d[(1, 2)], (1, 2) in d, (2, 1) in d)
print(hash((1, 2)) == hash((1.0, 2)), hash(()) == hash(()), hash((1,)) != hash((2,)))
try:
    hash((1, [2]))
except TypeError as ex:
    print("TypeError", ex)
try:
    {(1, [2]): 1}
except TypeError as ex:
    print("TypeError", ex)
# slicing and concatenation
u = tuple(range(10))
print(u[2:5], u[::-1], u[::3], u[-2:], u[100:], u[:0])
print((1, 2) + (3,), (1,) * 0, 0 * (1,))
try:
    (1,) + [2]
except TypeError as ex:
    print("TypeError", ex)
try:
    u[10]
except IndexError as ex:
    print("IndexError", ex)
# unpacking
a, *b, c = (1, 2, 3, 4)
print(a, b, c)
(p, q), r = (1, 2), 3
print(p, q, r)
try:
    x, y = (1, 2, 3)
except ValueError as ex:
    print("ValueError", ex)
try:
    x, y, z = (1, 2)
except ValueError as ex:
    print("ValueError", ex)
print(min((3, 1, 2)), max(((1, 2), (1, 3))), sum((1, 2, 3)), sorted((3, 1)), len(()))
nest = ([1], [2])
nest[0].append(5)
print(nest)
try:
    nest[0] += [6]
except TypeError as ex:
    print("TypeError", ex)
print(nest)
