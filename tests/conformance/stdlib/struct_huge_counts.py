# struct: a repeat count beyond any size is "total struct size too long",
# and calcsize of a huge pad count is computed, not built (pyx once ran
# out of memory on CPython's test_count_overflow).
import struct
import sys

for fmt in ['{}b'.format(sys.maxsize + 1), '{}b{}H'.format(sys.maxsize // 2, sys.maxsize // 2),
            '{}x'.format(sys.maxsize), '{}s'.format(sys.maxsize), '@b3xhi', '=5s2p', 'b0xd', '0x']:
    try:
        print(repr(fmt[:12]), struct.calcsize(fmt))
    except struct.error as e:
        print(repr(fmt[:12]), 'error', e)
print(struct.pack('b3xh', 1, 2), struct.unpack('b3xh', struct.pack('b3xh', 1, 2)), struct.pack('0xb', 5))
print(struct.unpack('<2x2b', b'\x00\x00\x07\x08'), struct.Struct('4x').size, struct.pack('4x'))
