# Dynamic programming classics: 0/1 knapsack with reconstruction, unbounded coin change,
# longest increasing subsequence, matrix-chain order, and partition counting.
def knapsack(items, capacity):
    n = len(items)
    best = [[0] * (capacity + 1) for _ in range(n + 1)]
    for i, (name, w, v) in enumerate(items, 1):
        prev, cur = best[i - 1], best[i]
        for c in range(capacity + 1):
            cur[c] = prev[c]
            if w <= c and prev[c - w] + v > cur[c]:
                cur[c] = prev[c - w] + v
    chosen = []
    c = capacity
    for i in range(n, 0, -1):
        if best[i][c] != best[i - 1][c]:
            name, w, v = items[i - 1]
            chosen.append(name)
            c -= w
    return best[n][capacity], sorted(chosen)


def coin_change(coins, amount):
    INF = amount + 1
    dp = [0] + [INF] * amount
    last = [None] * (amount + 1)
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and dp[a - c] + 1 < dp[a]:
                dp[a] = dp[a - c] + 1
                last[a] = c
    if dp[amount] >= INF:
        return None
    used = []
    while amount:
        used.append(last[amount])
        amount -= last[amount]
    return sorted(used, reverse=True)


def count_ways(coins, amount):
    ways = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] += ways[a - c]
    return ways[amount]


def lis(seq):
    tails = []
    idx = []
    parent = [-1] * len(seq)
    for i, x in enumerate(seq):
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if tails[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        if lo > 0:
            parent[i] = idx[lo - 1]
        if lo == len(tails):
            tails.append(x)
            idx.append(i)
        else:
            tails[lo] = x
            idx[lo] = i
    out = []
    k = idx[-1] if idx else -1
    while k != -1:
        out.append(seq[k])
        k = parent[k]
    return out[::-1]


def matrix_chain(dims):
    n = len(dims) - 1
    cost = [[0] * n for _ in range(n)]
    split = [[0] * n for _ in range(n)]
    for length in range(2, n + 1):
        for i in range(n - length + 1):
            j = i + length - 1
            cost[i][j] = float("inf")
            for k in range(i, j):
                q = cost[i][k] + cost[k + 1][j] + dims[i] * dims[k + 1] * dims[j + 1]
                if q < cost[i][j]:
                    cost[i][j], split[i][j] = q, k

    def paren(i, j):
        if i == j:
            return chr(ord("A") + i)
        k = split[i][j]
        return f"({paren(i, k)}{paren(k + 1, j)})"

    return cost[0][n - 1], paren(0, n - 1)


def partitions(n):
    p = [1] + [0] * n
    for k in range(1, n + 1):
        for m in range(k, n + 1):
            p[m] += p[m - k]
    return p


items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40),
         ("cheese", 23, 30), ("beer", 52, 10), ("suntan", 11, 70), ("camera", 32, 30),
         ("tshirt", 24, 15), ("trousers", 48, 10), ("umbrella", 73, 40), ("wtrousers", 42, 70),
         ("woverclothes", 43, 75), ("notecase", 22, 80), ("sunglasses", 7, 20), ("towel", 18, 12),
         ("socks", 4, 50), ("book", 30, 10)]
for cap in (0, 10, 100, 400):
    value, chosen = knapsack(items, cap)
    weight = sum(w for n, w, v in items if n in chosen)
    print(f"cap {cap}: value {value}, weight {weight}, {chosen}")
print(knapsack([], 50))
for coins, amount in [((1, 5, 10, 25), 63), ((1, 3, 4), 6), ((2,), 3), ((7, 3), 100), ((186, 419, 83, 408), 6249)]:
    print(coins, amount, coin_change(coins, amount), count_ways(coins, amount))
print(count_ways((1, 2, 5, 10, 20, 50, 100, 200), 200))
seq = [(i * 7919) % 101 for i in range(40)]
print(seq[:15])
r = lis(seq)
print(len(r), r)
print(lis([]), lis([5]), lis([3, 2, 1]), lis([1, 2, 2, 3]))
print(matrix_chain([10, 30, 5, 60]), matrix_chain([40, 20, 30, 10, 30]), matrix_chain([5, 10, 3, 12, 5, 50, 6]))
p = partitions(100)
print(p[:15], p[100], p[50])
