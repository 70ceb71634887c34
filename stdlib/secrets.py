"""Generate cryptographically strong pseudo-random numbers suitable for
managing secrets (pyx; written from the ``secrets`` docs).

The bytes come from ``_pyx_hash.random_bytes``: a generator keyed by
entropy the host granted, whose key Python code never sees.  Without such
a grant every function here raises ``RuntimeError``.
"""

import binascii as _binascii
import _pyx_hash

from hmac import compare_digest

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom',
           'token_bytes', 'token_hex', 'token_urlsafe',
           'compare_digest']

DEFAULT_ENTROPY = 32


def _randbits(k):
    if k < 0:
        raise ValueError('number of bits must be non-negative')
    if k == 0:
        return 0
    n = (k + 7) // 8
    x = int.from_bytes(_pyx_hash.random_bytes(n), 'big')
    return x >> (n * 8 - k)


def randbits(k):
    """Return a non-negative int with k random bits."""
    return _randbits(k.__index__())


def randbelow(exclusive_upper_bound):
    """Return a random int in the range [0, n)."""
    if exclusive_upper_bound <= 0:
        raise ValueError('Upper bound must be positive.')
    k = exclusive_upper_bound.bit_length()
    r = _randbits(k)
    while r >= exclusive_upper_bound:
        r = _randbits(k)
    return r


def choice(seq):
    """Return a random element from the non-empty sequence seq."""
    if not len(seq):
        raise IndexError('Cannot choose from an empty sequence')
    return seq[randbelow(len(seq))]


def token_bytes(nbytes=None):
    """Return a random byte string containing *nbytes* bytes."""
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return _pyx_hash.random_bytes(nbytes)


def token_hex(nbytes=None):
    """Return a random text string, in hexadecimal."""
    return _binascii.hexlify(token_bytes(nbytes)).decode('ascii')


def token_urlsafe(nbytes=None):
    """Return a random URL-safe text string, in Base64 encoding."""
    tok = token_bytes(nbytes)
    enc = _binascii.b2a_base64(tok, newline=False)
    return enc.replace(b'+', b'-').replace(b'/', b'_').rstrip(b'=').decode('ascii')


class SystemRandom:
    """Random numbers from the host-keyed generator (the methods secrets
    uses; ``random.SystemRandom`` in CPython)."""

    def getrandbits(self, k):
        return randbits(k)

    def randbelow(self, n):
        return randbelow(n)

    def randrange(self, start, stop=None):
        if stop is None:
            start, stop = 0, start
        return start + randbelow(stop - start)

    def randint(self, a, b):
        return self.randrange(a, b + 1)

    def choice(self, seq):
        return choice(seq)

    def random(self):
        return _randbits(53) / (1 << 53)

    def shuffle(self, x):
        for i in reversed(range(1, len(x))):
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]
