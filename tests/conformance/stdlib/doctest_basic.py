"""Module docstring.

>>> 1 + 1
2
>>> x = 10
>>> x * 2
20
"""
import doctest
import sys
import traceback

FILE = traceback.extract_stack()[-1].filename


def add(a, b):
    """Add two numbers.

    >>> add(2, 3)
    5
    >>> add('a', 'b')
    'ab'
    >>> add(1, 1)   # a wrong expectation
    3
    >>> print("line one\\nline two")
    line one
    line two
    >>> [i for i in range(20)]   # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> print("a   b\\n c")  # doctest: +NORMALIZE_WHITESPACE
    a b c
    >>> print("")
    <BLANKLINE>
    >>> True
    1
    >>> None
    >>> for i in range(2):
    ...     print(i)
    0
    1
    """
    return a + b


def boom():
    """
    >>> boom()
    Traceback (most recent call last):
      ...
    ValueError: boom!
    >>> boom()
    Traceback (most recent call last):
    ValueError: something else
    >>> boom()   # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: different detail
    >>> {}["x"]
    >>> undefined_name  # doctest: +SKIP
    """
    raise ValueError("boom!")


class Widget:
    """A widget.

    >>> Widget().size
    3
    """
    size = 3

    def grow(self, n):
        """
        >>> w = Widget()
        >>> w.grow(2)
        5
        """
        return self.size + n


def without_frames(text):
    """Leave out traceback entries (they name doctest's own code)."""
    kept = []
    skip_deeper_than = None
    for line in text.split("\n"):
        depth = len(line) - len(line.lstrip(" "))
        if skip_deeper_than is not None and depth > skip_deeper_than:
            continue
        skip_deeper_than = None
        if line.lstrip(" ").startswith("File ") and "Traceback" not in line:
            if kept and kept[-1].strip().startswith("Traceback") or depth > 4:
                skip_deeper_than = depth
                continue
        kept.append(line)
    return "\n".join(kept)


def main():
    import io
    out = io.StringIO()
    saved = sys.stdout
    sys.stdout = out
    try:
        result = doctest.testmod(sys.modules[__name__])
    finally:
        sys.stdout = saved
    print(without_frames(out.getvalue().replace(FILE, "FILE")))
    print(result)


main()
finder = doctest.DocTestFinder()
tests = finder.find(sys.modules[__name__])
print([(t.name, len(t.examples)) for t in tests])
parser = doctest.DocTestParser()
ex = parser.get_examples(">>> a = 1\n>>> a\n1\n>>> raise KeyError(2)\nTraceback (most recent call last):\n  File x\nKeyError: 2\n")
print([(e.source, e.want, e.exc_msg, e.lineno) for e in ex])
for bad in [">>>x = 1\n", ">>> a = 1\n ... b\n", "  >>> a\n b\n", ">>> a  # doctest: +NOPE\n"]:
    try:
        parser.get_examples(bad, "bad")
    except ValueError as e:
        print("ValueError:", e)
checker = doctest.OutputChecker()
print(checker.check_output("a...z\n", "abcz\n", doctest.ELLIPSIS), checker.check_output("1\n", "True\n", 0),
      checker.check_output("1\n", "True\n", doctest.DONT_ACCEPT_TRUE_FOR_1))
r = doctest.DocTestRunner(verbose=True)
t = parser.get_doctest(">>> 2 * 3\n6\n>>> print('hi')\n", {}, "verbose_demo", "demo.txt", 0)
import io
buf = io.StringIO()
r.run(t, out=buf.write)
print(buf.getvalue())
saved = sys.stdout
sys.stdout = buf = io.StringIO()
r.summarize()
sys.stdout = saved
print(buf.getvalue())
