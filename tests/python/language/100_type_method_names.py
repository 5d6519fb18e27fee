# The public and special method names of the built-in types
types = [str, bytes, bytearray, int, bool, float, complex, list, tuple, dict, set, frozenset,
         range, slice, memoryview, object, type]
for T in types:
    names = [n for n in dir(T) if not n.startswith("_")]
    print(T.__name__, len(names), names)
for T in types:
    dunders = [n for n in dir(T) if n.startswith("__")]
    print(T.__name__, "dunders", dunders)
# methods are callable descriptors of the right kind
for T, name in [(str, "upper"), (bytes, "hex"), (dict, "fromkeys"), (int, "from_bytes"),
                (float, "fromhex"), (str, "maketrans"), (bytes, "maketrans"), (list, "append")]:
    raw = T.__dict__[name]
    print(T.__name__, name, type(raw).__name__, callable(getattr(T, name)))
