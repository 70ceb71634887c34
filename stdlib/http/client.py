"""HTTP/1.1 client over pyx's ``socket``: it reaches only the endpoints the
host granted (``--allow-net``). The API is CPython 3.11's ``http.client``:
``HTTPConnection`` (``request``/``getresponse``, or ``putrequest``/
``putheader``/``endheaders``), ``HTTPResponse`` (``status``, ``reason``,
``headers``, ``getheader(s)``, ``read``/``readline``, Content-Length and
chunked bodies) and ``HTTPSConnection`` over pyx's ``ssl`` (certificates and
host names verified by default)."""

import socket
from http import HTTPStatus

__all__ = ['HTTPResponse', 'HTTPConnection', 'HTTPMessage', 'HTTPException', 'NotConnected',
           'UnknownProtocol', 'UnknownTransferEncoding', 'UnimplementedFileMode',
           'IncompleteRead', 'InvalidURL', 'ImproperConnectionState', 'CannotSendRequest',
           'CannotSendHeader', 'ResponseNotReady', 'BadStatusLine', 'LineTooLong',
           'RemoteDisconnected', 'error', 'responses', 'HTTP_PORT', 'HTTPS_PORT',
           'HTTPSConnection']

HTTP_PORT = 80
HTTPS_PORT = 443

_UNKNOWN = 'UNKNOWN'
_CS_IDLE = 'Idle'
_CS_REQ_STARTED = 'Request-started'
_CS_REQ_SENT = 'Request-sent'

_MAXLINE = 65536
_MAXHEADERS = 100

responses = {v.value: v.phrase for v in HTTPStatus}
globals().update(HTTPStatus.__members__)

_METHODS_EXPECTING_BODY = {'PATCH', 'POST', 'PUT'}


class HTTPException(Exception):
    pass


class NotConnected(HTTPException):
    pass


class InvalidURL(HTTPException):
    pass


class UnknownProtocol(HTTPException):
    def __init__(self, version):
        self.args = version,
        self.version = version


class UnknownTransferEncoding(HTTPException):
    pass


class UnimplementedFileMode(HTTPException):
    pass


class IncompleteRead(HTTPException):
    def __init__(self, partial, expected=None):
        self.args = partial,
        self.partial = partial
        self.expected = expected

    def __repr__(self):
        if self.expected is not None:
            e = ', %i more expected' % self.expected
        else:
            e = ''
        return '%s(%i bytes read%s)' % (self.__class__.__name__, len(self.partial), e)

    __str__ = object.__str__


class ImproperConnectionState(HTTPException):
    pass


class CannotSendRequest(ImproperConnectionState):
    pass


class CannotSendHeader(ImproperConnectionState):
    pass


class ResponseNotReady(ImproperConnectionState):
    pass


class BadStatusLine(HTTPException):
    def __init__(self, line):
        if not line:
            line = repr(line)
        self.args = line,
        self.line = line


class LineTooLong(HTTPException):
    def __init__(self, line_type):
        HTTPException.__init__(self, 'got more than %d bytes when reading %s'
                               % (_MAXLINE, line_type))


class RemoteDisconnected(ConnectionResetError, BadStatusLine):
    def __init__(self, *pos, **kw):
        BadStatusLine.__init__(self, '')
        ConnectionResetError.__init__(self, *pos, **kw)


error = HTTPException


class HTTPMessage:
    """Response headers: a case-insensitive multi-map that keeps the order
    and spelling the server sent (CPython's is an ``email.message.Message``;
    this one has the methods HTTP code uses)."""

    def __init__(self):
        self._headers = []

    def _add(self, name, value):
        self._headers.append((name, value))

    def __len__(self):
        return len(self._headers)

    def __contains__(self, name):
        name = name.lower()
        return any(k.lower() == name for k, v in self._headers)

    def __iter__(self):
        for k, v in self._headers:
            yield k

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, value):
        self._headers.append((name, value))

    def __delitem__(self, name):
        name = name.lower()
        self._headers = [(k, v) for k, v in self._headers if k.lower() != name]

    def get(self, name, failobj=None):
        name = name.lower()
        for k, v in self._headers:
            if k.lower() == name:
                return v
        return failobj

    def get_all(self, name, failobj=None):
        name = name.lower()
        values = [v for k, v in self._headers if k.lower() == name]
        return values or failobj

    getallmatchingheaders = get_all

    def keys(self):
        return [k for k, v in self._headers]

    def values(self):
        return [v for k, v in self._headers]

    def items(self):
        return list(self._headers)

    def get_content_type(self):
        value = self.get('content-type', '')
        ctype = value.split(';', 1)[0].strip().lower()
        if ctype.count('/') != 1:
            return 'text/plain'
        return ctype

    def get_content_charset(self, failobj=None):
        value = self.get('content-type', '')
        for part in value.split(';')[1:]:
            key, _, val = part.partition('=')
            if key.strip().lower() == 'charset':
                return val.strip().strip('"').lower()
        return failobj

    def as_string(self):
        return ''.join('%s: %s\n' % (k, v) for k, v in self._headers) + '\n'

    def __str__(self):
        return self.as_string()


def _read_line(fp, what):
    line = fp.readline(_MAXLINE + 1)
    if len(line) > _MAXLINE:
        raise LineTooLong(what)
    return line


def parse_headers(fp, _class=HTTPMessage):
    """Read header lines up to the blank line into an HTTPMessage."""
    msg = _class()
    last = None
    count = 0
    while True:
        line = _read_line(fp, 'header line')
        if line in (b'\r\n', b'\n', b''):
            break
        count += 1
        if count > _MAXHEADERS:
            raise HTTPException('got more than %d headers' % _MAXHEADERS)
        text = line.decode('iso-8859-1').rstrip('\r\n')
        if text[:1] in (' ', '\t') and last is not None:
            name, value = msg._headers[-1]
            msg._headers[-1] = (name, value + ' ' + text.strip())
            continue
        name, sep, value = text.partition(':')
        if not sep:
            continue
        last = name
        msg._add(name, value.strip())
    return msg


class HTTPResponse:
    """The response to one request: status line and headers are read by
    ``begin()``; the body is read on demand, bounded by Content-Length or
    the chunked framing."""

    def __init__(self, sock, debuglevel=0, method=None, url=None):
        self.fp = sock.makefile('rb')
        self.debuglevel = debuglevel
        self._method = method
        self.headers = self.msg = None
        self.version = _UNKNOWN
        self.status = _UNKNOWN
        self.reason = _UNKNOWN
        self.chunked = _UNKNOWN
        self.chunk_left = _UNKNOWN
        self.length = _UNKNOWN
        self.will_close = _UNKNOWN
        self.closed = False

    def _read_status(self):
        line = _read_line(self.fp, 'status line').decode('iso-8859-1')
        if not line:
            raise RemoteDisconnected('Remote end closed connection without response')
        try:
            version, status, reason = line.split(None, 2)
        except ValueError:
            try:
                version, status = line.split(None, 1)
                reason = ''
            except ValueError:
                version = ''
        if not version.startswith('HTTP/'):
            self._close_conn()
            raise BadStatusLine(line)
        try:
            status = int(status)
            if status < 100 or status > 999:
                raise BadStatusLine(line)
        except ValueError:
            raise BadStatusLine(line) from None
        return version, status, reason

    def begin(self):
        if self.headers is not None:
            return
        while True:
            version, status, reason = self._read_status()
            if status != 100:
                break
            parse_headers(self.fp)
        self.code = self.status = status
        self.reason = reason.strip()
        if version in ('HTTP/1.0', 'HTTP/0.9'):
            self.version = 10
        elif version.startswith('HTTP/1.'):
            self.version = 11
        else:
            raise UnknownProtocol(version)
        self.headers = self.msg = parse_headers(self.fp)
        te = self.headers.get('transfer-encoding')
        if te and te.lower() == 'chunked':
            self.chunked = True
            self.chunk_left = None
        else:
            self.chunked = False
        self.will_close = self._check_close()
        self.length = None
        length = self.headers.get('content-length')
        if length and not self.chunked:
            try:
                self.length = int(length)
            except ValueError:
                self.length = None
            else:
                if self.length < 0:
                    self.length = None
        if (status == NO_CONTENT or status == NOT_MODIFIED or 100 <= status < 200
                or self._method == 'HEAD'):
            self.length = 0
        if not self.will_close and not self.chunked and self.length is None:
            self.will_close = True

    def _check_close(self):
        conn = self.headers.get('connection')
        if self.version == 11:
            return bool(conn and 'close' in conn.lower())
        if self.headers.get('keep-alive'):
            return False
        if conn and 'keep-alive' in conn.lower():
            return False
        return True

    def _close_conn(self):
        fp = self.fp
        self.fp = None
        if fp is not None:
            fp.close()

    def close(self):
        self.closed = True
        self._close_conn()

    def isclosed(self):
        return self.fp is None

    def flush(self):
        pass

    def readable(self):
        return True

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

    def read(self, amt=None):
        if self.fp is None:
            return b''
        if self._method == 'HEAD':
            self._close_conn()
            return b''
        if self.chunked:
            return self._read_chunked(amt)
        if amt is not None and amt >= 0:
            if self.length is not None and amt > self.length:
                amt = self.length
            data = self.fp.read(amt)
            if not data and amt:
                self._close_conn()
            elif self.length is not None:
                self.length -= len(data)
                if not self.length:
                    self._close_conn()
            return data
        if self.length is None:
            data = self.fp.read()
        else:
            data = self._safe_read(self.length)
            self.length = 0
        self._close_conn()
        return data

    def read1(self, n=-1):
        if n is None or n < 0:
            n = 8192
        return self.read(n)

    def peek(self, n=-1):
        return b''

    def readinto(self, b):
        data = self.read(len(b))
        b[0:len(data)] = data
        return len(data)

    def readline(self, limit=-1):
        if self.fp is None or self._method == 'HEAD':
            return b''
        if self.chunked:
            # Read chunk data up to the newline through the chunk framing.
            out = b''
            while limit < 0 or len(out) < limit:
                c = self._read_chunked(1)
                if not c:
                    break
                out += c
                if c == b'\n':
                    break
            return out
        if self.length is not None:
            if limit < 0 or limit > self.length:
                limit = self.length
        line = self.fp.readline(limit)
        if not line and limit:
            self._close_conn()
        elif self.length is not None:
            self.length -= len(line)
            if not self.length:
                self._close_conn()
        return line

    def readlines(self, hint=-1):
        return list(self)

    def _safe_read(self, amt):
        data = self.fp.read(amt)
        if len(data) < amt:
            raise IncompleteRead(data, amt - len(data))
        return data

    def _read_next_chunk_size(self):
        line = _read_line(self.fp, 'chunk size')
        i = line.find(b';')
        if i >= 0:
            line = line[:i]
        try:
            return int(line, 16)
        except ValueError:
            self._close_conn()
            raise IncompleteRead(b'') from None

    def _read_and_discard_trailer(self):
        while True:
            line = _read_line(self.fp, 'trailer line')
            if line in (b'\r\n', b'\n', b''):
                break

    def _get_chunk_left(self):
        chunk_left = self.chunk_left
        if not chunk_left:
            if chunk_left is not None:
                self._safe_read(2)
            chunk_left = self._read_next_chunk_size()
            if chunk_left == 0:
                self._read_and_discard_trailer()
                self._close_conn()
                chunk_left = None
            self.chunk_left = chunk_left
        return chunk_left

    def _read_chunked(self, amt=None):
        parts = []
        try:
            while True:
                if self.fp is None:
                    break
                chunk_left = self._get_chunk_left()
                if chunk_left is None:
                    break
                if amt is not None and amt >= 0 and amt <= chunk_left:
                    parts.append(self._safe_read(amt))
                    self.chunk_left = chunk_left - amt
                    break
                parts.append(self._safe_read(chunk_left))
                if amt is not None and amt >= 0:
                    amt -= chunk_left
                self.chunk_left = 0
            return b''.join(parts)
        except IncompleteRead as exc:
            raise IncompleteRead(b''.join(parts) + exc.partial) from None

    def getheader(self, name, default=None):
        if self.headers is None:
            raise ResponseNotReady()
        headers = self.headers.get_all(name) or default
        if isinstance(headers, str) or not hasattr(headers, '__iter__'):
            return headers
        return ', '.join(headers)

    def getheaders(self):
        if self.headers is None:
            raise ResponseNotReady()
        return list(self.headers.items())

    def fileno(self):
        return self.fp.fileno()

    def info(self):
        return self.headers

    def geturl(self):
        return self.url

    def getcode(self):
        return self.status


def _encode(data, name='data'):
    try:
        return data.encode('latin-1')
    except UnicodeEncodeError as err:
        raise UnicodeEncodeError(
            err.encoding, err.object, err.start, err.end,
            "%s (%.20r) is not valid Latin-1. Use %s.encode('utf-8') "
            "if you want to send it encoded in UTF-8." %
            (name.title(), data[err.start:err.end], name)) from None


def _has_control(text):
    return any(ord(c) < 0x21 or ord(c) == 0x7f for c in text)


class HTTPConnection:
    """One HTTP/1.1 connection to a granted host and port."""

    _http_vsn = 11
    _http_vsn_str = 'HTTP/1.1'
    response_class = HTTPResponse
    default_port = HTTP_PORT
    auto_open = 1
    debuglevel = 0

    def __init__(self, host, port=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT,
                 source_address=None, blocksize=8192):
        self.timeout = timeout
        self.source_address = source_address
        self.blocksize = blocksize
        self.sock = None
        self._buffer = []
        self.__response = None
        self.__state = _CS_IDLE
        self._method = None
        self._tunnel_host = None
        (self.host, self.port) = self._get_hostport(host, port)

    def _get_hostport(self, host, port):
        if port is None:
            i = host.rfind(':')
            j = host.rfind(']')
            if i > j:
                try:
                    port = int(host[i + 1:])
                except ValueError:
                    if host[i + 1:] == '':
                        port = self.default_port
                    else:
                        raise InvalidURL("nonnumeric port: '%s'" % host[i + 1:]) from None
                host = host[:i]
            else:
                port = self.default_port
        if host and host[0] == '[' and host[-1] == ']':
            host = host[1:-1]
        return (host, port)

    def set_debuglevel(self, level):
        self.debuglevel = level

    def set_tunnel(self, host, port=None, headers=None):
        raise PermissionError('pyx: HTTP proxies and tunnels are not available; '
                              'connect to a granted host directly')

    def connect(self):
        """Connect to the host and port given at construction."""
        self.sock = socket.create_connection((self.host, self.port), self.timeout,
                                             self.source_address)

    def close(self):
        self.__state = _CS_IDLE
        try:
            sock = self.sock
            if sock:
                self.sock = None
                sock.close()
        finally:
            response = self.__response
            if response:
                self.__response = None
                response.close()

    def send(self, data):
        """Send bytes, a str (Latin-1), a file-like object or an iterable
        of bytes."""
        if self.sock is None:
            if self.auto_open:
                self.connect()
            else:
                raise NotConnected()
        if hasattr(data, 'read'):
            while True:
                block = data.read(self.blocksize)
                if not block:
                    break
                if isinstance(block, str):
                    block = block.encode('iso-8859-1')
                self.sock.sendall(block)
            return
        if isinstance(data, (bytes, bytearray)):
            self.sock.sendall(data)
            return
        if isinstance(data, str):
            self.sock.sendall(data.encode('iso-8859-1'))
            return
        try:
            it = iter(data)
        except TypeError:
            raise TypeError('data should be a bytes-like object or an iterable, got %r'
                            % type(data)) from None
        for d in it:
            self.sock.sendall(d)

    def _output(self, s):
        self._buffer.append(s)

    def _send_output(self, message_body=None, encode_chunked=False):
        self._buffer.extend((b'', b''))
        msg = b'\r\n'.join(self._buffer)
        del self._buffer[:]
        self.send(msg)
        if message_body is None:
            return
        if hasattr(message_body, 'read'):
            chunks = iter(lambda: message_body.read(self.blocksize), b'')
        elif isinstance(message_body, (bytes, bytearray)):
            chunks = (message_body,)
        elif isinstance(message_body, str):
            chunks = (message_body.encode('iso-8859-1'),)
        else:
            chunks = iter(message_body)
        for chunk in chunks:
            if isinstance(chunk, str):
                chunk = chunk.encode('iso-8859-1')
            if not chunk:
                continue
            if encode_chunked and self._http_vsn == 11:
                chunk = f'{len(chunk):X}\r\n'.encode('ascii') + chunk + b'\r\n'
            self.send(chunk)
        if encode_chunked and self._http_vsn == 11:
            self.send(b'0\r\n\r\n')

    def putrequest(self, method, url, skip_host=False, skip_accept_encoding=False):
        if self.__response and self.__response.isclosed():
            self.__response = None
        if self.__state == _CS_IDLE:
            self.__state = _CS_REQ_STARTED
        else:
            raise CannotSendRequest(self.__state)
        if _has_control(method) or not method:
            raise ValueError(f"method can't contain control characters. {method!r}")
        self._method = method
        url = url or '/'
        for c in url:
            if ord(c) <= 0x20 or ord(c) == 0x7f:
                raise InvalidURL(f"URL can't contain control characters. {url!r} "
                                 f"(found at least {c!r})")
        request = '%s %s %s' % (method, url, self._http_vsn_str)
        self._output(_encode(request, 'request'))
        if self._http_vsn == 11:
            if not skip_host:
                netloc = ''
                if url.startswith('http'):
                    from urllib.parse import urlsplit
                    nil, netloc, nil, nil, nil = urlsplit(url)
                if netloc:
                    try:
                        netloc_enc = netloc.encode('ascii')
                    except UnicodeEncodeError:
                        netloc_enc = netloc.encode('idna')
                    self.putheader('Host', netloc_enc)
                else:
                    host = self.host
                    port = self.port
                    try:
                        host_enc = host.encode('ascii')
                    except UnicodeEncodeError:
                        host_enc = host.encode('idna')
                    if ':' in host:
                        host_enc = b'[' + host_enc + b']'
                    if port == self.default_port:
                        self.putheader('Host', host_enc)
                    else:
                        self.putheader('Host', '%s:%s' % (host_enc.decode('ascii'), port))
            if not skip_accept_encoding:
                self.putheader('Accept-Encoding', 'identity')

    def putheader(self, header, *values):
        if self.__state != _CS_REQ_STARTED:
            raise CannotSendHeader()
        if hasattr(header, 'encode'):
            header = header.encode('ascii')
        if not header or any(c in b':\r\n \t' for c in header):
            raise ValueError('Invalid header name %r' % (header,))
        values = list(values)
        for i, one_value in enumerate(values):
            if hasattr(one_value, 'encode'):
                values[i] = one_value.encode('latin-1')
            elif isinstance(one_value, int):
                values[i] = str(one_value).encode('ascii')
            if b'\r' in values[i] or b'\n' in values[i] or b'\0' in values[i]:
                raise ValueError('Invalid header value %r' % (values[i],))
        value = b'\r\n\t'.join(values)
        header = header + b': ' + value
        self._output(header)

    def endheaders(self, message_body=None, *, encode_chunked=False):
        if self.__state == _CS_REQ_STARTED:
            self.__state = _CS_REQ_SENT
        else:
            raise CannotSendHeader()
        self._send_output(message_body, encode_chunked=encode_chunked)

    def request(self, method, url, body=None, headers={}, *, encode_chunked=False):
        """Send a complete request: method, URL, headers and body."""
        header_names = frozenset(k.lower() for k in headers)
        skips = {}
        if 'host' in header_names:
            skips['skip_host'] = 1
        if 'accept-encoding' in header_names:
            skips['skip_accept_encoding'] = 1
        self.putrequest(method, url, **skips)
        if 'content-length' not in header_names:
            if 'transfer-encoding' not in header_names:
                encode_chunked = False
                content_length = self._body_length(body)
                if content_length is None:
                    if body is not None:
                        encode_chunked = True
                        self.putheader('Transfer-Encoding', 'chunked')
                else:
                    if body is not None or method.upper() in _METHODS_EXPECTING_BODY:
                        self.putheader('Content-Length', str(content_length))
        else:
            encode_chunked = False
        for hdr, value in headers.items():
            self.putheader(hdr, value)
        if isinstance(body, str):
            body = _encode(body, 'body')
        self.endheaders(body, encode_chunked=encode_chunked)

    @staticmethod
    def _body_length(body):
        if body is None:
            return 0
        if isinstance(body, (bytes, bytearray)):
            return len(body)
        if isinstance(body, str):
            return len(body)
        if hasattr(body, 'read'):
            return None
        return None

    def getresponse(self):
        """The response to the request just sent."""
        if self.__response and self.__response.isclosed():
            self.__response = None
        if self.__state != _CS_REQ_SENT or self.__response:
            raise ResponseNotReady(self.__state)
        response = self.response_class(self.sock, method=self._method)
        try:
            try:
                response.begin()
            except ConnectionError:
                self.close()
                raise
            self.__state = _CS_IDLE
            if response.will_close:
                self.close()
            else:
                self.__response = response
            return response
        except BaseException:
            response.close()
            raise


class HTTPSConnection(HTTPConnection):
    """HTTP over TLS to a granted host and port. The default context
    verifies the server's certificate and name against pyx's built-in
    roots; pass ``context=`` to trust other CAs."""

    default_port = HTTPS_PORT

    def __init__(self, host, port=None, key_file=None, cert_file=None,
                 timeout=socket._GLOBAL_DEFAULT_TIMEOUT, source_address=None, *,
                 context=None, check_hostname=None, blocksize=8192):
        super().__init__(host, port, timeout, source_address, blocksize=blocksize)
        import ssl
        if key_file is not None or cert_file is not None or check_hostname is not None:
            import warnings
            warnings.warn('key_file, cert_file and check_hostname are deprecated, '
                          'use a custom context instead.', DeprecationWarning, 2)
        self.key_file = key_file
        self.cert_file = cert_file
        if context is None:
            context = ssl._create_default_https_context()
            context.set_alpn_protocols(['http/1.1'])
        will_verify = context.verify_mode != ssl.CERT_NONE
        if check_hostname is None:
            check_hostname = context.check_hostname
        if check_hostname and not will_verify:
            raise ValueError('check_hostname needs a SSL context with either CERT_OPTIONAL '
                             'or CERT_REQUIRED')
        if key_file or cert_file:
            context.load_cert_chain(cert_file, key_file)
        if check_hostname is not None:
            context.check_hostname = check_hostname
        self._context = context

    def connect(self):
        """Connect, then run the TLS handshake (verifying the server)."""
        super().connect()
        self.sock = self._context.wrap_socket(self.sock, server_hostname=self.host)
