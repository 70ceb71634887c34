import re

print(re.findall(rb'[a-z]+', b'abc DEF ghi'), re.sub(rb'(\d)', rb'<\1>', b'a1b2'), re.split(rb'\s+', b'a  b\tc'))
m = re.match(rb'(?P<k>\w+)=(?P<v>\w*)', b'key=val')
print(m.groupdict(), m.group(0), m.span(), m[1], m.expand(rb'\2:\1'))
print(re.match(rb'(?i)ABC', b'abc'), re.findall(rb'\w', bytes(range(40, 60))), re.escape(b'\x00a.b'))
print(re.findall(r'(?i)straße', 'STRASSE Straße straße'), re.findall('(?i)σ', 'Σσς'), re.findall(r'(?i)k', 'kK\u212a'))
print(re.findall(r'\w+', 'naïve café Ωmega 日本語 x_1'), re.findall(r'\d+', '٣٤ ۵ 42 ²'), re.findall(r'\s+', 'a\u2003b\u3000c'))
print(re.findall(r'(?a)\w+', 'naïve café'), re.findall(r'[à-ï]+', 'àéïz'), re.sub(r'[^\x00-\x7f]', '?', 'héllo wörld'))
print(re.match(r'\u00e9', 'é'), re.match(r'\N', 'N') if False else '', re.match('.', '\U0001F600').group(), len(re.findall('.', '😀a')))
print(re.compile(b'a').pattern, re.compile(b'a').flags, re.compile('a').flags, re.compile('a', re.A).flags, re.compile(b'(?L)a').flags)
for bad in [lambda: re.compile(b'(?u)a'), lambda: re.compile('(?L)a'), lambda: re.sub(b'a', 'b', b'a'), lambda: re.findall('a', b'a')]:
    try:
        bad()
    except (re.error, TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print(re.fullmatch(rb'[\x80-\xff]+', b'\x80\xff'), re.match(rb'.', b'\n'), re.match(rb'(?s).', b'\n'))
