from typing import TypeVar, Generic, List, Dict, Tuple, Optional, Iterator
import typing

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')
T_co = TypeVar('T_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
N = TypeVar('N', int, float)
B = TypeVar('B', bound=str)

print(T, T_co, T_contra, N, B)
print(T.__name__, T.__covariant__, T.__contravariant__, T.__constraints__,
      T.__bound__)
print(N.__constraints__, B.__bound__, T_co.__covariant__)
print(T == T, T == TypeVar('T'))
for bad in [lambda: TypeVar('X', int), lambda: TypeVar('X', int, bound=str)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
try:
    TypeVar('X', covariant=True, contravariant=True)
except ValueError as e:
    print('ValueError:', e)


class Stack(Generic[T]):
    def __init__(self):
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


print(Stack.__parameters__, Stack.__orig_bases__)
print(Stack[int], Stack[int].__origin__ is Stack, Stack[int].__args__)
s = Stack[int]()
s.push(3)
s.push(4)
print(s.pop(), s.items, type(s).__name__, s.__orig_class__)
s2 = Stack()
print(hasattr(s2, '__orig_class__'))


class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V):
        self.k, self.v = k, v


print(Pair.__parameters__, Pair[str, int], Pair[str, int].__parameters__)
print(Pair[str, V], Pair[str, V].__parameters__, Pair[str, V][float])
try:
    Pair[int]
except TypeError as e:
    print('TypeError:', e)
try:
    Pair[int, int, int]
except TypeError as e:
    print('TypeError:', e)


class IntStack(Stack[int]):
    pass


print(IntStack.__parameters__, IntStack.__orig_bases__, IntStack.__mro__)
try:
    IntStack[int]
except TypeError as e:
    print('TypeError:', e)


class Mixed(Dict[K, V], Generic[V, K]):
    pass


print(Mixed.__parameters__, Mixed.__mro__)


class Box(List[T]):
    pass


print(Box.__parameters__, Box.__mro__, Box[int])
b = Box([1, 2])
print(b, len(b))

for bad in ['Generic', 'Generic[int]', 'Generic[T, T]', 'Generic[()]']:
    try:
        eval(bad)[int] if bad == 'Generic' else eval(bad)
        print('no error', bad)
    except TypeError as e:
        print('TypeError:', e)

try:
    class Bad(Generic):
        pass
except TypeError as e:
    print('TypeError:', e)

try:
    class Bad2(List[T], Generic[K]):
        pass
except TypeError as e:
    print('TypeError:', e)


class Node(Generic[T]):
    def __init__(self, value: T, next: 'Optional[Node[T]]' = None):
        self.value = value
        self.next = next

    def __iter__(self) -> Iterator[T]:
        n = self
        while n is not None:
            yield n.value
            n = n.next


print(list(Node(1, Node(2, Node(3)))))
print(typing.get_type_hints(Node.__init__))
print(issubclass(Stack, Generic), isinstance(s, Stack))
