# CPython's Lib `keyword` (or pyx's own, which wins) imported and used.
import keyword
print(keyword.iskeyword('for'), keyword.iskeyword('match'), keyword.issoftkeyword('match'), len(keyword.kwlist))
