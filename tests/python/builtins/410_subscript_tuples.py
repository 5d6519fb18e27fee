# subscripts mixing slices and tuples (multi-dimensional indexing protocol)
class Rec:
    def __getitem__(self, k):
        return k
    def __setitem__(self, k, v):
        print("set", k, v)
    def __delitem__(self, k):
        print("del", k)
r = Rec()
print(r[1, 2])
print(r[1:2, 3])
print(r[:, 1])
print(r[::2, ::-1, ...])
print(r[1:2:3, (4, 5)])
print(r[1,])
print(r[()])
print(r[..., 0])
r[1:2, ::3] = "v"
del r[1:2, ::3]
r[0, :] = 5
print(type(r[1:2, 3]).__name__, len(r[1:, 2:, 3:]))
class Grid:
    def __init__(self):
        self.rows = [[r * 4 + c for c in range(4)] for r in range(4)]
    def __getitem__(self, key):
        rs, cs = key
        rows = self.rows[rs] if isinstance(rs, slice) else [self.rows[rs]]
        return [row[cs] for row in rows]
g = Grid()
print(g[1, 2], g[1:3, 0], g[::2, ::2], g[:, -1], g[-1, :])
