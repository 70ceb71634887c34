import io
import re
import sys
import traceback
import unittest

FILE = traceback.extract_stack()[-1].filename


def run(*classes, verbosity=2, **kw):
    loader = unittest.TestLoader()
    suite = unittest.TestSuite(loader.loadTestsFromTestCase(c) for c in classes)
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kw).run(suite)
    out = stream.getvalue().replace(FILE, "FILE")
    out = re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in Ts", out)
    print(out)
    return result


class Basics(unittest.TestCase):
    def test_pass(self):
        self.assertEqual(1 + 1, 2)
        self.assertTrue([1])
        self.assertFalse([])
        self.assertIn(2, [1, 2])
        self.assertIsNone(None)
        self.assertIsInstance(3, int)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertRegex("hello world", r"w\w+")

    def test_fail_equal(self):
        self.assertEqual(1, 2)

    def test_fail_msg(self):
        self.assertEqual("a", "b", "custom message")

    def test_error(self):
        raise KeyError("boom")

    def test_doc(self):
        """First line of the docstring.

        More text."""
        self.assertTrue(False)

    @unittest.skip("not today")
    def test_skipped(self):
        raise AssertionError("never")

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 0)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass


r = run(Basics)
print(r, r.testsRun, len(r.failures), len(r.errors), len(r.skipped),
      len(r.expectedFailures), len(r.unexpectedSuccesses), r.wasSuccessful())
run(Basics, verbosity=1)


class Messages(unittest.TestCase):
    longMessage = True

    def check(self, f, *args, **kw):
        try:
            f(*args, **kw)
        except AssertionError as e:
            print(type(e).__name__ + ":", e)
        else:
            print("no failure")

    def test_messages(self):
        c = self.check
        c(self.assertEqual, 1, 2)
        c(self.assertNotEqual, 1, 1)
        c(self.assertTrue, 0)
        c(self.assertFalse, "x")
        c(self.assertIs, 1, None)
        c(self.assertIsNot, None, None)
        c(self.assertIsNone, 5)
        c(self.assertIsNotNone, None)
        c(self.assertIn, 5, [1, 2])
        c(self.assertNotIn, 1, [1, 2])
        c(self.assertIsInstance, 1, str)
        c(self.assertNotIsInstance, 1, int)
        c(self.assertLess, 2, 1)
        c(self.assertLessEqual, 2, 1)
        c(self.assertGreater, 1, 2)
        c(self.assertGreaterEqual, 1, 2)
        c(self.assertAlmostEqual, 1.0, 1.1)
        c(self.assertAlmostEqual, 1.0, 1.1, places=3)
        c(self.assertAlmostEqual, 1.0, 1.5, delta=0.1)
        c(self.assertNotAlmostEqual, 1.0, 1.0 + 1e-9)
        c(self.assertNotAlmostEqual, 1.0, 1.05, delta=0.1)
        c(self.assertRegex, "abc", "x+")
        c(self.assertNotRegex, "abc", "b")
        c(self.assertSetEqual, {1, 2}, {2, 3})
        c(self.assertCountEqual, [1, 1, 2], [1, 2, 2])
        c(self.assertCountEqual, [[1], [2]], [[2], [3]])
        c(self.assertEqual, 1, 2, msg="extra")
        c(self.assertEqual, "x" * 100, "x" * 99 + "y")
        c(self.fail, "explicit")
        c(self.assertTupleEqual, (1,), [1])
        self.longMessage = False
        c(self.assertEqual, 1, 2, msg="only mine")
        c(self.assertEqual, 1, 2)
        with self.assertRaises(TypeError):
            self.assertAlmostEqual(1, 2, places=1, delta=1)

    def test_raises(self):
        with self.assertRaises(ValueError) as cm:
            int("x")
        print(type(cm.exception).__name__, cm.exception)
        self.assertRaises(ZeroDivisionError, lambda: 1 / 0)
        with self.assertRaisesRegex(ValueError, "invalid literal"):
            int("y")
        try:
            with self.assertRaises(KeyError):
                pass
        except AssertionError as e:
            print("AssertionError:", e)
        try:
            self.assertRaises(KeyError, len, [])
        except AssertionError as e:
            print("AssertionError:", e)
        try:
            with self.assertRaisesRegex(ValueError, "^zzz"):
                raise ValueError("abc")
        except AssertionError as e:
            print("AssertionError:", e)
        try:
            with self.assertRaises(KeyError):
                raise IndexError("not caught")
        except IndexError as e:
            print("propagated", repr(e))
        try:
            self.assertRaises(42)
        except TypeError as e:
            print("TypeError:", e)
        try:
            with self.assertRaises(KeyError, foo=1):
                pass
        except TypeError as e:
            print("TypeError:", e)


run(Messages)
print(Messages("test_raises"), repr(Messages("test_raises")), Messages("test_raises").id())
try:
    Messages("nope")
except ValueError as e:
    print("ValueError:", e)
