# config: grant=DIR
# expect: ok
# ssl without a network grant: the module imports and contexts can be made,
# but no TLS connection reaches anything; CA files outside the granted
# directory cannot be read; server-side TLS, the host's certificate paths
# and client keys are not available.
try:
    import _pyx_net
    print("ESCAPED _pyx_net")
except ImportError:
    pass
import ssl, socket, http.client, urllib.request
ctx = ssl.create_default_context()
assert ctx.verify_mode == ssl.CERT_REQUIRED and ctx.check_hostname
for attempt in (lambda: http.client.HTTPSConnection("127.0.0.1", 443).request("GET", "/"),
                lambda: urllib.request.urlopen("https://127.0.0.1/"),
                lambda: urllib.request.urlopen("https://example.com/", context=ctx),
                lambda: ctx.wrap_socket(socket.create_connection(("localhost", 443)),
                                        server_hostname="localhost")):
    try:
        attempt()
        print("ESCAPED connect")
    except PermissionError:
        pass
# An unconnected socket wrapped: nothing to talk to, and connect is checked.
t = ctx.wrap_socket(socket.socket(), server_hostname="localhost")
try:
    t.connect(("127.0.0.1", 443))
    print("ESCAPED SSLSocket.connect")
except PermissionError:
    pass
# CA certificates are read with the program's own open(): only granted files.
for path in ("/etc/ssl/certs/ca-certificates.crt", "/etc/passwd", "../secret.txt",
             "granted/link"):
    try:
        ctx.load_verify_locations(cafile=path)
        print("ESCAPED cafile", path)
    except (PermissionError, FileNotFoundError, ssl.SSLError):
        pass
for what, f in [("capath", lambda: ctx.load_verify_locations(capath="/etc/ssl/certs")),
                ("verify paths", ssl.get_default_verify_paths),
                ("server side", lambda: ctx.wrap_socket(socket.socket(), server_side=True)),
                ("server context", lambda: ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER).wrap_socket(
                    socket.socket())),
                ("dh params", lambda: ctx.load_dh_params("/etc/passwd"))]:
    try:
        f()
        print("ESCAPED", what)
    except PermissionError:
        pass
for what, f in [("client cert", lambda: ctx.load_cert_chain("/etc/passwd")),
                ("SSLSocket()", ssl.SSLSocket)]:
    try:
        f()
        print("ESCAPED", what)
    except (NotImplementedError, TypeError):
        pass
# Junk CA data is an error, never a crash.
for junk in ("", "-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n",
             b"\x30", b"\x30\x84\xff\xff\xff\xff", b"\x00" * 1000):
    try:
        ssl.create_default_context(cadata=junk)
    except (ssl.SSLError, TypeError):
        pass
print("done")
