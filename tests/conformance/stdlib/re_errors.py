import re

patterns = ['(abc', 'abc)', '*', 'a**', 'a{2}{3}', '[abc', '\\q', '[z-a]', '(?P<>x)', '(?P<1a>x)',
            '(?P<a>x)(?P<a>y)', '(?P=b)', '\\2(a)', '(a\\1)', '(?<=a*)', 'a{3,2}', '(?#abc', '(?z)', '(?i',
            'a(?i)b', '(?-i)', '[\\d-z]', '(?<x', '(?P', '(?(2)a|b)', '(?(a)b)', '(a)(?(1)b|c|d)', 'a\n(b',
            '\\x4', '\\u12', '[]', '[^]', '(?<=a|bc)', '(?', '(?P<a', '(?P=a', '\\', '[a', '(?:', '+a', 'a|*',
            '^*', '\\b*', '\\8', '[\\8]', '(?i:a)(?a-u:b)', '(?L)', '(?ix-i:a)', '(?-:a)', '(?Px)', '\\xZZ',
            '[a-\\w]', '\\400', '(?P<a>)(?P=a', '((a)', 'a)b)', '(?:(?i)a)', 'a|(?i)b', '{1}']
for p in patterns:
    try:
        r = re.compile(p)
        print(repr(p), 'compiled', r.groups)
    except re.error as e:
        print(repr(p), '->', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
for ok in ['(?i)(?s)a', '(?#x)(?i)a', 'x{70000}', 'a{,3}', 'a{1,', '(?x) a # c', '\\08', '(?<!ab)(?<=x)',
           '(?u)\\w', '(?a)\\w', '(?<=(a))\\1', '(?i)(?#c)(?m)x', '[]a]', '[^]a]', '{', 'a{']:
    r = re.compile(ok)
    print(repr(ok), r.flags, r.groups, r.match('ax') is not None)
for tmpl in [r'\g<2>', r'\g<x', r'\g<>', r'\g<a b>', r'\3', r'\g', '\\', r'\q', r'\400']:
    try:
        print(re.sub('(a)(b)', tmpl, 'ab'))
    except (re.error, IndexError) as e:
        print(repr(tmpl), type(e).__name__, e)
for kw in [dict(flags=re.L), dict(flags=re.A | re.U)]:
    try:
        re.compile('a', **kw)
    except ValueError as e:
        print('ValueError:', e)
try:
    re.compile(b'a', re.U)
except ValueError as e:
    print('ValueError:', e)
print(isinstance(re.error('x'), Exception), re.error('m', 'pat', 1).args, str(re.error('m')))
