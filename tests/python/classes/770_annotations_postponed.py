from __future__ import annotations
def f(a: SomethingUndefined, b: list[int] = None) -> Dict[str, int]:
    return a
print(f.__annotations__)
class K:
    x: Forward
    y: int = 3
print(K.__annotations__, K.y)
