"""Main entry point: `pyx -m unittest test_module ...`"""

import sys

if sys.argv and (sys.argv[0].endswith("__main__.py") or sys.argv[0] == "unittest"):
    executable = (getattr(sys, "executable", "") or "pyx").rsplit("/", 1)[-1]
    sys.argv[0] = executable + " -m unittest"

__unittest = True

from .main import main

main(module=None)
