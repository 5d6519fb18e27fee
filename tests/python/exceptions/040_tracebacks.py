import sys
def level3():
    raise ValueError("deep problem")
def level2():
    level3()
def level1():
    try:
        level2()
    except ValueError as e:
        tb = e.__traceback__
        depth = 0
        while tb is not None:
            depth += 1
            tb = tb.tb_next
        print("traceback depth", depth)
        raise
try:
    level1()
except ValueError as e:
    print("re-raised:", e)
print(sys.exc_info()[0])
try:
    raise TypeError("x")
except TypeError:
    print(sys.exc_info()[0].__name__, sys.exc_info()[1])
