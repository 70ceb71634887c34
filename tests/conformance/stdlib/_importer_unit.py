"""Unit tests of stdlib/_importer.py under CPython with fake capabilities.

Run by tests/tools/check_stdlib_under_cpython.py (counts as one test);
prints "importer-unit: ok" when every check passes.
"""
import builtins
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
STDLIB = os.path.normpath(os.path.join(HERE, "..", "..", "..", "stdlib"))


class DictRoot:
    """Import root over an in-memory {relpath: source} dict."""

    def __init__(self, name, files):
        self.name = name
        self.files = files
        self.asked = []

    def is_file(self, rel):
        self.asked.append(rel)
        return rel in self.files

    def is_dir(self, rel):
        self.asked.append(rel)
        return any(k.startswith(rel + "/") for k in self.files)

    def read_text(self, rel):
        if not rel.endswith(".py"):
            raise PermissionError("only .py")
        return self.files[rel]


class Natives:
    def __init__(self, names):
        self._names = set(names)

    def names(self):
        return sorted(self._names)

    def load(self, name):
        if name not in self._names:
            raise ImportError("native module %r not allowed" % name)
        return __import__(name)

    def narrow(self, keep):
        self._names &= set(keep)


def fresh(files, natives=("math", "time")):
    ns = {"__name__": "_importer", "__builtins__": builtins}
    with open(os.path.join(STDLIB, "_importer.py")) as fh:
        exec(compile(fh.read(), "stdlib/_importer.py", "exec"), ns)
    b = dict(builtins.__dict__)
    s = type(sys)("sys")
    root = DictRoot("app", files)
    nat = Natives(natives)
    imp = ns["install"](sys=s, builtins=b, roots=[root], natives=nat)
    return s, b, imp, root, nat


def expect(exc, fn, *a):
    try:
        fn(*a)
    except exc as e:
        return str(e)
    raise AssertionError("no %s from %r" % (exc.__name__, fn))


files = {
    "pkg/__init__.py": "X = 1\n",
    "pkg/m.py": "from . import X\nY = X + 1\n",
    "pkg/boom.py": "raise KeyError('k')\n",
    "secret.txt": "not python",
    "circ/__init__.py": "",
    "circ/a.py": "from circ.b import B\nA = 1\n",
    "circ/b.py": "from circ.a import A\nB = 1\n",
    "star.py": "__all__ = ['a', 1]\na = 1\n",
}
s, b, imp, root, nat = fresh(files)
I = b["__import__"]

# basic import, display paths, no host path anywhere
m = I("pkg.m", {}, None, ["Y"], 0)
assert m.Y == 2, m.Y
assert m.__file__ == "app/pkg/m.py", m.__file__
assert s.modules["pkg"].__path__ == ["app/pkg"]
assert s.modules["pkg"].__spec__.origin == "app/pkg/__init__.py"
for mod in list(s.modules.values()):
    for attr in ("__file__",):
        v = getattr(mod, attr, None)
        assert v is None or not v.startswith("/"), v

# error messages and sys.modules cleanup
msg = expect(ModuleNotFoundError, I, "nope")
assert msg == "No module named 'nope'", msg
expect(KeyError, I, "pkg.boom")
assert "pkg.boom" not in s.modules and not hasattr(s.modules["pkg"], "boom")

# import_from helper (the VM's IMPORT_FROM)
assert imp.import_from(s.modules["pkg"], "m") is m
msg = expect(ImportError, imp.import_from, s.modules["pkg"], "zzz")
assert msg == "cannot import name 'zzz' from 'pkg' (app/pkg/__init__.py)", msg
msg = expect(ImportError, imp.import_from, object(), "q")
assert msg == "cannot import name 'q' from '<unknown module name>' (unknown location)", msg
# partially initialised module message
s.modules["pkg"].__spec__._initializing = True
msg = expect(ImportError, imp.import_from, s.modules["pkg"], "zzz")
assert msg == ("cannot import name 'zzz' from partially initialized module 'pkg' "
               "(most likely due to a circular import) (app/pkg/__init__.py)"), msg
s.modules["pkg"].__spec__._initializing = False

# import_star helper
ns = {}
msg = expect(TypeError, imp.import_star, I("star"), ns)
assert msg == "Item in star.__all__ must be str, not int", msg

# only .py: a non-.py file is never a module, odd names never reach the root
expect(ModuleNotFoundError, I, "secret")
root.asked.clear()
expect(ModuleNotFoundError, I, "pkg.__init__x", {}, None, (), 0)
for bad in ["..", "a/b", "x..y"]:
    try:
        I(bad)
    except (ImportError, ValueError):
        pass
assert not any(".." in r or r.startswith("/") for r in root.asked), root.asked

# __path__ strings the finder did not create grant nothing
s.modules["pkg"].__path__.append("/etc")
s.modules["pkg"].__path__.append("other")
expect(ModuleNotFoundError, I, "pkg.passwd")

# natives: allowed by name; narrowing is one-way
assert I("math").sqrt(4) == 2.0
assert s.builtin_module_names == ("math", "time")
msg = expect(ModuleNotFoundError, I, "_socket")
assert msg == "No module named '_socket'", msg
s.allow_native(["math", "posix"])          # posix was never allowed
assert s.builtin_module_names == ("math",), s.builtin_module_names
assert nat.names() == ["math"]
expect(ModuleNotFoundError, I, "time")
s.allow_native([])
assert s.builtin_module_names == ()
assert s.modules["math"].sqrt(9) == 3.0   # already imported stays
expect(ModuleNotFoundError, I, "time")

# bytecode is never loaded
assert s.modules["importlib.machinery"].BYTECODE_SUFFIXES == []

# importlib module
il = I("importlib")
assert il.import_module(".m", "pkg") is m
msg = expect(TypeError, il.import_module, ".m")
assert "'package' argument is required" in msg

# run_module (pyx -m)
s2, b2, imp2, _, _ = fresh({"tool.py": "print_ = __name__\nRESULT = __name__ + '!'\n",
                            "app2/__init__.py": "",
                            "app2/__main__.py": "R = __name__ + ':' + __spec__.name\n"})
d = imp2.run_module("tool")
assert d["RESULT"] == "__main__!", d["RESULT"]
d = imp2.run_module("app2")
assert d["R"] == "__main__:app2.__main__", d["R"]
expect(ModuleNotFoundError, imp2.run_module, "nothing")

print("importer-unit: ok")
