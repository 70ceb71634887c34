import io
import re
import traceback
import unittest
import warnings

FILE = traceback.extract_stack()[-1].filename
log = []


def run(*classes, verbosity=2, **kw):
    loader = unittest.TestLoader()
    suite = unittest.TestSuite(loader.loadTestsFromTestCase(c) for c in classes)
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kw).run(suite)
    out = stream.getvalue().replace(FILE, "FILE")
    out = re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in Ts", out)
    print(out)
    return result


class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass")
        cls.addClassCleanup(log.append, "classCleanup")

    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass")

    def setUp(self):
        log.append("setUp " + self._testMethodName)
        self.addCleanup(log.append, "cleanup " + self._testMethodName)

    def tearDown(self):
        log.append("tearDown " + self._testMethodName)

    def test_a(self):
        log.append("a")

    def test_b(self):
        log.append("b")
        self.fail("b fails")


class SubTests(unittest.TestCase):
    def test_sub(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_sub_msg(self):
        with self.subTest("named", x=1):
            with self.subTest(y=2):
                raise ValueError("inner")
        with self.subTest():
            self.assertTrue(False)


class BrokenSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("class setup failed")

    def test_never(self):
        log.append("never runs")


@unittest.skip("whole class")
class SkippedClass(unittest.TestCase):
    def test_x(self):
        pass


class Conditional(unittest.TestCase):
    @unittest.skipIf(True, "condition true")
    def test_if(self):
        pass

    @unittest.skipUnless(False, "condition false")
    def test_unless(self):
        pass

    @unittest.skipIf(False, "not skipped")
    def test_runs(self):
        pass

    def test_skiptest(self):
        self.skipTest("skipped inside")

    def test_setup_error_in_cleanup(self):
        def bad():
            raise OSError("cleanup failed")
        self.addCleanup(bad)


class Warn(unittest.TestCase):
    def test_warns(self):
        with self.assertWarns(UserWarning) as cm:
            warnings.warn("careful", UserWarning)
        print("warned:", cm.warning)
        with self.assertWarnsRegex(DeprecationWarning, "old"):
            warnings.warn("this is old", DeprecationWarning)
        try:
            with self.assertWarns(RuntimeWarning):
                pass
        except AssertionError as e:
            print("AssertionError:", e)

    def test_logs(self):
        import logging
        with self.assertLogs("mylog", level="INFO") as cm:
            logging.getLogger("mylog").info("first")
            logging.getLogger("mylog.child").warning("second %d", 2)
            logging.getLogger("mylog").debug("hidden")
        print(cm.output)
        try:
            with self.assertLogs("quiet"):
                pass
        except AssertionError as e:
            print("AssertionError:", e)
        with self.assertNoLogs("quiet2"):
            pass


run(Fixtures, SubTests, BrokenSetUpClass, SkippedClass, Conditional, Warn)
print(log)

# loader details
loader = unittest.TestLoader()
print(loader.getTestCaseNames(Fixtures), loader.getTestCaseNames(Conditional))
s = loader.loadTestsFromTestCase(Fixtures)
print(s.countTestCases(), [t.id() for t in s])
loader.testNamePatterns = ["*_if*", "*runs"]
print(loader.getTestCaseNames(Conditional))
loader = unittest.TestLoader()
loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(loader.getTestCaseNames(Conditional))
suite = unittest.TestSuite()
suite.addTest(Fixtures("test_a"))
suite.addTests([Conditional("test_runs")])
print(suite.countTestCases(), list(suite))
try:
    suite.addTest(Fixtures)
except TypeError as e:
    print("TypeError:", e)
try:
    suite.addTest(5)
except TypeError as e:
    print("TypeError:", e)
ft = unittest.FunctionTestCase(lambda: None, description="a function test")
print(ft.shortDescription(), unittest.TestResult())

# failfast stops at the first failure
r = run(SubTests, Fixtures, verbosity=1, failfast=True)
print(r.testsRun, r.shouldStop)

# main() with exit=False, argv naming one class
import sys
import __main__
stream = io.StringIO()
prog = unittest.main(module=__name__, argv=["prog", "Conditional.test_runs"], exit=False,
                     testRunner=unittest.TextTestRunner(stream=stream))
print(prog.result.testsRun, prog.result.wasSuccessful())

# the base classes hold no tests; the module-level loaders are deprecated
print(unittest.TestLoader().loadTestsFromTestCase(unittest.FunctionTestCase).countTestCases(),
      unittest.TestLoader().loadTestsFromTestCase(unittest.TestCase).countTestCases())
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(unittest.getTestCaseNames(Conditional, "test"))
    print(unittest.makeSuite(Fixtures).countTestCases())
for w in caught:
    print(w.category.__name__, w.message)
