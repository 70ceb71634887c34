# CPython's Lib `textwrap` (or pyx's own, which wins) imported and used.
import textwrap
print(textwrap.wrap('the quick brown fox jumps over the lazy dog', 12))
print(textwrap.dedent('  a\n    b'), textwrap.shorten('hello world again', 12))
