# str (and other) method calls written as obj.method(*args) / (**kwargs)
args = ("a", "b")
print("abc".replace(*args))
print("abc".replace(*args, 1), "aaa".replace(*args, *(2,)))
print("a-b-c".split(*("-",)), "a-b-c".split(*("-", 1)))
print("a-b-c".rsplit(*("-",), **{"maxsplit": 1}))
print("-".join(*(["x", "y"],)))
print("ab".upper(*()), "ab".center(*(6, "*")))
print("{}-{}".format(*[1, 2]), "{a}{b}".format(**{"a": 1, "b": 2}))
print("x={x}".format_map(*({"x": 5},)))
for bad in [("",), (1,), (",", "1")]:
    try:
        print("a,b".split(*bad))
    except Exception as e:
        print(type(e).__name__, e)
s = "hello"
m = ("l",)
print(s.count(*m), s.find(*m), s.rfind(*m), s.index(*m), s.startswith(*("he",)))
class A:
    def m(self, *a, **k):
        return a, sorted(k.items())
print(A().m(*(1, 2)), A().m(*(), **{"z": 1}))
l = [3, 1]
l.append(*(5,))
l.extend(*([7, 8],))
print(l)
