import doctest
import io
import re
import sys
import traceback
import unittest

FILE = traceback.extract_stack()[-1].filename


def square(x):
    """Square a number.

    >>> square(3)
    9
    >>> square(-2)
    4
    """
    return x * x


def broken(x):
    """
    >>> broken(1)
    2
    """
    return x


def no_examples():
    """Just prose."""


suite = doctest.DocTestSuite(sys.modules[__name__])
print(suite.countTestCases(), [t.id() for t in suite], [repr(t) for t in suite])
print([t.shortDescription() for t in suite])
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
out = re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in Ts", stream.getvalue())
# The failure's traceback names doctest's own file and line.
out = re.sub(r'File "[^"]*doctest\.py", line \d+', 'File "DOCTEST", line N', out)
print(out.replace(FILE, "FILE"))
print(result.testsRun, len(result.failures))

# run_docstring_examples and option flags given to the runner
buf = io.StringIO()
saved = sys.stdout
sys.stdout = buf
try:
    doctest.run_docstring_examples(broken, {"broken": broken}, name="broken")
    doctest.run_docstring_examples(square, {"square": square}, verbose=True, name="square")
finally:
    sys.stdout = saved
print(buf.getvalue().replace(FILE, "FILE"))

# diff reports
checker = doctest.OutputChecker()
ex = doctest.Example("f()\n", "a\nb\nc\nd\n")
for flag in (doctest.REPORT_UDIFF, doctest.REPORT_CDIFF, doctest.REPORT_NDIFF):
    print(checker.output_difference(ex, "a\nB\nc\nd\n", flag))
print(checker.output_difference(doctest.Example("f()", ""), "", 0), end="")
print(checker.output_difference(doctest.Example("f()", "x"), "", 0), end="")
print(checker.output_difference(doctest.Example("f()", ""), "\n", 0), end="")
