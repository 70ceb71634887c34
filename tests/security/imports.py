# config: default
# expect: ok
# Modules that carry OS power do not exist in a bare interpreter.
# `socket` is pure Python over the host module `_pyx_net`, which exists only
# with a network grant: see net_no_grant.py.
for name in ["posix", "nt", "ctypes", "subprocess", "_pyx_net", "_socket", "_io",
             "marshal", "signal",
             "sys._getframe", "shutil", "multiprocessing",
             "_ctypes", "mmap", "fcntl", "select", "resource", "pty",
             "_importer", "importlib._bootstrap", "zipimport"]:
    try:
        m = __import__(name)
        print("ESCAPED", name)
    except ImportError:
        pass
# `tempfile` exists, but holds no power of its own: it makes files only
# through open() in a directory granted for writing, and a bare interpreter
# has none (CPython's error when no temporary directory is usable).
import tempfile
try:
    tempfile.gettempdir()
    print("ESCAPED tempfile.gettempdir")
except FileNotFoundError:
    pass
try:
    tempfile.TemporaryFile()
    print("ESCAPED tempfile.TemporaryFile")
except FileNotFoundError:
    pass
# `gc` and `inspect` exist, without the parts that hand out objects or
# frames: no object walks, and no frame is ever returned.
import gc, inspect
for p in ["get_objects", "get_referrers", "get_referents"]:
    if hasattr(gc, p):
        print("ESCAPED gc." + p)
# `gc.garbage` is CPython's list of uncollectable objects; pyx never puts
# anything there, even after a collection with cycles to free.
class Cycle:
    def __del__(self):
        pass
a = Cycle(); a.me = a; del a
gc.collect()
if getattr(gc, "garbage", []) != []:
    print("ESCAPED gc.garbage", gc.garbage)
if inspect.currentframe() is not None:
    print("ESCAPED inspect.currentframe")
for p in ["stack", "trace", "getouterframes", "getinnerframes"]:
    f = getattr(inspect, p, None)
    if f is not None:
        try:
            r = f()
            if r:
                print("ESCAPED inspect." + p, r)
        except (TypeError, OSError, RuntimeError, NotImplementedError):
            pass
# The pure-Python `os`, `os.path` and `io`, and the `builtins` and
# `importlib` modules, import, but hold no power over the host.
import os, os.path, io, builtins, importlib
POWERS = ["system", "popen", "listdir", "scandir", "open", "remove", "unlink",
          "mkdir", "rmdir", "rename", "chdir", "getcwd", "putenv", "fork", "execv", "execve", "kill", "getpid", "walk", "stat",
          "lstat", "chmod", "chown", "urandom", "startfile", "spawnv", "_exit"]
for p in POWERS:
    if hasattr(os, p):
        print("ESCAPED os." + p)
# The environment is empty: nothing of the host's shows.
if os.environ or os.getenv("PATH") is not None or os.getenv("HOME") is not None:
    print("ESCAPED os.environ", dict(os.environ))
for p in ["exists", "isfile", "isdir", "getsize", "getmtime", "realpath", "expanduser"]:
    f = getattr(os.path, p, None)
    if f is not None:
        try:
            r = f("/etc/passwd")
            if r not in (False, "/etc/passwd"):
                print("ESCAPED os.path." + p, r)
        except (OSError, TypeError, NotImplementedError, AttributeError):
            pass
for p in ["open", "FileIO", "open_code"]:
    if hasattr(io, p):
        print("ESCAPED io." + p)
for p in ["open", "input", "breakpoint", "exit", "quit"]:
    if hasattr(builtins, p):
        print("ESCAPED builtins." + p)
# `help` (pydoc's plain text, written to stdout; no pager, no process) is
# no authority; the `pyx` command adds it, an embedding host does not.
# `pathlib` is path algebra; its I/O goes through the granted `open` and
# `os`, so with no grant nothing is reachable and every access is refused.
import pathlib
secret = pathlib.Path("/etc/passwd")
if secret.exists() or secret.is_file() or pathlib.Path("/etc").is_dir():
    print("ESCAPED pathlib probe")
for call in (secret.read_text, secret.read_bytes, secret.stat,
             lambda: secret.write_text("x"), lambda: list(pathlib.Path("/etc").iterdir())):
    try:
        r = call()
        print("ESCAPED pathlib", r)
    except PermissionError:
        pass
# `_thread` (and `threading` over it) start green threads of this same
# interpreter, never an OS thread: the new thread runs here, when this one
# blocks, with the same (empty) authority and the same limits.
import _thread
main_ident = _thread.get_ident()
ran = []
gate = _thread.allocate_lock()
gate.acquire()
def in_thread():
    ran.append(_thread.get_ident() != main_ident)
    gate.release()
_thread.start_new_thread(in_thread, ())
gate.acquire()
if ran != [True]:
    print("ESCAPED _thread.start_new_thread", ran)
# importlib reaches only what `import` reaches.
for name in ["posix", "ctypes", "_importer"]:
    try:
        importlib.import_module(name)
        print("ESCAPED importlib", name)
    except ImportError:
        pass
print(os.path.join("a", "b"), io.StringIO("x").read(), builtins.len("ab"))
import sys
for attr in ["prefix", "exec_prefix", "base_prefix", "path", "_getframe",
             "settrace", "setprofile", "gettrace", "_current_frames", "setrecursionlimit",
             "getrefcount", "dllhandle", "platlibdir"]:
    if hasattr(sys, attr):
        print("ESCAPED sys." + attr)
# CPython's pure modules read `sys.executable` and `sys.flags`: pyx shows
# an empty executable and fixed flags, nothing of the host.
if sys.executable != "":
    print("ESCAPED sys.executable", sys.executable)
if (sys.flags.ignore_environment, sys.flags.no_site, sys.flags.dont_write_bytecode) != (0, 1, 1):
    print("ESCAPED sys.flags", sys.flags)
print(sys.version_info[:2], sys.maxsize, sys.byteorder, sys.getrecursionlimit() > 0)
# Module files show display names only.
print(os.__file__, os.path.__file__)
print("done")
