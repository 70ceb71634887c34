# CPython's Lib `fnmatch` (or pyx's own, which wins) imported and used.
import fnmatch
print(fnmatch.fnmatch('a.py', '*.py'), fnmatch.filter(['a.py', 'b.txt', 'c.py'], '*.py'), fnmatch.translate('a?[bc]*'))
