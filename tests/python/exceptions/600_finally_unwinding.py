def f():
    for i in range(3):
        try:
            return i
        finally:
            continue
    return "end"
print(f())
for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("fin", i)
def g():
    while True:
        try:
            return 1
        finally:
            break
    return 2
print(g())
