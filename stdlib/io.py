"""In-memory text and binary streams (pyx), and the buffered and text
layers that wrap any stream (`BufferedWriter`, `BufferedReader`,
`TextIOWrapper`).  There is no file I/O here: files are reached only
through capabilities the host grants."""

__all__ = ['StringIO', 'BytesIO', 'IOBase', 'TextIOBase', 'BufferedIOBase',
           'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END',
           'RawIOBase', 'BufferedWriter', 'BufferedReader', 'BufferedRandom',
           'TextIOWrapper', 'DEFAULT_BUFFER_SIZE']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    _closed_msg = 'I/O operation on closed file.'

    def _check_closed(self):
        if self.closed:
            raise ValueError(self._closed_msg)

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def isatty(self):
        self._check_closed()
        return False

    def flush(self):
        self._check_closed()

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)


class TextIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class RawIOBase(IOBase):
    pass


# Writes at the end of a StringIO/BytesIO kept as separate pieces before
# they are joined into one (`_MemIO.write`).
_FOLD = 256


class _MemIO(IOBase):
    _empty = ''

    def __init__(self, initial):
        self._buf = initial
        self._pos = 0
        self.closed = False

    # The contents are `_joined` followed by `_pieces`: a write at the end
    # (the usual case: a log stream, a report built line by line) appends
    # a piece instead of copying the whole buffer, which made n writes
    # cost O(n^2). Anything else reads `_buf`, which joins the pieces once.
    @property
    def _buf(self):
        if self._pieces:
            self._pieces.insert(0, self._joined)
            self._joined = self._empty.join(self._pieces)
            self._pieces = []
            self._small = 0
        return self._joined

    @_buf.setter
    def _buf(self, value):
        self._joined = value
        self._pieces = []
        self._small = 0
        self._size = len(value)

    def getvalue(self):
        self._check_closed()
        return self._buf

    def tell(self):
        self._check_closed()
        return self._pos

    def read(self, size=-1):
        self._check_closed()
        if size is None or size < 0:
            end = len(self._buf)
        else:
            end = min(self._pos + size, len(self._buf))
        if self._pos >= end:
            return self._empty
        r = self._buf[self._pos:end]
        self._pos = end
        return r

    def readline(self, size=-1):
        self._check_closed()
        nl = '\n' if isinstance(self._buf, str) else b'\n'
        i = self._buf.find(nl, self._pos)
        end = len(self._buf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        if self._pos >= end:
            return self._empty
        r = self._buf[self._pos:end]
        self._pos = end
        return r

    def write(self, s):
        self._check_closed()
        self._typecheck(s)
        n = len(s)
        if not n:
            return 0
        pos = self._pos
        if pos == self._size:
            pieces = self._pieces
            pieces.append(s)
            self._size += n
            self._pos = pos + n
            # A string object costs far more than a few characters: every
            # _FOLD writes at the end become one piece (each character is
            # copied once more), so a buffer of a million short writes
            # holds thousands of strings instead of a million.
            small = self._small + 1
            if small >= _FOLD:
                tail = self._empty.join(pieces[-small:])
                del pieces[-small:]
                pieces.append(tail)
                small = 0
            self._small = small
            return n
        buf = self._buf
        if pos > len(buf):
            buf = buf + self._pad * (pos - len(buf))
        self._buf = buf[:pos] + s + buf[pos + n:]
        self._pos = pos + n
        return n

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError('Negative size value %d' % size)
        self._buf = self._buf[:size]
        return size

    def close(self):
        self.closed = True


class StringIO(_MemIO, TextIOBase):
    _closed_msg = 'I/O operation on closed file'
    _empty = ''
    _pad = '\0'

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s'
                            % type(initial_value).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %r' % (newline,))
        self._newline = newline
        _MemIO.__init__(self, self._translate(initial_value))

    def _translate(self, s):
        if self._newline is None:
            return s.replace('\r\n', '\n').replace('\r', '\n')
        if self._newline in ('\r', '\r\n'):
            return s.replace('\n', self._newline)
        return s

    def write(self, s):
        if (type(s) is str and self._newline == '\n' and not self.closed
                and self._pos == self._size):
            # The usual write (a log line, a report built line by line):
            # _MemIO.write's append at the end, with nothing to translate
            # or check, without its calls.
            n = len(s)
            if n:
                pieces = self._pieces
                pieces.append(s)
                self._size += n
                self._pos += n
                small = self._small + 1
                if small >= _FOLD:
                    tail = ''.join(pieces[-small:])
                    del pieces[-small:]
                    pieces.append(tail)
                    small = 0
                self._small = small
            return n
        return _MemIO.write(self, self._translate(s)) and len(s)

    def _typecheck(self, s):
        if not isinstance(s, str):
            raise TypeError('string argument expected, got %r'
                            % type(s).__name__)

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError('Negative seek position %d' % pos)
            self._pos = pos
        elif whence in (1, 2):
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
            if whence == 2:
                self._pos = len(self._buf)
        else:
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    def __repr__(self):
        return '<_io.StringIO object>'


class BytesIO(_MemIO, BufferedIOBase):
    _empty = b''
    _pad = b'\0'

    def __init__(self, initial_bytes=b''):
        _MemIO.__init__(self, bytes(initial_bytes))

    def _typecheck(self, s):
        if not isinstance(s, (bytes, bytearray, memoryview)):
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(s).__name__)

    def write(self, s):
        self._typecheck(s)
        return _MemIO.write(self, bytes(s))

    def getbuffer(self):
        return memoryview(bytearray(self._buf))

    def readinto(self, b):
        m = memoryview(b)
        if m.readonly:
            raise TypeError("readinto() argument must be read-write bytes-like object, not %s"
                            % type(b).__name__)
        if m.format != 'B' or m.ndim != 1:
            m = m.cast('B')
        data = self.read(len(m))
        m[:len(data)] = data
        return len(data)

    def read1(self, size=-1):
        return self.read(size)

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value %d' % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos


DEFAULT_BUFFER_SIZE = 8192


class _BufferedWrapper(BufferedIOBase):
    """A buffered stream over a raw one: writes are held until flush(),
    close() or `buffer_size` bytes, as CPython's are."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if buffer_size <= 0:
            raise ValueError('buffer size must be strictly positive')
        self.raw = raw
        self.buffer_size = buffer_size
        self._held = bytearray()

    @property
    def closed(self):
        return self.raw.closed

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    def close(self):
        if not self.raw.closed:
            try:
                self.flush()
            finally:
                self.raw.close()

    def detach(self):
        raw = self.raw
        self.raw = None
        return raw

    def flush(self):
        self._check_closed()
        if self._held:
            data = bytes(self._held)
            del self._held[:]
            self.raw.write(data)
        flush = getattr(self.raw, 'flush', None)
        if flush is not None:
            flush()

    def seekable(self):
        return self.raw.seekable()

    def seek(self, pos, whence=0):
        self.flush()
        return self.raw.seek(pos, whence)

    def tell(self):
        return self.raw.tell() + len(self._held)

    def fileno(self):
        return self.raw.fileno()

    def isatty(self):
        return self.raw.isatty()

    def __repr__(self):
        try:
            name = self.name
        except (AttributeError, ValueError):
            return '<_io.%s>' % type(self).__name__
        return '<_io.%s name=%r>' % (type(self).__name__, name)


class BufferedWriter(_BufferedWrapper):
    def readable(self):
        return False

    def writable(self):
        return self.raw.writable()

    def write(self, b):
        self._check_closed()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(b)
        self._held += data
        if len(self._held) > self.buffer_size:
            self.flush()
        return len(data)

    def read(self, size=-1):
        raise UnsupportedOperation('read')


class BufferedReader(_BufferedWrapper):
    def readable(self):
        return self.raw.readable()

    def writable(self):
        return False

    def read(self, size=-1):
        self._check_closed()
        if self._held:
            self.flush()
        return self.raw.read(size)

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._check_closed()
        return self.raw.readline(size)

    def peek(self, size=0):
        pos = self.raw.tell()
        data = self.raw.read(max(size, 1))
        self.raw.seek(pos)
        return data

    def write(self, b):
        raise UnsupportedOperation('write')


class BufferedRandom(BufferedWriter, BufferedReader):
    def readable(self):
        return self.raw.readable()

    def writable(self):
        return self.raw.writable()

    def read(self, size=-1):
        return BufferedReader.read(self, size)


_NEWLINES = (None, '', '\n', '\r', '\r\n')


class TextIOWrapper(TextIOBase):
    """A text stream over a binary buffer: str in, encoded bytes out, with
    the newline translation of `newline` (None: universal newlines)."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError('illegal newline type: %r' % (type(newline),))
        if newline not in _NEWLINES:
            raise ValueError('illegal newline value: %s' % (newline,))
        if encoding is None or encoding == 'locale':
            encoding = 'utf-8'
        elif not isinstance(encoding, str):
            raise TypeError('TextIOWrapper() argument \'encoding\' must be str or None, not %s'
                            % type(encoding).__name__)
        if errors is None:
            errors = 'strict'
        ''.encode(encoding, errors)    # unknown encodings fail here, as in CPython
        self._buffer = buffer
        self._encoding = encoding
        self._errors = errors
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._set_newline(newline)
        self._pending = ''      # decoded text read from the buffer, not yet returned
        self._detached = False

    def _set_newline(self, newline):
        self._newline = newline
        self._readuniversal = not newline
        self._readtranslate = newline is None
        self._writetranslate = newline != ''
        self._writenl = newline or '\n'

    @property
    def buffer(self):
        return self._buffer

    def _check_closed(self):
        if self._detached:
            raise ValueError('underlying buffer has been detached')
        TextIOBase._check_closed(self)

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def newlines(self):
        return None

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def name(self):
        return self.buffer.name

    @property
    def mode(self):
        return self.buffer.mode

    def __repr__(self):
        result = '<_io.TextIOWrapper'
        try:
            name = self.name
        except (AttributeError, ValueError):
            pass
        else:
            result += ' name=%r' % (name,)
        try:
            mode = self.mode
        except (AttributeError, ValueError):
            pass
        else:
            result += ' mode=%r' % (mode,)
        return result + ' encoding=%r>' % (self._encoding,)

    def fileno(self):
        return self.buffer.fileno()

    def isatty(self):
        return self.buffer.isatty()

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def flush(self):
        self.buffer.flush()

    def close(self):
        if not self.closed:
            try:
                self.flush()
            finally:
                self.buffer.close()

    def detach(self):
        self.flush()
        buffer = self._buffer
        self._buffer = None
        self._detached = True
        return buffer

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis,
                    line_buffering=None, write_through=None):
        if encoding is not None:
            if errors is None:
                errors = 'strict'
            ''.encode(encoding, errors)
            self._encoding = encoding
        if errors is not None:
            self._errors = errors
        if newline is not Ellipsis:
            if newline not in _NEWLINES:
                raise ValueError('illegal newline value: %s' % (newline,))
            self._set_newline(newline)
        if line_buffering is not None:
            self._line_buffering = bool(line_buffering)
        if write_through is not None:
            self._write_through = bool(write_through)
        self.flush()

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not %s' % type(s).__name__)
        length = len(s)
        text = s
        if self._writetranslate and self._writenl != '\n':
            text = text.replace('\n', self._writenl)
        self.buffer.write(text.encode(self._encoding, self._errors))
        if self._line_buffering and ('\n' in s or '\r' in s):
            self.flush()
        return length

    def _translate(self, text):
        if self._readtranslate:
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        return text

    def _fill(self):
        data = self.buffer.read()
        if data:
            self._pending += self._translate(data.decode(self._encoding, self._errors))

    def read(self, size=-1):
        self._check_closed()
        if size is None:
            size = -1
        self._fill()
        if size < 0:
            result, self._pending = self._pending, ''
        else:
            result, self._pending = self._pending[:size], self._pending[size:]
        return result

    def _line_end(self, text):
        """Index just past the first line end of `text`, or -1."""
        if self._readtranslate or self._newline == '\n':
            i = text.find('\n')
            return -1 if i < 0 else i + 1
        if self._newline:
            i = text.find(self._newline)
            return -1 if i < 0 else i + len(self._newline)
        # newline='': any of \r\n, \r, \n ends a line, untranslated.
        for i, ch in enumerate(text):
            if ch == '\n':
                return i + 1
            if ch == '\r':
                return i + 2 if text[i + 1:i + 2] == '\n' else i + 1
        return -1

    def readline(self, size=-1):
        self._check_closed()
        if size is None:
            size = -1
        self._fill()
        end = self._line_end(self._pending)
        if end < 0:
            end = len(self._pending)
        if 0 <= size < end:
            end = size
        line, self._pending = self._pending[:end], self._pending[end:]
        return line

    def seek(self, cookie, whence=0):
        self._check_closed()
        if whence == SEEK_CUR:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            return self.tell()
        if whence == SEEK_END:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            self._pending = ''
            return self.buffer.seek(0, SEEK_END)
        if whence != SEEK_SET:
            raise ValueError('invalid whence (%r, should be 0, 1 or 2)' % (whence,))
        if cookie < 0:
            raise ValueError('negative seek position %r' % (cookie,))
        self.flush()
        self._pending = ''
        return self.buffer.seek(cookie)

    def tell(self):
        self._check_closed()
        self.flush()
        pos = self.buffer.tell()
        if self._pending:
            pos -= len(self._pending.encode(self._encoding, self._errors))
        return pos

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self.buffer.truncate(pos)
