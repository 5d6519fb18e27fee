def f(a, b):
    return a + b
tests = [
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(1, b=2, c=3),
    lambda: f(1, 2, a=3),
    lambda: len(),
    lambda: len(1, 2),
    lambda: [].append(),
    lambda: "x" + 1,
    lambda: 1 + "x",
    lambda: None(),
    lambda: {}[[]],
    lambda: int("z"),
    lambda: [1][5],
    lambda: (1).foo,
    lambda: undefined,
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
