# bytearray item and slice assignment, deletion and appending, which uopy
# does in place when the size does not change.
b = bytearray(b"abcdefghij")
b[0] = 65
b[-1] = 74
print(b)
del b[1]
print(b, len(b))
del b[-1]
print(b)
b[2:5] = b"XYZ"          # same length
print(b)
b[2:5] = b"12345"        # longer
print(b)
b[2:7] = b""             # shorter
print(b)
b[::2] = bytes(len(b[::2]))
print(b)
b[5:1] = b"in"           # empty slice: an insertion
print(b)
b[::-1] = b[::-1].upper()
print(b)
try:
    b[::2] = b"x"
except ValueError as e:
    print("ValueError", e)
try:
    b[0] = 256
except ValueError as e:
    print("ValueError", e)
try:
    b[100] = 1
except IndexError as e:
    print("IndexError", e)
try:
    b["x"] = 1
except TypeError as e:
    print("TypeError", e)
try:
    b[1:2] = 5
except TypeError as e:
    print("TypeError", e)
b[1:3] = [7, 8]          # an iterable of ints
b[0:0] = (x for x in range(3))
print(b)
del b[::3]
print(b)
c = bytearray()
for i in range(1000):
    c += bytes([i % 256])
    c.extend(b"ab")
    c.append(i % 7)
print(len(c), c[:12], c[-6:], sum(c))
c += bytes(c)
c.extend(c[:4])
print(len(c), c[-8:])
flags = bytearray([1]) * 50
for p in range(2, 8):
    flags[p * p::p] = bytes(len(range(p * p, 50, p)))
print([i for i in range(2, 50) if flags[i]])
