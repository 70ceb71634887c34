"""Read and write gzip files (pyx; written from the ``gzip`` docs and RFC
1952, over ``zlib``).

Files are opened only through the ``open()`` the host granted (or any
file object the program has); without a grant, ``gzip.open(path)`` fails
as ``open`` does.  ``compress``/``decompress`` need nothing.  A
``GzipFile`` reads its whole compressed input on first read (pyx has no
partial-read buffering here); decompression is charged to the memory
budget as ``zlib``'s is.
"""

import builtins
import io
import struct
import zlib

__all__ = ['BadGzipFile', 'GzipFile', 'open', 'compress', 'decompress']

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16
READ, WRITE = 'rb', 'wb'
_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def _now():
    import time
    try:
        return int(time.time())
    except RuntimeError:
        # No clock granted: the header says "no time stamp".
        return 0


def _header(compresslevel, mtime, fname=b'', os=b'\377'):
    flags = FNAME if fname else 0
    if compresslevel == _COMPRESS_LEVEL_BEST:
        xfl = b'\002'
    elif compresslevel == _COMPRESS_LEVEL_FAST:
        xfl = b'\004'
    else:
        xfl = b'\000'
    h = b'\037\213\010' + bytes([flags]) + struct.pack('<L', int(mtime) & 0xffffffff) + xfl + os
    if fname:
        h += fname + b'\000'
    return h


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compress data in one shot and return the compressed string."""
    if mtime is None:
        mtime = _now()
    body = zlib.compress(data, compresslevel, -zlib.MAX_WBITS)
    data = bytes(data) if not isinstance(data, (bytes, bytearray)) else data
    # As CPython: mtime 0 takes zlib's own gzip header (OS byte: Unix).
    os = b'\003' if mtime == 0 else b'\377'
    return (_header(compresslevel, mtime, os=os) + body
            + struct.pack('<LL', zlib.crc32(data), len(data) & 0xffffffff))


def _read_header(data, pos):
    """Position after the gzip header at `pos`, or None at a clean end."""
    magic = data[pos:pos + 2]
    if magic == b'':
        return None
    if magic != b'\037\213':
        raise BadGzipFile('Not a gzipped file (%r)' % magic)
    if len(data) < pos + 10:
        raise EOFError('Compressed file ended before the end-of-stream marker was reached')
    method, flag = data[pos + 2], data[pos + 3]
    if method != 8:
        raise BadGzipFile('Unknown compression method')
    p = pos + 10
    if flag & FEXTRA:
        if len(data) < p + 2:
            raise EOFError('Compressed file ended before the end-of-stream marker was reached')
        (xlen,) = struct.unpack('<H', data[p:p + 2])
        p += 2 + xlen
    for f in (FNAME, FCOMMENT):
        if flag & f:
            end = data.find(b'\000', p)
            if end < 0:
                raise EOFError('Compressed file ended before the end-of-stream marker was reached')
            p = end + 1
    if flag & FHCRC:
        p += 2
    if p > len(data):
        raise EOFError('Compressed file ended before the end-of-stream marker was reached')
    return p


def decompress(data):
    """Decompress a gzip compressed string in one shot."""
    data = bytes(data)
    out = []
    pos = 0
    while True:
        p = _read_header(data, pos)
        if p is None:
            return b''.join(out)
        d = zlib.decompressobj(-zlib.MAX_WBITS)
        piece = d.decompress(data[p:])
        piece += d.flush()
        if not d.eof:
            raise EOFError('Compressed file ended before the end-of-stream marker was reached')
        rest = d.unused_data
        if len(rest) < 8:
            raise EOFError('Compressed file ended before the end-of-stream marker was reached')
        crc, isize = struct.unpack('<LL', rest[:8])
        if crc != zlib.crc32(piece):
            raise BadGzipFile('CRC check failed')
        if isize != (len(piece) & 0xffffffff):
            raise BadGzipFile('Incorrect length of data produced')
        out.append(piece)
        pos = len(data) - len(rest) + 8
        # Zero padding may follow the last member.
        while data[pos:pos + 1] == b'\000':
            pos += 1


class GzipFile(io.BufferedIOBase):
    """A file-like object that reads or writes a gzip stream."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST,
                 fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError('Invalid mode: {!r}'.format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        if mode.startswith('r'):
            self.mode = READ
            self._buffer = None
            self._pos = 0
            self.name = filename
        elif mode.startswith(('w', 'a', 'x')):
            if not 0 <= compresslevel <= 9 and compresslevel != -1:
                raise ValueError('Invalid compression level: {!r}'.format(compresslevel))
            self.mode = WRITE
            self.name = filename
            self._crc = 0
            self._size = 0
            self._compress = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS)
            fname = filename
            if isinstance(fname, str):
                fname = fname.encode('latin-1', 'replace')
            if fname.endswith(b'.gz'):
                fname = fname[:-3]
            fname = fname.rsplit(b'/', 1)[-1]
            fileobj.write(_header(compresslevel, _now() if mtime is None else mtime, fname))
        else:
            raise ValueError('Invalid mode: {!r}'.format(mode))
        self.fileobj = fileobj
        self.mtime = mtime

    def __repr__(self):
        return '<gzip ' + repr(self.fileobj) + ' ' + hex(id(self)) + '>'

    @property
    def closed(self):
        return self.fileobj is None

    def _check_not_closed(self):
        if self.fileobj is None:
            raise ValueError('I/O operation on closed file.')

    def _data(self):
        if self._buffer is None:
            self._buffer = decompress(self.fileobj.read())
        return self._buffer

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return self.mode == READ

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            import errno
            raise OSError(errno.EBADF, 'write() on read-only GzipFile object')
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = bytes(data)
            length = len(data)
        if length > 0:
            self.fileobj.write(self._compress.compress(data))
            self._size += length
            self._crc = zlib.crc32(data, self._crc)
        return length

    def read(self, size=-1):
        self._check_not_closed()
        if self.mode != READ:
            import errno
            raise OSError(errno.EBADF, 'read() on write-only GzipFile object')
        data = self._data()
        if size is None or size < 0:
            end = len(data)
        else:
            end = min(len(data), self._pos + size)
        out = data[self._pos:end]
        self._pos = end
        return out

    read1 = read

    def peek(self, n):
        data = self._data()
        return data[self._pos:self._pos + max(n, 1)]

    def readline(self, size=-1):
        self._check_not_closed()
        data = self._data()
        end = data.find(b'\n', self._pos)
        end = len(data) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        out = data[self._pos:end]
        self._pos = end
        return out

    def readlines(self, hint=-1):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, offset, whence=0):
        if self.mode != READ:
            raise io.UnsupportedOperation('Seek from end not supported')
        data = self._data()
        if whence == 1:
            offset += self._pos
        elif whence == 2:
            offset += len(data)
        self._pos = max(0, min(offset, len(data)))
        return self._pos

    def tell(self):
        return self._pos if self.mode == READ else self._size

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self.fileobj.write(self._compress.flush(zlib_mode))
            if hasattr(self.fileobj, 'flush'):
                self.fileobj.flush()

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                fileobj.write(self._compress.flush())
                fileobj.write(struct.pack('<LL', self._crc, self._size & 0xffffffff))
        finally:
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    def __enter__(self):
        self._check_not_closed()
        return self

    def __exit__(self, *exc):
        self.close()


def open(filename, mode='rb', compresslevel=_COMPRESS_LEVEL_BEST,
         encoding=None, errors=None, newline=None):
    """Open a gzip-compressed file in binary or text mode."""
    if 't' in mode:
        if 'b' in mode:
            raise ValueError('Invalid mode: %r' % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    gz_mode = mode.replace('t', '')
    if isinstance(filename, (str, bytes)) or hasattr(filename, '__fspath__'):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, 'read') or hasattr(filename, 'write'):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError('filename must be a str or bytes object, or a file')
    if 't' in mode:
        return io.TextIOWrapper(binary_file, encoding, errors, newline)
    return binary_file
