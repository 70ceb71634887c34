# One call site meeting different callees. pyx remembers at each call site
# the plain Python function it last called with exact positional arguments
# and skips argument binding while it meets that function again; every case
# here changes what a site sees between calls, and each must behave (and
# fail) as a first call would.
import gc


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def one(a):
    return a


def req3(a, b, c):
    return a + b + c


def with_default(a, b=10):
    return a + b


def gen(a, b):
    yield a
    yield b


def make_adder(n):
    def inner(a, b):
        return a + b + n
    return inner


# A site whose callee is an argument.
def call2(f, x, y):
    return f(x, y)


for f in [add, sub, add, make_adder(100), sub, with_default]:
    print(call2(f, 7, 3))
print(list(call2(gen, 7, 3)))
for f, what in [(one, "one"), (req3, "req3")]:
    try:
        call2(f, 7, 3)
    except TypeError as e:
        print(what, "TypeError:", e)
print(call2(add, 1, 2))

# A site whose callee is a global rebound between calls.
g = add


def site():
    return g(1, 2)


print(site(), site())
g = one
try:
    site()
except TypeError as e:
    print("TypeError:", e)
g = req3
try:
    site()
except TypeError as e:
    print("TypeError:", e)
g = sub
print(site())


# Defaults changed between calls: at a site that needs them and at one
# that passes every argument.
def site_default():
    return with_default(1)


def site_exact():
    return with_default(1, 2)


print(site_default(), site_exact())
with_default.__defaults__ = (20,)
print(site_default(), site_exact())
with_default.__defaults__ = None
try:
    site_default()
except TypeError as e:
    print("TypeError:", e)
print(site_exact())


# Method calls from one site on instances of different classes.
class A:
    def m(self, x):
        return ("A", x)


class B:
    def m(self, x, y=0):
        return ("B", x, y)


class C:
    def m(self):
        return "C"


def call_m(o):
    return o.m(1)


for o in [A(), B(), A(), B(), A()]:
    print(call_m(o))
try:
    call_m(C())
except TypeError as e:
    print("TypeError:", e)
print(call_m(A()))


# A function stored on an instance, called through the method-call form.
class Holder:
    pass


h = Holder()
h.f = add


def call_attr(o):
    return o.f(2, 3)


print(call_attr(h))
h.f = sub
print(call_attr(h))
h.f = one
try:
    call_attr(h)
except TypeError as e:
    print("TypeError:", e)


# Locals past the arguments start unbound at every call.
def maybe(a):
    if a:
        b = a * 2
    return b


def call_maybe(x):
    return maybe(x)


print(call_maybe(4))
try:
    call_maybe(0)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(call_maybe(5))


# Fresh function objects between collections: a new function may take the
# place of one the site called before.
def make_mul():
    def f(a, b):
        return a * b
    return f


def make_pow():
    def f(a, b):
        return a ** b
    return f


def call_34(f):
    return f(3, 4)


for i in range(6):
    f = (make_mul if i % 2 else make_pow)()
    print(call_34(f))
    del f
    gc.collect()


# The recursion limit, reached through a site that has cached its callee.
def down(n):
    return down(n + 1)


for _ in range(2):
    try:
        down(0)
    except RecursionError as e:
        print("RecursionError:", e)
print(call2(add, 5, 6))
