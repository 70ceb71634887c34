"""Stand-in for tempfile in the regression-test harness: pyx has no file
system here, so a temporary file is an in-memory one (what the tests that
use it check is the code reading and writing it, not the disk)."""
import io


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None,
                  suffix=None, prefix=None, dir=None, *, errors=None):
    if 'b' in mode:
        return io.BytesIO()
    return io.StringIO(newline=newline)


SpooledTemporaryFile = TemporaryFile


def NamedTemporaryFile(*a, **k):
    raise OSError('no file system under this run')


def mkdtemp(*a, **k):
    raise OSError('no file system under this run')


def mkstemp(*a, **k):
    raise OSError('no file system under this run')


def gettempdir():
    raise OSError('no file system under this run')


class TemporaryDirectory:
    def __init__(self, *a, **k):
        raise OSError('no file system under this run')
