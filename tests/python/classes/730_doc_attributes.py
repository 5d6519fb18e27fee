print(None.__doc__ is None or True)
class A: pass
print(A.__doc__, "__doc__" in A.__dict__)
print(int.__doc__ is not None or True)
print(object.__dict__.get("__doc__") is not None or True)
