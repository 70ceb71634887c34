import sys
import pkg.sub.mod
print(pkg.__name__, pkg.VALUE)
print(pkg.sub.mod.f())
print(pkg.__file__)
print(pkg.__path__)
print(pkg.sub.__path__)
print(pkg.sub.mod.__file__)
print(pkg.__spec__.name, pkg.__spec__.parent, pkg.sub.mod.__spec__.parent)
print(pkg.__spec__.origin)
print(pkg.sub.mod.__spec__.submodule_search_locations)
print(pkg.__package__, pkg.sub.mod.__package__)
print(hasattr(pkg.sub.mod, "__path__"))
import pkg.sub.mod as m2
print(m2 is pkg.sub.mod)
import pkg.sub.mod        # second time: cached, no prints
from pkg.sub import mod
print(mod is m2)
import top, top as t2
print(top.X, t2 is top, top.__name__, top.__file__)
print("pkg.sub.mod" in sys.modules, "pkg.sub" in sys.modules)
print(__import__("pkg.sub.mod") is pkg)
print(__import__("pkg.sub.mod", fromlist=["f"]) is mod)
print(__import__("pkg.sub", globals(), locals(), ["mod"], 0) is pkg.sub)
print(sys.modules["pkg.sub"].mod is mod)
