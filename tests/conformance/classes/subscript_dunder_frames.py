# c[k], c[k] = v and their augmented forms on instances of classes whose
# __getitem__/__setitem__ are Python functions (run by the eval loop as
# frames): results, the value __setitem__ returns (dropped), defaults and
# *args, errors and their lines, recursion, order of evaluation.


class C:
    def __init__(self):
        self.d = {}
        self.log = []

    def __getitem__(self, k):
        self.log.append(('get', k))
        if k == 'boom':
            raise KeyError('boom')
        return self.d.get(k, k)

    def __setitem__(self, k, v):
        self.log.append(('set', k, v))
        if k == 'boom':
            raise ValueError(v)
        self.d[k] = v
        return 'ignored'


c = C()
c[1] = 2
print(c[1], c[5], c[(1, 2)], c[1, 2])
try:
    c['boom']
except KeyError as e:
    print('KeyError', e, e.__traceback__.tb_lineno, e.__traceback__.tb_next.tb_lineno)
try:
    c['boom'] = 3
except ValueError as e:
    print('ValueError', e)
print([c[i] for i in range(3)])
c[0] = c[1] = 7
c[0] += 5
c[c[0]] = c[c[1]]
print(c.d, c.log)


def key(k):
    print('key', k)
    return k


def val(v):
    print('val', v)
    return v


c[key('a')] = val('b')
print(c[key('a')])


class D(C):
    def __getitem__(self, k, extra=10):
        return k + extra


class E(dict):
    def __getitem__(self, k):
        return 'E'


class G:
    def __getitem__(self, *k):
        return k

    def __setitem__(self, *kv):
        print('set', kv)


class H:
    def __getitem__(self, k, /, *, kw=1):
        return (k, kw)

    def __setitem__(self, k, v, extra=None):
        print('H set', k, v, extra)


class Gen:
    def __getitem__(self, k):
        yield k


print(D()[1], E()[1], E({1: 2})[1], G()[1, 2], H()[3], list(Gen()[4]))
G()[1] = 2
H()['k'] = 'v'


class Meta(type):
    def __getitem__(cls, k):
        return (cls.__name__, k)


class WithMeta(metaclass=Meta):
    pass


print(WithMeta[int])


class Wrong:
    def __getitem__(self):
        return 1

    def __setitem__(self, k):
        pass


w = Wrong()
for f in (lambda: w[1], lambda: w.__setitem__(1, 2)):
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
try:
    w[1] = 2
except TypeError as e:
    print('TypeError', e)


class Deep:
    def __getitem__(self, k):
        return self[k + 1] if k < 50 else k

    def __setitem__(self, k, v):
        if k < 50:
            self[k + 1] = v


print(Deep()[0])
Deep()[0] = 1


class Forever:
    def __getitem__(self, k):
        return self[k]


try:
    Forever()[0]
except RecursionError as e:
    print('RecursionError', str(e)[:32])


class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * i


print(list(Seq()), 4 in Seq(), [x for x in Seq()])
