name = "world"
n = 42
pi = 3.14159
print(f"hello {name}!", f"{n:5d}|{n:<5}|{n:^7}|{n:>4}", f"{pi:.2f}", f"{n!r}", f"{name!r}")
print(f"{{literal}}", f"{n * 2 + 1}", f"{'nested'}", f"{n:x} {n:o} {n:b} {n:#x}")
print(f"{n=}", f"{1000000:,}", f"{0.25:%}", f"{12345.678:.3e}")
w = 8
print(f"[{name:>{w}}]")
