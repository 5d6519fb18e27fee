# Reads of locals that may be unassigned on some path still raise
# UnboundLocalError; reads assigned on every path never do. Paths through
# branches, loops, break/continue/else, try/except/finally, del, and
# `except ... as name` (which deletes the name afterwards).
def probe(f, *args):
    try:
        return f(*args)
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
    except NameError as e:
        return "NameError: " + str(e)

def branch(c):
    if c:
        x = 1
    return x

def both(c):
    if c:
        x = 1
    else:
        x = 2
    return x

def loop(n):
    for i in range(n):
        last = i
    return last

def loop_else(n):
    for i in range(n):
        if i == 2:
            found = i
            break
    else:
        found = None
    return found

def while_loop(n):
    while n > 0:
        n -= 1
        y = n
    return y

def continue_skip(n):
    for i in range(n):
        if i % 2:
            continue
        z = i
    return z

def try_body(fail):
    try:
        if fail:
            raise ValueError
        v = 1
    except ValueError:
        pass
    return v

def try_finally(fail):
    try:
        w = 1
        if fail:
            raise KeyError
    finally:
        r = w
    return r

def handler_assigns(fail):
    try:
        if fail:
            raise ValueError
        u = "body"
    except ValueError:
        u = "handler"
    return u

def except_as():
    try:
        raise ValueError("x")
    except ValueError as err:
        pass
    return err

def deleted(c):
    q = 1
    if c:
        del q
    return q

def param_deleted(p):
    del p
    return p

def reassigned_after_del():
    t = 1
    del t
    t = 2
    return t

def nested_def():
    def inner():
        return captured
    captured = 5
    return inner()

def gen(c):
    if c:
        g = 1
    yield g

def with_stmt():
    class CM:
        def __enter__(self):
            return "entered"
        def __exit__(self, *a):
            return False
    with CM() as m:
        pass
    return m

cases = [(branch, True), (branch, False), (both, False), (loop, 3), (loop, 0),
         (loop_else, 5), (loop_else, 1), (while_loop, 2), (while_loop, 0),
         (continue_skip, 3), (continue_skip, 1), (try_body, False), (try_body, True),
         (try_finally, False), (handler_assigns, True), (handler_assigns, False),
         (except_as,), (deleted, False), (deleted, True), (param_deleted, 3),
         (reassigned_after_del,), (nested_def,), (with_stmt,)]
for case in cases:
    print(case[0].__name__, case[1:], probe(*case))
print(list(gen(True)))
try:
    list(gen(False))
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
try:
    try_finally(True)
except KeyError:
    print("KeyError propagated through finally")
