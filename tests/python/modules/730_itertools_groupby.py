# itertools.groupby and its _grouper sub-iterators.
import itertools
from itertools import groupby


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6, 7], key=lambda x: x // 3)])
print([(k, ''.join(g)) for k, g in groupby('aAbBBa', str.lower)])
print([(k, list(g)) for k, g in groupby([1, 1, 2], key=None)])
print(list(groupby([])), list(groupby('', key=len)))
print([(k, list(g)) for k, g in groupby([1, 1.0, True, 2, 2.0])])
print([(k, len(list(g))) for k, g in groupby(sorted('mississippi'))])

# advancing the groupby ends the previous group
g = groupby('aabbbc')
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
g = groupby('aabbbc')
k1, g1 = next(g)
print(next(g1))
k2, g2 = next(g)
print(list(g1), list(g2))
k3, g3 = next(g)
print(k3, list(g3), list(g), list(g))
g = groupby('aab')
k, g1 = next(g)
print(list(g1), next(g)[0], list(g1))
# a group that is only partly consumed, then the next group
g = groupby([1, 1, 1, 2, 2, 3])
k, grp = next(g)
print(k, next(grp))
k, grp = next(g)
print(k, list(grp), next(grp, 'done'))
print(type(grp) is itertools._grouper, type(g) is groupby, iter(grp) is grp)
print(type(grp).__name__, itertools._grouper)
# groups collected before consuming are all empty except the last
groups = [g for k, g in groupby('aabbcc')]
print([list(x) for x in groups])

# key function calls: once per item
calls = []


def key(x):
    calls.append(x)
    return x % 2


print([(k, list(v)) for k, v in groupby([1, 3, 2, 4, 5], key)], calls)


# keys compared with ==
class K:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v // 10 == other.v // 10

    def __repr__(self):
        return 'K(%d)' % self.v


print([(k, list(v)) for k, v in groupby([K(1), K(5), K(12), K(19), K(3)])])


class BadEq:
    def __eq__(self, other):
        raise ValueError("no compare")


g = groupby([BadEq(), BadEq()])
k, grp = next(g)
show(lambda: list(grp))
show(lambda: next(g))


def badkey(x):
    if x == 3:
        raise KeyError(x)
    return x


show(lambda: [(k, list(v)) for k, v in groupby([1, 2, 3], badkey)])
show(lambda: groupby())
show(lambda: groupby(1))
show(lambda: groupby([1], 2, 3))
show(lambda: groupby([1], x=3))
show(lambda: groupby([1], 2, key=4))
show(lambda: groupby(key=4))
show(lambda: list(groupby([1], 3)))
show(lambda: itertools._grouper())
show(lambda: itertools._grouper(1, 2))
show(lambda: itertools._grouper(groupby([1]), 2, 3))
show(lambda: itertools._grouper(p=1))
# a _grouper made by hand becomes the parent's current group
parent = groupby([1, 1, 2])
gr = itertools._grouper(parent, 1)
print(list(gr), next(parent)[0])
