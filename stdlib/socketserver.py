"""Framework for network servers: a server class accepts requests and
hands each one to a request-handler class.

Our own implementation, written from the socketserver documentation. The
request handlers work over any connected socket-like object. Servers
create their socket through `socket`, so under pyx, whose network grants
cover outgoing TCP connections only, constructing a TCP, UDP or Unix
server raises the PermissionError the socket module gives for listening.
"""

import socket
import threading

__all__ = ["BaseServer", "TCPServer", "UDPServer", "ThreadingMixIn",
           "ThreadingTCPServer", "ThreadingUDPServer", "BaseRequestHandler",
           "StreamRequestHandler", "DatagramRequestHandler"]
if hasattr(socket, "AF_UNIX"):
    __all__.extend(["UnixStreamServer", "UnixDatagramServer",
                    "ThreadingUnixStreamServer", "ThreadingUnixDatagramServer"])


class BaseServer:
    """The request loop, independent of the transport.

    Subclasses provide `get_request()` (a request and the client's
    address), `fileno()`, and `server_activate()`/`server_close()`."""

    timeout = None

    def __init__(self, server_address, RequestHandlerClass):
        self.server_address = server_address
        self.RequestHandlerClass = RequestHandlerClass
        self._stop_requested = False
        self._stopped = threading.Event()
        self._stopped.set()

    def server_activate(self):
        pass

    def serve_forever(self, poll_interval=0.5):
        """Handle requests until shutdown() is called."""
        self._stopped.clear()
        try:
            while not self._stop_requested:
                if self._wait_readable(poll_interval):
                    self._handle_request_noblock()
                self.service_actions()
        finally:
            self._stop_requested = False
            self._stopped.set()

    def _wait_readable(self, timeout):
        try:
            import select
        except ImportError:
            return True
        readable, _, _ = select.select([self], [], [], timeout)
        return bool(readable)

    def shutdown(self):
        """Stop serve_forever() and wait until it has returned (call it
        from another thread)."""
        self._stop_requested = True
        self._stopped.wait()

    def service_actions(self):
        pass

    def handle_request(self):
        """Handle one request, waiting at most `self.timeout`."""
        timeout = self.socket.gettimeout() if hasattr(self, 'socket') else None
        if timeout is None:
            timeout = self.timeout
        elif self.timeout is not None:
            timeout = min(timeout, self.timeout)
        if timeout is not None and not self._wait_readable(timeout):
            return self.handle_timeout()
        self._handle_request_noblock()

    def _handle_request_noblock(self):
        try:
            request, client_address = self.get_request()
        except OSError:
            return
        if self.verify_request(request, client_address):
            try:
                self.process_request(request, client_address)
            except Exception:
                self.handle_error(request, client_address)
                self.shutdown_request(request)
            except BaseException:
                self.shutdown_request(request)
                raise
        else:
            self.shutdown_request(request)

    def handle_timeout(self):
        pass

    def verify_request(self, request, client_address):
        return True

    def process_request(self, request, client_address):
        self.finish_request(request, client_address)
        self.shutdown_request(request)

    def server_close(self):
        pass

    def finish_request(self, request, client_address):
        self.RequestHandlerClass(request, client_address, self)

    def shutdown_request(self, request):
        self.close_request(request)

    def close_request(self, request):
        pass

    def handle_error(self, request, client_address):
        import sys
        import traceback
        print('-' * 40, file=sys.stderr)
        print('Exception occurred during processing of request from',
              client_address, file=sys.stderr)
        traceback.print_exc()
        print('-' * 40, file=sys.stderr)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.server_close()


class TCPServer(BaseServer):
    """A stream-socket server: binds, listens, accepts."""

    address_family = socket.AF_INET
    socket_type = socket.SOCK_STREAM
    request_queue_size = 5
    allow_reuse_address = False
    allow_reuse_port = False

    def __init__(self, server_address, RequestHandlerClass,
                 bind_and_activate=True):
        BaseServer.__init__(self, server_address, RequestHandlerClass)
        self.socket = socket.socket(self.address_family, self.socket_type)
        if bind_and_activate:
            try:
                self.server_bind()
                self.server_activate()
            except BaseException:
                self.server_close()
                raise

    def server_bind(self):
        if self.allow_reuse_address and hasattr(socket, "SO_REUSEADDR"):
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.socket.bind(self.server_address)
        self.server_address = self.socket.getsockname()

    def server_activate(self):
        self.socket.listen(self.request_queue_size)

    def server_close(self):
        self.socket.close()

    def fileno(self):
        return self.socket.fileno()

    def get_request(self):
        return self.socket.accept()

    def shutdown_request(self, request):
        try:
            request.shutdown(socket.SHUT_WR)
        except OSError:
            pass
        self.close_request(request)

    def close_request(self, request):
        request.close()


class UDPServer(TCPServer):
    """A datagram server: each request is (data, socket)."""

    allow_reuse_address = False
    socket_type = socket.SOCK_DGRAM
    max_packet_size = 8192

    def get_request(self):
        data, client_addr = self.socket.recvfrom(self.max_packet_size)
        return (data, self.socket), client_addr

    def server_activate(self):
        pass

    def shutdown_request(self, request):
        self.close_request(request)

    def close_request(self, request):
        pass


class ThreadingMixIn:
    """Handle each request in a new thread."""

    daemon_threads = False
    block_on_close = True
    _threads = None

    def process_request_thread(self, request, client_address):
        try:
            self.finish_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
        finally:
            self.shutdown_request(request)

    def process_request(self, request, client_address):
        if self.block_on_close:
            if self._threads is None:
                self._threads = []
            self._threads = [t for t in self._threads if t.is_alive()]
        t = threading.Thread(target=self.process_request_thread,
                             args=(request, client_address))
        t.daemon = self.daemon_threads
        if self._threads is not None:
            self._threads.append(t)
        t.start()

    def server_close(self):
        super().server_close()
        threads, self._threads = self._threads, None
        for t in threads or ():
            t.join()


class ThreadingTCPServer(ThreadingMixIn, TCPServer):
    pass


class ThreadingUDPServer(ThreadingMixIn, UDPServer):
    pass


if hasattr(socket, "AF_UNIX"):
    class UnixStreamServer(TCPServer):
        address_family = socket.AF_UNIX

    class UnixDatagramServer(UDPServer):
        address_family = socket.AF_UNIX

    class ThreadingUnixStreamServer(ThreadingMixIn, UnixStreamServer):
        pass

    class ThreadingUnixDatagramServer(ThreadingMixIn, UnixDatagramServer):
        pass


class BaseRequestHandler:
    """Handles one request: setup(), handle(), finish(), all at
    construction."""

    def __init__(self, request, client_address, server):
        self.request = request
        self.client_address = client_address
        self.server = server
        self.setup()
        try:
            self.handle()
        finally:
            self.finish()

    def setup(self):
        pass

    def handle(self):
        pass

    def finish(self):
        pass


class StreamRequestHandler(BaseRequestHandler):
    """`rfile`/`wfile` file objects over a stream connection."""

    rbufsize = -1
    wbufsize = 0
    timeout = None
    disable_nagle_algorithm = False

    def setup(self):
        self.connection = self.request
        if self.timeout is not None:
            self.connection.settimeout(self.timeout)
        self.rfile = self.connection.makefile('rb', self.rbufsize)
        if self.wbufsize == 0:
            # unbuffered: each write goes straight to the connection
            self.wfile = _ConnectionWriter(self.connection)
        else:
            self.wfile = self.connection.makefile('wb', self.wbufsize)

    def finish(self):
        if not self.wfile.closed:
            try:
                self.wfile.flush()
            except OSError:
                pass
        self.wfile.close()
        self.rfile.close()


class _ConnectionWriter:
    """A write-only binary file over a connection's sendall()."""

    def __init__(self, connection):
        self._connection = connection
        self.closed = False

    def writable(self):
        return True

    def write(self, data):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        self._connection.sendall(data)
        return len(data)

    def flush(self):
        pass

    def close(self):
        self.closed = True

    def fileno(self):
        return self._connection.fileno()


class DatagramRequestHandler(BaseRequestHandler):
    """`rfile` holds the datagram; what is written to `wfile` is sent
    back to the client."""

    def setup(self):
        from io import BytesIO
        self.packet, self.socket = self.request
        self.rfile = BytesIO(self.packet)
        self.wfile = BytesIO()

    def finish(self):
        self.socket.sendto(self.wfile.getvalue(), self.client_address)
