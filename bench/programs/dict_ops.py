"""dict_ops: builds and queries dicts keyed by ints and by strs -- insertion, lookup by subscript and by .get(), membership with `in`, in-place update of values, .update() with another dict, iteration over .items() / .keys() / .values(), deletion with del and .pop(), setdefault. Stresses the dict implementation (hashing, probing, resizing, deletion dummies) and the bytecodes around it."""
# bench: tiny=300 quick=5000 full=60000
import sys


def make_keys(m):
    # deterministic pseudo-random int keys (LCG) and derived str keys
    seed = 12345
    ints = []
    for _ in range(m):
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        ints.append(seed % (m * 4))
    strs = ["k" + str(k) for k in ints]
    return ints, strs


def int_dict_work(keys):
    d = {}
    for i, k in enumerate(keys):
        if k in d:
            d[k] += i
        else:
            d[k] = i
    hits = 0
    total = 0
    for k in range(len(keys) * 4):
        if k in d:
            hits += 1
            total += d[k]
        total += d.get(k + 1, -1)
    # iterate over items, delete every odd key
    odd = [k for k, v in d.items() if k & 1]
    for k in odd:
        del d[k]
    for k in keys:
        total += d.pop(k, 0)
    # reinsert into a dict full of dummies
    for k in keys:
        d[k] = k * 2
    for v in d.values():
        total += v
    return hits, total % 1000000007, len(d)


def str_dict_work(keys):
    d = {}
    for k in keys:
        d[k] = d.get(k, 0) + 1
    other = {}
    for k in keys[::3]:
        other[k + "x"] = 5
        other[k] = 100
    d.update(other)
    total = 0
    for k, v in d.items():
        total += v * len(k)
    groups = {}
    for k in d:
        groups.setdefault(k[:2], []).append(k)
    for k in keys:
        if k in d:
            total += d[k]
            del d[k]
    for key in d.keys():
        total += len(key)
    return total % 1000000007, len(d), len(groups)


def main(n):
    ints, strs = make_keys(n)
    r = 0
    out = []
    for rep in range(10):
        a = int_dict_work(ints)
        b = str_dict_work(strs)
        out = [a, b]
        r = (r * 31 + a[1] + b[0] + rep) % 1000000007
    return r, out


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 60000
    print(main(n))
