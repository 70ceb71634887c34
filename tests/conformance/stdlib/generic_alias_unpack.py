# Iterating a GenericAlias gives one starred copy (*tuple[int, str], PEP 646)
# instead of looping forever through __getitem__.
from typing import get_origin, get_args
a = tuple[int, str]
s, = a
print(repr(s), s == a, s.__unpacked__, a.__unpacked__, get_origin(s), get_args(s))
print([repr(x) for x in list[int]])
print(hash(s) == hash(a))
