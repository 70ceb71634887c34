"""Secure hashes and message digests (pyx; over the RustCrypto digests in
the native ``_pyx_hash``).  ``blake2b``/``blake2s`` take ``digest_size``
but not ``key``, ``salt`` or ``person`` (a documented gap); there is no
OpenSSL, so ``algorithms_available`` equals ``algorithms_guaranteed``.
"""

import _pyx_hash

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
           'blake2b', 'blake2s', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
           'shake_128', 'shake_256', 'new', 'algorithms_guaranteed',
           'algorithms_available', 'pbkdf2_hmac', 'file_digest')

algorithms_guaranteed = set(('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
                             'blake2b', 'blake2s', 'sha3_224', 'sha3_256', 'sha3_384',
                             'sha3_512', 'shake_128', 'shake_256'))
algorithms_available = set(algorithms_guaranteed)


def new(name, data=b'', **kwargs):
    """new(name, data=b'') - Return a new hashing object using the named algorithm."""
    kwargs.pop('usedforsecurity', None)
    if kwargs:
        raise TypeError('%r is an invalid keyword argument for new()' % next(iter(kwargs)))
    _check_data(data)
    return _pyx_hash.new(name, data)


def _check_data(data):
    # The native constructor reads None as "no data"; CPython's take none.
    if data is None:
        raise TypeError('object supporting the buffer API required')


def _constructor(algo):
    def constructor(data=b'', *, usedforsecurity=True, string=None):
        if string is not None:
            if data != b'':
                raise TypeError("'data' and 'string' are mutually exclusive and support for 'string' keyword parameter is slated for removal in a future version.")
            data = string
        _check_data(data)
        return _pyx_hash.new(algo, data)
    constructor.__name__ = 'openssl_' + algo
    constructor.__qualname__ = constructor.__name__
    return constructor


md5 = _constructor('md5')
sha1 = _constructor('sha1')
sha224 = _constructor('sha224')
sha256 = _constructor('sha256')
sha384 = _constructor('sha384')
sha512 = _constructor('sha512')
sha3_224 = _constructor('sha3_224')
sha3_256 = _constructor('sha3_256')
sha3_384 = _constructor('sha3_384')
sha3_512 = _constructor('sha3_512')
shake_128 = _constructor('shake_128')
shake_256 = _constructor('shake_256')


def _blake(algo, max_size):
    def constructor(data=b'', *, digest_size=max_size, key=b'', salt=b'',
                    person=b'', fanout=1, depth=1, leaf_size=0, node_offset=0,
                    node_depth=0, inner_size=0, last_node=False, usedforsecurity=True):
        if key or salt or person:
            raise ValueError('pyx: %s key, salt and person are not supported' % algo)
        _check_data(data)
        return _pyx_hash.new(algo, data, digest_size)
    constructor.__name__ = algo
    constructor.__qualname__ = algo
    constructor.MAX_DIGEST_SIZE = max_size
    constructor.MAX_KEY_SIZE = max_size
    constructor.SALT_SIZE = max_size // 4
    constructor.PERSON_SIZE = max_size // 4
    return constructor


blake2b = _blake('blake2b', 64)
blake2s = _blake('blake2s', 32)


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as
    pseudorandom function."""
    return _pyx_hash.pbkdf2_hmac(hash_name, password, salt, iterations, dklen)


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a file-like object opened in binary mode."""
    digestobj = digest() if callable(digest) else new(digest)
    if hasattr(fileobj, "getbuffer"):
        # In-memory binary files (io.BytesIO): their whole buffer at once.
        digestobj.update(fileobj.getbuffer())
        return digestobj
    # Otherwise a file opened for reading in binary mode, as CPython asks.
    import io
    if (isinstance(fileobj, io.TextIOBase)
            or not (hasattr(fileobj, "readable") and fileobj.readable()
                    and "b" in getattr(fileobj, "mode", "b"))):
        raise ValueError("'%r' is not a file-like object in binary reading mode." % (fileobj,))
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        digestobj.update(chunk)
    return digestobj
