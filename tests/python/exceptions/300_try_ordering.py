# try/except/else/finally ordering in many combinations
def run(label, body):
    trail = []
    def step(s):
        trail.append(s)
    try:
        result = body(step)
        print(label, trail, "->", result)
    except Exception as e:
        print(label, trail, "-> raised", type(e).__name__, e)

def no_exc(step):
    try:
        step("try")
    except ValueError:
        step("except")
    else:
        step("else")
    finally:
        step("finally")
    step("after")
    return "ok"
run("no_exc", no_exc)

def caught(step):
    try:
        step("try")
        raise ValueError("v")
    except ValueError:
        step("except")
    else:
        step("else")
    finally:
        step("finally")
    step("after")
    return "ok"
run("caught", caught)

def uncaught(step):
    try:
        step("try")
        raise KeyError("k")
    except ValueError:
        step("except")
    else:
        step("else")
    finally:
        step("finally")
    step("after")
run("uncaught", uncaught)

def raise_in_else(step):
    try:
        step("try")
    except ValueError:
        step("except")
    else:
        step("else")
        raise ValueError("from else")  # not caught by the same try
    finally:
        step("finally")
run("raise_in_else", raise_in_else)

def raise_in_except(step):
    try:
        step("try")
        raise ValueError("a")
    except ValueError:
        step("except")
        raise TypeError("from except")
    except TypeError:
        step("second except (never)")
    finally:
        step("finally")
run("raise_in_except", raise_in_except)

def raise_in_finally(step):
    try:
        step("try")
        raise ValueError("lost")
    finally:
        step("finally")
        raise TypeError("from finally")
run("raise_in_finally", raise_in_finally)

def return_in_try(step):
    try:
        step("try")
        return "try-value"
    except Exception:
        step("except")
    else:
        step("else (skipped by return)")
    finally:
        step("finally")
    return "unreached"
run("return_in_try", return_in_try)

def return_in_except(step):
    try:
        step("try")
        1 / 0
    except ZeroDivisionError as e:
        step("except")
        return "except-value " + str(e)
    finally:
        step("finally")
run("return_in_except", return_in_except)

def return_in_else(step):
    try:
        step("try")
    except Exception:
        step("except")
    else:
        step("else")
        return "else-value"
    finally:
        step("finally")
run("return_in_else", return_in_else)

def first_matching(step):
    try:
        step("try")
        raise IndexError("i")
    except KeyError:
        step("KeyError")
    except LookupError:
        step("LookupError")
    except IndexError:
        step("IndexError (shadowed)")
    return "done"
run("first_matching", first_matching)

def nested(step):
    try:
        step("outer try")
        try:
            step("inner try")
            raise ValueError("x")
        except TypeError:
            step("inner except TypeError")
        else:
            step("inner else")
        finally:
            step("inner finally")
        step("after inner")
    except ValueError:
        step("outer except")
    else:
        step("outer else")
    finally:
        step("outer finally")
    return "nested done"
run("nested", nested)

def loop_mix(step):
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 2:
                raise ValueError(i)
            if i == 3:
                break
            step("body%d" % i)
        except ValueError:
            step("except%d" % i)
        else:
            step("else%d" % i)
        finally:
            step("fin%d" % i)
    else:
        step("loop-else")
    return "loop done"
run("loop_mix", loop_mix)

def while_finally(step):
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            step("fin%d" % n)
run("while_finally", while_finally)

def except_without_as(step):
    try:
        step("try")
        raise RuntimeError
    except:
        step("bare except")
    return "bare ok"
run("except_without_as", except_without_as)
