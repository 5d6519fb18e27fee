class R:
    def __getitem__(self, k): return k
r = R()
print(r[1:2, 3], r[:, 1], r[::2, ...])
class Meta(type):
    def __getattr__(cls, name): return "meta-getattr " + name
class W(metaclass=Meta):
    exists = 1
print(W.exists, W.missing)
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration("val")
try: next(It())
except StopIteration as e: print(repr(e.value), e.args)
print((1,2,3,2,1).index(1, 1), (1,2,3,2,1).index(2, -3))
print(range(10, 0, -1)[::-3], range(True, 3), range(20)[slice(2,10,3)], hash(range(3)) == hash(range(3)))
import sys
print(sys.version_info.major >= 3, sys.version_info[:1])
try: slice(1,2).indices(-1)
except ValueError as e: print(e)
