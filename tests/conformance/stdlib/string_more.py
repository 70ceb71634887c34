import string

print(string.capwords(' hello   world  foo '), string.capwords('a-b c-d', '-'), string.capwords(''))
f = string.Formatter()
print(f.format('{0} {name} {1:>4} {x[0]} {y.real}', 'a', 7, name='n', x=[9], y=3))
print(list(f.parse('a{0}b{1:x}c{name!r}d{{e}}')))
print(f.vformat('{} {}', ('p', 'q'), {}), f.format('{:*^9}', 'mid'), f.format('{0!s:>3}', 1))


class Upper(string.Formatter):
    def format_field(self, value, spec):
        return str(value).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<%s>' % key
        return super().get_value(key, args, kwargs)


print(Upper().format('{a} {b} {0}', 'z', a='x'))
for bad in ['{', '}', '{0', '{0!z}', '{} {0}']:
    try:
        f.format(bad, 1)
    except (ValueError, IndexError, KeyError) as e:
        print(repr(bad), type(e).__name__ + ':', e)
print(string.ascii_letters, string.punctuation, repr(string.whitespace), string.printable[-10:].encode())
t = string.Template('$who owes $$${amount}')
print(t.substitute(who='Tim', amount=5), t.safe_substitute(who='A'), t.get_identifiers(), t.is_valid(), t.template)
for bad in ['$', '${', '$1', 'x $ y']:
    try:
        string.Template(bad).substitute()
    except (ValueError, KeyError) as e:
        print(repr(bad), type(e).__name__ + ':', e)
try:
    string.Template('$a').substitute()
except KeyError as e:
    print('KeyError:', e)
