# indexing and slicing with steps and negatives
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

s = "0123456789"
print(s[0], s[9], s[-1], s[-10], s[5])
for sl in [(None, None, None), (2, 5, None), (-3, None, None), (None, -3, None), (None, None, 2),
           (None, None, -1), (None, None, -2), (8, 2, -2), (2, 8, -1), (-1, -5, -1), (100, None, -3),
           (-100, 100, 3), (5, 5, None), (7, 3, None), (1, None, 100), (None, None, -100), (3, -3, 2),
           (-2, 2, -3), (None, 0, -1), (0, None, -1), (None, -11, -1)]:
    print(sl, repr(s[slice(*sl)]))
print(s[::3], s[1::3], s[-1::-4], s[:2:-2], s[9:0:-1], s[9:-11:-1])
t("index 10", lambda: s[10])
t("index -11", lambda: s[-11])
t("empty index", lambda: ""[0])
t("str index", lambda: s["1"])
t("float index", lambda: s[1.0])
t("None index", lambda: s[None])
t("step 0", lambda: s[::0])
t("float slice", lambda: s[1.5:])
t("str slice", lambda: s[:"a"])
t("assign", lambda: s.__setitem__(0, "x"))
def assign():
    x = "abc"
    x[0] = "z"
t("item assign", assign)
def delete():
    x = "abc"
    del x[0]
t("item delete", delete)
t("bool index", lambda: s[True])
t("big index", lambda: s[2**70])
t("big slice", lambda: s[2**70:])
t("neg big slice", lambda: s[-2**70:3])
t("big step", lambda: s[::2**70])
u = "héllo中文😀!"
print(len(u), u[1], u[5], u[7], u[-2], u[::-1], u[1:7:2], u[-3:])
print([u[i] for i in range(len(u))])
t("slice obj", lambda: s[slice(1, 8, 3)])
t("slice indices", lambda: slice(-3, None, -1).indices(10))
t("getitem", lambda: s.__getitem__(3))
t("getitem slice", lambda: s.__getitem__(slice(None, None, -3)))
t("chain", lambda: s[2:8][::-1][1:3])
