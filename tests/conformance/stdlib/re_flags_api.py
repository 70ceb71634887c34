import re

print(re.I | re.M, re.M | re.I, re.S | re.X | re.A, re.I & re.I, re.I ^ re.I, type(re.I | re.M).__name__, int(re.U))
print(re.I == 2, re.M.value, re.IGNORECASE is re.I, re.DOTALL == re.S, str(re.VERBOSE), re.NOFLAG == 0)
p = re.compile(r'''(?x)
    (?P<int>\d+)      # integer part
    (?:\.(?P<frac>\d+))?  # fraction
''')
print(p.match('3.14').groupdict(), p.match('42').groupdict(), p.flags & re.X != 0, p.groups, sorted(p.groupindex))
p = re.compile(r'^\w+$', re.M | re.I)
print(p.findall('Ab\ncd\n12'), p.flags, repr(p))
print(re.compile('x').search('axbx', 2), re.compile('x').search('axbx', 2, 3), re.compile('^x').search('ax', 1), re.compile('x$').search('xx', 0, 1))
print(re.compile(r'\d+').findall('1 22 333', 2), re.compile(r'\d+').finditer('a1', -5).__next__().span(), re.compile('a').match('ba', 1, 10))
s = re.compile(r'\w').scanner('ab c') if hasattr(re.compile('a'), 'scanner') else None
print(s.search().group() if s else 'a', s.search().group() if s else 'b')
m = re.search('(b)(c)?', 'abd')
print(m.regs, m.pos, m.endpos, m.re.pattern, m.string, repr(m), bool(m), m.group(0, 1, 2), m.start(2), m.end(2))
print(re.match('a', 'a') == re.match('a', 'a'), re.compile('(a)') == re.compile('(a)'), re.template if False else '-')
import copy
p2 = re.compile('abc')
print(copy.copy(p2) is p2, copy.deepcopy(p2) is p2, re.compile(p2) is p2)
