import sys
sys.path.insert(0, "_support")
import helper_mod
def main():
    print("main running", __name__)
if __name__ == "__main__":
    main()
print(helper_mod.__name__, helper_mod.double(4), "helper_mod" in sys.modules)
import helper_mod
print(sys.modules["helper_mod"] is helper_mod)
from pkgdemo import NAME as pkg_name, greet
print(pkg_name, greet("pkg"))
try:
    from pkgdemo import missing_name
except ImportError as e:
    print("ImportError", str(e).split(" (")[0], str(e).endswith("__init__.py)"))
