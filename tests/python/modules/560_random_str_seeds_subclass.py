# random with str, bytes and bytearray seeds (random.py hashes them with
# sha512 into an int before the core sees them), the version=1 seeding,
# subclasses of random.Random and of _random.Random, and the core's errors.
import random
import _random

for seed in ("text", "", "wörld", b"bytes", b"", bytearray(b"array")):
    random.seed(seed)
    print(repr(seed), random.random(), random.randint(1, 1000), random.getrandbits(40))
    random.seed(seed, version=2)
    x = random.random()
    r = random.Random(seed)
    print(' ', x == r.random(), r.choice(range(50)), r.sample(range(10), 3))
for seed in ("text", "", b"bytes"):
    random.seed(seed, version=1)
    print('v1', repr(seed), random.random(), random.randrange(100))


# A subclass with its own random() but not getrandbits(): random.py's
# __init_subclass__ makes randrange use random() only.
class Dice(random.Random):
    def random(self):
        self.calls = getattr(self, 'calls', 0) + 1
        return super().random()


d = Dice(3)
print(d.randrange(6), d.randrange(1000), d.calls, d.choice('abc'), d.calls)
print(Dice(3).random() == random.Random(3).random())


# A subclass of the core type itself, with state of its own.
class Core(_random.Random):
    def __init__(self, seed, tag):
        super().__init__(seed)
        self.tag = tag


c = Core(42, 'x')
print(c.tag, c.random(), c.getrandbits(16), isinstance(c, _random.Random))
print(_random.Random.__new__(Core).__class__.__name__, hasattr(Core(1, 2), '__dict__'))


class KwInit(random.Random):
    def __init__(self, x=None, *, extra=0):
        super().__init__(x)
        self.extra = extra


k = KwInit(5, extra=3)
print(k.extra, k.random() == random.Random(5).random())

# SystemRandom draws from os.urandom; only its shape is deterministic.
s = random.SystemRandom()
print(0 <= s.random() < 1, 0 <= s.getrandbits(70) < 2 ** 70, s.randrange(5) in range(5))

# The core's errors.
r = _random.Random(1)
for call in (lambda: r.getrandbits(-1), lambda: r.getrandbits(1.5),
             lambda: r.getrandbits(2 ** 40), lambda: r.seed(1, 2), lambda: r.setstate([1]),
             lambda: r.setstate((1, 2)), lambda: r.setstate((0,) * 624 + (625,)),
             lambda: r.setstate((0,) * 624 + (-1,)), lambda: r.setstate((-1,) * 625),
             lambda: r.setstate(('x',) * 625), lambda: r.setstate((2 ** 64,) * 625),
             lambda: r.setstate((0,) * 624 + (1.5,)), lambda: _random.Random(1, 2),
             lambda: _random.Random(x=1), lambda: r.seed([]), lambda: random.seed([1])):
    try:
        call()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
# A failed setstate leaves the generator as it was.
r.seed(1)
before = r.getstate()
try:
    r.setstate((5,) * 624 + (700,))
except ValueError:
    pass
print(r.getstate() == before)
# Words wider than 32 bits are cut to their low 32 bits.
r.setstate((2 ** 32 + 5,) * 624 + (624,))
print(r.getstate()[:2], r.getstate()[-1])
