# collections.ChainMap, UserDict, UserList, UserString
from collections import ChainMap, UserDict, UserList, UserString

defaults = {"color": "red", "user": "guest", "size": 1}
env = {"user": "admin"}
cli = {"size": 3}
cm = ChainMap(cli, env, defaults)
print(cm["color"], cm["user"], cm["size"], len(cm), sorted(cm))
print(list(cm), list(cm.items()))
print(cm.get("nope"), "user" in cm, "nope" in cm)
cm["new"] = 1
print(cli, cm.maps[0] is cli)
try:
    del cm["color"]
except KeyError as e:
    print("KeyError", e)
child = cm.new_child({"color": "blue"})
print(child["color"], child.parents["color"], len(child.maps), child.parents.maps[0] is cli)
print(repr(ChainMap({1: 2}, {3: 4})))
print(ChainMap().new_child().maps)
print(cm.pop("new"), cli)
try:
    cm.pop("user")
except KeyError as e:
    print("KeyError", e)
print(dict(cm) == {"color": "red", "user": "admin", "size": 3})
print(ChainMap({"a": 1}) | {"b": 2}, {"z": 0} | ChainMap({"a": 1}))
cm2 = cm.copy()
cm2["x"] = 9
print("x" in cm, "x" in cm2)
cm.clear()
print(cm.maps[0], bool(cm), bool(ChainMap()))

class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.lower())
    def __contains__(self, key):
        return key.lower() in self.data
    def __missing__(self, key):
        return "missing:" + key
d = LowerDict({"A": 1})
d["B"] = 2
d.update(C=3)
print(d, d.data, d["a"], "b" in d, "Q" in d, d["zz"], len(d), sorted(d))
print(d.get("A"), d.copy(), type(d.copy()).__name__, d == {"a": 1, "b": 2, "c": 3})
print(d.pop("a"), d.setdefault("q", 7), d)
print(UserDict(x=1) | {"y": 2}, repr(UserDict()))

class Stack(UserList):
    def push(self, x):
        self.append(x)
s = Stack([1, 2])
s.push(3)
s += [4]
print(s, s.data, s[1:], type(s[1:]).__name__, s * 2, 0 in s, s.pop(), s.index(2))
s.reverse(); s.sort(); s.insert(0, 9); s.extend((7, 8)); s.remove(9)
print(s, len(s), s == [1, 2, 3, 7, 8], s < [2], s + [5], [0] + s, type([0] + s).__name__)
print(UserList("abc"), UserList(), s.count(7), s.copy(), type(s.copy()).__name__)

class Shout(UserString):
    def shout(self):
        return self.upper() + "!"
us = Shout("hello world")
print(us, repr(us), us.shout(), type(us.upper()).__name__, us[0:5], us.split(), len(us))
print(us + "!", "<" + us, us * 2, us == "hello world", us < "z", "ell" in us, us.find("o"))
print(us.replace("o", "0"), us.title(), us.center(15, "*"), us.startswith("he"), us.encode())
print(us.format_map if hasattr(us, "format_map") else None)
print(UserString(42), UserString("a%sc") % "b", hash(UserString("x")) == hash("x"))
