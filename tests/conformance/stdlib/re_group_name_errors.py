# re.error for group names cut off at the end of the pattern/template:
# nothing after the opening bracket is "missing group name", a name
# without its closing bracket "missing X, unterminated name".
import re

for p in ['(?P<', '(?P<a', '(?P<>', '(?(', '(?(a', '(?()', '(?P=', '(?P=a', '(?P=)',
          b'(?P<', b'(?(']:
    try:
        re.compile(p)
    except re.error as e:
        print(repr(p), e.msg, e.pos)
for r in ['\\g<', '\\g<a', '\\g<>', '\\g', '\\g<1', b'\\g<']:
    try:
        re.sub('(?P<a>x)' if isinstance(r, str) else b'(?P<a>x)', r,
               'xx' if isinstance(r, str) else b'xx')
    except re.error as e:
        print(repr(r), e.msg, e.pos)
