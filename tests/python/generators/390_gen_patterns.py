# Generator patterns: __iter__ as generator, state machines, coroutines-like pipelines
class Tree:
    def __init__(self, v, left=None, right=None):
        self.v, self.left, self.right = v, left, right
    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.v
        if self.right:
            yield from self.right
t = Tree(4, Tree(2, Tree(1), Tree(3)), Tree(6, Tree(5), Tree(7)))
print(list(t), sum(t), max(t), 5 in t)
print([a + b for a, b in zip(t, t)])

class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        for i in range(self.n):
            yield i
r = Range2(3)
print(list(r), list(r))  # reusable because __iter__ makes a fresh generator
it1, it2 = iter(r), iter(r)
print(next(it1), next(it1), next(it2))

# coroutine-style consumer
def averager():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count
a = averager()
next(a)
print([a.send(v) for v in (10, 20, 30, 40)])

# pipeline via send
def printer(prefix):
    while True:
        item = yield
        print(prefix, item)
def upper_filter(target):
    while True:
        item = yield
        if item.isupper():
            target.send(item)
p = printer(">")
next(p)
f = upper_filter(p)
next(f)
for w in ["ABC", "def", "GHI"]:
    f.send(w)

# chunking and windows
def chunks(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == n:
            yield tuple(buf)
            buf = []
    if buf:
        yield tuple(buf)
print(list(chunks(range(7), 3)))
def windows(seq, n):
    for i in range(len(seq) - n + 1):
        yield seq[i:i + n]
print(list(windows("abcde", 3)))

# generator-based tokenizer / state machine
def tokens(s):
    num = ""
    for ch in s + " ":
        if ch.isdigit():
            num += ch
        else:
            if num:
                yield ("NUM", int(num))
                num = ""
            if ch in "+-*/()":
                yield ("OP", ch)
print(list(tokens("12+3*(45-6)")))

# generator closures capturing loop variables
gens = [(lambda k: (x * k for x in range(3)))(k) for k in range(1, 3)]
print([list(g) for g in gens])
gens2 = [(x * k for x in range(3)) for k in range(1, 3)]
print([list(g) for g in gens2])

# round-robin scheduler
def task(name, n):
    for i in range(n):
        yield "%s%d" % (name, i)
def roundrobin(*gens):
    queue = list(gens)
    while queue:
        g = queue.pop(0)
        try:
            yield next(g)
            queue.append(g)
        except StopIteration:
            pass
print(list(roundrobin(task("a", 3), task("b", 1), task("c", 2))))

# permutations generator
def perms(items):
    if len(items) <= 1:
        yield items[:]
        return
    for i in range(len(items)):
        for p in perms(items[:i] + items[i + 1:]):
            yield [items[i]] + p
print(list(perms([1, 2, 3])))
# generator with return in loop
def first_neg(xs):
    for x in xs:
        if x < 0:
            return x
        yield x
g = first_neg([3, 1, -4, 1])
print(list(g))
