# test: timeout=120 skip-asan
# Allocates millions of short-lived objects: memory must stay bounded.
s = 0
for i in range(3000000):
    t = (i, [i], str(i))
    s += len(t[2])
print(s)
