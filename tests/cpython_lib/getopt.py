# CPython's Lib `getopt` (or pyx's own, which wins) imported and used.
import getopt
print(getopt.getopt(['-a', '-b', 'x', 'rest'], 'ab:'), getopt.gnu_getopt(['f', '--long=1'], '', ['long=']))
