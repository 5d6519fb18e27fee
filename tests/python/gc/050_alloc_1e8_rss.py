# test: timeout=300 skip-asan max-rss-mb=200
# 10^8 short-lived objects: each iteration allocates a tuple, a list and two
# floats that die at the next iteration. The collector must keep peak RSS
# bounded (the runner measures it) however many objects pass through.
n = 25_000_000
total = 0.0
for i in range(n):
    t = (i, [i], i * 0.5, -i * 1.5)
    total += t[2]
print(total, len(t[1]))
