# test: gc-stress
l = [3, 1, 2]
l.append(5)
l.extend([0, 4])
l.insert(1, 9)
print(l, len(l), l.pop(), l.pop(0), l)
l.sort()
print(l, sorted(l, reverse=True), l.index(3), l.count(9))
l.remove(9)
l.reverse()
print(l, l[1:3], l[::2], l * 2, [1] + [2])
l[1:3] = ["a", "b", "c"]
del l[0]
print(l)
words = ["bb", "a", "ccc", "dd"]
print(sorted(words, key=len), min(words), max(words, key=len))
print([1, 2] == [1, 2], [1, 2] < [1, 3], 3 in [1, 2, 3])
