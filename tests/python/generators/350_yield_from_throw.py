# throw() through yield from is forwarded to the subgenerator
def scenario(fn):
    print("--", fn.__name__)
    try:
        fn()
    except BaseException as e:
        print("scenario escaped:", type(e).__name__, e)
    return fn

@scenario
def handled_by_inner():
    def inner():
        try:
            yield "inner1"
        except KeyError as e:
            print("inner handled", e)
            yield "inner recovered"
        return "inner done"
    def outer():
        r = yield from inner()
        yield "outer got " + r
    g = outer()
    print(next(g))
    print(g.throw(KeyError("kk")))
    print(next(g))
    print(next(g, "end"))

@scenario
def handled_by_outer():
    def inner_nohandle():
        try:
            yield 1
            yield 2
        finally:
            print("inner finally")
    def outer_handles():
        try:
            yield from inner_nohandle()
        except ValueError as e:
            yield "outer handled " + str(e)
    g = outer_handles()
    print(next(g))
    print(g.throw(ValueError("v")))
    print(list(g))

@scenario
def unhandled():
    def inner():
        yield 1
    def outer():
        yield from inner()
    g = outer()
    next(g)
    try:
        g.throw(TypeError("t"))
    except TypeError as e:
        print("propagated TypeError", e)

@scenario
def two_levels():
    def lvl3():
        while True:
            try:
                yield "lvl3"
            except IndexError:
                print("lvl3 caught IndexError")
                return "lvl3 ret"
    def lvl2():
        r = yield from lvl3()
        print("lvl2 got", r)
        yield "lvl2 after"
    def lvl1():
        yield from lvl2()
        yield "lvl1 end"
    g = lvl1()
    print(next(g))
    print(g.throw(IndexError))
    print(list(g))

@scenario
def over_plain_iterator():
    def over_list():
        try:
            yield from [1, 2, 3]
        except RuntimeError as e:
            yield "caught in delegator " + str(e)
    g = over_list()
    print(next(g))
    print(g.throw(RuntimeError("r")))

@scenario
def generator_exit_forwarded():
    def sub():
        try:
            yield 1
        except GeneratorExit:
            print("sub got GeneratorExit")
            raise
    def dele():
        try:
            yield from sub()
        finally:
            print("dele finally")
    g = dele()
    next(g)
    try:
        g.throw(GeneratorExit)
    except GeneratorExit:
        print("GeneratorExit propagated")

@scenario
def send_after_throw():
    def acc():
        total = 0
        while True:
            try:
                v = yield total
                total += v
            except ValueError:
                total = 0
    def wrapper():
        yield from acc()
    g = wrapper()
    next(g)
    print(g.send(5), g.send(6), g.throw(ValueError), g.send(1))

@scenario
def close_forwarded():
    def sub():
        try:
            yield 1
        finally:
            print("sub finally")
    def mid():
        try:
            yield from sub()
        finally:
            print("mid finally")
    def top():
        try:
            yield from mid()
        finally:
            print("top finally")
    g = top()
    next(g)
    g.close()
    print("closed")
