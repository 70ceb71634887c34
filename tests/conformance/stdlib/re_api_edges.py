import re
print(re.split('a', 'bab', -1), re.sub('a', 'b', 'aaa', count=-1), re.subn('a', 'b', 'aaa', -2), re.split('a', 'bab', maxsplit=0))
print(re.findall('a|', 'bab'), re.split('(?=a)', 'bab'), re.sub('(?=a)', '^', 'baab'))
print(re.match('(?P<a>x)', 'x').groupdict(default=1), re.compile('a').search('bab', pos=-5), re.compile('a').match('a', endpos=-1))
m = re.match(r'(?P<first>\w)(\w)', 'ab')
print(m.lastgroup, m['first'], m.expand(r'\g<2>\g<first>\\'), m.group(0, 'first'))
print(re.sub('(a)', lambda m: None if False else m.group(1).upper(), 'aba'), re.sub(r'a', '\\g<0>\\g<0>', 'xa'))
try:
    re.sub('a', lambda m: None, 'aa')
    print('none ok')
except TypeError as e:
    print('TypeError', e)
print(repr(re.compile('(?i)a')), repr(re.compile('a', re.I | re.ASCII)), repr(re.compile(b'a', re.L)), re.compile('a', re.X).flags)
print(re.compile('x' * 300).__repr__()[:30], len(repr(re.compile('x' * 300))))
