import contextlib
import io
import re
import unittest


class Small(unittest.TestCase):
    def test_alpha(self):
        pass

    def test_beta(self):
        self.assertTrue(False, "beta fails")

    def test_gamma(self):
        pass


def main(*argv):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            prog = unittest.main(module=__name__, argv=["prog", *argv], exit=False,
                                 testRunner=unittest.TextTestRunner(stream=err))
            result = prog.result
            summary = (result.testsRun, len(result.failures), prog.verbosity, prog.failfast,
                       prog.testNamePatterns)
        except SystemExit as e:
            summary = "SystemExit(%r)" % (e.code,)
    text = re.sub(r"in [0-9.]+s", "in Ts", err.getvalue())
    text = re.sub(r'File ".*", line', 'File "FILE", line', text)
    print("==", argv, summary)
    print(out.getvalue(), end="")
    print(text, end="")


main()
main("-v")
main("-q", "Small.test_alpha")
main("-k", "alpha", "-k", "gam*")
main("-f", "-b")
main("--locals", "Small.test_gamma")
main("-h")
main("--nope")
main("-k")
main("Small.missing")
