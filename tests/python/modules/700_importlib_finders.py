# importlib.import_module, find_spec, reload and pkgutil: importlib's finders
# are installed once importlib loads; compile() and exec() take bytes source.
import sys
import importlib
m = importlib.import_module('textwrap'); print(m.__name__, m.dedent("  x"))
print(importlib.import_module('json.decoder').__name__)
print(importlib.import_module('.encoder', 'json').__name__)
print(importlib.import_module('math').__name__)
import importlib.util
print(importlib.util.find_spec('csv').name, importlib.util.find_spec('nonexistent_mod_xyz'))
import pkgutil
print(sorted(m.name for m in pkgutil.iter_modules(importlib.import_module('json').__path__)))
try:
    importlib.import_module('no_such_module_here')
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
m2 = importlib.reload(importlib.import_module('colorsys'))
print(m2.rgb_to_hsv(0.2, 0.4, 0.4))
print(eval(b"1+2"), compile(b"# -*- coding: latin-1 -*-\nx = 1\n", "f", "exec").co_filename)
exec(b"# coding: latin-1\ns = \"\xe9\"\nprint(len(s), s)")
