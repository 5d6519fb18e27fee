def make():
    def show():
        return payload_count * 2
    print(show.__code__.co_freevars)
    try:
        show()
    except NameError as e:
        print(type(e).__name__, e)
    payload_count = 21
    print(show())
    del payload_count
    return show


def call(fn):
    return fn()


f = make()
call(f)
