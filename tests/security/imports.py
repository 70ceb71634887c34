# config: default
# expect: ok
# Modules that carry OS power do not exist in a bare interpreter.
for name in ["os", "posix", "nt", "ctypes", "subprocess", "socket", "_socket", "io", "_io",
             "builtins", "importlib", "marshal", "gc", "_thread", "threading", "signal",
             "sys._getframe", "os.path", "shutil", "pathlib", "tempfile", "multiprocessing",
             "inspect", "_ctypes", "mmap", "fcntl", "select", "resource", "pty"]:
    try:
        m = __import__(name)
        print("ESCAPED", name)
    except ImportError:
        pass
import sys
for attr in ["executable", "prefix", "exec_prefix", "base_prefix", "path", "_getframe",
             "settrace", "setprofile", "gettrace", "_current_frames", "setrecursionlimit",
             "getrefcount", "flags", "dllhandle", "platlibdir"]:
    if hasattr(sys, attr):
        print("ESCAPED sys." + attr)
print(sys.version_info[:2], sys.maxsize, sys.byteorder, sys.getrecursionlimit() > 0)
print("done")
