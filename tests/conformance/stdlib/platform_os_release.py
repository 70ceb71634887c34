# platform._parse_os_release: os-release(5) lines to a dict, as CPython.
import platform

text = r"""
# comment
NAME="Some OS"
ID=someos
ID_LIKE='debian ubuntu'
EMPTY=
EMPTY_Q=""
  INDENTED=yes
TRAILING_WS=x  
ESC="a\$b\`c\\d\'e\"f\zg"
SQ='it\'s'
UNQ=plain\$text
=bad
BAD KEY=x
BAD-KEY=x
NOEQUALS
TRAIL="mismatched'
"""
info = platform._parse_os_release(text.splitlines())
for k in sorted(info):
    print(k, repr(info[k]))
print(platform._parse_os_release([]))
