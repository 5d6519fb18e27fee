# The host stdlib's types module imports and names uopy's own types
import types
def f(): pass
async def c(): pass
def g(): yield
async def ag(): yield
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType))
co = c()
print(isinstance(co, types.CoroutineType), isinstance(g(), types.GeneratorType))
co.close()
print(isinstance(ag(), types.AsyncGeneratorType), isinstance(types, types.ModuleType))
print(isinstance(len, types.BuiltinFunctionType), isinstance(int | str, types.UnionType))
print(isinstance(list[int], types.GenericAlias), types.NoneType, types.EllipsisType)
print(types.SimpleNamespace(a=1))
C = types.new_class("C", (object,), {}, lambda ns: ns.update(x=5))
print(C.__name__, C.x)
print(types.resolve_bases((int, object)))
try:
    raise ValueError
except ValueError as e:
    print(isinstance(e.__traceback__, types.TracebackType), isinstance(e.__traceback__.tb_frame, types.FrameType))
