# Where an add lands after removals: a probe passing several deleted entries
# reuses the last of them (CPython 3.11), which shows in iteration order.
import random

s = {1, 6, 2}
s.remove(1)
s.remove(6)
s.add(9)
print(s)

t = set(range(0, 40, 3))
for k in (3, 9, 21):
    t.remove(k)
for k in (35, 67, 99, 131, 19, 51):
    t.add(k)
print(t)

rnd = random.Random(1234)
for trial in range(40):
    u = set()
    live = []
    for step in range(80):
        if live and rnd.random() < 0.4:
            k = live.pop(rnd.randrange(len(live)))
            u.remove(k)
        else:
            k = rnd.randrange(-60, 60)
            if k not in u:
                live.append(k)
            u.add(k)
    print(list(u))
