"""Unittest main program"""

import sys

from . import loader, runner
from .signals import installHandler

__unittest = True

MAIN_EXAMPLES = """\
Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase
"""

MODULE_EXAMPLES = """\
Examples:
  %(prog)s test_module               - run tests from test_module
  %(prog)s module.TestClass          - run tests from module.TestClass
  %(prog)s module.Class.test_method  - run specified test method
  %(prog)s path/to/test_file.py      - run tests from test_file.py
"""

_OPTIONS = """\
options:
  -h, --help           show this help message and exit
  -v, --verbose        Verbose output
  -q, --quiet          Quiet output
  --locals             Show local variables in tracebacks
  -f, --failfast       Stop on first fail or error
  -c, --catch          Catch Ctrl-C and display results so far
  -b, --buffer         Buffer stdout and stderr during tests
  -k TESTNAMEPATTERNS  Only run tests which match the given substring
"""


def _convert_name(name):
    # A file name given on the command line names its module.
    if name.endswith(".py") and "/" not in name.rstrip("/")[:-3] or name.endswith(".py"):
        return name[:-3].replace("/", ".")
    return name


def _convert_select_pattern(pattern):
    if "*" not in pattern:
        pattern = "*%s*" % pattern
    return pattern


class TestProgram(object):
    """A command-line program that runs a set of tests; this is primarily
    for making test modules conveniently executable."""
    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None

    def __init__(self, module="__main__", defaultTest=None, argv=None,
                 testRunner=None, testLoader=loader.defaultTestLoader,
                 exit=True, verbosity=1, failfast=None, catchbreak=None,
                 buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split(".")[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv

        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        if warnings is None and not getattr(sys, "warnoptions", None):
            self.warnings = "default"
        else:
            self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = argv[0].rsplit("/", 1)[-1] if argv else "python -m unittest"
        self.parseArgs(argv)
        self.runTests()

    def usageExit(self, msg=None):
        if msg:
            print(msg)
        self._print_help()
        sys.exit(2)

    def _usage(self):
        if self.module is None:
            return "usage: %s [-h] [-v] [-q] [--locals] [-f] [-c] [-b] [-k TESTNAMEPATTERNS] [tests ...]\n" % self.progName
        return "usage: %s [-h] [-v] [-q] [--locals] [-f] [-c] [-b] [-k TESTNAMEPATTERNS] [tests ...]\n" % self.progName

    def _print_help(self, *args, **kwargs):
        text = self._usage() + "\npositional arguments:\n"
        if self.module is None:
            text += "  tests                a list of any number of test modules, classes and test\n" \
                    "                       methods.\n\n"
        else:
            text += "  tests                a list of any number of test modules, classes and test\n" \
                    "                       methods.\n\n"
        text += _OPTIONS
        text += "\n"
        examples = MODULE_EXAMPLES if self.module is None else MAIN_EXAMPLES
        text += examples % {"prog": self.progName}
        sys.stdout.write(text)

    def _arg_error(self, message):
        sys.stderr.write(self._usage())
        sys.stderr.write("%s: error: %s\n" % (self.progName, message))
        sys.exit(2)

    def parseArgs(self, argv):
        tests = []
        patterns = []
        args = list(argv[1:])
        rest_are_tests = False
        unknown = []
        i = 0
        while i < len(args):
            a = args[i]
            i += 1
            if rest_are_tests or not a.startswith("-") or a == "-":
                tests.append(a)
                continue
            if a == "--":
                rest_are_tests = True
            elif a in ("-h", "--help"):
                self._print_help()
                sys.exit(0)
            elif a in ("-v", "--verbose"):
                self.verbosity = 2
            elif a in ("-q", "--quiet"):
                self.verbosity = 0
            elif a == "--locals":
                self.tb_locals = True
            elif a in ("-f", "--failfast"):
                self.failfast = True
            elif a in ("-c", "--catch"):
                self.catchbreak = True
            elif a in ("-b", "--buffer"):
                self.buffer = True
            elif a == "-k" or a.startswith("-k"):
                value = a[2:]
                if not value:
                    if i >= len(args):
                        self._arg_error("argument -k: expected one argument")
                    value = args[i]
                    i += 1
                patterns.append(_convert_select_pattern(value))
            else:
                unknown.append(a)
        if unknown:
            self._arg_error("unrecognized arguments: %s" % " ".join(unknown))
        if patterns:
            self.testNamePatterns = patterns
        if self.module is None:
            # `-m unittest` without discovery: the names are test modules.
            if not tests:
                self._arg_error("no test names given (pyx has no test discovery)")
            self.testNames = [_convert_name(name) for name in tests]
            self.createTests()
            return
        if tests:
            self.testNames = tests
            if __name__ == "__main__":
                self.module = None
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        if self.catchbreak:
            installHandler()
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        if isinstance(self.testRunner, type):
            try:
                try:
                    testRunner = self.testRunner(verbosity=self.verbosity,
                                                 failfast=self.failfast,
                                                 buffer=self.buffer,
                                                 warnings=self.warnings,
                                                 tb_locals=self.tb_locals)
                except TypeError:
                    testRunner = self.testRunner(verbosity=self.verbosity,
                                                 failfast=self.failfast,
                                                 buffer=self.buffer,
                                                 warnings=self.warnings)
            except TypeError:
                testRunner = self.testRunner()
        else:
            testRunner = self.testRunner
        self.result = testRunner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
