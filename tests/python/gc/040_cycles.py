# test: gc-stress
import gc
class Node:
    def __init__(self):
        self.other = None
        self.payload = [0] * 100
for i in range(2000):
    a, b = Node(), Node()
    a.other, b.other = b, a
print(gc.collect() >= 0, gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
keep = [Node() for _ in range(100)]
gc.collect()
print(len(keep), all(k.payload[99] == 0 for k in keep))
