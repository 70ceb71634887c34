"""TLS for connections to granted endpoints (client side only).

pyx's ``ssl`` is written over the connection capability of ``socket``: the
TLS session (rustls, on the host side) lives inside the connection, so
Python code sees plaintext and a few facts about the session, never keys.
Certificates are verified as in CPython's default context: the chain must
lead to a trusted CA and the certificate must name the host asked for.

What a program may trust: Mozilla's root set, built into pyx
(``load_default_certs``, which ``create_default_context`` calls), and CA
certificates it hands over itself: ``cadata=`` (PEM text or DER bytes) or
``cafile=`` — read with the program's own ``open``, so only from a place
the host granted. ``capath`` and the host's certificate directories are not
read. Not here: server-side TLS (no listening sockets), client
certificates, session resumption and ``unwrap``.
"""

import socket as _socket
from enum import IntEnum as _IntEnum, IntFlag as _IntFlag, Enum as _Enum

__all__ = ['SSLContext', 'SSLSocket', 'SSLError', 'SSLCertVerificationError',
           'CertificateError', 'SSLZeroReturnError', 'SSLWantReadError',
           'SSLWantWriteError', 'SSLSyscallError', 'SSLEOFError',
           'create_default_context', 'Purpose', 'VerifyMode', 'TLSVersion',
           'CERT_NONE', 'CERT_OPTIONAL', 'CERT_REQUIRED',
           'PROTOCOL_TLS', 'PROTOCOL_TLS_CLIENT', 'PROTOCOL_TLS_SERVER',
           'DER_cert_to_PEM_cert', 'PEM_cert_to_DER_cert', 'HAS_SNI']

OPENSSL_VERSION = 'rustls 0.23 (pyx)'
OPENSSL_VERSION_INFO = (3, 0, 0, 0, 0)
OPENSSL_VERSION_NUMBER = 0x30000000
HAS_SNI = True
HAS_ALPN = True
HAS_NPN = False
HAS_ECDH = True
HAS_NEVER_CHECK_COMMON_NAME = True
HAS_TLSv1 = False
HAS_TLSv1_1 = False
HAS_TLSv1_2 = True
HAS_TLSv1_3 = True
HAS_SSLv2 = False
HAS_SSLv3 = False
CHANNEL_BINDING_TYPES = []


class SSLError(OSError):
    """An error from the TLS layer. ``str()`` is its message alone, as in
    CPython."""

    library = None
    reason = None

    def __str__(self):
        if isinstance(self.strerror, str):
            return self.strerror
        return super().__str__()


class SSLCertVerificationError(SSLError, ValueError):
    """The peer's certificate did not verify."""

    verify_code = None
    verify_message = None


CertificateError = SSLCertVerificationError


class SSLZeroReturnError(SSLError):
    pass


class SSLWantReadError(SSLError):
    pass


class SSLWantWriteError(SSLError):
    pass


class SSLSyscallError(SSLError):
    pass


class SSLEOFError(SSLError):
    pass


SSL_ERROR_ZERO_RETURN = 6
SSL_ERROR_WANT_READ = 2
SSL_ERROR_WANT_WRITE = 3
SSL_ERROR_SYSCALL = 5
SSL_ERROR_SSL = 1
SSL_ERROR_EOF = 8

# OpenSSL's verification codes for the failures the host reports.
_VERIFY_CODES = {
    'unable to get local issuer certificate': 20,
    'self-signed certificate': 18,
    'certificate has expired': 10,
    'certificate is not yet valid': 9,
    'certificate revoked': 23,
    'certificate signature failure': 7,
    'unsupported certificate purpose': 26,
}


def _ssl_error(e):
    """The host raises OSError with CPython's message text; give it
    CPython's class and attributes."""
    msg = str(e)
    if not msg.startswith('[SSL') and not msg.startswith('[X509'):
        return e
    lib, _, rest = msg[1:].partition(': ')
    reason = rest.partition(']')[0]
    if reason == 'CERTIFICATE_VERIFY_FAILED':
        err = SSLCertVerificationError(1, msg)
        text = msg.partition('certificate verify failed: ')[2].rpartition(' (_ssl.c')[0]
        err.verify_message = text
        if text.startswith('Hostname mismatch'):
            err.verify_code = 62
        elif text.startswith('IP address mismatch'):
            err.verify_code = 64
        else:
            err.verify_code = _VERIFY_CODES.get(text, 1)
    elif reason == 'UNEXPECTED_EOF_WHILE_READING':
        err = SSLEOFError(SSL_ERROR_EOF, msg)
    else:
        err = SSLError(1, msg)
    err.library = lib
    err.reason = reason
    return err


class VerifyMode(_IntEnum):
    CERT_NONE = 0
    CERT_OPTIONAL = 1
    CERT_REQUIRED = 2


CERT_NONE = VerifyMode.CERT_NONE
CERT_OPTIONAL = VerifyMode.CERT_OPTIONAL
CERT_REQUIRED = VerifyMode.CERT_REQUIRED


class VerifyFlags(_IntFlag):
    VERIFY_DEFAULT = 0
    VERIFY_CRL_CHECK_LEAF = 4
    VERIFY_CRL_CHECK_CHAIN = 12
    VERIFY_X509_STRICT = 32
    VERIFY_X509_TRUSTED_FIRST = 32768
    VERIFY_X509_PARTIAL_CHAIN = 524288
    VERIFY_ALLOW_PROXY_CERTS = 64


VERIFY_DEFAULT = VerifyFlags.VERIFY_DEFAULT
VERIFY_X509_STRICT = VerifyFlags.VERIFY_X509_STRICT
VERIFY_X509_TRUSTED_FIRST = VerifyFlags.VERIFY_X509_TRUSTED_FIRST
VERIFY_X509_PARTIAL_CHAIN = VerifyFlags.VERIFY_X509_PARTIAL_CHAIN


class _SSLMethod(_IntEnum):
    PROTOCOL_TLS = 2
    PROTOCOL_TLS_CLIENT = 16
    PROTOCOL_TLS_SERVER = 17


PROTOCOL_TLS = PROTOCOL_SSLv23 = _SSLMethod.PROTOCOL_TLS
PROTOCOL_TLS_CLIENT = _SSLMethod.PROTOCOL_TLS_CLIENT
PROTOCOL_TLS_SERVER = _SSLMethod.PROTOCOL_TLS_SERVER


class TLSVersion(_IntEnum):
    MINIMUM_SUPPORTED = -2
    SSLv3 = 768
    TLSv1 = 769
    TLSv1_1 = 770
    TLSv1_2 = 771
    TLSv1_3 = 772
    MAXIMUM_SUPPORTED = -1


class Options(_IntFlag):
    OP_ALL = 0x80000850
    OP_NO_SSLv2 = 0
    OP_NO_SSLv3 = 0x02000000
    OP_NO_TLSv1 = 0x04000000
    OP_NO_TLSv1_1 = 0x10000000
    OP_NO_TLSv1_2 = 0x08000000
    OP_NO_TLSv1_3 = 0x20000000
    OP_NO_COMPRESSION = 0x20000
    OP_NO_TICKET = 0x4000
    OP_NO_RENEGOTIATION = 0x40000000
    OP_CIPHER_SERVER_PREFERENCE = 0x400000
    OP_SINGLE_DH_USE = 0
    OP_SINGLE_ECDH_USE = 0
    OP_ENABLE_MIDDLEBOX_COMPAT = 0x100000


globals().update(Options.__members__)


class _ASN1Object(tuple):
    __slots__ = ()

    def __new__(cls, nid, shortname, longname, oid):
        return tuple.__new__(cls, (nid, shortname, longname, oid))

    nid = property(lambda self: self[0])
    shortname = property(lambda self: self[1])
    longname = property(lambda self: self[2])
    oid = property(lambda self: self[3])

    def __repr__(self):
        return '_ASN1Object(nid=%r, shortname=%r, longname=%r, oid=%r)' % tuple(self)


class Purpose(_ASN1Object, _Enum):
    SERVER_AUTH = (129, 'serverAuth', 'TLS Web Server Authentication', '1.3.6.1.5.5.7.3.1')
    CLIENT_AUTH = (130, 'clientAuth', 'TLS Web Client Authentication', '1.3.6.1.5.5.7.3.2')


_PEM_HEADER = '-----BEGIN CERTIFICATE-----'
_PEM_FOOTER = '-----END CERTIFICATE-----'


def DER_cert_to_PEM_cert(der_cert_bytes):
    import base64
    text = base64.standard_b64encode(der_cert_bytes).decode('ASCII')
    lines = [text[i:i + 64] for i in range(0, len(text), 64)]
    return _PEM_HEADER + '\n' + '\n'.join(lines) + '\n' + _PEM_FOOTER + '\n'


def PEM_cert_to_DER_cert(pem_cert_string):
    import base64
    if not pem_cert_string.startswith(_PEM_HEADER):
        raise ValueError('Invalid PEM encoding; must start with %s' % _PEM_HEADER)
    if not pem_cert_string.strip().endswith(_PEM_FOOTER):
        raise ValueError('Invalid PEM encoding; must end with %s' % _PEM_FOOTER)
    d = pem_cert_string.strip()[len(_PEM_HEADER):-len(_PEM_FOOTER)]
    return base64.decodebytes(d.encode('ASCII', 'strict'))


def _count_pem(data):
    return data.count(b'-----BEGIN CERTIFICATE-----')


class SSLContext:
    """Settings for TLS client connections: what to trust and how to
    check the peer."""

    sslsocket_class = None

    def __init__(self, protocol=None, *args, **kwargs):
        if protocol is None:
            import warnings
            warnings.warn('ssl.SSLContext() without protocol argument is deprecated.',
                          DeprecationWarning, stacklevel=2)
            protocol = PROTOCOL_TLS
        if protocol not in (PROTOCOL_TLS, PROTOCOL_TLS_CLIENT, PROTOCOL_TLS_SERVER):
            raise ValueError('invalid or unsupported protocol version %i' % protocol)
        self._protocol = _SSLMethod(protocol)
        self._cas = []
        self._default_roots = False
        self._alpn = []
        self._minimum_version = TLSVersion.MINIMUM_SUPPORTED
        self._maximum_version = TLSVersion.MAXIMUM_SUPPORTED
        self.options = Options.OP_ALL | Options.OP_NO_SSLv3 | Options.OP_NO_COMPRESSION
        self.verify_flags = VerifyFlags.VERIFY_X509_TRUSTED_FIRST
        self.post_handshake_auth = None
        self.hostname_checks_common_name = False
        self.keylog_filename = None
        self.sni_callback = None
        if protocol == PROTOCOL_TLS_CLIENT:
            self._check_hostname = True
            self._verify_mode = CERT_REQUIRED
        else:
            self._check_hostname = False
            self._verify_mode = CERT_NONE

    def __repr__(self):
        return '<ssl.SSLContext object at 0x%x>' % id(self)

    def __getstate__(self):
        raise TypeError("cannot pickle 'SSLContext' object")

    @property
    def protocol(self):
        return self._protocol

    @property
    def check_hostname(self):
        return self._check_hostname

    @check_hostname.setter
    def check_hostname(self, value):
        value = bool(value)
        if value and self._verify_mode == CERT_NONE:
            self._verify_mode = CERT_REQUIRED
        self._check_hostname = value

    @property
    def verify_mode(self):
        return self._verify_mode

    @verify_mode.setter
    def verify_mode(self, value):
        if not isinstance(value, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
        if value not in (0, 1, 2):
            raise ValueError('invalid value for verify_mode')
        if value == CERT_NONE and self._check_hostname:
            raise ValueError('Cannot set verify_mode to CERT_NONE when check_hostname is enabled.')
        self._verify_mode = VerifyMode(value)

    @property
    def minimum_version(self):
        return self._minimum_version

    @minimum_version.setter
    def minimum_version(self, value):
        self._minimum_version = TLSVersion(value)

    @property
    def maximum_version(self):
        return self._maximum_version

    @maximum_version.setter
    def maximum_version(self, value):
        self._maximum_version = TLSVersion(value)

    @property
    def security_level(self):
        return 2

    # -- what to trust ----------------------------------------------------

    def load_verify_locations(self, cafile=None, capath=None, cadata=None):
        if cafile is None and capath is None and cadata is None:
            raise TypeError('cafile, capath and cadata cannot be all omitted')
        if cafile is not None:
            if not isinstance(cafile, (str, bytes)) and not hasattr(cafile, '__fspath__'):
                raise TypeError('cafile should be a valid filesystem path')
            # The program's own open(): only what the host granted.
            import builtins
            opener = getattr(builtins, 'open', None)
            if opener is None:
                raise PermissionError('pyx: reading cafile needs a file grant (--allow-read); '
                                      'or pass the certificates as cadata=')
            try:
                with opener(cafile, 'rb') as f:
                    data = f.read()
            except FileNotFoundError:
                raise FileNotFoundError(2, 'No such file or directory') from None
            if not _count_pem(data):
                raise SSLError(1, '[X509: NO_CERTIFICATE_OR_CRL_FOUND] no certificate or crl '
                                  'found (_ssl.c:4123)')
            self._cas.append((True, data))
        if capath is not None:
            raise PermissionError('pyx: capath is not supported; load CA certificates with '
                                  'cafile= (from a granted directory) or cadata=')
        if cadata is not None:
            if isinstance(cadata, str):
                data = cadata.encode('ascii')
                if not _count_pem(data):
                    raise SSLError(1, 'no start line: cadata does not contain a certificate '
                                      '(_ssl.c:3989)')
                self._cas.append((True, data))
            elif isinstance(cadata, (bytes, bytearray)) or hasattr(cadata, 'tobytes'):
                data = bytes(cadata)
                if len(data) < 2 or data[0] != 0x30:
                    raise SSLError(1, 'not enough data: cadata does not contain a certificate '
                                      '(_ssl.c:3989)')
                self._cas.append((False, data))
            else:
                raise TypeError('cadata should be an ASCII string or a bytes-like object')

    def load_default_certs(self, purpose=Purpose.SERVER_AUTH):
        if not isinstance(purpose, _ASN1Object):
            raise TypeError(purpose)
        self.set_default_verify_paths()

    def set_default_verify_paths(self):
        # Mozilla's roots, built into pyx: nothing is read from the host.
        self._default_roots = True

    def cert_store_stats(self):
        n = sum(_count_pem(d) if pem else 1 for pem, d in self._cas)
        return {'x509': n, 'crl': 0, 'x509_ca': n}

    def get_ca_certs(self, binary_form=False):
        if not binary_form:
            raise NotImplementedError('pyx: get_ca_certs() without binary_form=True')
        out = []
        for pem, d in self._cas:
            if pem:
                text = d.decode('ascii', 'replace')
                for part in text.split(_PEM_HEADER)[1:]:
                    out.append(PEM_cert_to_DER_cert(_PEM_HEADER + part.split(_PEM_FOOTER)[0]
                                                    + _PEM_FOOTER))
            else:
                out.append(d)
        return out

    def load_cert_chain(self, certfile, keyfile=None, password=None):
        raise NotImplementedError('pyx: client certificates are not supported')

    def set_ciphers(self, ciphers):
        # rustls' suites are all modern; a program cannot weaken them.
        if not isinstance(ciphers, str):
            raise TypeError('set_ciphers() argument must be str, not %s' % type(ciphers).__name__)

    def get_ciphers(self):
        return [{'name': n, 'protocol': 'TLSv1.3'} for n in
                ('TLS_AES_256_GCM_SHA384', 'TLS_AES_128_GCM_SHA256', 'TLS_CHACHA20_POLY1305_SHA256')]

    def set_alpn_protocols(self, alpn_protocols):
        protos = []
        for p in alpn_protocols:
            b = p.encode('ascii') if isinstance(p, str) else bytes(p)
            if len(b) == 0 or len(b) > 255:
                raise SSLError('ALPN protocols must be 1 to 255 in length')
            protos.append(b)
        self._alpn = protos

    def set_npn_protocols(self, npn_protocols):
        raise NotImplementedError("The NPN extension requires OpenSSL 1.0.1 or later.")

    def set_ecdh_curve(self, name):
        pass

    def load_dh_params(self, path):
        raise PermissionError('pyx: server-side TLS is not available')

    def session_stats(self):
        return {}

    # -- connections ------------------------------------------------------

    def wrap_socket(self, sock, server_side=False, do_handshake_on_connect=True,
                    suppress_ragged_eofs=True, server_hostname=None, session=None):
        return SSLSocket._create(sock, self, server_side, do_handshake_on_connect,
                                 suppress_ragged_eofs, server_hostname, session)

    def wrap_bio(self, *args, **kwargs):
        raise NotImplementedError('pyx: memory BIOs are not supported')

    def _start(self, conn, server_hostname):
        """Run the TLS handshake on a connection capability."""
        if self._protocol == PROTOCOL_TLS_SERVER:
            raise PermissionError('pyx: server-side TLS is not available')
        if self._verify_mode == CERT_NONE:
            verify = 0
        elif self._check_hostname:
            verify = 2
        else:
            verify = 1
        lo, hi = self._minimum_version, self._maximum_version
        tls12 = (lo in (TLSVersion.MINIMUM_SUPPORTED,) or lo <= TLSVersion.TLSv1_2) and \
            (hi == TLSVersion.MAXIMUM_SUPPORTED or hi >= TLSVersion.TLSv1_2)
        tls13 = (lo == TLSVersion.MINIMUM_SUPPORTED or lo <= TLSVersion.TLSv1_3) and \
            (hi == TLSVersion.MAXIMUM_SUPPORTED or hi >= TLSVersion.TLSv1_3)
        if self.options & Options.OP_NO_TLSv1_2:
            tls12 = False
        if self.options & Options.OP_NO_TLSv1_3:
            tls13 = False
        try:
            conn.start_tls(server_hostname, list(self._cas), self._default_roots, verify,
                           tls12, tls13, list(self._alpn))
        except OSError as e:
            raise _ssl_error(e) from None


class SSLSocket(_socket.socket):
    """A TLS client socket: a ``socket.socket`` whose connection encrypts.
    Made by ``SSLContext.wrap_socket``."""

    def __init__(self, *args, **kwargs):
        raise TypeError('SSLSocket does not have a public constructor. Instances are '
                        'returned by SSLContext.wrap_socket().')

    @classmethod
    def _create(cls, sock, context, server_side=False, do_handshake_on_connect=True,
                suppress_ragged_eofs=True, server_hostname=None, session=None):
        if server_side or context.protocol == PROTOCOL_TLS_SERVER:
            raise PermissionError('pyx: server-side TLS is not available')
        if sock.type != _socket.SOCK_STREAM:
            raise NotImplementedError('only stream sockets are supported')
        if server_hostname is not None:
            if isinstance(server_hostname, bytes):
                server_hostname = server_hostname.decode('ascii')
            if not isinstance(server_hostname, str):
                raise TypeError('server_hostname must be str, not %s'
                                % type(server_hostname).__name__)
            if server_hostname.startswith('.'):
                raise ValueError("server_hostname cannot start with a dot")
        elif context.check_hostname:
            raise ValueError('check_hostname requires server_hostname')
        self = object.__new__(cls)
        self.family = sock.family
        self.type = sock.type
        self.proto = sock.proto
        self._closed = False
        self._io_refs = 0
        self._timeout = sock.gettimeout()
        self._context = context
        self.server_side = False
        self.server_hostname = server_hostname
        self.do_handshake_on_connect = do_handshake_on_connect
        self.suppress_ragged_eofs = suppress_ragged_eofs
        self._session = session
        self._handshaken = False
        # The connection moves to the TLS socket; the plain one is
        # detached (closed, as CPython's wrap_socket leaves it).
        self._conn = sock._conn
        sock._conn = None
        sock._closed = True
        if self._conn is not None and do_handshake_on_connect:
            try:
                self.do_handshake()
            except BaseException:
                self._real_close()
                raise
        return self

    @property
    def context(self):
        return self._context

    @property
    def session(self):
        return self._session

    @property
    def session_reused(self):
        return False

    def __repr__(self):
        return '<ssl.SSLSocket%s family=%d, type=%d, proto=%d>' % (
            ' [closed]' if self._closed else '', self.family, self.type, self.proto)

    def connect(self, address):
        super().connect(address)
        if self.do_handshake_on_connect:
            self.do_handshake()

    def connect_ex(self, address):
        try:
            self.connect(address)
        except PermissionError:
            raise
        except OSError as e:
            return e.errno if e.errno is not None else 1
        return 0

    def do_handshake(self, block=False):
        if self._handshaken:
            return
        conn = self._connection()
        self._context._start(conn, self.server_hostname)
        self._handshaken = True

    def _secure(self):
        conn = self._connection()
        if not self._handshaken:
            self.do_handshake()
        return conn

    def send(self, data, flags=0):
        if flags:
            raise ValueError('non-zero flags not allowed in calls to send() on %s'
                             % self.__class__)
        self._secure()
        try:
            return super().send(data)
        except OSError as e:
            raise _ssl_error(e) from None

    def sendall(self, data, flags=0):
        if flags:
            raise ValueError('non-zero flags not allowed in calls to sendall() on %s'
                             % self.__class__)
        self.send(data)

    def recv(self, bufsize=1024, flags=0):
        if flags:
            raise ValueError('non-zero flags not allowed in calls to recv() on %s'
                             % self.__class__)
        self._secure()
        try:
            return super().recv(bufsize)
        except OSError as e:
            raise _ssl_error(e) from None

    def recv_into(self, buffer, nbytes=None, flags=0):
        if flags:
            raise ValueError('non-zero flags not allowed in calls to recv_into() on %s'
                             % self.__class__)
        return super().recv_into(buffer, nbytes or 0)

    def read(self, len=1024, buffer=None):
        if buffer is not None:
            return self.recv_into(buffer, len)
        return self.recv(len)

    def write(self, data):
        return self.send(data)

    def sendto(self, *args):
        raise ValueError('sendto not allowed on instances of %s' % self.__class__)

    def recvfrom(self, *args):
        raise ValueError('recvfrom not allowed on instances of %s' % self.__class__)

    def pending(self):
        return 0

    def _info(self):
        if self._closed or self._conn is None or not self._handshaken:
            return None
        return self._conn.tls_info()

    def getpeercert(self, binary_form=False):
        info = self._info()
        if info is None:
            if self._conn is None:
                raise OSError(107, 'Transport endpoint is not connected')
            raise ValueError('handshake not done yet')
        der = info[4]
        if binary_form:
            return der
        if der is None or self._context.verify_mode == CERT_NONE:
            return {}
        raise NotImplementedError('pyx: getpeercert() returns the certificate as DER only '
                                  '(binary_form=True)')

    def cipher(self):
        info = self._info()
        if info is None or info[1] is None:
            return None
        return (info[1], info[0], info[2])

    def shared_ciphers(self):
        c = self.cipher()
        return None if c is None else [c]

    def version(self):
        info = self._info()
        return None if info is None else info[0]

    def selected_alpn_protocol(self):
        info = self._info()
        if info is None or info[3] is None:
            return None
        return info[3].decode('ascii', 'replace')

    def selected_npn_protocol(self):
        return None

    def compression(self):
        return None

    def get_channel_binding(self, cb_type='tls-unique'):
        raise ValueError('{0} channel binding type not implemented'.format(cb_type))

    def verify_client_post_handshake(self):
        raise PermissionError('pyx: server-side TLS is not available')

    def unwrap(self):
        raise NotImplementedError('pyx: unwrap() is not supported')

    def dup(self):
        raise NotImplementedError("Can't dup() %s instances" % self.__class__.__name__)


SSLContext.sslsocket_class = SSLSocket


def create_default_context(purpose=Purpose.SERVER_AUTH, *, cafile=None, capath=None,
                           cadata=None):
    """A client context that verifies certificates and host names,
    trusting the given CAs or else Mozilla's roots."""
    if not isinstance(purpose, _ASN1Object):
        raise TypeError(purpose)
    if purpose == Purpose.SERVER_AUTH:
        context = SSLContext(PROTOCOL_TLS_CLIENT)
    else:
        context = SSLContext(PROTOCOL_TLS_SERVER)
    if cafile or capath or cadata:
        context.load_verify_locations(cafile, capath, cadata)
    elif context.verify_mode != CERT_NONE:
        context.load_default_certs(purpose)
    return context


def _create_unverified_context(protocol=None, *, cert_reqs=CERT_NONE, check_hostname=False,
                               purpose=Purpose.SERVER_AUTH, certfile=None, keyfile=None,
                               cafile=None, capath=None, cadata=None):
    if protocol is None:
        protocol = PROTOCOL_TLS_CLIENT if purpose == Purpose.SERVER_AUTH else PROTOCOL_TLS_SERVER
    context = SSLContext(protocol)
    if not check_hostname:
        context.check_hostname = False
    if cert_reqs is not None:
        context.verify_mode = cert_reqs
    if check_hostname:
        context.check_hostname = True
    if certfile or keyfile:
        context.load_cert_chain(certfile, keyfile)
    if cafile or capath or cadata:
        context.load_verify_locations(cafile, capath, cadata)
    elif context.verify_mode != CERT_NONE:
        context.load_default_certs(purpose)
    return context


_create_default_https_context = create_default_context
_create_stdlib_context = _create_unverified_context


def get_default_verify_paths():
    raise PermissionError('pyx: the host\'s certificate paths are not available; '
                          'pyx trusts its built-in roots')
