# heapq (push/pop/replace/merge/nlargest/nsmallest with key) and bisect (incl. key=)
import heapq, bisect

h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, h[0])
print([heapq.heappop(h) for _ in range(3)], h)
print(heapq.heappushpop(h, 0), heapq.heappushpop(h, 6), h)
print(heapq.heapreplace(h, 10), h)
data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data)
print(data)
print([heapq.heappop(data) for _ in range(len(data))])
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print("IndexError", e)
tasks = []
for prio, name in [(3, "c"), (1, "a"), (2, "b"), (1, "aa")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(4)])
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3, 6, 9])))
print(list(heapq.merge(["apple", "fig"], ["kiwi", "banana"], key=len)))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)), list(heapq.merge()), list(heapq.merge([], [1])))
print(list(heapq.merge([(1, "z")], [(1, "a")], key=lambda t: t[0])))
nums = [15, 3, 99, -4, 42, 8, 23, 16, 4]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums), heapq.nlargest(0, nums), heapq.nsmallest(20, nums))
print(heapq.nlargest(1, nums), heapq.nsmallest(1, nums, key=abs), heapq.nlargest(3, nums, key=lambda x: -abs(x - 20)))
words = ["kiwi", "fig", "banana", "apple", "date", "cherry"]
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(3, words, key=len), heapq.nsmallest(2, iter(words)))
print(heapq.nlargest(2, [(1, "b"), (1, "a"), (0, "c")]))
class Rev:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v > o.v
    def __repr__(self): return "R%d" % self.v
hh = [Rev(i) for i in [3, 1, 4, 1, 5]]
heapq.heapify(hh)
print([heapq.heappop(hh) for _ in range(5)])

a = [1, 2, 2, 2, 5, 8]
for x in [0, 2, 3, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x), bisect.bisect_left(a, x, 2, 4))
b = []
for x in [5, 1, 4, 1, 3]:
    bisect.insort(b, x)
bisect.insort_left(b, 4); bisect.insort_right(b, 0, 0, 0)
print(b)
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print("ValueError", e)
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
recs = [("a", 10), ("b", 20), ("c", 20), ("d", 40)]
key = lambda r: r[1]
print(bisect.bisect_left(recs, 20, key=key), bisect.bisect_right(recs, 20, key=key), bisect.bisect(recs, 25, key=key))
bisect.insort(recs, ("e", 20), key=key); bisect.insort_left(recs, ("f", 20), key=key); bisect.insort(recs, ("g", 5), key=key)
print(recs)
print(bisect.bisect_left(["Apple", "banana", "Cherry"], "b", key=str.lower), bisect.bisect_right(range(0, 100, 10), 35))
print(bisect.bisect_left([1.0, 2.5, 2.5], 2.5, hi=2), bisect.bisect_right([1, 2, 3], 2, lo=2))
