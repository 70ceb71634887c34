# config: net=127.0.0.1:9
# expect: ok
# A grant for one endpoint: every other spelling of it, every other port,
# listening, UDP, raw and Unix sockets, file descriptors and proxies are
# refused (PermissionError) without touching the network.
import socket, urllib.request, http.client
for host, port in [("127.0.0.1", 10), ("localhost", 9), ("127.1", 9), ("2130706433", 9),
                   ("0x7f.0.0.1", 9), ("::ffff:127.0.0.1", 9), ("[::1]", 9), ("0.0.0.0", 9),
                   ("127.0.0.2", 9)]:
    try:
        socket.create_connection((host, port), timeout=1)
        print("ESCAPED", host, port)
    except PermissionError:
        pass
s = socket.socket()
for what, f in [("bind", lambda: s.bind(("127.0.0.1", 9))), ("listen", lambda: s.listen(1)),
                ("accept", s.accept), ("udp", lambda: socket.socket(socket.AF_INET, socket.SOCK_DGRAM)),
                ("raw", lambda: socket.socket(socket.AF_INET, socket.SOCK_RAW)),
                ("unix", lambda: socket.socket(socket.AF_UNIX)), ("fromfd", lambda: socket.fromfd(0, 2, 1)),
                ("socket(fileno=)", lambda: socket.socket(fileno=3)), ("socketpair", socket.socketpair),
                ("source_address", lambda: socket.create_connection(("127.0.0.1", 9), 1, ("127.0.0.1", 0))),
                ("gethostbyname", lambda: socket.gethostbyname("localhost")),
                ("proxy", lambda: urllib.request.Request("http://127.0.0.1:9/").set_proxy("127.0.0.1:10", "http")),
                ("tunnel", lambda: http.client.HTTPConnection("127.0.0.1", 9).set_tunnel("10.0.0.1", 80))]:
    try:
        f()
        print("ESCAPED", what)
    except PermissionError:
        pass
print("done")
