# deepcopy/copy: memo first, then the kinds copy handles itself, then
# __deepcopy__/__copy__, copyreg.dispatch_table, __reduce_ex__, __reduce__.
import copy
import copyreg
import weakref


class K:
    pass


k = K()
r = weakref.ref(k)
print(copy.deepcopy(r) is r, copy.copy(r) is r)


class M:
    def m(self):
        return self


o = M()
bm = o.m
c = copy.deepcopy(bm)
print(type(c).__name__, c.__self__ is o, c.__func__ is M.m, type(c.__self__).__name__)

# A memo given by the caller is consulted first, atomic values included.
memo = {id(5): 'five', id('s'): 'ess'}
print(copy.deepcopy([5, 's', 6], memo))


# copyreg.dispatch_table wins over __reduce_ex__.
class R:
    def __init__(self, v):
        self.v = v

    def __reduce_ex__(self, proto):
        return (R, ('from-reduce-ex',))


def reduce_r(obj):
    return (R, ('from-dispatch-table',))


print(copy.deepcopy(R(1)).v, copy.copy(R(1)).v)
copyreg.pickle(R, reduce_r)
print(copy.deepcopy(R(1)).v, copy.copy(R(1)).v)
del copyreg.dispatch_table[R]


# __reduce_ex__ is looked up on the instance.
class I:
    pass


i = I()
i.__reduce_ex__ = lambda proto: (I, (), {'via': 'instance', 'proto': proto})
print(copy.deepcopy(i).__dict__)


# A tuple holding a list that holds the tuple: the copy made inside wins.
lst = []
t = (lst, 1)
lst.append(t)
ct = copy.deepcopy(t)
print(ct[0][0] is ct, ct is not t, ct[0] is not lst)

# Tuples of atomic values are returned as they are.
t2 = (1, 'a', None, 2.5)
print(copy.deepcopy(t2) is t2, copy.deepcopy((1, [2])) == (1, [2]))

# Shared references stay shared; the memo keeps the originals alive.
shared = [1, 2]
d = {'a': shared, 'b': shared, 'c': (shared, shared)}
memo = {}
cd = copy.deepcopy(d, memo)
print(cd['a'] is cd['b'], cd['c'][0] is cd['a'], cd['a'] is not shared)
print(memo[id(memo)][0] is shared, len(memo[id(memo)]))


# __deepcopy__ receives the memo; __copy__ is looked up on the class.
class D:
    def __deepcopy__(self, memo):
        return ('deep', type(memo).__name__)

    def __copy__(self):
        return 'shallow'


print(copy.deepcopy(D()), copy.copy(D()))


class Slots:
    __slots__ = ('a', 'b')


s = Slots()
s.a = [1]
cs = copy.deepcopy(s)
print(cs.a, cs.a is not s.a, hasattr(cs, 'b'))


class Sub(list):
    pass


sl = Sub([1, [2]])
sl.x = 'attr'
csl = copy.deepcopy(sl)
print(type(csl).__name__, csl, csl.x, csl[1] is not sl[1])
print(copy.deepcopy(int) is int, copy.copy(K) is K, copy.deepcopy(len) is len)


class NoReduce:
    __reduce_ex__ = None
    __reduce__ = None


for f in (copy.copy, copy.deepcopy):
    try:
        f(NoReduce())
    except copy.Error as e:
        print(str(e).split(' of type ')[0])
