# http.server.BaseHTTPRequestHandler over an in-memory connection (no
# listening socket needed): request parsing, do_<METHOD> dispatch, errors,
# keep-alive; socketserver's handler life cycle.
import io
import socketserver
from http.server import BaseHTTPRequestHandler


class Conn:
    """A connected socket stand-in: makefile('rb') reads the request,
    sendall collects the response."""

    def __init__(self, data):
        self.rfile = io.BytesIO(data)
        self.wfile = io.BytesIO()

    def makefile(self, mode, bufsize=-1):
        return self.rfile

    def sendall(self, b):
        self.wfile.write(b)


class Handler(BaseHTTPRequestHandler):
    logged = []
    # (CPython's default explanations come from HTTPStatus.description,
    # which pyx lacks; the page layout is checked with explain given below)
    error_message_format = '%(code)d|%(message)s'

    def date_time_string(self, timestamp=None):
        return 'DATE'

    def version_string(self):
        return 'TestServer'

    def log_message(self, format, *args):
        Handler.logged.append(format % args)

    def do_GET(self):
        body = ('path=%s agent=%s' % (self.path, self.headers.get('User-Agent'))).encode()
        self.send_response(200)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        n = int(self.headers['Content-Length'])
        data = self.rfile.read(n)
        self.send_response(201, 'Made')
        self.end_headers()
        self.wfile.write(data.upper())


def run(raw, protocol='HTTP/1.0'):
    Handler.protocol_version = protocol
    Handler.logged = []
    conn = Conn(raw)
    Handler(conn, ('127.0.0.1', 5000), server=None)
    print(conn.wfile.getvalue().decode('latin-1').replace('\r\n', '|'))
    print('  log:', Handler.logged)


run(b'GET /a?b=1 HTTP/1.0\r\nUser-Agent: t/1\r\n\r\n')
run(b'POST /p HTTP/1.0\r\nContent-Length: 5\r\n\r\nhello')
run(b'DELETE /x HTTP/1.0\r\n\r\n')
run(b'GET /x HTTP/9.9\r\n\r\n')
run(b'GET /x FTP/1.0\r\n\r\n')
run(b'GET /x y z HTTP/1.0\r\n\r\n')
run(b'GET //double HTTP/1.0\r\n\r\n')
run(b'GET /one HTTP/1.1\r\n\r\nGET /two HTTP/1.1\r\nConnection: close\r\n\r\n', 'HTTP/1.1')
run(b'')
Handler.error_message_format = BaseHTTPRequestHandler.error_message_format
Handler.responses = {400: ('Bad', 'the request was bad')}
run(b'GET\r\n\r\n')
run(b'GET /x y z HTTP/1.0\r\n\r\n')


class Echo(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            self.wfile.write(b'echo ' + line)


conn = Conn(b'one\ntwo\n')
Echo(conn, ('h', 1), None)
print(conn.wfile.getvalue())
