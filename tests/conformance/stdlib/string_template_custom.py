import string


class Percent(string.Template):
    delimiter = '%'


class Upper(string.Template):
    idpattern = r'[A-Z]+'
    flags = 0


class Braced(string.Template):
    braceidpattern = r'[a-z ]+'


class Custom(string.Template):
    delimiter = '#'
    pattern = r'''
    \#(?:
      (?P<escaped>\#) |
      (?P<named>[a-z]+) |
      \[(?P<braced>[a-z]+)\] |
      (?P<invalid>)
    )'''


print(Percent('%who likes %what %%').substitute(who='tim', what='ham'))
print(Upper('$AB $cd ${XY}').safe_substitute(AB=1, XY=2), Upper('$AB').get_identifiers())
try:
    Upper('$ab').substitute(ab=1)
except ValueError as e:
    print('ValueError:', e)
print(Braced('${first name} $x').substitute({'first name': 'Ann', 'x': 3}))
c = Custom('#a and #[b] cost ##5, #!')
print(c.safe_substitute(a='A', b='B'), c.is_valid(), c.get_identifiers() if c.is_valid() else 'invalid')
try:
    c.substitute(a=1, b=2)
except ValueError as e:
    print('ValueError:', e)
print(Custom('#a #[zz]').safe_substitute(a=1), Percent('%x %{y} %').safe_substitute(x=1))
print(type(Custom.pattern).__name__ if not isinstance(Custom.pattern, str) else 'str')
print(string.Template('$a ${b} $$').substitute(a=1, b=2), string.Template('$a').flags == 2, string.Template.idpattern)
