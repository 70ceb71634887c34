# config: default
# expect: ok
# No network grant: no host module, every connection refused before any
# name is resolved or any packet sent.
try:
    import _pyx_net
    print("ESCAPED _pyx_net")
except ImportError:
    pass
import socket, http.client, urllib.request
for host, port in [("127.0.0.1", 80), ("localhost", 22), ("::1", 443), ("example.com", 80)]:
    try:
        socket.create_connection((host, port))
        print("ESCAPED", host, port)
    except PermissionError as e:
        assert "no network grant for" in str(e), e
try:
    http.client.HTTPConnection("127.0.0.1", 80).request("GET", "/")
    print("ESCAPED http.client")
except PermissionError:
    pass
try:
    urllib.request.urlopen("http://127.0.0.1/")
    print("ESCAPED urlopen")
except PermissionError:
    pass
print("done")
