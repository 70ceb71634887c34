"""Stand-in for marshal in the regression-test harness: pyx has no
bytecode to serialise (a deliberate difference), but test helpers such as
test.test_importlib.util import marshal at their top; with this they load,
and any use of marshal raises."""

version = 4


def _unavailable(*args, **kwargs):
    raise NotImplementedError("marshal: pyx has no bytecode")


dump = dumps = load = loads = _unavailable
