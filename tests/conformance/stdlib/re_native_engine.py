# The native matcher: repeats of non-capturing groups, finditer/findall/
# sub/split over non-ASCII text, scanner, pos/endpos, bytes.
import re

text = 'héllo wörld ça va? ÉTÉ été ' * 3
print([m.span() for m in re.finditer(r'(?:\w)+', text)][:6])
print(re.findall(r'(?i)été', text))
print(re.findall(r'(\w)(\w)?', 'ab é'))
print(re.sub(r'(?:[éè])+', lambda m: '<%d>' % len(m.group()), 'éèé x è'))
print(re.subn(r'(?:ö|ç)', '#', text, count=2))
print(re.split(r'(?:\s)+', 'a  b\u3000c', maxsplit=1))
print(re.split(r'(\s)', 'a b  c'))
p = re.compile(r'(?:a|b)*?c')
print(p.search('xxababcab', 2, 7), p.search('xxababcab', 2, 6))
print([m.group() for m in re.compile(r'\b\w').finditer('one twö thrée', 2, 11)])
sc = re.compile(r'\d').scanner('12a3')
print(sc.match(), sc.match(), sc.match(), sc.search())
print(re.findall(rb'(?:\xe9|a)+', b'a\xe9\xe9 \xe9a'))
print(re.sub(rb'\xff', b'!', b'\xff\x00\xff'))
print(re.fullmatch(r'(?:(?:x)*y)*', 'xyxxyy'))
it = re.finditer(r'x*', 'éxxé')
print(next(it).span(), [m.span() for m in it])
print(re.findall(r'', 'ab'), re.sub('x*', '-', 'abxd'))
