# collections.OrderedDict (the native _collections one): order operations at
# both ends, views and their reversal, mutation during iteration, equality,
# the | operators, argument errors.
from collections import OrderedDict
import _collections

print(OrderedDict is _collections.OrderedDict, OrderedDict.__module__, OrderedDict.__doc__)
print(type(OrderedDict().keys()).__name__, type(OrderedDict().values()).__name__,
      type(OrderedDict().items()).__name__, type(iter(OrderedDict())).__name__)
print(issubclass(type(OrderedDict().keys()), type({}.keys())), OrderedDict.__hash__)


def show(tag, f):
    try:
        print(tag, f())
    except Exception as e:
        print(tag, type(e).__name__, e)


# move_to_end and popitem at both ends
od = OrderedDict.fromkeys("abcdef", 0)
od.move_to_end("c")
od.move_to_end("d", last=False)
od.move_to_end("d", False)  # already first
od.move_to_end("c", last=True)  # already last
od.move_to_end(key="a", last=0)
print(list(od))
print(od.popitem(), od.popitem(last=False), od.popitem(False), od.popitem(last=1))
print(list(od), len(od))
show("move missing", lambda: od.move_to_end("zz"))
show("move empty", lambda: OrderedDict().move_to_end("a"))
show("popitem empty", lambda: OrderedDict().popitem(last=False))
show("move unhashable", lambda: od.move_to_end([]))

# a queue: append at the end, take from the front
q = OrderedDict()
for i in range(6):
    q[i] = i * i
    if len(q) > 3:
        print("evict", q.popitem(last=False))
print(q)

# views, reversed views, membership, set operations, repr
od = OrderedDict([("x", 1), ("y", 2), ("z", 3)])
od.move_to_end("x")
print(od.keys(), od.values(), od.items())
print(list(reversed(od)), list(reversed(od.keys())), list(reversed(od.values())),
      list(reversed(od.items())))
print("x" in od.keys(), ("x", 1) in od.items(), ("x", 2) in od.items(), 3 in od.values())
print(sorted(od.keys() & {"x", "q"}), sorted(od.keys() | {"q"}), sorted(od.items() - {("y", 2)}))
print(od.keys() == {"x", "y", "z"}, len(od.keys()), len(od.values()), len(od.items()))
print(od.keys().isdisjoint(["a"]), dict(od), list(dict(od)), {**od}, list({**od}))
print([k for k in od], [v for v in od.values()], [kv for kv in od.items()])


def f(**kw):
    return list(kw)


print(f(**od), sorted(set(od)), list(iter(od)))

# updating a value keeps the position; deleting and re-adding moves it
od["y"] = 20
print(list(od.items()))
del od["y"]
od["y"] = 21
print(list(od.items()))
show("del missing", lambda: od.__delitem__("nope"))

# mutation during iteration
for tag, change in [
    ("add", lambda d: d.__setitem__("new", 1)),
    ("delete", lambda d: d.__delitem__("b")),
    ("move", lambda d: d.move_to_end("a")),
    ("pop", lambda d: d.pop("c")),
    ("clear", lambda d: d.clear()),
    ("update-existing", lambda d: d.__setitem__("a", 100)),
]:
    for make in (iter, lambda d: iter(d.values()), lambda d: reversed(d.items())):
        d = OrderedDict.fromkeys("abc", 1)
        it = make(d)
        first = next(it)
        change(d)
        out = [first]
        for _ in range(3):
            try:
                out.append(next(it))
            except StopIteration:
                out.append("stop")
            except RuntimeError as e:
                out.append("RuntimeError: " + str(e))
        print(tag, out)

# equality: order matters only between two OrderedDicts
a = OrderedDict([(1, "x"), (2, "y")])
b = OrderedDict([(2, "y"), (1, "x")])
print(a == b, a != b, a == dict(b), dict(b) == a, a != dict(b), a == OrderedDict(a))
print(a.__eq__(5), a == 5, a != [1], OrderedDict() == {}, a == {1: "x"})
show("lt", lambda: a < b)
print(a.keys() == b.keys(), a.items() == b.items(), list(a.values()) == list(b.values()))

# | and |=
print(a | {3: "z"}, {0: "w"} | a, a | b, type({} | a).__name__)
c = OrderedDict(a)
c |= [(5, "five")]
c |= {1: "one"}
print(c)
show("or list", lambda: a | [(1, 2)])
show("ror list", lambda: [(1, 2)] | a)
print(OrderedDict.__or__(a, 5), OrderedDict.__ror__(a, 5))

# setdefault, pop, get, update forms, fromkeys
d = OrderedDict(a=1)
print(d.setdefault("b"), d.setdefault("a", 5), d.setdefault(key="c", default=3), d)
print(d.pop("b"), d.pop("zz", "dflt"), d.pop(key="c"), d.get("a"), d.get("q", 0))
show("pop missing", lambda: d.pop("zz"))
d.update([("x", 1)], y=2)
d.update({"z": 3})
d.update(OrderedDict(w=4))


class KeysOnly:
    def keys(self):
        return ["k1", "k2"]

    def __getitem__(self, k):
        return k.upper()


class ItemsOnly:
    def items(self):
        return [("i1", 1)]


d.update(KeysOnly())
d.update(ItemsOnly())
d.update(((c, ord(c)) for c in "pq"))
print(d)
print(OrderedDict.fromkeys("ab"), OrderedDict.fromkeys(range(3), []),
      OrderedDict.fromkeys(iterable="xy", value=1))
print(OrderedDict([("a", 1)], b=2), OrderedDict(OrderedDict(c=3)), OrderedDict(zip("pq", (1, 2))))

# argument errors
show("init 2 args", lambda: OrderedDict(1, 2))
show("update 2 args", lambda: OrderedDict().update(1, 2))
show("not iterable", lambda: OrderedDict(5))
show("item not iterable", lambda: OrderedDict([1]))
show("triple", lambda: OrderedDict([(1, 2, 3)]))
show("single", lambda: OrderedDict([(1,)]))
show("empty pair", lambda: OrderedDict([()]))
show("move no key", lambda: OrderedDict().move_to_end())
show("popitem 2", lambda: OrderedDict().popitem(1, 2))
show("popitem kw", lambda: OrderedDict().popitem(first=1))
show("pop none", lambda: OrderedDict().pop())
show("setdefault none", lambda: OrderedDict().setdefault())
show("fromkeys none", lambda: OrderedDict.fromkeys())
show("unhashable set", lambda: OrderedDict().__setitem__([], 1))
show("unhashable pop", lambda: OrderedDict(a=1).pop([]))
show("clear arg", lambda: OrderedDict().clear(1))
show("keys arg", lambda: OrderedDict().keys(1))
show("copy arg", lambda: OrderedDict().copy(1))
show("hash", lambda: hash(OrderedDict()))
show("iter new", lambda: type(iter(OrderedDict()))())

# repr, recursion, attributes
r = OrderedDict(x=1)
r["self"] = r
print(r, repr(OrderedDict()), str(OrderedDict(a=[1, 2])))
r.tag = "t"
print(r.tag, r.__dict__, vars(r))
print(len(OrderedDict.fromkeys(range(100)).__reduce__()), OrderedDict(a=1).__reduce__()[:4])
print(OrderedDict(a=1).copy(), OrderedDict().copy(), OrderedDict(a=1).copy() is not None)

# big: order survives table growth and many deletions
big = OrderedDict()
for i in range(1000):
    big[i] = i
for i in range(0, 1000, 3):
    del big[i]
for i in range(0, 1000, 7):
    if i in big:
        big.move_to_end(i, last=False)
ks = list(big)
print(len(big), ks[:5], ks[-3:], big.popitem(last=False), big.popitem())
big.clear()
print(big, len(big), list(big), big.keys())
