# doctest.DocTestSuite() with no module collects the tests of the module
# that calls it (here `mod`), not those of __main__.
import unittest

import mod

suite = mod.suite()
names = sorted(t.id() for t in suite)
print(names)
result = unittest.TestResult()
suite.run(result)
print(result.testsRun, result.wasSuccessful())
