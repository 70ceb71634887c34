# CPython's Lib `difflib` (or pyx's own, which wins) imported and used.
import difflib
print(list(difflib.unified_diff(['a\n','b\n'], ['a\n','c\n'])))
print(difflib.SequenceMatcher(None, 'abcd', 'bcde').ratio(), difflib.get_close_matches('appel', ['apple', 'ape', 'peach']))
