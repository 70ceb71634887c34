"""Tools for looking inside pickles (written for pyx from the documented
pickle format): `genops` walks the opcodes, `dis` prints them, `optimize`
drops PUT opcodes nobody GETs. The opcode table `opcodes` describes each
opcode of protocols 0 to 5."""

import codecs
import io
import pickle
import sys
from struct import unpack

__all__ = ["dis", "genops", "optimize"]

bytes_types = pickle.bytes_types

UP_TO_NEWLINE = -1
TAKEN_FROM_ARGUMENT1 = -2
TAKEN_FROM_ARGUMENT4 = -3
TAKEN_FROM_ARGUMENT4U = -4
TAKEN_FROM_ARGUMENT8U = -5


class ArgumentDescriptor:
    """How an opcode's argument is stored: `n` bytes (or one of the
    UP_TO_NEWLINE / TAKEN_FROM_ARGUMENT* markers) read by `reader`."""

    __slots__ = ("name", "n", "reader", "doc")

    def __init__(self, name, n, reader, doc=""):
        self.name = name
        self.n = n
        self.reader = reader
        self.doc = doc

    def __repr__(self):
        return self.name


def _read_exact(f, n, what):
    data = f.read(n)
    if len(data) != n:
        raise ValueError("not enough data in stream to read %s" % what)
    return data


def _read_line(f, what):
    data = f.readline()
    if not data.endswith(b"\n"):
        raise ValueError("no newline found when trying to read %s" % what)
    return data[:-1]


def read_uint1(f):
    return _read_exact(f, 1, "uint1")[0]


def read_uint2(f):
    return unpack("<H", _read_exact(f, 2, "uint2"))[0]


def read_int4(f):
    return unpack("<i", _read_exact(f, 4, "int4"))[0]


def read_uint4(f):
    return unpack("<I", _read_exact(f, 4, "uint4"))[0]


def read_uint8(f):
    return unpack("<Q", _read_exact(f, 8, "uint8"))[0]


def read_stringnl(f, decode=True, stripquotes=True):
    data = _read_line(f, "stringnl")
    if stripquotes:
        for q in (b'"', b"'"):
            if data.startswith(q):
                if not data.endswith(q) or len(data) < 2:
                    raise ValueError("strinq quote %r not found at both ends of %r" % (q, data))
                data = data[1:-1]
                break
        else:
            raise ValueError("no string quotes around %r" % data)
    if decode:
        data = codecs.escape_decode(data)[0].decode("ascii")
    return data


def read_stringnl_noescape(f):
    return read_stringnl(f, stripquotes=False)


def read_stringnl_noescape_pair(f):
    return "%s %s" % (read_stringnl_noescape(f), read_stringnl_noescape(f))


def _counted(f, size, what):
    if size < 0:
        raise ValueError("%s byte count < 0: %d" % (what, size))
    data = f.read(size)
    if len(data) != size:
        raise ValueError("expected %d bytes in a %s, but only %d remain" % (size, what, len(data)))
    return data


def read_string1(f):
    return _counted(f, read_uint1(f), "string1").decode("latin-1")


def read_string4(f):
    return _counted(f, read_int4(f), "string4").decode("latin-1")


def read_bytes1(f):
    return _counted(f, read_uint1(f), "bytes1")


def read_bytes4(f):
    return _counted(f, read_uint4(f), "bytes4")


def read_bytes8(f):
    return _counted(f, read_uint8(f), "bytes8")


def read_bytearray8(f):
    return bytearray(_counted(f, read_uint8(f), "bytearray8"))


def read_unicodestringnl(f):
    return str(_read_line(f, "unicodestringnl"), "raw-unicode-escape")


def read_unicodestring1(f):
    return str(_counted(f, read_uint1(f), "unicodestring1"), "utf-8", "surrogatepass")


def read_unicodestring4(f):
    return str(_counted(f, read_uint4(f), "unicodestring4"), "utf-8", "surrogatepass")


def read_unicodestring8(f):
    return str(_counted(f, read_uint8(f), "unicodestring8"), "utf-8", "surrogatepass")


def read_decimalnl_short(f):
    s = read_stringnl(f, decode=False, stripquotes=False)
    if s == b"00":
        return False
    if s == b"01":
        return True
    return int(s)


def read_decimalnl_long(f):
    s = read_stringnl(f, decode=False, stripquotes=False)
    if s[-1:] == b"L":
        s = s[:-1]
    return int(s)


def read_floatnl(f):
    return float(read_stringnl(f, decode=False, stripquotes=False))


def read_float8(f):
    return unpack(">d", _read_exact(f, 8, "float8"))[0]


def read_long1(f):
    return pickle.decode_long(_counted(f, read_uint1(f), "long1"))


def read_long4(f):
    n = read_int4(f)
    if n < 0:
        raise ValueError("long4 byte count < 0: %d" % n)
    return pickle.decode_long(_counted(f, n, "long4"))


A = ArgumentDescriptor
uint1 = A("uint1", 1, read_uint1)
uint2 = A("uint2", 2, read_uint2)
int4 = A("int4", 4, read_int4)
uint4 = A("uint4", 4, read_uint4)
uint8 = A("uint8", 8, read_uint8)
stringnl = A("stringnl", UP_TO_NEWLINE, read_stringnl)
stringnl_noescape = A("stringnl_noescape", UP_TO_NEWLINE, read_stringnl_noescape)
stringnl_noescape_pair = A("stringnl_noescape_pair", UP_TO_NEWLINE, read_stringnl_noescape_pair)
string1 = A("string1", TAKEN_FROM_ARGUMENT1, read_string1)
string4 = A("string4", TAKEN_FROM_ARGUMENT4, read_string4)
bytes1 = A("bytes1", TAKEN_FROM_ARGUMENT1, read_bytes1)
bytes4 = A("bytes4", TAKEN_FROM_ARGUMENT4U, read_bytes4)
bytes8 = A("bytes8", TAKEN_FROM_ARGUMENT8U, read_bytes8)
bytearray8 = A("bytearray8", TAKEN_FROM_ARGUMENT8U, read_bytearray8)
unicodestringnl = A("unicodestringnl", UP_TO_NEWLINE, read_unicodestringnl)
unicodestring1 = A("unicodestring1", TAKEN_FROM_ARGUMENT1, read_unicodestring1)
unicodestring4 = A("unicodestring4", TAKEN_FROM_ARGUMENT4U, read_unicodestring4)
unicodestring8 = A("unicodestring8", TAKEN_FROM_ARGUMENT8U, read_unicodestring8)
decimalnl_short = A("decimalnl_short", UP_TO_NEWLINE, read_decimalnl_short)
decimalnl_long = A("decimalnl_long", UP_TO_NEWLINE, read_decimalnl_long)
floatnl = A("floatnl", UP_TO_NEWLINE, read_floatnl)
float8 = A("float8", 8, read_float8)
long1 = A("long1", TAKEN_FROM_ARGUMENT1, read_long1)
long4 = A("long4", TAKEN_FROM_ARGUMENT4, read_long4)
del A


class StackObject:
    """A kind of object on the unpickling stack (used by `dis` to check
    and show the stack)."""

    __slots__ = ("name", "obtype", "doc")

    def __init__(self, name, obtype, doc=""):
        self.name = name
        self.obtype = obtype
        self.doc = doc

    def __repr__(self):
        return self.name


pyint = pylong = StackObject("int", int)
pyinteger_or_bool = StackObject("int_or_bool", (int, bool))
pybool = StackObject("bool", bool)
pyfloat = StackObject("float", float)
pybytes_or_str = pystring = StackObject("bytes_or_str", (bytes, str))
pybytes = StackObject("bytes", bytes)
pybytearray = StackObject("bytearray", bytearray)
pyunicode = StackObject("str", str)
pynone = StackObject("None", type(None))
pytuple = StackObject("tuple", tuple)
pylist = StackObject("list", list)
pydict = StackObject("dict", dict)
pyset = StackObject("set", set)
pyfrozenset = StackObject("frozenset", frozenset)
pybuffer = StackObject("buffer", object)
anyobject = StackObject("any", object)
markobject = StackObject("mark", StackObject)
stackslice = StackObject("stackslice", StackObject)


class OpcodeInfo:
    """One opcode: its name, one-character code (a str), argument
    descriptor (or None), stack effect and the protocol that added it."""

    __slots__ = ("name", "code", "arg", "stack_before", "stack_after", "proto", "doc")

    def __init__(self, name, code, arg, stack_before, stack_after, proto, doc=""):
        self.name = name
        self.code = code
        self.arg = arg
        self.stack_before = stack_before
        self.stack_after = stack_after
        self.proto = proto
        self.doc = doc

    def __repr__(self):
        return "<OpcodeInfo %s %r>" % (self.name, self.code)


def _op(name, code, arg, before, after, proto):
    return OpcodeInfo(name, code, arg, before, after, proto)


M, S, X = markobject, stackslice, anyobject
opcodes = [
    _op("INT", "I", decimalnl_short, [], [pyinteger_or_bool], 0),
    _op("BININT", "J", int4, [], [pyint], 1),
    _op("BININT1", "K", uint1, [], [pyint], 1),
    _op("BININT2", "M", uint2, [], [pyint], 1),
    _op("LONG", "L", decimalnl_long, [], [pyint], 0),
    _op("LONG1", "\x8a", long1, [], [pyint], 2),
    _op("LONG4", "\x8b", long4, [], [pyint], 2),
    _op("STRING", "S", stringnl, [], [pybytes_or_str], 0),
    _op("BINSTRING", "T", string4, [], [pybytes_or_str], 1),
    _op("SHORT_BINSTRING", "U", string1, [], [pybytes_or_str], 1),
    _op("BINBYTES", "B", bytes4, [], [pybytes], 3),
    _op("SHORT_BINBYTES", "C", bytes1, [], [pybytes], 3),
    _op("BINBYTES8", "\x8e", bytes8, [], [pybytes], 4),
    _op("BYTEARRAY8", "\x96", bytearray8, [], [pybytearray], 5),
    _op("NEXT_BUFFER", "\x97", None, [], [pybuffer], 5),
    _op("READONLY_BUFFER", "\x98", None, [pybuffer], [pybuffer], 5),
    _op("NONE", "N", None, [], [pynone], 0),
    _op("NEWTRUE", "\x88", None, [], [pybool], 2),
    _op("NEWFALSE", "\x89", None, [], [pybool], 2),
    _op("UNICODE", "V", unicodestringnl, [], [pyunicode], 0),
    _op("SHORT_BINUNICODE", "\x8c", unicodestring1, [], [pyunicode], 4),
    _op("BINUNICODE", "X", unicodestring4, [], [pyunicode], 1),
    _op("BINUNICODE8", "\x8d", unicodestring8, [], [pyunicode], 4),
    _op("FLOAT", "F", floatnl, [], [pyfloat], 0),
    _op("BINFLOAT", "G", float8, [], [pyfloat], 1),
    _op("EMPTY_LIST", "]", None, [], [pylist], 1),
    _op("APPEND", "a", None, [pylist, X], [pylist], 0),
    _op("APPENDS", "e", None, [pylist, M, S], [pylist], 1),
    _op("LIST", "l", None, [M, S], [pylist], 0),
    _op("EMPTY_TUPLE", ")", None, [], [pytuple], 1),
    _op("TUPLE", "t", None, [M, S], [pytuple], 0),
    _op("TUPLE1", "\x85", None, [X], [pytuple], 2),
    _op("TUPLE2", "\x86", None, [X, X], [pytuple], 2),
    _op("TUPLE3", "\x87", None, [X, X, X], [pytuple], 2),
    _op("EMPTY_DICT", "}", None, [], [pydict], 1),
    _op("DICT", "d", None, [M, S], [pydict], 0),
    _op("SETITEM", "s", None, [pydict, X, X], [pydict], 0),
    _op("SETITEMS", "u", None, [pydict, M, S], [pydict], 1),
    _op("EMPTY_SET", "\x8f", None, [], [pyset], 4),
    _op("ADDITEMS", "\x90", None, [pyset, M, S], [pyset], 4),
    _op("FROZENSET", "\x91", None, [M, S], [pyfrozenset], 4),
    _op("POP", "0", None, [X], [], 0),
    _op("DUP", "2", None, [X], [X, X], 0),
    _op("MARK", "(", None, [], [M], 0),
    _op("POP_MARK", "1", None, [M, S], [], 1),
    _op("GET", "g", decimalnl_short, [], [X], 0),
    _op("BINGET", "h", uint1, [], [X], 1),
    _op("LONG_BINGET", "j", uint4, [], [X], 1),
    _op("PUT", "p", decimalnl_short, [], [], 0),
    _op("BINPUT", "q", uint1, [], [], 1),
    _op("LONG_BINPUT", "r", uint4, [], [], 1),
    _op("MEMOIZE", "\x94", None, [X], [X], 4),
    _op("EXT1", "\x82", uint1, [], [X], 2),
    _op("EXT2", "\x83", uint2, [], [X], 2),
    _op("EXT4", "\x84", int4, [], [X], 2),
    _op("GLOBAL", "c", stringnl_noescape_pair, [], [X], 0),
    _op("STACK_GLOBAL", "\x93", None, [pyunicode, pyunicode], [X], 4),
    _op("REDUCE", "R", None, [X, X], [X], 0),
    _op("BUILD", "b", None, [X, X], [X], 0),
    _op("INST", "i", stringnl_noescape_pair, [M, S], [X], 0),
    _op("OBJ", "o", None, [M, X, S], [X], 1),
    _op("NEWOBJ", "\x81", None, [X, X], [X], 2),
    _op("NEWOBJ_EX", "\x92", None, [X, X, X], [X], 4),
    _op("PROTO", "\x80", uint1, [], [], 2),
    _op("STOP", ".", None, [X], [], 0),
    _op("FRAME", "\x95", uint8, [], [], 4),
    _op("PERSID", "P", stringnl_noescape, [], [X], 0),
    _op("BINPERSID", "Q", None, [X], [X], 1),
]
del M, S, X, _op

code2op = {op.code: op for op in opcodes}


def _genops(data, yield_end_pos=False):
    if isinstance(data, bytes_types):
        data = io.BytesIO(data)
    getpos = getattr(data, "tell", None)
    if getpos is None:
        getpos = lambda: None
    while True:
        pos = getpos()
        code = data.read(1)
        opcode = code2op.get(code.decode("latin-1"))
        if opcode is None:
            if code == b"":
                raise ValueError("pickle exhausted before seeing STOP")
            raise ValueError("at position %s, opcode %r unknown"
                             % ("<unknown>" if pos is None else pos, code))
        arg = None if opcode.arg is None else opcode.arg.reader(data)
        if yield_end_pos:
            yield opcode, arg, pos, getpos()
        else:
            yield opcode, arg, pos
        if code == b".":
            assert opcode.name == "STOP"
            break


def genops(pickle):
    """Yield (opcode, arg, pos) for each opcode of the pickle `pickle` (a
    bytes-like object or a binary file), up to and including STOP; `pos` is
    the opcode's offset (None when the file cannot tell)."""
    return _genops(pickle)


def optimize(p):
    """A copy of pickle `p` without the PUT opcodes no GET uses (memo
    indices renumbered, frames rebuilt for protocol 4 and up)."""
    put = "PUT"
    get = "GET"
    oldids = set()
    newids = {}
    opcodes_seen = []
    proto = 0
    protoheader = b""
    for opcode, arg, pos, end_pos in _genops(p, yield_end_pos=True):
        if "PUT" in opcode.name:
            oldids.add(arg)
            opcodes_seen.append((put, arg))
        elif opcode.name == "MEMOIZE":
            idx = len(oldids)
            oldids.add(idx)
            opcodes_seen.append((put, idx))
        elif "FRAME" in opcode.name:
            pass
        elif "GET" in opcode.name:
            if opcode.proto > proto:
                proto = opcode.proto
            newids[arg] = None
            opcodes_seen.append((get, arg))
        elif opcode.name == "PROTO":
            if arg > proto:
                proto = arg
            if pos == 0:
                protoheader = p[pos:end_pos]
            else:
                opcodes_seen.append((pos, end_pos))
        else:
            if opcode.proto > proto:
                proto = opcode.proto
            opcodes_seen.append((pos, end_pos))
    del oldids
    out = io.BytesIO()
    out.write(protoheader)
    pickler = pickle._Pickler(out, proto)
    if proto >= 4:
        pickler.framer.start_framing()
    idx = 0
    for op, arg in opcodes_seen:
        frameless = False
        if op is put:
            if arg not in newids:
                continue
            data = pickler.put(idx)
            newids[arg] = idx
            idx += 1
        elif op is get:
            data = pickler.get(newids[arg])
        else:
            data = p[op:arg]
            frameless = len(data) > pickler.framer._FRAME_SIZE_TARGET
        pickler.framer.commit_frame(force=frameless)
        if frameless:
            pickler.framer.file_write(data)
        else:
            pickler.write(data)
    pickler.framer.end_framing()
    return out.getvalue()


def dis(pickle, out=None, memo=None, indentlevel=4, annotate=0):
    """Print a listing of the opcodes of `pickle` to `out` (default
    sys.stdout): offset, code, name and argument, indented by MARK depth,
    then "highest protocol among opcodes = N" (`annotate` is accepted
    and ignored: no per-opcode notes are printed). Checks the stack as it goes
    and raises ValueError on a malformed pickle (after printing the
    opcodes up to that point)."""
    stack = []
    if memo is None:
        memo = {}
    maxproto = -1
    markstack = []
    indentchunk = " " * indentlevel
    errormsg = None
    for opcode, arg, pos in genops(pickle):
        if pos is not None:
            print("%5d:" % pos, end=" ", file=out)
        line = "%-4s %s%s" % (repr(opcode.code)[1:-1], indentchunk * len(markstack), opcode.name)
        maxproto = max(maxproto, opcode.proto)
        before = opcode.stack_before
        after = opcode.stack_after
        numtopop = len(before)
        markmsg = None
        if markobject in before or (opcode.name == "POP" and stack and stack[-1] is markobject):
            assert markobject not in after
            if markstack:
                markpos = markstack.pop()
                markmsg = "(MARK at unknown opcode offset)" if markpos is None \
                    else "(MARK at %d)" % markpos
                while stack[-1] is not markobject:
                    stack.pop()
                stack.pop()
                try:
                    numtopop = before.index(markobject)
                except ValueError:
                    assert opcode.name == "POP"
                    numtopop = 0
            else:
                errormsg = markmsg = "no MARK exists on stack"
        if opcode.name in ("PUT", "BINPUT", "LONG_BINPUT", "MEMOIZE"):
            if opcode.name == "MEMOIZE":
                memo_idx = len(memo)
                markmsg = "(as %d)" % memo_idx
            else:
                memo_idx = arg
            if memo_idx in memo:
                errormsg = "memo key %r already defined" % arg
            elif not stack:
                errormsg = "stack is empty -- can't store into memo"
            elif stack[-1] is markobject:
                errormsg = "can't store markobject in the memo"
            else:
                memo[memo_idx] = stack[-1]
        elif opcode.name in ("GET", "BINGET", "LONG_BINGET"):
            if arg in memo:
                assert len(after) == 1
                after = [memo[arg]]
            else:
                errormsg = "memo key %r has never been stored into" % arg
        if arg is not None or markmsg:
            line += " " * (10 - len(opcode.name))
            if arg is not None:
                line += " " + repr(arg)
            if markmsg:
                line += " " + markmsg
        print(line, file=out)
        if errormsg:
            raise ValueError(errormsg)
        if len(stack) < numtopop:
            raise ValueError("tries to pop %d items from stack with only %d items"
                             % (numtopop, len(stack)))
        if numtopop:
            del stack[-numtopop:]
        if markobject in after:
            assert markobject not in before
            markstack.append(pos)
        stack.extend(after)
    print("highest protocol among opcodes =", maxproto, file=out)
    if stack:
        raise ValueError("stack not empty after STOP: %r" % stack)
