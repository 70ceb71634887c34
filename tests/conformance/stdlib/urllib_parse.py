from urllib.parse import *
for u in ['http://user:pw@Example.COM:8080/a/b;p?q=1&r=2#frag', 'https://[::1]:443/x', '/rel/path?x', 'mailto:a@b', 'http://h', b'http://h/p?q']:
    r = urlparse(u); print(r); print(r.hostname, r.port, r.username, r.password, r.geturl())
    print(urlsplit(u))
for b, u in [('http://a/b/c/d;p?q', 'g'), ('http://a/b/c/d;p?q', '../g'), ('http://a/b/c/d;p?q', '../../../g'), ('http://a/b/c/d;p?q', '//g'), ('http://a/b/c/d;p?q', '?y'), ('http://a/b/c/d;p?q', '#s'), ('http://a/b/c/d;p?q', 'http://x/y'), ('http://a/b/', './'), ('http://a:1/', '/redirect')]:
    print(urljoin(b, u))
print(quote('a b/c?d=é&~'), quote_plus('a b/c&'), quote('x y', safe=''), quote(b'\xff'))
print(unquote('a%20b%C3%A9%zz%'), unquote_plus('a+b%2B'), unquote('%E2%82'), unquote_to_bytes('a%2'))
print(urlencode({'a': 1, 'b': 'x y', 'c': ['1', '2']}), urlencode({'c': ['1', '2']}, doseq=True), urlencode([('k', b'v&')]))
print(parse_qs('a=1&a=2&b=&c'), parse_qs('a=1&b=', keep_blank_values=True), parse_qsl('x=%20y+z&w=1;2'))
print(urldefrag('http://a/b#c'), urlunparse(('http','h','/p','','q','')), urlunsplit(('', '', 'p', '', '')))
try: urlparse('http://[::1/x')
except ValueError as e: print(e)
try: urlparse('http://h:abc/').port
except ValueError as e: print(e)
print(unquote('%41%4'), unquote('%4'), unquote('abc%'), unquote('%41%42c%43'))
