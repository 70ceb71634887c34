# ssl without a connection: contexts, their settings, errors and helpers.
import re
import ssl


def text(e):
    # The _ssl.c line differs between CPython builds.
    return re.sub(r'_ssl\.c:\d+', '_ssl.c:N', str(e))


print(ssl.CERT_NONE, ssl.CERT_OPTIONAL, ssl.CERT_REQUIRED, repr(ssl.CERT_REQUIRED))
print(int(ssl.PROTOCOL_TLS_CLIENT), int(ssl.PROTOCOL_TLS_SERVER), ssl.HAS_SNI)
print(ssl.TLSVersion.TLSv1_2 < ssl.TLSVersion.TLSv1_3, repr(ssl.TLSVersion.TLSv1_3))
print(ssl.Purpose.SERVER_AUTH.shortname, ssl.Purpose.CLIENT_AUTH.oid)

# The class tree CPython has.
for cls in (ssl.SSLError, ssl.SSLCertVerificationError, ssl.SSLEOFError,
            ssl.SSLZeroReturnError, ssl.SSLWantReadError, ssl.SSLSyscallError):
    print(cls.__name__, [b.__name__ for b in cls.__mro__[1:]])
print(ssl.CertificateError is ssl.SSLCertVerificationError)
e = ssl.SSLError(1, '[SSL: X] text (_ssl.c:1)')
print(str(e), e.errno, e.args)

ctx = ssl.create_default_context()
print(type(ctx).__name__, ctx.verify_mode, ctx.check_hostname, ctx.protocol)
ctx.check_hostname = False
ctx.verify_mode = ssl.CERT_NONE
print(ctx.verify_mode, ctx.check_hostname)
ctx.check_hostname = True
print('check_hostname on again:', ctx.verify_mode)
try:
    ctx.verify_mode = ssl.CERT_NONE
except ValueError as e:
    print('ValueError', e)
for bad in (5, -1):
    try:
        ctx.verify_mode = bad
    except ValueError as e:
        print('ValueError', e)

client = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
print(client.verify_mode, client.check_hostname)
server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
print(server.verify_mode, server.check_hostname)
client.minimum_version = ssl.TLSVersion.TLSv1_2
print(client.minimum_version)

for kwargs in ({'cadata': 'no certificate here'}, {'cadata': b'junk'}, {'cadata': b''}):
    try:
        ssl.create_default_context(**kwargs)
    except ssl.SSLError as e:
        print(type(e).__name__, text(e))
try:
    ssl.create_default_context(cadata=42)
except TypeError as e:
    print('TypeError', e)
try:
    client.load_verify_locations()
except TypeError as e:
    print('TypeError', e)

# A wrapped socket needs a name when names are checked.
import socket
try:
    ssl.create_default_context().wrap_socket(socket.socket())
except ValueError as e:
    print('ValueError', e)

der = bytes(range(200))
pem = ssl.DER_cert_to_PEM_cert(der)
print(pem.splitlines()[0], len(pem.splitlines()), ssl.PEM_cert_to_DER_cert(pem) == der)
try:
    ssl.PEM_cert_to_DER_cert('nothing')
except ValueError as e:
    print('ValueError', e)
