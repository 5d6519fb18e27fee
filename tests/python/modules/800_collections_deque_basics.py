# _collections.deque: construction, the end operations, maxlen, and the
# searching and reordering methods, with CPython's reprs and error messages.
from _collections import deque


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(deque, deque.__name__, deque.__module__, deque.__qualname__)
print(deque(), deque([]), deque('abc'), deque(range(5)), deque((1, 2)))
print(deque([1, 2, 3], 2), deque('abc', maxlen=1), deque('abc', 0), deque(maxlen=4))
print(deque(iterable='xy', maxlen=5), deque(x for x in range(3)), deque({'k': 1, 'j': 2}))
print(deque('abc', None), deque('abc', True), deque('abc', maxlen=None).maxlen)
print(deque().maxlen, deque([], 7).maxlen, deque('abcdef', 3).maxlen)
print(len(deque()), len(deque('abcd')), bool(deque()), bool(deque([0])))
show(lambda: deque(1, 2, 3))
show(lambda: deque(x=1))
show(lambda: deque([], 2, maxlen=3))
show(lambda: deque('a', 'b'))
show(lambda: deque('a', 1.5))
show(lambda: deque('a', -1))
show(lambda: deque('a', 2 ** 70))
show(lambda: deque(5))
show(lambda: deque(None))


class Idx:
    def __index__(self):
        return 1


show(lambda: deque('abc', Idx()))

# __init__ again starts over, with the new maxlen
d = deque([1, 2, 3])
d.__init__('xy', 5)
print(d)
d.__init__()
print(d, d.maxlen)
deque.__init__(d, [9, 8, 7], maxlen=2)
print(d)

# append / appendleft / pop / popleft
d = deque()
for i in range(5):
    d.append(i)
    d.appendleft(-i)
print(d, len(d))
print(d.pop(), d.popleft(), d.pop(), d.popleft(), d)
while d:
    d.pop()
print(d)
show(lambda: deque().pop())
show(lambda: deque().popleft())
show(lambda: d.pop(1))
show(lambda: d.popleft(1))
show(lambda: d.append())
show(lambda: d.append(1, 2))
show(lambda: d.appendleft())
show(lambda: d.append(x=1))

# a bounded deque drops from the other end
d = deque(maxlen=3)
for i in range(6):
    d.append(i)
    print(d)
for i in range(3):
    d.appendleft(-i)
    print(d)
z = deque(maxlen=0)
z.append(1)
z.appendleft(2)
z.extend(range(10))
z.extendleft('abc')
print(z, len(z))
show(lambda: z.pop())

# extend / extendleft
d = deque([1])
d.extend([2, 3])
d.extend((4, 5))
d.extend(iter([6]))
d.extend('ab')
d.extend(range(7, 9))
d.extend({10: 'x'})
print(d)
d = deque([0])
d.extendleft([1, 2, 3])
d.extendleft(x * 10 for x in range(3))
print(d)
d = deque([1, 2])
d.extend(d)
print(d)
d.extendleft(d)
print(d)
b = deque('abcdef', maxlen=4)
b.extend('gh')
print(b)
b.extendleft('xy')
print(b)
show(lambda: d.extend(1))
show(lambda: d.extendleft(None))
show(lambda: d.extend())


def gen():
    yield 1
    raise ValueError('boom')


d = deque()
show(lambda: d.extend(gen()))
print(d)

# clear / copy
d = deque('abc', 5)
c = d.copy()
d.clear()
print(d, c, c.maxlen, d.maxlen)
c2 = c.__copy__()
c2.append('z')
print(c, c2, c2 is c)
print(deque().copy(), deque(maxlen=0).copy())
show(lambda: d.clear(1))
show(lambda: d.copy(1))

# count / index
d = deque([1, 2, 3, 2, 1, 2.0, True])
print(d.count(2), d.count(1), d.count('x'), d.count(True))
print(d.index(2), d.index(2, 2), d.index(2, 4), d.index(1, -3), d.index(3, -100, 100))
show(lambda: d.index(2, 6))
show(lambda: d.index(2, 1, 1))
show(lambda: d.index(2, 3, 1))
show(lambda: d.index('x'))
show(lambda: d.index((1, 2)))
show(lambda: d.index(1, 'a'))
show(lambda: d.index(1, 0, None))
show(lambda: d.index(1, 2 ** 80))
show(lambda: d.index(1, -2 ** 80))
show(lambda: d.index(2, Idx()))
show(lambda: d.index())
show(lambda: d.index(1, 2, 3, 4))
show(lambda: d.index(1, start=0))
show(lambda: d.count())
show(lambda: d.count(1, 2))
d2 = deque('abcde')
print(d2.index('c', -3), d2.index('e', 0, 100))
show(lambda: d2.index('c', -2))
show(lambda: d2.index('e', 0, -1))

# insert
d = deque([1, 2, 3])
d.insert(0, 'a')
d.insert(2, 'b')
d.insert(100, 'c')
d.insert(-1, 'd')
d.insert(-100, 'e')
d.insert(len(d), 'f')
print(d)
d = deque()
d.insert(5, 'x')
d.insert(-5, 'y')
print(d)
show(lambda: deque([1, 2], 2).insert(0, 3))
show(lambda: deque(maxlen=0).insert(0, 3))
b = deque([1, 2], 3)
b.insert(1, 'm')
print(b)
show(lambda: d.insert('a', 1))
show(lambda: d.insert(1))
show(lambda: d.insert(2 ** 70, 1))
show(lambda: d.insert(i=1, x=2))
# long deques insert on both sides of the middle
d = deque(range(20))
d.insert(3, 'x')
d.insert(17, 'y')
print(list(d))

# remove
d = deque([1, 2, 3, 2, 1])
d.remove(2)
print(d)
d.remove(1)
d.remove(1)
print(d)
show(lambda: d.remove(9))
show(lambda: d.remove())
show(lambda: deque().remove(1))
d = deque(range(30))
for x in (0, 29, 15, 3, 26):
    d.remove(x)
print(list(d))

# reverse
d = deque(range(7))
d.reverse()
print(d)
d = deque(range(6), 10)
d.appendleft('L')
d.reverse()
print(d)
e = deque()
e.reverse()
print(e)
show(lambda: e.reverse(1))

# rotate
d = deque(range(5))
d.rotate()
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
print(d)
d.rotate(12)
print(d)
d.rotate(-13)
print(d)
d.rotate(True)
print(d)
d.rotate(Idx())
print(d)
for n in range(-9, 10):
    r = deque('abcdefg')
    r.rotate(n)
    print(n, ''.join(r), end='; ')
print()
# rotating a deque whose buffer is full, and one that wraps around
f = deque(range(8))
f.rotate(3)
print(list(f))
w = deque(range(10))
for i in range(4):
    w.popleft()
    w.append(10 + i)
w.rotate(4)
print(list(w))
w.rotate(-7)
print(list(w))
e = deque()
e.rotate(5)
print(e)
show(lambda: d.rotate('a'))
show(lambda: d.rotate(1.0))
show(lambda: d.rotate(1, 2))
show(lambda: d.rotate(2 ** 70))
show(lambda: d.rotate(n=1))

# a large deque emptied from both ends gives its memory back and keeps working
big = deque(range(1000))
for i in range(990):
    if i % 3:
        big.popleft()
    else:
        big.pop()
print(list(big))
big.extend(range(5))
big.appendleft(-1)
big.rotate(3)
print(list(big))
while len(big) > 2:
    big.pop()
print(big)
big.extendleft(range(100))
print(len(big), big[0], big[-1], big[50])
