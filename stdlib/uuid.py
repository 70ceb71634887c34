"""UUID objects (RFC 4122) and the uuid3/uuid4/uuid5 generators, written
for pyx from the documented behaviour of CPython's uuid module.

Randomness (uuid4, and the random node of uuid1/getnode) comes from the
interpreter's seed source -- the host-supplied `_pyx_seed` when the host
provides one, so without it runs are reproducible. pyx never reads a
hardware address: `getnode()` is a random 48-bit number with the
multicast bit set, as RFC 4122 prescribes when no address is available.
uuid1 needs the `time` module; uuid3/uuid5 need `hashlib`.
"""

import enum

__all__ = ["UUID", "SafeUUID", "getnode", "uuid1", "uuid3", "uuid4", "uuid5", "NAMESPACE_DNS",
           "NAMESPACE_URL", "NAMESPACE_OID", "NAMESPACE_X500", "RESERVED_NCS", "RFC_4122",
           "RESERVED_MICROSOFT", "RESERVED_FUTURE"]

RESERVED_NCS, RFC_4122, RESERVED_MICROSOFT, RESERVED_FUTURE = [
    "reserved for NCS compatibility", "specified in RFC 4122",
    "reserved for Microsoft compatibility", "reserved for future definition"]

int_ = int
bytes_ = bytes


class SafeUUID(enum.Enum):
    safe = 0
    unsafe = -1
    unknown = None


class UUID:
    __slots__ = ("int", "is_safe", "__weakref__")

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None,
                 version=None, *, is_safe=SafeUUID.unknown):
        if [hex, bytes, bytes_le, fields, int].count(None) != 4:
            raise TypeError("one of the hex, bytes, bytes_le, fields, or int arguments must be given")
        if hex is not None:
            hex = hex.replace("urn:", "").replace("uuid:", "")
            hex = hex.strip("{}").replace("-", "")
            if len(hex) != 32:
                raise ValueError("badly formed hexadecimal UUID string")
            int = int_(hex, 16)
        if bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError("bytes_le is not a 16-char string")
            bytes = (bytes_le[4 - 1::-1] + bytes_le[6 - 1:4 - 1:-1]
                     + bytes_le[8 - 1:6 - 1:-1] + bytes_le[8:])
        if bytes is not None:
            if len(bytes) != 16:
                raise ValueError("bytes is not a 16-char string")
            assert isinstance(bytes, bytes_), repr(bytes)
            int = int_.from_bytes(bytes, "big")
        if fields is not None:
            if len(fields) != 6:
                raise ValueError("fields is not a 6-tuple")
            (time_low, time_mid, time_hi_version, clock_seq_hi_variant, clock_seq_low, node) = fields
            checks = ((time_low, 32, "field 1 out of range (need a 32-bit value)"),
                      (time_mid, 16, "field 2 out of range (need a 16-bit value)"),
                      (time_hi_version, 16, "field 3 out of range (need a 16-bit value)"),
                      (clock_seq_hi_variant, 8, "field 4 out of range (need an 8-bit value)"),
                      (clock_seq_low, 8, "field 5 out of range (need an 8-bit value)"),
                      (node, 48, "field 6 out of range (need a 48-bit value)"))
            for value, nbits, msg in checks:
                if not 0 <= value < 1 << nbits:
                    raise ValueError(msg)
            clock_seq = (clock_seq_hi_variant << 8) | clock_seq_low
            int = ((time_low << 96) | (time_mid << 80) | (time_hi_version << 64)
                   | (clock_seq << 48) | node)
        if int is not None:
            if not 0 <= int < 1 << 128:
                raise ValueError("int is out of range (need a 128-bit value)")
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError("illegal version number")
            int &= ~(0xC000 << 48)
            int |= 0x8000 << 48
            int &= ~(0xF000 << 64)
            int |= version << 76
        object.__setattr__(self, "int", int)
        object.__setattr__(self, "is_safe", is_safe)

    def __getstate__(self):
        d = {"int": self.int}
        if self.is_safe != SafeUUID.unknown:
            d["is_safe"] = self.is_safe.value
        return d

    def __setstate__(self, state):
        object.__setattr__(self, "int", state["int"])
        object.__setattr__(self, "is_safe", SafeUUID(state["is_safe"]) if "is_safe" in state
                           else SafeUUID.unknown)

    def __eq__(self, other):
        if isinstance(other, UUID):
            return self.int == other.int
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, UUID):
            return self.int < other.int
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, UUID):
            return self.int > other.int
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, UUID):
            return self.int <= other.int
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, UUID):
            return self.int >= other.int
        return NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return "%s(%r)" % (self.__class__.__name__, str(self))

    def __setattr__(self, name, value):
        raise TypeError("UUID objects are immutable")

    def __str__(self):
        hex = "%032x" % self.int
        return "%s-%s-%s-%s-%s" % (hex[:8], hex[8:12], hex[12:16], hex[16:20], hex[20:])

    @property
    def bytes(self):
        return self.int.to_bytes(16, "big")

    @property
    def bytes_le(self):
        bytes = self.bytes
        return bytes[4 - 1::-1] + bytes[6 - 1:4 - 1:-1] + bytes[8 - 1:6 - 1:-1] + bytes[8:]

    @property
    def fields(self):
        return (self.time_low, self.time_mid, self.time_hi_version, self.clock_seq_hi_variant,
                self.clock_seq_low, self.node)

    @property
    def time_low(self):
        return self.int >> 96

    @property
    def time_mid(self):
        return (self.int >> 80) & 0xFFFF

    @property
    def time_hi_version(self):
        return (self.int >> 64) & 0xFFFF

    @property
    def clock_seq_hi_variant(self):
        return (self.int >> 56) & 0xFF

    @property
    def clock_seq_low(self):
        return (self.int >> 48) & 0xFF

    @property
    def time(self):
        return (((self.time_hi_version & 0x0FFF) << 48) | (self.time_mid << 32) | self.time_low)

    @property
    def clock_seq(self):
        return (((self.clock_seq_hi_variant & 0x3F) << 8) | self.clock_seq_low)

    @property
    def node(self):
        return self.int & 0xFFFFFFFFFFFF

    @property
    def hex(self):
        return "%032x" % self.int

    @property
    def urn(self):
        return "urn:uuid:" + str(self)

    @property
    def variant(self):
        if not self.int & (0x8000 << 48):
            return RESERVED_NCS
        elif not self.int & (0x4000 << 48):
            return RFC_4122
        elif not self.int & (0x2000 << 48):
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        if self.variant == RFC_4122:
            return int((self.int >> 76) & 0xF)
        return None


_generator = None


def _random_bits(n):
    """`n` random bits from the interpreter's seed source, in a stream of
    their own (seeding `random` does not make UUIDs repeat)."""
    global _generator
    if _generator is None:
        import random
        _generator = random.Random()
    return _generator.getrandbits(n)


# The host-introspection layer of CPython's uuid, answered for pyx. CPython
# asks the host for a hardware address by running commands (ifconfig, ip,
# arp, netstat, lanscan) or through the C `_uuid`; pyx code runs no process
# and sees no host, so `_get_command_stdout` has nothing to read, no getter
# is used on this platform (`_GETTERS` is empty) and `getnode()` falls back
# to a random node. The output parsers are real: they read whatever text
# `_get_command_stdout` returns (tests hand them a captured output).
_uuid = None
_generate_time_safe = None
_UuidCreate = None
_has_uuid_generate_time_safe = None

_MAC_DELIM = b':'
_MAC_OMITS_LEADING_ZEROES = False


def _load_system_functions():
    """Nothing to load: pyx has no C `_uuid` (kept because callers of
    CPython's module call it)."""


def _get_command_stdout(command, *args):
    """A command's standard output as a binary stream, or None when it
    cannot run -- always, under pyx, which starts no processes."""
    return None


def _is_universal(mac):
    # Bit 1 of the first octet (the U/L bit) is clear in a universally
    # administered address.
    return not (mac & (1 << 41))


def _find_mac_near_keyword(command, args, keywords, get_word_index):
    """The address in the word at `get_word_index(i)` after a word of
    `keywords` in the command's output: the first universal one, else the
    first locally administered one, else None."""
    stdout = _get_command_stdout(command, args)
    if stdout is None:
        return None
    first_local_mac = None
    for line in stdout:
        words = line.lower().rstrip().split()
        for i in range(len(words)):
            if words[i] in keywords:
                try:
                    word = words[get_word_index(i)]
                    mac = int(word.replace(_MAC_DELIM, b''), 16)
                except (ValueError, IndexError):
                    continue
                if _is_universal(mac):
                    return mac
                first_local_mac = first_local_mac or mac
    return first_local_mac or None


def _parse_mac(word):
    """A MAC address written as six `_MAC_DELIM`-separated hex octets, as an
    int; None for anything else (an IPv6 address of the same length, five
    or seven fields, an empty field, a non-hex digit)."""
    parts = word.split(_MAC_DELIM)
    if len(parts) != 6:
        return None
    if _MAC_OMITS_LEADING_ZEROES:
        if not all(1 <= len(part) <= 2 for part in parts):
            return None
        hexstr = b''.join(part.rjust(2, b'0') for part in parts)
    else:
        if not all(len(part) == 2 for part in parts):
            return None
        hexstr = b''.join(parts)
    try:
        return int(hexstr, 16)
    except ValueError:
        return None


def _find_mac_under_heading(command, args, heading):
    """The address in the column headed `heading` of a table the command
    prints: the first universal one, else the first local one, else None."""
    stdout = _get_command_stdout(command, args)
    if stdout is None:
        return None
    keywords = stdout.readline().rstrip().split()
    try:
        column_index = keywords.index(heading)
    except ValueError:
        return None
    first_local_mac = None
    for line in stdout:
        words = line.rstrip().split()
        try:
            word = words[column_index]
        except IndexError:
            continue
        mac = _parse_mac(word)
        if mac is None:
            continue
        if _is_universal(mac):
            return mac
        if first_local_mac is None:
            first_local_mac = mac
    return first_local_mac


def _ifconfig_getnode():
    for args in ('', '-a', '-av'):
        mac = _find_mac_near_keyword('ifconfig', args, [b'hwaddr', b'ether', b'address:', b'lladdr'],
                                     lambda i: i + 1)
        if mac:
            return mac
    return None


def _ip_getnode():
    mac = _find_mac_near_keyword('ip', 'link', [b'link/ether'], lambda i: i + 1)
    return mac or None


def _arp_getnode():
    # CPython looks its own IP address up in the arp table; pyx has no host
    # name or address to look up.
    return None


def _lanscan_getnode():
    return _find_mac_near_keyword('lanscan', '-ai', [b'lan0'], lambda i: 0)


def _netstat_getnode():
    return _find_mac_under_heading('netstat', '-ian', b'Address')


def _unix_getnode():
    raise TypeError("pyx has no uuid_generate_time")


def _windll_getnode():
    raise TypeError("pyx has no UuidCreate")


def _random_getnode():
    """A random 48-bit node with the multicast bit set (RFC 4122 4.5: how a
    node is made when no hardware address is available)."""
    return _random_bits(48) | (1 << 40)


# The host getters this platform uses, in order: none under pyx.
_GETTERS = []

_node = None


def getnode():
    global _node
    if _node is not None:
        return _node
    for getter in _GETTERS + [_random_getnode]:
        try:
            _node = getter()
        except Exception:
            continue
        if _node is not None and 0 <= _node < (1 << 48):
            return _node
    raise AssertionError('_random_getnode() returned invalid value: {}'.format(_node))


_last_timestamp = None


def uuid1(node=None, clock_seq=None):
    try:
        import time
    except ImportError:
        raise ImportError("uuid1 needs the time module, which this interpreter does not provide") from None
    global _last_timestamp
    nanoseconds = time.time_ns()
    timestamp = nanoseconds // 100 + 0x01B21DD213814000
    if _last_timestamp is not None and timestamp <= _last_timestamp:
        timestamp = _last_timestamp + 1
    _last_timestamp = timestamp
    if clock_seq is None:
        # As CPython: the clock sequence comes from the `random` module's
        # shared generator (uuid4's bits do not).
        import random
        clock_seq = random.getrandbits(14)
    time_low = timestamp & 0xFFFFFFFF
    time_mid = (timestamp >> 32) & 0xFFFF
    time_hi_version = (timestamp >> 48) & 0x0FFF
    clock_seq_low = clock_seq & 0xFF
    clock_seq_hi_variant = (clock_seq >> 8) & 0x3F
    if node is None:
        node = getnode()
    return UUID(fields=(time_low, time_mid, time_hi_version, clock_seq_hi_variant,
                        clock_seq_low, node), version=1)


def _hash(name, data):
    try:
        import hashlib
    except ImportError:
        raise ImportError("uuid3 and uuid5 need the hashlib module, which this interpreter "
                          "does not provide") from None
    return getattr(hashlib, name)(data).digest()


def uuid3(namespace, name):
    if isinstance(name, str):
        name = bytes(name, "utf-8")
    return UUID(bytes=_hash("md5", namespace.bytes + name)[:16], version=3)


def uuid4():
    return UUID(int=_random_bits(128), version=4)


def uuid5(namespace, name):
    if isinstance(name, str):
        name = bytes(name, "utf-8")
    return UUID(bytes=_hash("sha1", namespace.bytes + name)[:16], version=5)


NAMESPACE_DNS = UUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_URL = UUID("6ba7b811-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_OID = UUID("6ba7b812-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_X500 = UUID("6ba7b814-9dad-11d1-80b4-00c04fd430c8")
