import re

m = re.match(r'(\w+) (\w+)', 'Isaac Newton, physicist')
print(m, m.group(0), m.group(1), m.group(2), m.group(1, 2), m[1], m.groups(), m.span(2), m.start(1), m.end(2))
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.string, m.re, m.regs)
m = re.match(r'(?P<first>\w+) (?P<last>\w+)', 'Malcolm Reynolds')
print(m.groupdict(), m['last'], m.group('first'), m.lastgroup, m.span('last'), m.expand(r'\g<last>, \g<first> (\2)'))
print(re.search(r'\d+', 'abc 123 def 45'), re.search('x', 'abc'), re.match('b', 'abc'), re.fullmatch(r'a.c', 'abc'), re.fullmatch('a', 'ab'))
print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\w)(\d)', 'a1 b2 c'), re.findall(r'(\w)\d', 'a1 b2'), re.findall('', 'abc'))
print([m.span() for m in re.finditer(r'\w+', 'he said hello')], [m.group() for m in re.finditer(r'a*', 'baaac')])
print(re.sub(r'\s+', ' ', 'a  b\t\tc\n d'), re.sub('x*', '-', 'abxd'), re.subn('a', 'A', 'banana'), re.sub('a', 'A', 'banana', count=2))
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@home amy@work'), re.sub(r'(?P<w>\w)', r'<\g<w>\g<0>>', 'ab'))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c9'), re.sub('(a)|b', r'[\1]', 'ab'))
print(re.sub('a', r'\n\t\\', 'xa'), repr(re.sub('a', '\\\\n', 'a')), re.sub(r'(.)', r'\1\1', 'abc'))
print(re.split(r'\W+', 'Words, words, words.'), re.split(r'(\W+)', 'Words, words, words.'), re.split(r'\W+', 'Words, words, words.', 1))
print(re.split('[a-f]+', '0a3B9', flags=re.IGNORECASE), re.split(r'\b', 'a b'), re.split('x*', 'axbc'), re.split('(x)|y', 'axbyc'))
print(re.escape('a.b*c?d(e)[f]{g}|h^$\\ -#&~'), re.escape(b'a.b'), re.escape('ünï code_1'))
p = re.compile(r'(\d+)-(\d+)', re.I)
print(p, p.pattern, p.flags, p.groups, p.groupindex, p.match('10-20').groups(), p.search('x 1-2', 3), p.search('x 1-2', 2))
print(re.compile('a'), re.compile('a', re.M | re.S), re.compile(b'x', re.I), repr(re.compile('\n')))
print(p.match('a10-20', 1), p.fullmatch('10-20x', 0, 5), p.findall('1-2 3-4 5-6', 4), p.sub(r'\2-\1', '1-2 3-4'))
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I), hash(re.compile('ab')) == hash(re.compile('ab')))
print(re.I, re.M | re.I, re.IGNORECASE.value, int(re.S | re.X), re.A, re.U, repr(re.NOFLAG), re.I | 0)
print(re.match('(a)(b)?', 'a').groups(), re.match('(a)(b)?', 'a').groups('-'), re.match('(a)(b)?', 'a').group(2), re.match('(a)(b)?', 'a').span(2))
print(re.match('(?P<x>a)|(?P<y>b)', 'b').groupdict('?'), re.match('((a)b)', 'ab').lastindex, re.match('(a)(b)', 'ab').lastindex)
for bad in [lambda: m.group(5), lambda: m.group('nope'), lambda: re.sub('a', r'\2', 'a'), lambda: re.sub('(a)', r'\g<x>', 'a'),
            lambda: re.sub('a', r'\q', 'a'), lambda: re.compile('a').match(b'a'), lambda: re.compile(b'a').match('a'),
            lambda: re.match('a', 5), lambda: re.sub('a', lambda m: 5, 'a'), lambda: re.compile(re.compile('a'), re.I)]:
    try:
        print('no error', bad())
    except (IndexError, re.error, TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print(re.match(rb'(\d+)', b'123abc').group(1), re.findall(rb'\w', b'a b\xe9'), re.sub(rb'a', b'b', b'aaa'), re.split(b',', b'a,b'))
print(re.search(r'\bfoo\b', 'a foo b'), re.search(r'\bfoo\b', 'afoob'), re.search(r'\Bfoo\B', 'afoob'))
print(re.findall(r'^\w+$', 'one\ntwo\nthree', re.M), re.findall(r'^\w+$', 'one\ntwo'), re.findall(r'\w+$', 'ab\ncd\n'))
print(re.findall('.', 'a\nb'), re.findall('.', 'a\nb', re.S), re.findall(r'\Aa|b\Z', 'aab ab'), re.search('$', 'ab\n').span())
