def gen():
    try:
        yield 1
        yield 2
    except ValueError:
        yield "got ValueError"
    finally:
        print("gen cleanup")
g = gen()
print(next(g), g.throw(ValueError))
g.close()
g2 = gen()
print(next(g2))
g2.close()
print(list(x * x for x in range(4)))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)))
def inner():
    x = yield 1
    return x * 10
def outer():
    r = yield from inner()
    print("inner returned", r)
o = outer()
print(next(o))
try:
    o.send(4)
except StopIteration:
    print("outer done")
