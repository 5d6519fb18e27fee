name = "x"
print(f"{name!r:>10}")
print(f"value: {}")
