//! Modules the VM itself provides as Python source (pure computation):
//! a minimal `asyncio` event loop for `run`, `gather`, `sleep`.

const ASYNCIO: &str = r#"
class _Sleep:
    def __init__(self, result):
        self.result = result
    def __await__(self):
        yield None
        return self.result

def sleep(delay, result=None):
    return _Sleep(result)

class Task:
    def __init__(self, coro):
        if not hasattr(coro, 'send'):
            coro = coro.__await__()
        self._coro = coro
        self._done = False
        self._result = None
        self._exc = None
    def _step(self):
        if self._done:
            return
        try:
            self._coro.send(None)
        except StopIteration as e:
            self._done = True
            self._result = e.value
        except BaseException as e:
            self._done = True
            self._exc = e
    def done(self):
        return self._done
    def result(self):
        if self._exc is not None:
            raise self._exc
        return self._result
    def __await__(self):
        while not self._done:
            yield None
        return self.result()

_tasks = []

def create_task(coro):
    t = Task(coro)
    _tasks.append(t)
    return t

def _run_pending():
    for t in list(_tasks):
        t._step()
        if t._done and t in _tasks:
            _tasks.remove(t)

class _Gather:
    def __init__(self, aws, return_exceptions):
        self.aws = aws
        self.return_exceptions = return_exceptions
    def __await__(self):
        tasks = [a if isinstance(a, Task) else Task(a) for a in self.aws]
        while True:
            for t in tasks:
                if t not in _tasks:
                    t._step()
            if all(t._done for t in tasks):
                break
            yield None
        out = []
        for t in tasks:
            if t._exc is not None:
                if self.return_exceptions:
                    out.append(t._exc)
                    continue
                raise t._exc
            out.append(t._result)
        return out

def gather(*aws, return_exceptions=False):
    return _Gather(aws, return_exceptions)

def run(main):
    _tasks.clear()
    while True:
        try:
            main.send(None)
        except StopIteration as e:
            return e.value
        _run_pending()

def iscoroutine(obj):
    return type(obj).__name__ == 'coroutine'
"#;

/// The mini `sys` (safe attributes only; the VM adds `modules`,
/// `exc_info`, `getrecursionlimit`). No `_getframe`, `settrace`, host
/// paths or environment.
const SYS: &str = r#"
class _Stream:
    def __init__(self, name):
        self.name = name
    def write(self, s):
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        print(s, end='', file=self.name)
        return len(s)
    def flush(self):
        pass
    def isatty(self):
        return False

stdout = _Stream('<stdout>')
stderr = _Stream('<stderr>')
__stdout__ = stdout
__stderr__ = stderr
version = '3.11.0 (pyx)'
version_info = (3, 11, 0, 'final', 0)
hexversion = 0x030b00f0
maxsize = 9223372036854775807
maxunicode = 0x10ffff
byteorder = 'little'
platform = 'pyx'
argv = []
path = []
meta_path = []
builtin_module_names = ('builtins', 'sys')
implementation = None
def exit(code=None):
    raise SystemExit(code)
"#;

pub fn source(name: &str) -> Option<&'static str> {
    match name {
        "sys" => Some(SYS),
        "asyncio" => Some(ASYNCIO),
        _ => None,
    }
}
