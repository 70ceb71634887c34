# Every native goes through one door: receiver checks, arity and keyword
# errors, and __new__ subtype checks, worded as CPython words them.
tests = [
 "[].clear(1)", "[].clear(x=1)", "[].append()", "[].append(1,2)", "[].append(x=1)",
 "[].insert(1)", "[].insert(1,2,3)", "[].insert(x=1)", "''.strip(1,2)", 
 "''.split(1,2,3)", "''.split(foo=1)", "''.split(' ', sep=' ')", "''.encode(1,2,3)", "int.from_bytes()",
 "int.from_bytes(b'', 'big', foo=1)", "''.find()", "''.find(x=1)", "''.find(1,2,3,4)",
 "[1].__setitem__(0)", "[1].__setitem__(0,1,2)", "[1].__setitem__(0, x=1)", "[].__len__(1)", "[].__len__(x=1)",
 "list.insert()", "list.insert(5, 0, 1)", "list.append(1, 2)", "list.__setitem__(5, 0, 1)", "list.__len__()", "list.__len__(5)",
 "str.upper(5)", "str.__new__(type, 'x')", "str.__new__(bytes, 'a')", "list.__new__(type(iter([])))", "object.__new__(list)",
 "int.__new__(bool)", "str.__new__(5)", "str.__new__()", "type.__repr__(5)", "type.mro(5)", "bytearray.insert()", "property.__init__()",
 "sorted([], 1)", "sorted()", "[].sort(1)", "[].sort(foo=1)", "max()", "getattr()", "getattr(1,2,3,4)", "len()", "len(1,2)", "len(x=1)",
 "divmod(1)", "pow()", "round()", "round(1, foo=2)", "int.bit_length('a')", "tuple.count(5, 1)", "'a'.zfill()", "dict.get({})",
 "dict.fromkeys()", "str.maketrans()", "bytes.fromhex()", "[].index()", "[].pop(1,2)", "[].sort(key=None, key2=1)",
 "print(foo=1)", "min(1, foo=2)", "iter()", "next()", "isinstance(1)", "hash()", "abs()", "''.startswith()", "''.count()",
 "''.replace('a')", "''.center()", "''.expandtabs(1,2)", "''.splitlines(1,2)", "'a'.join()", "{}.pop()", "{}.setdefault()", "set().add()",
 "complex.__new__(int)", "float.__new__(int)", "tuple.__new__(list)", "dict.__new__(list)", "int.__new__(float)",
 "object.__new__(5)", "object.__new__()", "list.__init__()", "list.__init__(5)",
 "int.to_bytes(1)", "(1).to_bytes(1, 'big', foo=1)", "int.from_bytes(b'', byteorder='big', signed=1, x=2)", 
 "int.from_bytes(b'', 'big', byteorder='big')",
]
for t in tests:
    try:
        r = eval(t)
        print(t, "->", repr(r)[:60])
    except Exception as e:
        print(t, "->", type(e).__name__ + ":", e)

# The declaration is also the text signature.
for f in [list.insert, list.append, list.clear, list.sort, str.split, len, divmod,
          [].insert, dict.fromkeys, int.to_bytes, sum, str.find]:
    print(getattr(f, '__qualname__', f), f.__text_signature__)
