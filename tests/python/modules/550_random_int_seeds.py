# random over the native _random.Random (Mersenne Twister): with int and
# float seeds every function must give CPython's exact sequence, since
# random.py computes them all in Python from random() and getrandbits().
import random
import _random

random.seed(42)
print(random.random())

for seed in (42, 12345, 0, 1, -1, 2 ** 32, 2 ** 64 - 1, 2 ** 100, -(2 ** 80) + 7, 3.5, -2.25):
    random.seed(seed)
    print('seed', seed)
    print(' random', [random.random() for _ in range(3)])
    print(' randint', [random.randint(1, 6) for _ in range(10)])
    print(' randrange', random.randrange(10), random.randrange(5, 50, 5), random.randrange(-3, 3),
          random.randrange(10 ** 30))
    print(' choice', random.choice('abcdefgh'), random.choice([10, 20, 30]))
    deck = list(range(12))
    random.shuffle(deck)
    print(' shuffle', deck)
    print(' sample', random.sample(range(100), 5), random.sample('xyzw', 4))
    print(' uniform', random.uniform(1.0, 2.0), random.uniform(-5, 5))
    print(' gauss', random.gauss(0, 1), random.gauss(10, 2))
    print(' getrandbits', random.getrandbits(1), random.getrandbits(32), random.getrandbits(64),
          random.getrandbits(100), random.getrandbits(0), random.getrandbits(33))
    print(' others', random.triangular(0, 10, 3), random.expovariate(2.0),
          random.normalvariate(0, 1), random.lognormvariate(0, 0.5), random.vonmisesvariate(1, 2))
    print(' more', random.betavariate(2, 3), random.gammavariate(2.5, 1.0),
          random.paretovariate(3), random.weibullvariate(1, 2))
    print(' choices', random.choices('abc', k=5), random.choices(range(4), [1, 2, 3, 4], k=4),
          random.choices('xy', cum_weights=[1, 10], k=3))
    print(' randbytes', random.randbytes(6))

# The state: 625 ints (624 words and the position), with random.py's
# version number and gauss_next around them.
random.seed(7)
state = random.getstate()
print(state[0], len(state[1]), state[1][-1], state[2], all(0 <= w < 2 ** 32 for w in state[1]))
first = [random.random() for _ in range(5)]
random.setstate(state)
print(first == [random.random() for _ in range(5)])
random.seed(7)
random.gauss(0, 1)
state = random.getstate()
after = random.gauss(0, 1)
random.setstate(state)
print(random.gauss(0, 1) == after, state[2] is not None)
# Enough draws to run through several blocks of 624 words.
random.seed(99)
print(sum(random.getrandbits(32) for _ in range(5000)), random.random())

# Independent generators.
a, b = random.Random(5), random.Random(5)
print(a.random() == b.random(), a.randint(0, 100), b.randint(0, 100), a.random(), b.random())
c = random.Random()
c.seed(5)
d = random.Random(6)
print(c.random(), d.random(), c.getstate() != d.getstate())
print(isinstance(a, _random.Random), random.Random.__mro__[1] is _random.Random)

# The core type directly.
r = _random.Random(42)
print(r.random(), r.getrandbits(8), type(r).__name__, type(r).__module__)
r.seed(42)
print(r.random())
r2 = _random.Random()
r2.setstate(r.getstate())
print(r2.random() == r.random(), r2.getstate() == r.getstate())
r.seed()
r.seed(None)
print(0.0 <= r.random() < 1.0, 0 <= r.getrandbits(5) < 32)
st = list(r.getstate())
st[-1] = 624
r.setstate(tuple(st))
print(0.0 <= r.random() < 1.0)
