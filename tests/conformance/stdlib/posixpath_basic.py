import posixpath as pp
for p in ["/usr/lib/python3.11/os.py", "a/b/", "file.tar.gz", ".bashrc", "/", "", "a//b", "//x/y", "dir/.hidden.txt", "..."]:
    print(repr(p), pp.split(p), pp.splitext(p), repr(pp.basename(p)), repr(pp.dirname(p)), pp.isabs(p))
print(pp.join("a", "b", "c"), pp.join("/a", "/b", "c"), pp.join("a/", "b"), pp.join("", "x"), pp.join("a", ""))
for p in ["a/./b/../c", "/../x", "../../a", "//a//b/", "///a", ".", "", "a/..", "a/b/../../.."]:
    print(repr(p), pp.normpath(p))
print(pp.commonprefix(["/usr/lib", "/usr/local", "/usr/libx"]), pp.commonprefix([]), pp.commonpath(["/usr/lib", "/usr/local/x"]), pp.commonpath(["a/b", "a/c"]))
print(pp.relpath("/a/b/c", "/a/x"), pp.relpath("/a/b", "/a/b"), pp.relpath("/a", "/a/b/c"))
print(pp.splitdrive("/x/y"), pp.sep, pp.extsep, pp.pardir, pp.curdir, pp.normcase("AbC"))
print(pp.join(b"a", b"b"), pp.split(b"/x/y"), pp.normpath(b"a/../b"))
try:
    pp.join("a", 5)
except TypeError as e:
    print("TypeError", e)
try:
    pp.commonpath(["/a", "b"])
except ValueError as e:
    print("ValueError", e)
import os.path
print(os.path.join("x", "y"), os.path.basename("/q/r.txt"), os.sep)
