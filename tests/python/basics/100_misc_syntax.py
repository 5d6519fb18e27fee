x = 5; y = 6; print(x + y)
if x: print("inline if")
for i in range(2): print("inline for", i)
while False: pass
a = b = c = 0
print(a, b, c)
t = 1,
print(t, (1), [1,], {1: 2,})
nums = [1, 2, 3,
        4, 5]
print(sum(nums), \
      len(nums))
def f(*, key=None): return key
print(f(key=3), f())
lst = [1, 2, 3, 4, 5, 6]
print(lst[1:-1:2], lst[::-2], lst[:0], lst[10:])
s = "x"
s += "y" * 3
print(s, not s, s and "truthy", "" or "fallback")
print(type(...).__name__, 1 if 0 else 2 if 0 else 3)
assert True
del lst[0], lst[-1]
print(lst)
