# configparser's exceptions: types, messages, args, and which input raises what.
import configparser
import pickle


def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, '|', e, '|', e.args)
    else:
        print('ok', repr(r))


cp = configparser.ConfigParser()
show(lambda: cp.read_string("no header = 1\n"))
show(lambda: cp.read_string("[a]\nx = 1\n[a]\n"))
show(lambda: cp.read_string("[b]\nx = 1\nX = 2\n", source='file.ini'))
show(lambda: cp.read_string("[c]\n= 1\nok = 2\n  = 3\n: 4\n"))
show(lambda: cp.read_dict({'d': {'k': 1}, 'D': {'k': 2}}))
show(lambda: cp.get('zz', 'x'))
show(lambda: cp.get('d', 'zz'))
show(lambda: cp.add_section('DEFAULT'))
show(lambda: cp.add_section('d'))
show(lambda: cp.add_section(5))
show(lambda: cp.set('d', 'k', 5))
show(lambda: cp.set('d', 'k', 'bad % sign'))
show(lambda: cp.set('nope', 'k', 'v'))
show(lambda: cp.__delitem__('DEFAULT'))
show(lambda: cp['missing'])

cp.read_string("[i]\nloop = %(loop)s\nmissing = %(gone)s\nbad = %z\nref = %(\n")
for opt in ('loop', 'missing', 'bad', 'ref'):
    show(lambda: cp.get('i', opt))
show(lambda: cp.getint('i', 'bad', raw=True))
cp.read_string("[j]\nb = maybe\n")
show(lambda: cp.getboolean('j', 'b'))

ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("[e]\na = ${x:y:z}\nb = ${nosuch:opt}\nc = $x\n")
for opt in 'abc':
    show(lambda: ext.get('e', opt))
show(lambda: configparser.ConfigParser(interpolation=object()))

show(lambda: configparser.ParsingError())
show(lambda: configparser.ParsingError('s', 'f'))
e = configparser.ParsingError('src')
e.append(3, 'line')
print(str(e), e.errors)
for exc in (configparser.NoSectionError('s'), configparser.NoOptionError('o', 's'),
            configparser.DuplicateSectionError('s', 'f', 2), configparser.DuplicateOptionError('s', 'o'),
            configparser.InterpolationMissingOptionError('o', 's', 'raw', 'ref'),
            configparser.InterpolationDepthError('o', 's', 'raw'),
            configparser.MissingSectionHeaderError('f', 1, 'line')):
    back = pickle.loads(pickle.dumps(exc))
    print(type(back).__name__, back.args, str(back) == str(exc), repr(exc) == str(exc))
