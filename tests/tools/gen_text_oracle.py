#!/usr/bin/env python3
"""Generate CPython 3.11 oracle data for crates/pyx-text.

Deterministic (seeded). Writes compact line-based files under
crates/pyx-text/tests/oracle/; the Rust tests in crates/pyx-text/tests/
check every line. Run from anywhere:

    python3 tests/tools/gen_text_oracle.py

Line format: fields separated by TAB; inside a field, backslash, TAB, LF
and CR are escaped as \\\\, \\t, \\n, \\r. Floats are written as 16 hex
digits of their IEEE-754 bits. An expected error is written as
"!ExcType: message".
"""
import math
import os
import random
import string
import struct
import sys

assert sys.version_info[:2] == (3, 11), "the oracle is CPython 3.11"
sys.set_int_max_str_digits(4300)

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "crates", "pyx-text", "tests", "oracle")


def esc(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def dec(v):
    """Decimal text of any int, regardless of the conversion limit."""
    sys.set_int_max_str_digits(0)
    try:
        return str(v)
    finally:
        sys.set_int_max_str_digits(4300)


def fbits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def bits_to_float(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def encodable(s):
    try:
        s.encode("utf-8")
        return True
    except UnicodeEncodeError:
        return False


def outcome(fn):
    try:
        r = fn()
    except (ValueError, TypeError, OverflowError, IndexError, KeyError, AttributeError) as e:
        msg = e.args[0] if isinstance(e, KeyError) and e.args else str(e)
        return "!%s: %s" % (type(e).__name__, msg)
    return r


def write(name, lines):
    path = os.path.join(OUT, name)
    data = "".join(l + "\n" for l in lines)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(data)
    print("%-22s %6d cases %8d bytes" % (name, len(lines), len(data.encode())))
    assert len(data.encode()) < 1_100_000, name


# ---------------------------------------------------------------- floats
def interesting_floats(rng, n):
    out = [0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, -5e-324, 2.2250738585072014e-308,
           2.225073858507201e-308, 1.7976931348623157e308, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1e16, 1e15,
           9999999999999998.0, 1e-4, 1e-5, 0.00001, 123456789.0, 0.5, 1.5, 2.5, -2.5, 1e22, 1e23,
           2e16 + 8, 5e-5, 9.5, 0.05, 0.15, 0.25, 0.35, 1e300, 1e-300, 4.35, 0.125, 100.0]
    for e in range(-30, 31):
        out.append(10.0 ** e)
        out.append(-(10.0 ** e) * 1.5)
    for e in range(-1074, 1024, 7):
        out.append(2.0 ** e)
    while len(out) < n:
        k = rng.random()
        if k < 0.35:
            x = bits_to_float(rng.getrandbits(64))
        elif k < 0.45:
            x = bits_to_float(rng.getrandbits(52))  # subnormal
        elif k < 0.7:
            x = round(rng.uniform(-1000, 1000), rng.randint(0, 6))
        elif k < 0.85:
            x = rng.uniform(-1, 1) * 10.0 ** rng.randint(-25, 25)
        else:
            x = float(rng.randint(-10 ** 18, 10 ** 18)) / rng.choice([1, 2, 4, 8, 10, 100, 1000])
        out.append(x)
    return out


def gen_float_repr(rng):
    lines = []
    for x in interesting_floats(rng, 24000):
        lines.append("%s\t%s" % (fbits(x), repr(x)))
    write("float_repr.txt", lines)


def random_spec(rng, types, fill_chars):
    parts = []
    if rng.random() < 0.3:
        align = rng.choice("<>^=")
        if rng.random() < 0.6:
            parts.append(rng.choice(fill_chars))
        parts.append(align)
    if rng.random() < 0.3:
        parts.append(rng.choice("+- "))
    if rng.random() < 0.08:
        parts.append("z")
    if rng.random() < 0.2:
        parts.append("#")
    if rng.random() < 0.2:
        parts.append("0")
    if rng.random() < 0.5:
        parts.append(str(rng.randint(0, 25)))
    if rng.random() < 0.25:
        parts.append(rng.choice([",", "_", ",", "_", ",_"]))
    if rng.random() < 0.45:
        parts.append("." + str(rng.choice([0, 1, 2, 3, 5, 6, 10, 17, 20, rng.randint(0, 40)])))
    if rng.random() < 0.03:
        parts.append(".")
    parts.append(rng.choice(types))
    spec = "".join(parts)
    if rng.random() < 0.03:
        spec += rng.choice(["x", "d", "s", "%%", "q"])
    return spec


FILLS = ["*", "0", " ", "x", "é", "€", "😀", "=", "<", "{"]


def gen_float_format(rng):
    lines = []
    types = list("eEfFgGn%") + ["", "", "", "d", "s", "c", "x"]
    xs = interesting_floats(rng, 4000)
    for i in range(14000):
        x = xs[i % len(xs)] if i < 8000 else rng.choice(xs)
        spec = random_spec(rng, types, FILLS)
        r = outcome(lambda: format(x, spec))
        lines.append("%s\t%s\t%s" % (fbits(x), esc(spec), esc(r)))
    # %-style float formats
    for i in range(4000):
        x = rng.choice(xs)
        flags = "".join(rng.sample("#0- +", rng.randint(0, 3)))
        width = str(rng.randint(0, 25)) if rng.random() < 0.5 else ""
        prec = "." + str(rng.randint(0, 25)) if rng.random() < 0.6 else ""
        code = rng.choice("eEfFgG")
        fmt = "%" + flags + width + prec + code
        r = outcome(lambda: fmt % x)
        lines.append("%s\t%s\t%s\tprintf" % (fbits(x), esc(fmt), esc(r)))
    write("float_format.txt", lines)


def random_int(rng):
    k = rng.random()
    if k < 0.3:
        return rng.randint(-100, 100)
    if k < 0.6:
        return rng.randint(-10 ** 7, 10 ** 7)
    if k < 0.8:
        return rng.randint(-2 ** 64, 2 ** 64)
    if k < 0.95:
        return rng.randint(-10 ** 60, 10 ** 60)
    return rng.choice([0, -1, 1, 2 ** 63 - 1, -2 ** 63, 2 ** 63, 0x10FFFF, 0x110000, 65, 0xE9, 10 ** 30])


def gen_int_format(rng):
    lines = []
    types = list("bcdoxXneEfFgG%") + ["", "", "s", "q"]
    for _ in range(15000):
        v = random_int(rng)
        spec = random_spec(rng, types, FILLS)
        if spec.endswith("c") and rng.random() < 0.8:
            v = rng.choice([65, 0xE9, 0x1F600, 10, 0, 0x10FFFF, -1, 0x110000, 0x41])
        r = outcome(lambda: format(v, spec))
        if isinstance(r, str) and not encodable(r):
            continue
        lines.append("%d\t%s\t%s" % (v, esc(spec), esc(r)))
    lines.append("%s\t%s\t%s" % (dec(10 ** 4300), "d", esc(outcome(lambda: format(10 ** 4300, "d")))))
    lines.append("%s\t%s\t%s" % (dec(10 ** 4299), ",", esc(outcome(lambda: format(10 ** 4299, ",")))))
    lines.append("%s\t%s\t%s" % (dec(10 ** 4300), "x", esc(outcome(lambda: format(10 ** 4300, "x")))))
    write("int_format.txt", lines)


def gen_str_format(rng):
    lines = []
    types = ["", "", "", "s", "s", "d", "r"]
    words = ["", "a", "abc", "héllo", "😀x", "ab\tc", "longer text here", "ß", "Ǆ"]
    for _ in range(8000):
        s = rng.choice(words)
        spec = random_spec(rng, types, FILLS)
        r = outcome(lambda: format(s, spec))
        lines.append("%s\t%s\t%s" % (esc(s), esc(spec), esc(r)))
    write("str_format.txt", lines)


# -------------------------------------------------------------- % format
def enc_value(v):
    if isinstance(v, bool):
        raise AssertionError
    if isinstance(v, int):
        return "i%d" % v
    if isinstance(v, float):
        return "f" + fbits(v)
    return "s" + esc(v)


def gen_percent(rng):
    lines = []
    strs = ["", "x", "héllo", "a'b", '"', "😀", "\n", "long string value"]
    floats = interesting_floats(rng, 300)

    def value():
        k = rng.random()
        if k < 0.45:
            return random_int(rng) if rng.random() < 0.5 else rng.randint(-300, 300)
        if k < 0.75:
            return rng.choice(floats)
        return rng.choice(strs)

    for _ in range(14000):
        n = rng.randint(0, 3)
        pieces = []
        use_keys = rng.random() < 0.15
        keys = []
        for _ in range(n):
            pieces.append(rng.choice(["", "ab ", "%%", "é", " = "]))
            spec = "%"
            if use_keys:
                k = rng.choice(["a", "b", "key", "(x)"])
                keys.append(k)
                spec += "(" + k + ")"
            spec += "".join(rng.sample("#0- +", rng.randint(0, 2)))
            if rng.random() < 0.4:
                spec += rng.choice([str(rng.randint(0, 20)), "*"])
            if rng.random() < 0.4:
                spec += "." + rng.choice([str(rng.randint(0, 12)), "*"])
            if rng.random() < 0.05:
                spec += rng.choice("hlL")
            spec += rng.choice("srasrdiuoxXeEfFgGcdx%") if rng.random() > 0.02 else rng.choice("yk\x80")
            pieces.append(spec)
        if rng.random() < 0.05:
            pieces.append(rng.choice(["%", "%(", "%(a", "%-", "%.", "%5"]))
        fmt = "".join(pieces)
        if use_keys and rng.random() < 0.9:
            mode = "d"
            d = {}
            for k in keys:
                if rng.random() < 0.95:
                    d[k] = value()
            args = d
            enc = []
            for k, v in d.items():
                enc += ["s" + esc(k), enc_value(v)]
        else:
            count = fmt.count("%") - 2 * fmt.count("%%")
            count = max(0, count + rng.choice([0, 0, 0, 0, 0, 1, -1, 1]))
            vals = []
            for _ in range(count):
                v = value()
                vals.append(v)
            # '*' wants ints: make them ints most of the time
            if rng.random() < 0.5 and len(vals) == 1 and not use_keys:
                mode = "1"
                args = vals[0]
            else:
                mode = "t"
                args = tuple(vals)
            enc = [enc_value(v) for v in vals]
            if "*" in fmt and rng.random() < 0.8:
                args = tuple(rng.randint(-8, 15) if (isinstance(v, (float, str)) and rng.random() < 0.5) else v for v in vals)
                if mode == "1":
                    args = args[0] if args else args
                enc = [enc_value(v) for v in (args if mode == "t" else [args])]
        if "*" in fmt:
            def tame(v):
                return rng.randint(-8, 15) if isinstance(v, int) and abs(v) > 40 else v
            if mode == "t":
                args = tuple(tame(v) for v in args)
                enc = [enc_value(v) for v in args]
            elif mode == "1":
                args = tame(args)
                enc = [enc_value(args)]
        r = outcome(lambda: fmt % args)
        if isinstance(r, str) and not encodable(r):
            continue
        lines.append("\t".join([esc(fmt), esc(r), mode] + enc))
    write("percent.txt", lines)


# ----------------------------------------------------------- parsing
def gen_parse_float(rng):
    lines = []
    fixed = ["1", "1.5", "  1.5  ", "1_000.5", "1__0", "_1", "1_", "1._5", "1.5_", "1e5", "1E+05", "1e-5", "1e", "e5",
             ".5", "5.", ".", "+.5", "-5.", "inf", "-inf", "+INF", "Infinity", "-iNfInItY", "nan", "-NaN", "+nan", "in",
             "infinit", "nan(1)", "0x10", "1e1_0", "1e_10", "1_e10", "\u00a01.5\u2003", "\u0661.\u0665", "1\u0661",
             "", " ", "--1", "+-1", "1 2", "1.5j", "1e400", "-1e400", "1e-400", "4.9e-324", "2.4703282292062327e-324",
             "2.4703282292062328e-324", "0.1", "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
             "\x00", "1\x00", "١٢٣", "12\u3000", "\t\n 7 \x0c", "0" * 50 + "1", "1" + "0" * 400, "0." + "0" * 400 + "1",
             "1_2_3.4_5e6_7", "00", "0_0", "1.e5", ".e5", "nanx", "infx", "1e+", "1e-", "-", "+", "١_٢"]
    cases = list(fixed)
    alphabet = "0123456789_.eE+- \tinfatyINFATY\u00a0\u0661x"
    for _ in range(6000):
        k = rng.random()
        if k < 0.35:
            s = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 10)))
        elif k < 0.7:
            digits = "".join(rng.choice(string.digits) for _ in range(rng.randint(1, 25)))
            pos = rng.randint(0, len(digits))
            s = digits[:pos] + "." + digits[pos:]
            if rng.random() < 0.6:
                s += "e" + rng.choice(["", "+", "-"]) + str(rng.randint(0, 340))
            if rng.random() < 0.2:
                s = rng.choice("+-") + s
            if rng.random() < 0.15:
                i = rng.randint(0, len(s))
                s = s[:i] + "_" + s[i:]
        else:
            x = rng.choice(interesting_floats(rng, 60)) if rng.random() < 0.1 else bits_to_float(rng.getrandbits(64))
            s = repr(x) if rng.random() < 0.5 else "%.*e" % (rng.randint(15, 25), x)
        cases.append(s)
    for s in cases:
        r = outcome(lambda: float(s))
        if isinstance(r, float):
            r = fbits(r)
        lines.append("%s\t%s" % (esc(s), esc(r)))
    write("parse_float.txt", lines)


def gen_parse_int(rng):
    lines = []
    fixed = [("0", 0), ("00", 0), ("07", 0), ("0_7", 0), ("0x_1f", 0), ("0x1f", 16), ("0X1F", 0), ("0b101", 0),
             ("0o17", 0), ("0o17", 8), ("0b101", 2), ("0x", 16), ("0b", 0), ("1_000", 10), ("1__0", 10), ("_1", 10),
             ("1_", 10), (" -12 ", 10), ("+5", 10), ("- 5", 10), ("z", 36), ("Z", 36), ("10", 1), ("10", 37),
             ("10", -1), ("١٢٣", 10), ("\u00a012\u2003", 10), ("", 10), (" ", 10), ("\x00", 10), ("9" * 4300, 10),
             ("9" * 4301, 10), ("1" * 5000, 16), ("1" * 5000, 10), ("1" * 5000 + "x", 10), ("x" * 300, 10), ("é" * 300, 7), ("0" * 5000, 10), ("1_" * 3000 + "1", 10),
             ("0x" + "f" * 5000, 0), ("12", 2), ("-0", 10), ("0_0", 0), ("08", 0), ("0_", 0), ("1a", 16), ("0xg", 16)]
    cases = list(fixed)
    for _ in range(8000):
        base = rng.choice([0, 0, 10, 10, 2, 8, 16, 36, rng.randint(2, 36)])
        k = rng.random()
        if k < 0.3:
            s = "".join(rng.choice("0123456789abcxzXBO_ -+\t") for _ in range(rng.randint(1, 8)))
        else:
            b = base if base else rng.choice([2, 8, 10, 16])
            v = random_int(rng)
            digs = "0123456789abcdefghijklmnopqrstuvwxyz"[:b]
            n = abs(v)
            ds = ""
            while n:
                ds = digs[n % b] + ds
                n //= b
            ds = ds or "0"
            if rng.random() < 0.3:
                ds = ds.upper()
            if rng.random() < 0.2 and len(ds) > 1:
                i = rng.randint(1, len(ds) - 1)
                ds = ds[:i] + "_" + ds[i:]
            if b in (2, 8, 16) and rng.random() < 0.4:
                ds = {2: "0b", 8: "0o", 16: "0x"}[b] + ("_" if rng.random() < 0.2 else "") + ds
            s = ("-" if v < 0 else rng.choice(["", "+"])) + ds
            if rng.random() < 0.2:
                s = rng.choice([" ", "\t", "\u3000"]) + s + rng.choice(["", " ", "\n"])
        cases.append((s, base))
    for s, base in cases:
        r = outcome(lambda: int(s, base))
        if isinstance(r, int):
            r = dec(r)
        lines.append("%s\t%d\t%s" % (esc(s), base, esc(r)))
    # bin/oct/hex
    for _ in range(3000):
        v = random_int(rng)
        lines.append("%s\t%s\t%s" % ("#radix", v, " ".join([bin(v), oct(v), hex(v)])))
    write("parse_int.txt", lines)


# -------------------------------------------------------------- repr
UNI = ("abcXYZ019 _'\"\\\t\n\r\x00\x07\x1b\x7f\x80\x9f\xa0\xad\xe9\xff\u0100\u0301\u037e\u0378\u200b\u200d\u2028"
       "\u2029\u3000\ufeff\uffff\U0001f600\U000e0001\U0010ffff\U0001d400ßǅΣςİıﬁŉΐẞ一²½٣\u00b5\u1e9e\u0345")


def random_text(rng, n):
    out = []
    for _ in range(n):
        if rng.random() < 0.15:
            while True:
                cp = rng.choice([rng.randint(0, 0x3000), rng.randint(0, 0x10FFFF), rng.randint(0x80, 0x800)])
                if not 0xD800 <= cp <= 0xDFFF:
                    break
            out.append(chr(cp))
        else:
            out.append(rng.choice(UNI))
    return "".join(out)


def gen_repr(rng):
    lines = []
    for i in range(6000):
        s = random_text(rng, rng.randint(0, 12))
        lines.append("s\t%s\t%s\t%s" % (esc(s), esc(repr(s)), esc(ascii(s))))
    # Every code point: runs of "repr shows the character itself" (1) or not (0).
    start, prev = 0, None
    for cp in range(0x110000):
        c = chr(cp)
        shown = 1 if repr(c) == "'" + c + "'" else 0
        if prev is None:
            prev = shown
        elif shown != prev:
            lines.append("r\t%x\t%x\t%d" % (start, cp - 1, prev))
            start, prev = cp, shown
    lines.append("r\t%x\t%x\t%d" % (start, 0x10FFFF, prev))
    for i in range(3000):
        b = bytes(rng.getrandbits(8) if rng.random() < 0.3 else rng.choice(b"ab'\"\\\t\n\r\x00 ~")
                  for _ in range(rng.randint(0, 10)))
        lines.append("b\t%s\t%s" % (b.hex(), esc(repr(b))))
    write("repr.txt", lines)


# -------------------------------------------------------------- str methods
WORD_ALPHABET = "ab AB\t\n\r\x0b\x0c\x1c\x85\u2028\u3000\u00a0xyß,.'ǅΣςİ1٣²_-"


def sample_str(rng):
    if rng.random() < 0.5:
        return "".join(rng.choice(WORD_ALPHABET) for _ in range(rng.randint(0, 14)))
    return random_text(rng, rng.randint(0, 10))


def small_sub(rng, s):
    if s and rng.random() < 0.6:
        i = rng.randint(0, len(s) - 1)
        return s[i:i + rng.randint(0, 3)]
    return "".join(rng.choice("ab \t,ß") for _ in range(rng.randint(0, 2)))


def idx(rng):
    return rng.choice([None, 0, 1, 2, 5, -1, -3, 100, -100])


def pyrepr(v):
    return repr(v)


def gen_str_methods(rng):
    lines = []

    def add(method, s, *args):
        fn = getattr(s, method)
        real_args = [a for a in args]
        while real_args and real_args[-1] is Ellipsis:
            real_args.pop()
        r = outcome(lambda: fn(*real_args))
        if isinstance(r, str) and r.startswith("!"):
            res = r
        else:
            res = pyrepr(r)
        if not encodable(res):
            return
        enc = []
        for a in real_args:
            if a is None:
                enc.append("N")
            elif isinstance(a, bool):
                enc.append("b%d" % a)
            elif isinstance(a, int):
                enc.append("i%d" % a)
            elif isinstance(a, tuple):
                enc.append("T" + "\x1f".join(esc(x) for x in a))
            else:
                enc.append("s" + esc(a))
        lines.append("\t".join([method, esc(s), esc(res)] + enc))

    for _ in range(9000):
        s = sample_str(rng)
        sub = small_sub(rng, s)
        m = rng.randint(0, 30)
        if m == 0:
            add("split", s, rng.choice([None, None, sub, " ", "a"]), rng.choice([-1, -1, 0, 1, 2]))
        elif m == 1:
            add("rsplit", s, rng.choice([None, None, sub, " ", "a"]), rng.choice([-1, -1, 0, 1, 2]))
        elif m == 2:
            add("splitlines", s, rng.choice([False, True]))
        elif m == 3:
            add(rng.choice(["strip", "lstrip", "rstrip"]), s, rng.choice([None, None, sub, "ab ", "ß"]))
        elif m == 4:
            add(rng.choice(["partition", "rpartition"]), s, rng.choice([sub, "a", " "]))
        elif m == 5:
            add(rng.choice(["center", "ljust", "rjust"]), s, rng.randint(-1, 20), rng.choice([" ", "*", "é", "😀", "ab"]))
        elif m == 6:
            add("zfill", s if rng.random() < 0.5 else rng.choice(["-12", "+3", "abc", "-", "", "é9"]), rng.randint(-1, 10))
        elif m == 7:
            add("expandtabs", s if rng.random() < 0.3 else "a\tbc\t\nxyz\t\r\tq", rng.choice([8, 4, 0, 1, -1, 3]))
        elif m in (8, 9, 10):
            meth = rng.choice(["find", "rfind", "index", "rindex", "count"])
            add(meth, s, sub, idx(rng), idx(rng))
        elif m == 11:
            add("replace", s, rng.choice([sub, "", "a", " "]), rng.choice(["", "X", "éé", "-"]), rng.choice([-1, -1, 0, 1, 2]))
        elif m == 12:
            meth = rng.choice(["startswith", "endswith"])
            arg = sub if rng.random() < 0.7 else (sub, "a", "ß")
            add(meth, s, arg, idx(rng), idx(rng))
        elif m in (13, 14, 15, 16, 17):
            add(rng.choice(["upper", "lower", "casefold", "swapcase", "capitalize", "title"]), s)
        else:
            add(rng.choice(["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "isidentifier",
                            "isprintable", "islower", "isupper", "istitle", "isascii"]), s)
    write("str_methods.txt", lines)
    lines = []
    # Case mapping & predicates over code points in 2-char strings.
    for cp in range(0, 0x110000, 3):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        c = chr(cp)
        s = c + "Σ" if cp % 2 else "a" + c
        preds = "".join("1" if getattr(s, p)() else "0" for p in
                        ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "isidentifier",
                         "isprintable", "islower", "isupper", "istitle"])
        if (cp < 0x3400 and cp % 5 == 0) or cp % 201 == 0 or c.lower() != c or c.upper() != c:
            lines.append("\t".join(["#cases", esc(s), esc(s.upper()), esc(s.lower()), esc(s.title()),
                                    esc(s.swapcase()), esc(s.capitalize()), esc(s.casefold()), preds]))
    write("str_cases.txt", lines)


# ------------------------------------------------------- str.format parsing
def gen_format_parse(rng):
    import _string
    lines = []
    pieces = ["{", "}", "{{", "}}", "{}", "{0}", "{1}", "{a}", "{0.x}", "{0[1]}", "{a[k].b}", "{0!r}", "{0!s:>5}", "{!a}",
              "{:{}}", "{0:{1}}", "{a.}", "{0[]}", "{0]", "{0!}", "{0!rx}", "{0:", "text", "é", ":", "!", "[", "]", ".",
              "{0[a]x}", "{ 0}", "{٣}", "{0.a.b[c][0]!r:^{w}.{p}}", "{99999999999999999999}"]
    cases = ["", "abc", "{}", "{0}{1}", "{}{}", "{0}{}", "{}{0}"]
    for _ in range(5000):
        cases.append("".join(rng.choice(pieces) for _ in range(rng.randint(1, 4))))
    for s in cases:
        try:
            parsed = []
            for lit, name, spec, conv in _string.formatter_parser(s):
                item = [lit]
                if name is not None:
                    try:
                        first, rest = _string.formatter_field_name_split(name)
                        rest = [("." if a else "[") + (str(k) if isinstance(k, int) else "s" + k) for a, k in rest]
                        item += [name, str(first) if isinstance(first, int) else "s" + first, "\x1f".join(rest),
                                 spec, conv or ""]
                    except (ValueError, TypeError) as e:
                        item += [name, "!" + str(e), "", spec, conv or ""]
                parsed.append("\x1e".join(item))
            r = "\x1d".join(parsed)
        except ValueError as e:
            r = "!" + str(e)
        # full behaviour (auto numbering etc.) with simple args
        f = outcome(lambda: s.format(10, 20, 30, a=1, w=5, p=2, x=7))
        lines.append("\t".join([esc(s), esc(r), esc(str(f))]))
    write("format_parse.txt", lines)


# --------------------------------------------------------------- hashing
def gen_hash(rng):
    lines = []
    for _ in range(5000):
        v = random_int(rng)
        lines.append("i\t%d\t%d" % (v, hash(v)))
    for v in [-1, -2, 2 ** 61 - 1, 2 ** 61 - 2, 2 ** 61, -(2 ** 61 - 1), 2 ** 64, -(2 ** 64), 2 ** 122]:
        lines.append("i\t%d\t%d" % (v, hash(v)))
    for x in interesting_floats(rng, 5000):
        if math.isnan(x):
            continue
        lines.append("f\t%s\t%d" % (fbits(x), hash(x)))
    for _ in range(1000):
        re_, im = rng.choice(interesting_floats(rng, 50)), rng.choice(interesting_floats(rng, 50))
        if math.isnan(re_) or math.isnan(im):
            continue
        lines.append("c\t%s\t%s\t%d" % (fbits(re_), fbits(im), hash(complex(re_, im))))
    write("hash.txt", lines)


def main():
    os.makedirs(OUT, exist_ok=True)
    gens = [gen_float_repr, gen_float_format, gen_int_format, gen_str_format, gen_percent, gen_parse_float,
            gen_parse_int, gen_repr, gen_str_methods, gen_format_parse, gen_hash]
    only = sys.argv[1:]
    for i, g in enumerate(gens):
        if only and g.__name__[4:] not in only:
            continue
        g(random.Random(1000 + i))


if __name__ == "__main__":
    main()
