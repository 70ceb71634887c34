# A search skips start positions whose character cannot begin a match;
# re.sub with a replacement without backslashes runs in the matcher.
# Each case is chosen so that a wrong skip or a wrong splice shows.
import re

subjects = ['', 'a', 'zzz', 'xxbbac', 'ab١٢3', 'café ÉTÉ', '\u212a k K',
            '  lead', 'trail  ', 'a\nb\nc', 'ſ s S', 'ÿ\u0100\u0178',
            '"x', 'q"x', '\\"x a"x', 'aab acb', 'yzw', ' ; ', 'ĀK āk', 'ab',
            'éÉ', 'aaab']
patterns = [
    r'[a-c]*d', r'(?:a|b)+c', r'x{0}y', r'(a)?b', r'\d+', r'[é-ö]+',
    r'(?i)k', r'(?i)s', r'(?i)ÿ', r'[^a-z]', r'\W+', r'\s+$', r'^\s+',
    r'(?m)^b', r'\bb', r'a{2,}', r'(?:ab){1,3}', r'(ab)*c', r'c|$',
    r'[\u0100-\u0200]', r'\S+', r'(?=a)a', r'a(?!b)', r'(a)\1', r'.',
    r'x*', r'(?:)', r'[ÉT]+', r'(?i)[ét]+', r'(?a)\w+', r'É|ſ',
    # The second character decides too.
    r'(^|[^\\])"x', r'a.b', r'ab*c', r'(?:x|yz)w', r'[^a]b', r'a+b',
    r'\s?;\s?', r'a{2}', r'(?i)\u0100k', r'.\n', r'(?m)^.b', r'b$|ab',
    r'(a|)b', r'[é-ö]É', r'a\b',
]
for p in patterns:
    rx = re.compile(p)
    for s in subjects:
        m = rx.search(s)
        print(repr(p), repr(s), m and (m.span(), m.group(), m.groups()))

# Searching within bounds: the skip stops at endpos.
rx = re.compile(r'[xy]+')
print(rx.search('aaxbby', 0, 3), rx.search('aaxbby', 3), rx.search('aaxbby', 3, 5))
print(rx.search('aaxbby', -3, 99).span(), rx.search('aaxbby', 4, 2))

# Literal replacements: counts, empty matches, wide text, subclasses.
cases = [
    (r'a', 'XY', 'banana', 0), (r'a', 'XY', 'banana', 2), (r'a', '', 'aaa', 0),
    (r'x*', '-', 'abxd', 0), (r'', '-', 'äbc', 0), (r'é', 'ü', 'cafébéé', 0),
    (r'[ÉT]', '', 'café ÉTÉ', 1), (r'\s+', ' ', '  a \t b\n', 0),
    (r'q', 'z', 'no match here', 0), (r'(a)(b)?', '#', 'abaab', 0),
    (r'$', '!', 'line\nline\n', 0), (r'(?m)$', '!', 'line\nline\n', 0),
    (r'\b', '|', 'two words', 3), (r'.', '\u0100', 'ab', 0),
]
for p, r, s, n in cases:
    print(re.sub(p, r, s, n), re.subn(p, r, s, n), re.compile(p).subn(r, s, n))

class S(str):
    pass
out = re.sub('a', 'b', S('aa'))
print(out, type(out).__name__, re.sub('a', S('b'), 'aa'))
print(re.sub(b'a', b'b', b'aa'), re.sub('a', 'b', 'aa', -1))
for bad in [lambda: re.sub('a', b'b', 'aa'), lambda: re.sub('a', 'b', 'aa', 1.5),
            lambda: re.sub('a', 'b', b'aa'), lambda: re.sub('a', 'b', None),
            lambda: re.sub(b'a', 'b', b'aa'), lambda: re.subn(b'a', 'b', b'xx')]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)

# The pattern cache answers for str and RegexFlag flags alike.
p = re.compile('a', re.I)
print(re.compile('a', re.I) is p, re.compile('a', 2) is p, re.sub('A', 'x', 'aA', flags=re.I))

# == between values of different built-in kinds is False without asking
# either side twice; subclasses still decide for themselves.
print([] == 1, None == [], 'a' != (), {} == 0.0, 1 == 1.0, 2 == 2 + 0j, [1] == [1], () != None)
class L(list):
    def __eq__(self, other):
        return 'mine'
print(L() == 1, 1 == L(), None != L())
