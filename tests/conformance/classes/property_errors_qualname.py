# A property's missing getter/setter/deleter names the owner by its
# qualified name; __set_name__ takes exactly two positional arguments.


class Outer:
    class Inner:
        named = property()
        unnamed = property()

    def make():
        class Local:
            p = property()
        return Local


# A property made outside a class body has no name.
Outer.Inner.later = property()
Outer.Inner.later.__set_name__(Outer.Inner, None)

for obj in (Outer.Inner(), Outer.make()()):
    for attr in ('named', 'p'):
        if not hasattr(type(obj), attr):
            continue
        for op in ('get', 'set', 'del'):
            try:
                if op == 'get':
                    getattr(obj, attr)
                elif op == 'set':
                    setattr(obj, attr, 1)
                else:
                    delattr(obj, attr)
            except AttributeError as e:
                print(op, attr, e)

p = Outer.Inner.__dict__['named']
for args in [(), (0,), (0, 0, 0)]:
    try:
        p.__set_name__(*args)
    except TypeError as e:
        print(len(args), e)
try:
    p.__set_name__(0, name='x')
except TypeError as e:
    print('kw', e)
q = property()
q.__set_name__(Outer, 'renamed')
try:
    q.__get__(Outer())
except AttributeError as e:
    print(e)
try:
    q.__set__(Outer(), 1)
except AttributeError as e:
    print(e)
