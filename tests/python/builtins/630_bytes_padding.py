for b in [b"ab", b"abc", b"", bytearray(b"xyz")]:
    print(b.ljust(6), b.rjust(6, b"*"), b.center(6, b"-"), b.center(7), b.zfill(5), b.ljust(1))
print(b"-42".zfill(6), b"+7".zfill(4))
try:
    b"a".ljust(3, "x")
except TypeError as e:
    print(e)
