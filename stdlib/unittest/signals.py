"""Ctrl-C handling of the unittest runner (`-c`/`catchbreak`).

pyx gives Python code no signal handlers, so these only keep the
registry of results; an interrupt stops the interpreter as the host
decides."""

__unittest = True

_results = {}
_interrupt_handler = None


def registerResult(result):
    _results[id(result)] = result


def removeResult(result):
    return _results.pop(id(result), None) is not None


def installHandler():
    global _interrupt_handler
    _interrupt_handler = True


def removeHandler(method=None):
    global _interrupt_handler
    if method is not None:
        return method
    _interrupt_handler = None
