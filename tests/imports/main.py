# Imports through a granted root: packages, relative imports, -m, errors,
# and no host path anywhere.
import sys
import app
from app.sub import leaf
print(app.VERSION, leaf.leaf_name(), app.__file__, app.__path__, leaf.__file__)
print(app.__spec__.origin, app.__spec__.submodule_search_locations)
print(sys.argv)
try:
    import broken
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    from app import nothing
except ImportError as e:
    print("ImportError:", e)
try:
    import app.sub.nothing
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
import importlib
m = importlib.import_module(".sub.leaf", "app")
print(m is leaf, importlib.util.find_spec("app.core").origin)
leaf.fail()
