# Text signatures of built-ins: __text_signature__ (the "name(sig)\n--\n\n"
# head of a built-in's doc), __doc__ without it, inspect.signature of built-in
# functions, methods, slot wrappers, method-wrappers and classes.
import builtins, inspect, types

names = sorted(n for n, v in vars(builtins).items()
               if isinstance(v, types.BuiltinFunctionType) and not n.startswith("_")
               and n != "breakpoint")
for n in names:
    f = getattr(builtins, n)
    try:
        s = str(inspect.signature(f))
    except ValueError as e:
        s = "ValueError: " + str(e)
    print(n, repr(f.__text_signature__), s)

for t in (str, bytes, bytearray, list, dict, set, frozenset, tuple, int, float):
    for n in sorted(vars(t)):
        d = vars(t)[n]
        if isinstance(d, (staticmethod, classmethod)):
            d = d.__func__
        kind = type(d).__name__
        if kind not in ("method_descriptor", "classmethod_descriptor", "builtin_function_or_method"):
            continue
        if n.startswith("__") and n not in ("__format__", "__getnewargs__", "__new__"):
            continue
        print(t.__name__, n, repr(d.__text_signature__))

# Slot wrappers: the signature and doc come from the kind of slot.
for d in (int.__add__, int.__radd__, int.__lt__, int.__eq__, int.__repr__, int.__hash__,
          int.__neg__, int.__bool__, int.__index__, int.__pow__, int.__rpow__, float.__truediv__,
          list.__len__, list.__setitem__, list.__delitem__, list.__contains__,
          list.__iter__, list.__init__, set.__iand__, set.__isub__, dict.__ior__, object.__init__,
          object.__setattr__, object.__delattr__, object.__getattribute__, object.__str__,
          type.__call__, type.__init__, property.__get__, property.__set__, property.__delete__,
          type(iter([])).__next__):
    print(d.__qualname__, d.__name__, d.__objclass__.__name__, d.__text_signature__,
          repr(d.__doc__), inspect.signature(d))
for f in (object.__new__, int.__new__, type.__new__):
    print(f.__qualname__, f.__text_signature__, repr(f.__doc__))

# Bound: method-wrapper objects, not methods.
w = (5).__add__
print(type(w).__name__, w.__name__, w.__qualname__, w.__self__, w.__objclass__.__name__,
      w.__text_signature__, inspect.signature(w), w(3), inspect.ismethod(w),
      inspect.isbuiltin(w), inspect.ismethodwrapper(w), inspect.isroutine(w))
print(repr(w).startswith("<method-wrapper '__add__' of int object at 0x"), w == (5).__add__,
      w == (6).__add__, w != (5).__sub__, hash(w) == hash((5).__add__))
print(type(object().__str__) is types.MethodWrapperType, type(int.__add__) is types.WrapperDescriptorType)
class Plain:
    pass
print([n for n, v in inspect.getmembers(Plain(), inspect.ismethod)])
print(getattr(*(5).__add__.__reduce__()[1]) == (5).__add__, int.__add__.__reduce__()[1])

# Bound built-in methods drop $self/$type/$module.
print(inspect.signature("abc".split), inspect.signature([].append), inspect.signature(dict.fromkeys),
      inspect.signature(int.from_bytes), inspect.signature(str.join), inspect.signature({}.get))
for f in (str.maketrans, bytes.fromhex, float.fromhex, bytearray.fromhex, int.to_bytes, str.format):
    try:
        print(f.__qualname__, inspect.signature(f))
    except ValueError as e:
        print(f.__qualname__, "ValueError", str(e).endswith("builtin has invalid signature"))

# Classes: their own signature, object's for plain classes, __init__'s when defined.
class WithInit:
    def __init__(self, a, b=2):
        pass
class Sub(list):
    pass
for c in (object, list, tuple, float, complex, memoryview, enumerate, reversed, Plain, WithInit, Sub):
    try:
        s = str(inspect.signature(c))
    except ValueError as e:
        s = "ValueError: " + str(e)
    print(c.__name__, repr(c.__text_signature__), s)
for c in (int, str, dict, type):
    try:
        print(c.__name__, inspect.signature(c))
    except ValueError as e:
        print(c.__name__, "ValueError", e)

# Docs: the signature is not part of __doc__.
print(repr(int.__add__.__doc__), (len.__doc__ or "").startswith("len("),
      "--" in (str.join.__doc__ or ""), dict.fromkeys.__doc__ != dict.fromkeys.__text_signature__)
print(all("\n--\n\n" not in (f.__doc__ or "") for f in vars(builtins).values()
          if isinstance(f, types.BuiltinFunctionType)))
