"""Main entry point: `pyx -m unittest test_module ...`"""

import sys

if sys.argv and sys.argv[0].endswith("__main__.py"):
    sys.argv[0] = "python -m unittest"

__unittest = True

from .main import main

main(module=None)
