import typing
from typing import IO, TextIO, BinaryIO, Pattern, Match, get_origin, get_args
import re
print(IO, TextIO, BinaryIO)
print(IO[str], IO[bytes], TextIO.__mro__[1:3] if False else TextIO.__orig_bases__, BinaryIO.__orig_bases__)
print(Pattern, Match, Pattern[str], Match[bytes])
print(get_origin(Pattern[str]) is re.Pattern, get_args(Match[bytes]))
print(TextIO.__parameters__, IO.__parameters__)
print(hasattr(TextIO, "__abstractmethods__"), sorted(n for n in vars(IO) if getattr(vars(IO)[n], "__isabstractmethod__", False)))
try:
    print(type(TextIO()).__name__)
except TypeError as e:
    print("TypeError", e)
def f(a: IO[str]) -> BinaryIO: pass
print(typing.get_type_hints(f))
print(isinstance(re.compile('a'), Pattern) if False else issubclass(re.Pattern, re.Pattern))
print('IO' in typing.__all__, 'Match' in typing.__all__)
