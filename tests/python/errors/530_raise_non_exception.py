def fail(kind):
    if kind == 0:
        raise ValueError
    if kind == 1:
        raise ValueError("one")
    if kind == 2:
        raise 42
    raise "text"


for k in range(3):
    try:
        fail(k)
    except Exception as e:
        print(k, type(e).__name__, e)
try:
    raise int
except TypeError as e:
    print("TypeError", e)
try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError", e)
fail(3)
