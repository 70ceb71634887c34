# configparser: reading, interpolation, the mapping protocol, converters, writing.
import configparser
import io

text = """
# a comment
[DEFAULT]
home = /srv
Debug = yes

[paths]
data = %(home)s/data
logs: %(data)s/logs   ; inline comments need inline_comment_prefixes
multi = first
    second

    third
pct = 100%%

[numbers]
one = 1
half = 0.5
flag = off
"""

cp = configparser.ConfigParser()
cp.read_string(text, source='<text>')
print(cp.sections(), len(cp), list(cp))
print(cp.options('paths'))
print(cp.get('paths', 'data'), repr(cp.get('paths', 'logs')))
print(repr(cp['paths']['multi']), cp['paths']['pct'])
print(cp.get('paths', 'data', raw=True), cp.get('paths', 'data', vars={'home': '/opt'}))
print(cp.getint('numbers', 'one'), cp.getfloat('numbers', 'half'), cp.getboolean('numbers', 'flag'),
      cp['numbers'].getboolean('debug'), cp.getint('numbers', 'nope', fallback=7))
print(cp.items('numbers'))
print('paths' in cp, 'DEFAULT' in cp, 'x' in cp, cp.has_option('paths', 'HOME'), repr(cp['numbers']))
print(cp['paths'].get('absent'), cp['paths'].get('absent', 'fb'), cp.get('nosect', 'x', fallback=None))

# inline comments and other delimiters
cp2 = configparser.ConfigParser(inline_comment_prefixes=(';',), delimiters=(':=',),
                                allow_no_value=True, interpolation=None)
cp2.read_string("[s]\nkey := value ; gone\nbare\nraw := %(x)s\n")
print(dict(cp2['s']), cp2.get('s', 'raw'))

# extended interpolation across sections
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_dict({'common': {'root': '/r', 'cost': '$$5'}, 'app': {'bin': '${common:root}/bin', 'me': '${bin}/me'}})
print(ext['app']['bin'], ext['app']['me'], ext['common']['cost'])

# mapping protocol and converters
cp['new'] = {'a': 1, 'B': 'two'}
print(dict(cp['new']))
cp.converters['list'] = lambda v: v.split(',')
cp.set('new', 'items', 'x,y,z')
print(cp.getlist('new', 'items'), cp['new'].getlist('items'), sorted(cp.converters))
del cp['new']['a']
print('a' in cp['new'], cp.remove_option('new', 'b'), cp.remove_section('new'), cp.remove_section('new'))
print(cp.popitem()[0], cp.sections())

# writing
out = io.StringIO()
w = configparser.RawConfigParser(allow_no_value=True)
w.read_dict({'one': {'k': 'v', 'multi': 'a\nb'}, 'two': {}})
w.set('two', 'empty', None)
w.write(out)
w.write(out, space_around_delimiters=False)
print(out.getvalue())

# the raw parser leaves non-str values alone
raw = configparser.RawConfigParser()
raw.add_section('s')
raw.set('s', 'n', 5)
print(raw.get('s', 'n'), raw.defaults())
print(configparser.ConfigParser(defaults={'k': 1}).defaults())
