def inner():
    raise KeyError("k")
def outer():
    try:
        inner()
    except KeyError as e:
        raise RuntimeError("outer failed") from e
outer()
