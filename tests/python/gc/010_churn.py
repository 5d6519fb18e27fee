# test: gc-stress
class Node:
    def __init__(self, v, nxt=None):
        self.v = v
        self.nxt = nxt
total = 0
for i in range(2000):
    n = Node(i, Node(i + 1))
    n.nxt.nxt = n
    total += n.nxt.v
print(total)
import gc
print(gc.collect() >= 0)
