# TOMLDecodeError messages as CPython 3.11: a line that cannot start a
# statement is "Invalid statement", a literal string stops at a newline or
# control character ("Found invalid character") and one left open is
# "Expected \"'\"".
import tomllib
for s in ["v = 'abc", "v = '", "v = 'ab\n'", "v = '\n'", "v = '\x01'", "{=1", ".", "a=1\n.", "= 1", "é=1", "\"a\"=1\n'b'=2\nc-d_9=3", "v='ok\tx'", "v='\x7f'"]:
    try: print(repr(s), tomllib.loads(s))
    except tomllib.TOMLDecodeError as e: print(repr(s), e)
