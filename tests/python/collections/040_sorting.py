people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
nums = [5, 2, 8, 1, 9, 3]
nums.sort(reverse=True)
print(nums, sorted("hello"), sorted({3: "a", 1: "b"}), sorted([3.5, 1, 2.25]))
data = list(range(20, 0, -1))
data.sort(key=lambda v: v % 5)
print(data)
print(min([], default=0), max([1, 5, 3]), min("b", "a", "c"))
