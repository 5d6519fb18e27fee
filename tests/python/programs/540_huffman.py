# Huffman compression: symbol frequencies, tree built with a hand-rolled priority queue, bit packing.
class Leaf:
    def __init__(self, symbol, weight):
        self.symbol, self.weight = symbol, weight


class Internal:
    def __init__(self, left, right):
        self.left, self.right = left, right
        self.weight = left.weight + right.weight


class PQ:
    def __init__(self):
        self.heap = []
        self.counter = 0

    def push(self, prio, item):
        self.counter += 1
        h = self.heap
        h.append((prio, self.counter, item))
        i = len(h) - 1
        while i and h[(i - 1) >> 1][:2] > h[i][:2]:
            h[(i - 1) >> 1], h[i] = h[i], h[(i - 1) >> 1]
            i = (i - 1) >> 1

    def pop(self):
        h = self.heap
        h[0], h[-1] = h[-1], h[0]
        top = h.pop()
        i = 0
        while True:
            c = 2 * i + 1
            if c >= len(h):
                break
            if c + 1 < len(h) and h[c + 1][:2] < h[c][:2]:
                c += 1
            if h[i][:2] <= h[c][:2]:
                break
            h[i], h[c] = h[c], h[i]
            i = c
        return top[2]

    def __len__(self):
        return len(self.heap)


def build(freq):
    pq = PQ()
    for sym in sorted(freq):
        pq.push(freq[sym], Leaf(sym, freq[sym]))
    if len(pq) == 1:
        only = pq.pop()
        return Internal(only, Leaf(None, 0))
    while len(pq) > 1:
        a = pq.pop()
        b = pq.pop()
        pq.push(a.weight + b.weight, Internal(a, b))
    return pq.pop()


def codes(node, prefix="", table=None):
    if table is None:
        table = {}
    if isinstance(node, Leaf):
        if node.symbol is not None:
            table[node.symbol] = prefix or "0"
    else:
        codes(node.left, prefix + "0", table)
        codes(node.right, prefix + "1", table)
    return table


def encode(data, table):
    bits = "".join(table[b] for b in data)
    pad = (8 - len(bits) % 8) % 8
    bits += "0" * pad
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)), len(bits) - pad


def decode(packed, nbits, tree):
    out = []
    node = tree
    for i in range(nbits):
        byte = packed[i >> 3]
        bit = (byte >> (7 - (i & 7))) & 1
        node = node.right if bit else node.left
        if isinstance(node, Leaf):
            out.append(node.symbol)
            node = tree
    return bytes(out)


def frequencies(data):
    freq = {}
    for b in data:
        freq[b] = freq.get(b, 0) + 1
    return freq


TEXT = ("it was the best of times, it was the worst of times, it was the age of wisdom, "
        "it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity, "
        "it was the season of Light, it was the season of Darkness").encode()
samples = [TEXT, b"aaaaaaaaaa", bytes([97, 98] * 20 + [99]), bytes(list(range(16)) * 3), b"x", "mañana ☃☃☃".encode()]
for data in samples:
    freq = frequencies(data)
    tree = build(freq)
    table = codes(tree)
    packed, nbits = encode(data, table)
    back = decode(packed, nbits, tree)
    avg = nbits / len(data)
    print(f"len={len(data):3} symbols={len(freq):2} bits={nbits:4} bytes={len(packed):3} "
          f"avg={avg:.3f} ok={back == data}")
freq = frequencies(TEXT)
table = codes(build(freq))
for sym, code in sorted(table.items(), key=lambda kv: (len(kv[1]), kv[0]))[:10]:
    print(repr(chr(sym)), freq[sym], code)
lengths = sorted(set(len(c) for c in table.values()))
print("code lengths:", lengths, "kraft:", sum(2 ** -len(c) for c in table.values()))
prefix_free = all(not b.startswith(a) for a in table.values() for b in table.values() if a != b)
print("prefix free:", prefix_free)
packed, nbits = encode(TEXT, table)
print(packed[:12].hex(), nbits, f"{nbits / (8 * len(TEXT)):.2%}")
print(bin(packed[0]), format(packed[1], "08b"), int("0b1011", 0), int("1011", 2), f"{0b1011:#06b}")
print(b"ab" * 3 == bytes([97, 98] * 3), bytearray(b"xy") + b"z", bytearray(b"abc")[1:])
