"""Outgoing TCP connections, to the endpoints the host granted.

pyx's ``socket`` is written over the host module ``_pyx_net``, which exists
only when the host grants network access (``--allow-net=HOST[:PORT],...``,
``Builder::allow_net``). A connection reaches an endpoint only when a grant
names its host *as the program wrote it* (a name or an IP literal) and its
port; anything else raises ``PermissionError`` naming the endpoint. Names
resolve on the host side: ``getaddrinfo`` hands the name back unresolved, so
a program never learns addresses it was not granted.

What is not here, on purpose: listening sockets (``bind``/``listen``/
``accept``), UDP, raw and Unix sockets, file descriptors (``fileno``,
``fromfd``, ``socketpair``) — each raises ``PermissionError`` or ``OSError``.
"""

AF_UNSPEC = 0
AF_UNIX = 1
AF_INET = 2
AF_INET6 = 10
SOCK_STREAM = 1
SOCK_DGRAM = 2
SOCK_RAW = 3
SOCK_SEQPACKET = 5
SOL_SOCKET = 1
SO_REUSEADDR = 2
SO_KEEPALIVE = 9
SOL_TCP = IPPROTO_TCP = 6
IPPROTO_UDP = 17
IPPROTO_IP = 0
TCP_NODELAY = 1
SHUT_RD = 0
SHUT_WR = 1
SHUT_RDWR = 2
AI_PASSIVE = 1
AI_CANONNAME = 2
AI_NUMERICHOST = 4
AI_NUMERICSERV = 1024
EAI_NONAME = -2
has_ipv6 = True

error = OSError
timeout = TimeoutError


class herror(OSError):
    pass


class gaierror(OSError):
    pass


_GLOBAL_DEFAULT_TIMEOUT = object()
_default_timeout = None


def getdefaulttimeout():
    return _default_timeout


def setdefaulttimeout(timeout):
    global _default_timeout
    _default_timeout = _check_timeout(timeout)


def _check_timeout(value):
    if value is None:
        return None
    if not isinstance(value, (int, float)):
        raise TypeError("'%s' object cannot be interpreted as an integer or float"
                        % type(value).__name__)
    value = float(value)
    if value != value or value < 0:
        raise ValueError('Timeout value out of range')
    return value


def _endpoint(host, port):
    if ':' in host and not host.startswith('['):
        return '[%s]:%s' % (host, port)
    return '%s:%s' % (host, port)


def _refuse_listening(what):
    raise PermissionError('pyx: %s is not available: the network grants cover '
                          'outgoing TCP connections only' % what)


def _os_error(e):
    """The host raises '[Errno N] text' messages; give them CPython's
    errno/strerror attributes."""
    msg = str(e)
    if getattr(e, 'errno', None) is None and msg.startswith('[Errno '):
        num, _, text = msg[7:].partition('] ')
        try:
            return type(e)(int(num), text)
        except ValueError:
            return e
    return e


def _net():
    try:
        import _pyx_net
    except ImportError:
        # A child interpreter may hold a narrowed grant its creator passed
        # as a capability: interpreter.new(caps={'_pyx_net':
        # _pyx_net.narrow([...])}). It carries no more than that grant.
        import builtins
        return getattr(builtins, '_pyx_net', None)
    return _pyx_net


class socket:
    """A TCP client socket. Its connection is a host object: Python code
    can call its methods but never reach the stream itself."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is not None:
            raise PermissionError('pyx: sockets from file descriptors are not available')
        if family == -1:
            family = AF_INET
        if type == -1:
            type = SOCK_STREAM
        if proto == -1:
            proto = 0
        if family not in (AF_INET, AF_INET6):
            if family == AF_UNIX:
                _refuse_listening('a Unix socket')
            raise OSError(97, 'Address family not supported by protocol')
        if type == SOCK_DGRAM:
            _refuse_listening('a UDP socket')
        if type == SOCK_RAW:
            _refuse_listening('a raw socket')
        if type != SOCK_STREAM:
            raise OSError(94, 'Socket type not supported')
        self.family = family
        self.type = type
        self.proto = proto
        self._conn = None
        self._closed = False
        self._io_refs = 0
        self._timeout = _default_timeout

    def __repr__(self):
        state = ' [closed]' if self._closed else ''
        text = '<socket.socket%s family=%d, type=%d, proto=%d' % (
            state, self.family, self.type, self.proto)
        if self._conn is not None and not self._closed:
            try:
                text += ', raddr=%r' % (self.getpeername(),)
            except OSError:
                pass
        return text + '>'

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __getstate__(self):
        raise TypeError("cannot pickle '%s' object" % type(self).__name__)

    # -- connecting -------------------------------------------------------

    def connect(self, address):
        if self._closed:
            raise OSError(9, 'Bad file descriptor')
        if self._conn is not None:
            raise OSError(106, 'Transport endpoint is already connected')
        if not isinstance(address, tuple) or len(address) < 2:
            raise TypeError('%s(): AF_INET address must be tuple, not %s'
                            % ('connect', type(address).__name__))
        host, port = address[0], address[1]
        if isinstance(host, (bytes, bytearray)):
            host = bytes(host).decode('ascii')
        if not isinstance(host, str):
            raise TypeError('str, bytes or bytearray expected, not %s' % type(host).__name__)
        if not isinstance(port, int) or isinstance(port, bool):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(port).__name__)
        if not 0 <= port <= 65535:
            raise OverflowError('connect(): port must be 0-65535.')
        net = _net()
        if net is None:
            raise PermissionError('pyx: no network grant for %s (grant it with --allow-net=%s)'
                                  % (_endpoint(host, port), _endpoint(host, port)))
        try:
            conn = net.connect(host, port, self._timeout)
        except OSError as e:
            raise _os_error(e) from None
        if isinstance(conn, tuple):
            raise gaierror(EAI_NONAME, 'Name or service not known')
        self._conn = conn

    def connect_ex(self, address):
        try:
            self.connect(address)
        except PermissionError:
            raise
        except OSError as e:
            return e.errno if e.errno is not None else 1
        return 0

    def bind(self, address):
        _refuse_listening('bind()')

    def listen(self, backlog=0):
        _refuse_listening('listen()')

    def accept(self):
        _refuse_listening('accept()')

    def sendto(self, *args):
        _refuse_listening('sendto()')

    def recvfrom(self, *args):
        _refuse_listening('recvfrom()')

    # -- data -------------------------------------------------------------

    def _connection(self):
        if self._closed:
            raise OSError(9, 'Bad file descriptor')
        if self._conn is None:
            raise OSError(107, 'Transport endpoint is not connected')
        return self._conn

    def _blocking_error(self, e):
        if self._timeout == 0.0:
            return BlockingIOError(11, 'Resource temporarily unavailable')
        return e

    def send(self, data, flags=0):
        conn = self._connection()
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        try:
            return conn.send(data)
        except TimeoutError as e:
            raise self._blocking_error(e) from None
        except OSError as e:
            raise _os_error(e) from None

    def sendall(self, data, flags=0):
        self.send(data, flags)

    def recv(self, bufsize, flags=0):
        conn = self._connection()
        if not isinstance(bufsize, int) or isinstance(bufsize, bool):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(bufsize).__name__)
        if bufsize < 0:
            raise ValueError('negative buffersize in recv')
        try:
            return conn.recv(bufsize)
        except TimeoutError as e:
            raise self._blocking_error(e) from None
        except OSError as e:
            raise _os_error(e) from None

    def recv_into(self, buffer, nbytes=0, flags=0):
        if nbytes < 0:
            raise ValueError('negative buffersize in recv_into')
        size = len(buffer)
        if nbytes == 0 or nbytes > size:
            if nbytes > size:
                raise ValueError('buffer too small for requested bytes')
            nbytes = size
        data = self.recv(nbytes)
        buffer[0:len(data)] = data
        return len(data)

    def makefile(self, mode='r', buffering=None, *, encoding=None, errors=None, newline=None):
        if not set(mode) <= {'r', 'w', 'b'}:
            raise ValueError('invalid mode %r (only r, w, b allowed)' % (mode,))
        reading = 'r' in mode
        writing = 'w' in mode
        if not reading and not writing:
            reading = True
        f = SocketFile(self, reading, writing)
        self._io_refs += 1
        if 'b' in mode:
            return f
        import io
        text = io.TextIOWrapper(f, encoding, errors, newline)
        text.mode = mode
        return text

    # -- state ------------------------------------------------------------

    def settimeout(self, value):
        self._timeout = _check_timeout(value)
        if self._conn is not None:
            self._conn.settimeout(self._timeout)

    def gettimeout(self):
        return self._timeout

    def setblocking(self, flag):
        self.settimeout(None if flag else 0.0)

    def getblocking(self):
        return self._timeout != 0.0

    @property
    def timeout(self):
        return self._timeout

    def setsockopt(self, level, optname, value, optlen=None):
        # Options that only tune an outgoing stream are accepted and
        # ignored (the host sets TCP_NODELAY itself).
        if (level, optname) in ((IPPROTO_TCP, TCP_NODELAY), (SOL_SOCKET, SO_KEEPALIVE),
                                (SOL_SOCKET, SO_REUSEADDR)):
            return None
        raise OSError(92, 'Protocol not available')

    def getsockopt(self, level, optname, buflen=None):
        if (level, optname) == (IPPROTO_TCP, TCP_NODELAY):
            return 1
        raise OSError(92, 'Protocol not available')

    def getpeername(self):
        try:
            return self._connection().peer()
        except OSError as e:
            raise _os_error(e) from None

    def getsockname(self):
        raise PermissionError('pyx: the local address of a socket is not available')

    def fileno(self):
        return -1 if self._closed or self._conn is None else 3

    def shutdown(self, how):
        conn = self._connection()
        try:
            conn.shutdown(how)
        except OSError as e:
            raise _os_error(e) from None

    def _real_close(self):
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def close(self):
        self._closed = True
        if self._io_refs <= 0:
            self._real_close()

    def detach(self):
        raise PermissionError('pyx: socket file descriptors are not available')

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()


SocketType = socket


class SocketFile:
    """What ``socket.makefile`` returns in binary mode: a buffered reader
    and writer over the socket. Closing it does not close the socket;
    closing the socket waits until its files are closed, as in CPython."""

    _CHUNK = 8192

    def __init__(self, sock, reading, writing):
        self._sock = sock
        self._reading = reading
        self._writing = writing
        self._buf = b''
        self._out = bytearray()
        self._eof = False
        self.closed = False
        self.mode = ('rb' if reading else '') + ('wb' if writing and not reading else '')
        if reading and writing:
            self.mode = 'rwb'

    def __repr__(self):
        return '<socket.SocketFile mode=%r>' % self.mode

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _check(self, reading):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        if reading and not self._reading:
            import io
            raise io.UnsupportedOperation('File not open for reading')
        if not reading and not self._writing:
            import io
            raise io.UnsupportedOperation('File not open for writing')

    def readable(self):
        if self.closed:
            raise ValueError('I/O operation on closed socket.')
        return self._reading

    def writable(self):
        if self.closed:
            raise ValueError('I/O operation on closed socket.')
        return self._writing

    def seekable(self):
        return False

    def fileno(self):
        return self._sock.fileno()

    @property
    def name(self):
        return self.fileno()

    def _fill(self):
        if self._eof:
            return False
        data = self._sock.recv(self._CHUNK)
        if not data:
            self._eof = True
            return False
        self._buf += data
        return True

    def read(self, size=-1):
        self._check(True)
        if size is None or size < 0:
            parts = [self._buf]
            self._buf = b''
            while not self._eof:
                data = self._sock.recv(65536)
                if not data:
                    self._eof = True
                    break
                parts.append(data)
            return b''.join(parts)
        if len(self._buf) >= size:
            data, self._buf = self._buf[:size], self._buf[size:]
            return data
        # Collect the pieces and join once: growing one bytes object would
        # copy it on every recv (quadratic, and two live copies at a time).
        parts = [self._buf]
        have = len(self._buf)
        self._buf = b''
        while have < size and not self._eof:
            data = self._sock.recv(min(max(size - have, self._CHUNK), 65536))
            if not data:
                self._eof = True
                break
            parts.append(data)
            have += len(data)
        if have > size:
            last = parts[-1]
            keep = len(last) - (have - size)
            parts[-1], self._buf = last[:keep], last[keep:]
        return b''.join(parts)

    def read1(self, size=-1):
        self._check(True)
        if not self._buf:
            self._fill()
        if size is None or size < 0:
            size = len(self._buf)
        data, self._buf = self._buf[:size], self._buf[size:]
        return data

    def readinto(self, b):
        data = self.read(len(b))
        b[0:len(data)] = data
        return len(data)

    def readinto1(self, b):
        data = self.read1(len(b))
        b[0:len(data)] = data
        return len(data)

    def peek(self, size=0):
        self._check(True)
        if not self._buf:
            self._fill()
        return self._buf

    def readline(self, size=-1):
        self._check(True)
        if size is None:
            size = -1
        start = 0
        while True:
            end = self._buf.find(b'\n', start)
            if end >= 0:
                end += 1
                break
            if 0 <= size <= len(self._buf):
                end = size
                break
            start = len(self._buf)
            if not self._fill():
                end = len(self._buf)
                break
        if 0 <= size < end:
            end = size
        line, self._buf = self._buf[:end], self._buf[end:]
        return line

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def write(self, b):
        self._check(False)
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        self._out += b
        if len(self._out) >= self._CHUNK:
            self.flush()
        return len(b)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        if self._out:
            data = bytes(self._out)
            self._out = bytearray()
            self._sock.sendall(data)

    def close(self):
        if self.closed:
            return
        try:
            if self._writing and not self._sock._closed:
                self.flush()
        finally:
            self.closed = True
            self._sock._decref_socketios()


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None):
    """Connect to (host, port), a granted endpoint, and return the socket."""
    if source_address is not None:
        _refuse_listening('binding a source address')
    host, port = address
    sock = socket(AF_INET6 if ':' in str(host) else AF_INET, SOCK_STREAM)
    if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
        sock.settimeout(timeout)
    try:
        sock.connect((host, port))
    except BaseException:
        sock.close()
        raise
    return sock


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """One entry per request, with the host as written: names resolve on
    the host side when the program connects, under its grants."""
    if host is None:
        raise gaierror(EAI_NONAME, 'Name or service not known')
    if isinstance(host, bytes):
        host = host.decode('ascii')
    if isinstance(port, str):
        if not port.isdigit():
            raise gaierror(-8, 'Servname not supported for ai_socktype')
        port = int(port)
    if port is None:
        port = 0
    if type not in (0, SOCK_STREAM):
        _refuse_listening('a UDP or raw socket')
    if ':' in host:
        return [(AF_INET6, SOCK_STREAM, IPPROTO_TCP, '', (host, port, 0, 0))]
    return [(AF_INET, SOCK_STREAM, IPPROTO_TCP, '', (host, port))]


def gethostbyname(hostname):
    raise PermissionError('pyx: name resolution is the host\'s; connect to %r by name instead'
                          % (hostname,))


def gethostname():
    return 'localhost'


def socketpair(*args):
    raise PermissionError('pyx: socketpair() is not available')


def fromfd(*args):
    raise PermissionError('pyx: sockets from file descriptors are not available')
