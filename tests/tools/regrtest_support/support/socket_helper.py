"""Stand-in for test.support.socket_helper: no sockets under pyx."""
import unittest
HOST = "localhost"
HOSTv4 = "127.0.0.1"
HOSTv6 = "::1"
IPV6_ENABLED = False


def skip_unless_bind_unix_socket(test):
    return unittest.skip("no sockets under pyx")(test)


def find_unused_port(*a, **k):
    raise unittest.SkipTest("no sockets under pyx")


def bind_port(*a, **k):
    raise unittest.SkipTest("no sockets under pyx")
