"""Stand-in for asyncore (deprecated, gone in 3.12) in the regression-test
harness: the names test modules subclass at import time. pyx has no
listening sockets, so a dispatcher cannot be created."""
socket_map = {}


class dispatcher:
    def __init__(self, sock=None, map=None):
        raise PermissionError('asyncore: no listening sockets under pyx')


def loop(timeout=30.0, use_poll=False, map=None, count=None):
    pass


def close_all(map=None, ignore_all=False):
    (socket_map if map is None else map).clear()
