# A metaclass's __prepare__ must return a mapping; only `type` itself has
# the one-argument form type(obj).


class BadMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return None


try:
    class C(metaclass=BadMeta):
        pass
except TypeError as e:
    print('TypeError:', e)


class ListMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42


try:
    class D(metaclass=ListMeta):
        x = 1
except TypeError as e:
    print('TypeError:', e)


class M(type):
    pass


print(type(5), type('x'))
for call in [lambda: M(5), lambda: type.__new__(M, 5)]:
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)


class N(type, metaclass=M):
    pass


try:
    N(5)
except TypeError as e:
    print('TypeError:', e)
print(M('E', (), {}).__name__)
