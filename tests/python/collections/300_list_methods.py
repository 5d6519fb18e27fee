# list methods: append/extend/insert/pop/remove/index/count/reverse/copy/clear
l = [1, 2, 3]
l.append([4, 5])
print(l, len(l))
l.extend((6, 7))
l.extend(range(8, 10))
l.extend("ab")
l.extend({})
print(l)
l2 = [0, 1]
l2.extend(l2)
print(l2)
l2 += l2
print(l2)
# insert at odd indices
m = [1, 2, 3]
m.insert(0, "a")
m.insert(100, "end")
m.insert(-1, "neg1")
m.insert(-100, "start")
m.insert(2, "mid")
print(m)
e = []
e.insert(-5, "x")
e.insert(5, "y")
print(e)
# pop with index
p = list(range(10))
print(p.pop(), p.pop(0), p.pop(-2), p.pop(3), p)
try:
    [].pop()
except Exception as ex:
    print(type(ex).__name__, ex)
try:
    [1, 2].pop(100)
except Exception as ex:
    print(type(ex).__name__, ex)
try:
    [1, 2].pop(-100)
except Exception as ex:
    print(type(ex).__name__, ex)
try:
    [1].pop("0")
except Exception as ex:
    print(type(ex).__name__, ex)
# remove
r = [1, 2, 3, 2, 1]
r.remove(2)
print(r)
try:
    r.remove(99)
except ValueError as ex:
    print("ValueError", ex)
r2 = [1, 1.0, True]
r2.remove(True)
print(r2)
# index with start/stop
q = ["a", "b", "c", "a", "b", "c"]
print(q.index("a"), q.index("a", 1), q.index("c", -2), q.index("b", 0, 2), q.index("c", -100, 100))
try:
    print(q.index("a", 1, 3))
except ValueError as ex:
    print("ValueError", ex)
try:
    print(q.index("z"))
except ValueError as ex:
    print("ValueError", ex)
try:
    print(q.index("b", 5))
except ValueError as ex:
    print("ValueError", ex)
# count
c = [1, 1.0, True, "1", [1], (1,), 2]
print(c.count(1), c.count("1"), c.count([1]), c.count(3), [].count(None))
nan = float("nan")
print([nan, nan].count(nan), [nan] == [nan], nan in [nan])
# reverse / copy / clear
v = [1, 2, 3, 4]
v.reverse()
print(v, v.reverse(), v)
cp = v.copy()
cp.append(5)
print(v, cp, cp is v)
alias = v
v.clear()
print(v, alias, len(alias))
print(list.append, [].append.__name__)
try:
    l.append()
except TypeError as ex:
    print("TypeError", ex)
try:
    l.append(1, 2)
except TypeError as ex:
    print("TypeError", ex)
try:
    l.extend(5)
except TypeError as ex:
    print("TypeError", ex)
# method calls with star-args
args = (1,)
print([5, 6, 7].pop(*args), q.index(*("b", 2)), q.count(*["c"]))
kw = {}
e2 = []
e2.append(*[3], **kw)
print(e2)
