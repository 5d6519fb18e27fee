# test: gc-stress
# arrays whose buffers nothing else holds, grown, shrunk, sliced, repeated
# and concatenated while collections run (under --gc-stress, at every
# allocation): the trace function must keep each array's buffer, and an
# iterator its array.
import gc
from array import array as A

a = A('i')
for i in range(300):
    a.append(i * 3)
gc.collect()
print(len(a), a[0], a[-1], sum(a))
del a[::2]
a[10:20] = A('i', range(50))
gc.collect()
print(len(a), a[:5], a[-3:], sum(a))
while len(a) > 5:
    a.pop()
gc.collect()
print(a)
b = A('d', [0.5]) * 100 + A('d', [1.5]) * 50
gc.collect()
print(len(b), sum(b))
u = A('u', 'xyz')
u *= 40
u.fromunicode('!')
gc.collect()
print(len(u), u.tounicode()[-5:])
it = iter(A('q', [2**40 + i for i in range(30)]))
gc.collect()
print(sum(it) - 30 * 2**40)
parts = [A('h', [i]) for i in range(50)]
joined = A('h')
for p in parts:
    joined += p
del parts
gc.collect()
print(joined.tolist()[-5:], len(joined))
