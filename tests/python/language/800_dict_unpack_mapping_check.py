# {**x} and f(**x) accept only mappings (an object with keys()), never an
# iterable of pairs as dict.update() does; the messages name the culprit.
def f(**kw):
    return sorted(kw.items())

def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

show("list of pairs", lambda: {**[('k', 1)]})
show("call list of pairs", lambda: f(**[('k', 1)]))
show("int", lambda: {**5})
show("call int", lambda: f(**5))
show("str", lambda: {**'ab'})
show("None", lambda: {'a': 1, **None})
show("call None", lambda: f(**None))
show("tuple", lambda: {**(('a', 1),)})
show("set", lambda: {**{('a', 1)}})
show("generator", lambda: {**(p for p in [('a', 1)])})

class Mapping:
    def keys(self):
        return ['a', 'b']
    def __getitem__(self, k):
        return k.upper()

show("mapping", lambda: {**Mapping(), 'c': 3})
show("call mapping", lambda: f(**Mapping()))

class KeysNotCallable:
    keys = 5
show("keys not callable", lambda: {**KeysNotCallable()})

class KeysRaisesAttr:
    def keys(self):
        raise AttributeError('inner')
show("keys raises AttributeError", lambda: {**KeysRaisesAttr()})

class GetattrKeys:
    def __getattr__(self, name):
        if name == 'keys':
            return lambda: ['z']
        raise AttributeError(name)
    def __getitem__(self, k):
        return 26
show("__getattr__ keys", lambda: {**GetattrKeys()})

class Sub(dict):
    pass
show("dict subclass", lambda: {**Sub(a=1), **{'b': 2}})
show("call dict subclass", lambda: f(**Sub(a=1)))
show("dict.update still takes pairs", lambda: (lambda d: (d.update([('k', 1)]), d)[1])({}))
show("dict() still takes pairs", lambda: dict([('k', 1)]))
show("merge order", lambda: {**{'a': 1}, **{'a': 2, 'b': 3}, 'b': 4})
show("keywords duplicate", lambda: f(**{'a': 1}, **{'a': 2}))
show("keywords non-str", lambda: f(**{1: 2}))

class Meth:
    def m(self, **kw):
        return kw
show("method", lambda: Meth().m(**[1]))
show("builtin", lambda: dict(**[1]))
