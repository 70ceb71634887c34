# CPython's Lib `string` (or pyx's own, which wins) imported and used.
import string
print(string.ascii_letters, string.capwords('hello  world'))
print(string.Template('$a-${b}').substitute(a=1, b=2), string.Formatter().format('{0}{x}', 1, x=2))
