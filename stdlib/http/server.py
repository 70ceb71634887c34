"""HTTP servers: `BaseHTTPRequestHandler` parses a request from `rfile`
and writes the response to `wfile`; `HTTPServer` is a socketserver
TCPServer for it.

Our own implementation, written from the http.server documentation. The
handler works over any pair of binary streams. Under pyx a listening
socket is not available (the network grants cover outgoing connections),
so constructing an `HTTPServer` raises socket's PermissionError.
"""

import html
import socketserver
import sys
import time

from http import HTTPStatus
from http.client import parse_headers, HTTPMessage, HTTPException

__all__ = ["HTTPServer", "ThreadingHTTPServer", "BaseHTTPRequestHandler"]

DEFAULT_ERROR_CONTENT_TYPE = "text/html;charset=utf-8"
def _error_page():
    lines = [(0, '<!DOCTYPE HTML>'), (0, '<html lang="en">'), (1, '<head>'),
             (2, '<meta charset="utf-8">'), (2, '<title>Error response</title>'),
             (1, '</head>'), (1, '<body>'), (2, '<h1>Error response</h1>'),
             (2, '<p>Error code: %(code)d</p>'), (2, '<p>Message: %(message)s.</p>'),
             (2, '<p>Error code explanation: %(code)s - %(explain)s.</p>'),
             (1, '</body>'), (0, '</html>')]
    return ''.join('    ' * depth + text + '\n' for depth, text in lines)


DEFAULT_ERROR_MESSAGE = _error_page()

_MAX_LINE = 65536


class HTTPServer(socketserver.TCPServer):
    allow_reuse_address = True

    def server_bind(self):
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name = host
        self.server_port = port


class ThreadingHTTPServer(socketserver.ThreadingMixIn, HTTPServer):
    daemon_threads = True


class BaseHTTPRequestHandler(socketserver.StreamRequestHandler):
    """Reads one or more requests (keep-alive) and calls `do_<METHOD>`."""

    sys_version = "Python/" + sys.version.split()[0]
    server_version = "BaseHTTP/0.6"
    error_message_format = DEFAULT_ERROR_MESSAGE
    error_content_type = DEFAULT_ERROR_CONTENT_TYPE
    default_request_version = "HTTP/0.9"
    protocol_version = "HTTP/1.0"
    MessageClass = HTTPMessage
    # (short message, explanation); pyx's HTTPStatus has no descriptions,
    # so the explanation repeats the phrase
    responses = {s: (s.phrase, s.phrase) for s in HTTPStatus}
    weekdayname = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
    monthname = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
                 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

    def parse_request(self):
        """Parse `self.raw_requestline` and the headers; on failure send
        an error response and return False."""
        self.command = None
        self.request_version = version = self.default_request_version
        self.close_connection = True
        requestline = str(self.raw_requestline, 'iso-8859-1').rstrip('\r\n')
        self.requestline = requestline
        words = requestline.split()
        if not words:
            return False
        if len(words) >= 3:
            version = words[-1]
            try:
                if not version.startswith('HTTP/'):
                    raise ValueError
                numbers = version.split('/', 1)[1].split('.')
                if len(numbers) != 2 or not all(n.isdigit() and len(n) <= 10
                                                for n in numbers):
                    raise ValueError
                version_number = int(numbers[0]), int(numbers[1])
                base_version = version.split('/', 1)[1]
            except (ValueError, IndexError):
                self.send_error(HTTPStatus.BAD_REQUEST,
                                "Bad request version (%r)" % version)
                return False
            if version_number >= (1, 1) and self.protocol_version >= "HTTP/1.1":
                self.close_connection = False
            if version_number >= (2, 0):
                self.send_error(HTTPStatus.HTTP_VERSION_NOT_SUPPORTED,
                                "Invalid HTTP version (%s)" % base_version)
                return False
            self.request_version = version
        if not 2 <= len(words) <= 3:
            self.send_error(HTTPStatus.BAD_REQUEST,
                            "Bad request syntax (%r)" % requestline)
            return False
        command, path = words[:2]
        if len(words) == 2:
            self.close_connection = True
            if command != 'GET':
                self.send_error(HTTPStatus.BAD_REQUEST,
                                "Bad HTTP/0.9 request type (%r)" % command)
                return False
        self.command, self.path = command, path
        if self.path.startswith('//'):
            self.path = '/' + self.path.lstrip('/')
        try:
            self.headers = parse_headers(self.rfile, _class=self.MessageClass)
        except HTTPException as err:
            self.send_error(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
                            "Line too long", str(err))
            return False
        connection = self.headers.get('Connection', '')
        if connection.lower() == 'close':
            self.close_connection = True
        elif (connection.lower() == 'keep-alive'
              and self.protocol_version >= "HTTP/1.1"):
            self.close_connection = False
        expect = self.headers.get('Expect', '')
        if (expect.lower() == "100-continue"
                and self.protocol_version >= "HTTP/1.1"
                and self.request_version >= "HTTP/1.1"):
            if not self.handle_expect_100():
                return False
        return True

    def handle_expect_100(self):
        self.send_response_only(HTTPStatus.CONTINUE)
        self.end_headers()
        return True

    def handle_one_request(self):
        try:
            self.raw_requestline = self.rfile.readline(_MAX_LINE + 1)
            if len(self.raw_requestline) > _MAX_LINE:
                self.requestline = ''
                self.request_version = ''
                self.command = ''
                self.send_error(HTTPStatus.REQUEST_URI_TOO_LONG)
                return
            if not self.raw_requestline:
                self.close_connection = True
                return
            if not self.parse_request():
                return
            method = getattr(self, 'do_' + self.command, None)
            if method is None:
                self.send_error(HTTPStatus.NOT_IMPLEMENTED,
                                "Unsupported method (%r)" % self.command)
                return
            method()
            self.wfile.flush()
        except TimeoutError as e:
            self.log_error("Request timed out: %r", e)
            self.close_connection = True

    def handle(self):
        self.close_connection = True
        self.handle_one_request()
        while not self.close_connection:
            self.handle_one_request()

    def send_error(self, code, message=None, explain=None):
        try:
            short, long = self.responses[code]
        except KeyError:
            short, long = '???', '???'
        if message is None:
            message = short
        if explain is None:
            explain = long
        self.log_error("code %d, message %s", code, message)
        self.send_response(code, message)
        self.send_header('Connection', 'close')
        body = None
        if code >= 200 and code not in (HTTPStatus.NO_CONTENT,
                                        HTTPStatus.RESET_CONTENT,
                                        HTTPStatus.NOT_MODIFIED):
            content = self.error_message_format % {
                'code': code,
                'message': html.escape(message, quote=False),
                'explain': html.escape(explain, quote=False)}
            body = content.encode('UTF-8', 'replace')
            self.send_header("Content-Type", self.error_content_type)
            self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        if self.command != 'HEAD' and body:
            self.wfile.write(body)

    def send_response(self, code, message=None):
        self.log_request(code)
        self.send_response_only(code, message)
        self.send_header('Server', self.version_string())
        self.send_header('Date', self.date_time_string())

    def send_response_only(self, code, message=None):
        if self.request_version != 'HTTP/0.9':
            if message is None:
                message = self.responses[code][0] if code in self.responses else ''
            if not hasattr(self, '_headers_buffer'):
                self._headers_buffer = []
            self._headers_buffer.append(("%s %d %s\r\n" % (
                self.protocol_version, code, message)).encode('latin-1', 'strict'))

    def send_header(self, keyword, value):
        if self.request_version != 'HTTP/0.9':
            if not hasattr(self, '_headers_buffer'):
                self._headers_buffer = []
            self._headers_buffer.append(
                ("%s: %s\r\n" % (keyword, value)).encode('latin-1', 'strict'))
        if keyword.lower() == 'connection':
            if value.lower() == 'close':
                self.close_connection = True
            elif value.lower() == 'keep-alive':
                self.close_connection = False

    def end_headers(self):
        if self.request_version != 'HTTP/0.9':
            self._headers_buffer.append(b"\r\n")
            self.flush_headers()

    def flush_headers(self):
        if hasattr(self, '_headers_buffer'):
            self.wfile.write(b"".join(self._headers_buffer))
            self._headers_buffer = []

    def log_request(self, code='-', size='-'):
        if isinstance(code, HTTPStatus):
            code = code.value
        self.log_message('"%s" %s %s', self.requestline, str(code), str(size))

    def log_error(self, format, *args):
        self.log_message(format, *args)

    def log_message(self, format, *args):
        message = format % args
        sys.stderr.write("%s - - [%s] %s\n" % (
            self.address_string(), self.log_date_time_string(),
            message.translate(_CONTROL_ESCAPES)))

    def version_string(self):
        return self.server_version + ' ' + self.sys_version

    def date_time_string(self, timestamp=None):
        if timestamp is None:
            timestamp = time.time()
        t = time.gmtime(timestamp)
        return "%s, %02d %3s %4d %02d:%02d:%02d GMT" % (
            self.weekdayname[t.tm_wday], t.tm_mday, self.monthname[t.tm_mon],
            t.tm_year, t.tm_hour, t.tm_min, t.tm_sec)

    def log_date_time_string(self):
        t = time.localtime(time.time())
        return "%02d/%3s/%04d %02d:%02d:%02d" % (
            t.tm_mday, self.monthname[t.tm_mon], t.tm_year,
            t.tm_hour, t.tm_min, t.tm_sec)

    def address_string(self):
        return self.client_address[0]


# control characters in logged request lines are shown escaped
_CONTROL_ESCAPES = {c: r'\x%02x' % c for c in list(range(0x20)) + [0x7f]}
