# Typing objects can be referred to weakly (classes with a Python
# metaclass included) and copied: deepcopy keeps code objects (a
# ForwardRef holds its compiled argument) as they are.
import copy
import typing
import weakref
from typing import Any, Callable, ForwardRef, List, Optional, Tuple, TypeVar, Union

T = TypeVar('T')
for t in [Any, Union[T, int], Callable[..., T], Tuple[Any, Any],
          Optional[List[int]], typing.Mapping[int, str],
          typing.Match[bytes], typing.Iterable['whatever']]:
    print(repr(t), weakref.ref(t)() is t)


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


print(weakref.ref(WithMeta)() is WithMeta)

for t in [ForwardRef('int'), List['X'], Union['A', int], T]:
    print(repr(t), copy.copy(t) == t, copy.deepcopy(t) == t)
code = (lambda: 0).__code__
print(copy.copy(code) is code, copy.deepcopy(code) is code)
