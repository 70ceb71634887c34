# config: default
# expect: ok
# The import machinery is reachable from Python (sys.meta_path, loaders),
# so its capabilities must hold on their own: an import root reads only
# module source beneath itself, and native modules can be narrowed, never
# widened.
import sys
import importlib.util
spec = importlib.util.find_spec("json")
root = spec.loader._root
print(root, root.name)
for bad in ["../../../etc/passwd", "/etc/passwd", "..", "json/../../x.py",
            "json/./__init__.py", "x.pyc", "json/__init__.py\x00", "", "a//b.py",
            "../stdlib/json/__init__.py"]:
    for meth in (root.read_text, root.get_code):
        try:
            meth(bad)
            print("ESCAPED", meth, repr(bad))
        except ImportError:
            pass
    if root.is_file(bad) or root.is_dir(bad):
        print("ESCAPED is_file/is_dir", repr(bad))
print(len(root.read_text("json/__init__.py")) > 0)
# The root shows no host path and no state.
print([a for a in dir(root) if not a.startswith("__")])
for a in ["_dir", "path", "__dict__", "_root", "root"]:
    if hasattr(root, a):
        print("ESCAPED root." + a)
# Appending host paths to a package's __path__ grants nothing.
import json
json.__path__.append("/etc")
json.__path__.append("/usr/lib/python3.11")
for name in ["json.passwd", "json.os", "json.subprocess"]:
    try:
        __import__(name)
        print("ESCAPED", name)
    except ImportError:
        pass
# Native modules: narrowing is one-way.
print(sys.builtin_module_names)
sys.allow_native([])
print(sys.builtin_module_names)
try:
    import math
    print("ESCAPED math after narrowing")
except ImportError as e:
    print("ImportError:", e)
sys.allow_native(["math"])
print(sys.builtin_module_names)
try:
    import math
    print("ESCAPED math after widening")
except ImportError:
    print("still denied")
# Even the registry object itself refuses.
natives = None
for f in sys.meta_path:
    if getattr(f, "__name__", "") == "NativeModuleFinder":
        natives = f
try:
    natives.create_module(spec.__class__("math", natives))
    print("ESCAPED NativeModuleFinder.create_module")
except ImportError:
    pass
print("done")
