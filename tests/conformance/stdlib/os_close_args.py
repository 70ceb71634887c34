# os.close with what is not an open descriptor: an integer pyx (or, here,
# CPython) has not opened is EBADF; a non-integer is a TypeError. (The file
# object tempfile.mkstemp returns under pyx needs a write grant: see the
# security program for tempfile.)
import os

for bad in [-1, -7, 10**6]:
    try:
        os.close(bad)
    except OSError as e:
        print(repr(bad), type(e).__name__, e.errno, e.strerror)
for bad in ["3", b"3", 3.0, None, []]:
    try:
        os.close(bad)
    except TypeError as e:
        print(type(bad).__name__, "TypeError", e)
