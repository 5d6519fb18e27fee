# try/except/else/finally ordering, return/break/continue in finally, exception visibility
import sys
def order(raise_in=None):
    log = []
    try:
        log.append("try")
        if raise_in == "try":
            raise ValueError("t")
    except ValueError:
        log.append("except")
        if raise_in == "except":
            raise KeyError("e")
    else:
        log.append("else")
        if raise_in == "else":
            raise IndexError("el")
    finally:
        log.append("finally")
    return log
for where in [None, "try"]:
    print(where, order(where))
for where in ["except", "else"]:
    try:
        order(where)
    except Exception as e:
        print(where, "raised", type(e).__name__, repr(e.__context__))
def finally_overrides_return():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides_return())
def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(finally_swallows())
def finally_return_value_evaluated():
    x = ["before"]
    try:
        return x
    finally:
        x.append("finally mutated")
        x = ["rebound"]
print(finally_return_value_evaluated())
def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "broke at %d" % i
print(break_in_finally())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        finally:
            continue
    return out
print(continue_in_finally())
def nested():
    log = []
    try:
        try:
            raise KeyError("inner")
        finally:
            log.append("inner finally")
    except KeyError as e:
        log.append("outer caught " + str(e))
    finally:
        log.append("outer finally")
    return log
print(nested())
def exc_info_in_finally():
    try:
        raise ValueError("v")
    except ValueError:
        pass
    finally:
        return sys.exc_info()
print(exc_info_in_finally())
def exc_info_during():
    try:
        raise ValueError("v")
    finally:
        info = sys.exc_info()
        print("in finally:", info[0].__name__, info[1])
try:
    exc_info_during()
except ValueError:
    pass
print(sys.exc_info())
def var_cleared():
    e = "before"
    try:
        raise ValueError
    except ValueError as e:
        pass
    try:
        return e
    except UnboundLocalError as err:
        return "unbound: " + str(err)
print(var_cleared())
def return_in_except_with_finally():
    log = []
    try:
        raise TypeError
    except TypeError:
        log.append("except")
        return log
    finally:
        log.append("finally")
print(return_in_except_with_finally())
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
g = gen_finally()
print(next(g))
g.close()
print("closed")
def reraise():
    try:
        try:
            raise ValueError("first")
        except ValueError:
            raise
    except ValueError as e:
        return "re-raised " + str(e)
print(reraise())
def bare_raise_outside():
    try:
        raise
    except RuntimeError as e:
        return str(e)
print(bare_raise_outside())
def except_order():
    try:
        raise KeyError("k")
    except (IndexError, LookupError) as e:
        return "tuple clause " + type(e).__name__
    except KeyError:
        return "never"
print(except_order())
def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("finally", n)
print(while_finally())
