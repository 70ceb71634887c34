"""Stand-in for multiprocessing in the regression-test harness: pyx runs
one process, so there is only the main process and no way to start
another."""


class _Process:
    name = 'MainProcess'
    daemon = False


_MAIN = _Process()


def current_process():
    return _MAIN


def _no_processes(*args, **kwargs):
    raise NotImplementedError('multiprocessing: no child processes under pyx')


Queue = Pipe = Process = Manager = Pool = get_context = _no_processes
