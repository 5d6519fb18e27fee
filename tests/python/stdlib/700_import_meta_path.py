# sys.meta_path: finders consulted by the import statement in order, the
# standard ones (BuiltinImporter, FrozenImporter, PathFinder) at their place.
import sys
import importlib.abc
import importlib.machinery
import importlib.util

class VirtualLoader(importlib.abc.Loader):
    def __init__(self, source):
        self.source = source
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        exec(self.source, module.__dict__)

class VirtualFinder(importlib.abc.MetaPathFinder):
    def __init__(self, modules):
        self.modules = modules
        self.asked = []
    def find_spec(self, fullname, path, target=None):
        self.asked.append((fullname, path if path is None else "path"))
        if fullname in self.modules:
            is_pkg = fullname + ".sub" in self.modules
            spec = importlib.util.spec_from_loader(fullname, VirtualLoader(self.modules[fullname]), is_package=is_pkg)
            return spec
        return None

finder = VirtualFinder({
    "virtmod": "X = 41\ndef f():\n    return X + 1\n",
    "virtpkg": "NAME = 'pkg'\n",
    "virtpkg.sub": "from . import helper\nVALUE = helper.H * 2\n",
    "virtpkg.helper": "H = 21\n",
    "failing": "raise ValueError('boom in module body')\n",
})
sys.meta_path.insert(0, finder)
import virtmod
print(virtmod.X, virtmod.f(), virtmod.__name__, type(virtmod.__loader__).__name__, virtmod.__spec__.name)
print("virtmod" in sys.modules, virtmod.__package__ == "")
import virtpkg.sub
print(virtpkg.NAME, virtpkg.sub.VALUE, virtpkg.__path__, virtpkg.sub.__package__)
from virtpkg import helper
print(helper.H)
try:
    import failing
except ValueError as e:
    print("ValueError", e, "failing" in sys.modules)
import json  # a real module: the finder is asked first, then the path finders find it
print(json.dumps([1]), ("json", None) in finder.asked)
try:
    import no_such_module_anywhere
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e, e.name)

class Late(importlib.abc.MetaPathFinder):
    def __init__(self):
        self.asked = []
    def find_spec(self, fullname, path, target=None):
        self.asked.append(fullname)
        if fullname == "latemod":
            return importlib.util.spec_from_loader(fullname, VirtualLoader("Y = 'late'"))
        return None
late = Late()
sys.meta_path.append(late)
import latemod
import csv
print(latemod.Y, late.asked)

class Raising(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path, target=None):
        if fullname == "trigger":
            raise RuntimeError("finder failed")
        return None
sys.meta_path.insert(0, Raising())
try:
    import trigger
except RuntimeError as e:
    print("RuntimeError", e)
print(importlib.import_module("virtmod") is virtmod, importlib.util.find_spec("latemod").name)
sys.meta_path.remove(finder)
del sys.modules["virtmod"]
try:
    import virtmod
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)

# A finder of the old protocol (find_module) is still asked in 3.11.
class OldLoader:
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        module.OLD = "old style"
class OldFinder:
    def find_module(self, fullname, path=None):
        return OldLoader() if fullname == "oldmod" else None
sys.meta_path.insert(0, OldFinder())
import oldmod
print(oldmod.OLD, oldmod.__spec__.name)
# Entries that are not finders, or a meta_path that is not a list: errors.
saved = sys.meta_path
sys.meta_path = [None] + saved
try:
    import not_there_1
except AttributeError as e:
    print("AttributeError", e)
sys.meta_path = 5
try:
    import not_there_2
except TypeError as e:
    print("TypeError", e)
sys.meta_path = saved
