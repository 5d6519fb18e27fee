# random with fixed seeds: exact values of every common method
import random

random.seed(42)
print(random.random(), random.random())
print(random.randint(1, 100), random.randint(-5, 5), random.randrange(10), random.randrange(0, 100, 7))
print(random.choice("abcdefg"), random.choice([10, 20, 30]), random.choice(range(1000)))
print(random.choices("abc", k=5), random.choices(range(5), weights=[1, 0, 0, 0, 5], k=4))
print(random.choices("xyz", cum_weights=[1, 2, 10], k=6))
lst = list(range(10))
random.shuffle(lst)
print(lst)
print(random.sample(range(100), 5), random.sample("abcdef", 3), random.sample([1, 2, 3, 4], k=4))
print(random.sample(["r", "g"], counts=[3, 2], k=4))
print(random.gauss(0, 1), random.gauss(10, 2))
print(random.normalvariate(0, 1), random.lognormvariate(0, 0.5))
print(random.uniform(1, 10), random.uniform(5, -5))
print(random.triangular(), random.triangular(0, 10, 8), random.triangular(1, 2))
print(random.getrandbits(1), random.getrandbits(32), random.getrandbits(100), random.getrandbits(0))
print(random.randbytes(5), random.randbytes(0), len(random.randbytes(33)))
print(random.expovariate(1.5), random.betavariate(2, 3), random.gammavariate(2.0, 1.0))
print(random.paretovariate(3), random.weibullvariate(1, 2), random.vonmisesvariate(0, 1))
print(random.binomialvariate(10, 0.5) if hasattr(random, "binomialvariate") else "3.12+")

st = random.getstate()
x = [random.random() for _ in range(3)]
random.setstate(st)
print(x == [random.random() for _ in range(3)])

r = random.Random(12345)
print(r.random(), r.randint(0, 10 ** 30), r.choice(["a", "b"]))
r2 = random.Random("text seed")
print(r2.random(), random.Random(b"bytes").random(), random.Random(3.5).random())
print(random.Random(2 ** 100).random(), random.Random(-7).random() == random.Random(7).random())
random.seed(1, version=1)
print(random.random())
random.seed("abc", version=1)
print(random.random())
random.seed(0)
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:8])
print(sorted(random.sample(range(10 ** 9), 4)))
for bad in [lambda: random.randrange(0), lambda: random.randint(5, 1), lambda: random.choice([]),
            lambda: random.sample([1, 2], 3), lambda: random.randrange(1, 10, 0),
            lambda: random.choices("ab", weights=[1], k=1), lambda: random.getrandbits(-1)]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
class MyRandom(random.Random):
    def random(self):
        return 0.5
m = MyRandom()
print(m.random(), m.choice("abcd"), m.randrange(10), m.uniform(0, 4))
sr = random.SystemRandom()
print(0 <= sr.random() < 1, sr.randint(3, 3), len(sr.randbytes(4)))
