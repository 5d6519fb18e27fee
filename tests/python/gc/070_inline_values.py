# test: gc-stress
# Instances whose attributes are inline values while collections run: values
# written by __init__ and by specialized stores, dicts made from the values
# (vars, __class__ assignment, a name out of order), subclasses, many names.
class P:
    def __init__(self, i):
        self.a = [i]
        self.b = str(i)
        self.c = (i, i + 1)

class Q(P):
    def __init__(self, i):
        super().__init__(i)
        self.d = {i: self.b}

def churn(n):
    keep = []
    for i in range(n):
        o = P(i) if i % 2 else Q(i)
        o.a.append(i * 2)
        if i % 7 == 0:
            vars(o)["e"] = [i]           # a dict from the values
        if i % 11 == 0:
            del o.b
            o.b = "again %d" % i         # re-added: out of order
        if i % 13 == 0:
            o.__class__ = Q if type(o) is P else P
        keep.append(o)
    return keep

objs = churn(300)
total = 0
for o in objs:
    total += sum(o.a) + len(o.b) + o.c[1]
    if hasattr(o, "d"):
        total += len(o.d)
print(total, sorted(vars(objs[14])), sorted(vars(objs[33])))

class Wide:
    pass

w = Wide()
for i in range(40):
    setattr(w, "n%d" % i, [i] * 3)
print(sum(sum(getattr(w, "n%d" % i)) for i in range(40)), len(vars(w)))
