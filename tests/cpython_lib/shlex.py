# CPython's Lib `shlex` (or pyx's own, which wins) imported and used.
import shlex
print(shlex.split('a "b c" d\\ e'), shlex.quote("it's"), shlex.join(['x', 'y z']))
