# unittest: a TestCase suite run by TextTestRunner on sys.stdout (verbosity 2), fixtures, subtests, skips, expected failures
import io, re, sys, unittest

log = []

class Calculator:
    def add(self, a, b):
        return a + b
    def div(self, a, b):
        return a / b

class TestCalculator(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass")
    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass")
    def setUp(self):
        self.calc = Calculator()
        self.addCleanup(log.append, "cleanup")
    def tearDown(self):
        log.append("tearDown")
    def test_add(self):
        """Adding two numbers."""
        self.assertEqual(self.calc.add(2, 3), 5)
        self.assertNotEqual(self.calc.add(2, 2), 5)
    def test_div(self):
        self.assertAlmostEqual(self.calc.div(1, 3), 0.333333, places=5)
        with self.assertRaises(ZeroDivisionError) as cm:
            self.calc.div(1, 0)
        self.assertIn("division", str(cm.exception))
        self.assertRaisesRegex(ZeroDivisionError, "by zero", self.calc.div, 2, 0)
    def test_asserts(self):
        self.assertTrue([1]); self.assertFalse(""); self.assertIs(None, None); self.assertIsNot(1, None)
        self.assertIsNone(None); self.assertIsNotNone(0); self.assertIn(1, [1]); self.assertNotIn(2, [1])
        self.assertIsInstance(1, int); self.assertNotIsInstance(1, str); self.assertGreater(2, 1); self.assertLessEqual(1, 1)
        self.assertCountEqual([1, 2, 2], [2, 1, 2]); self.assertRegex("abc123", r"\d+"); self.assertNotRegex("abc", r"\d")
        self.assertListEqual([1], [1]); self.assertDictEqual({"a": 1}, {"a": 1}); self.assertSetEqual({1}, {1}); self.assertTupleEqual((1,), (1,))
        self.assertSequenceEqual("ab", ["a", "b"]); self.assertMultiLineEqual("a\nb", "a\nb"); self.assertAlmostEqual(1.0, 1.05, delta=0.1)
        with self.assertWarns(UserWarning):
            import warnings
            warnings.warn("w", UserWarning)
        with self.assertLogs("unit", level="INFO") as lg:
            import logging
            logging.getLogger("unit").info("logged %d", 1)
        self.assertEqual(lg.output, ["INFO:unit:logged 1"])
    def test_fail_equal(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])
    def test_fail_dict(self):
        self.assertDictEqual({"a": 1, "b": 2}, {"a": 1, "b": 3}, "custom message")
    def test_error(self):
        raise RuntimeError("unexpected")
    @unittest.skip("demonstrating skip")
    def test_skipped(self):
        self.fail("never")
    @unittest.skipIf(True, "condition true")
    def test_skipif(self):
        pass
    @unittest.skipUnless(sys.platform.startswith("linux"), "linux only")
    def test_linux(self):
        self.assertTrue(True)
    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 0)
    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass
    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i, parity="even" if i % 2 == 0 else "odd"):
                self.assertLess(i, 2)
    def test_skip_inside(self):
        self.skipTest("skipped at runtime")

class TestOther(unittest.TestCase):
    maxDiff = None
    def test_long_string_diff(self):
        self.assertEqual("line one\nline two\nline three\n", "line one\nline 2\nline three\n")
    def test_fail_message(self):
        self.assertTrue(False, msg="explicit msg")
    def id(self):
        return "custom.id." + self._testMethodName

def clean(text):
    text = re.sub(r'File "[^"]*/', 'File "', text)
    text = re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in Xs", text)
    return text

loader = unittest.TestLoader()
suite = unittest.TestSuite()
suite.addTests(loader.loadTestsFromTestCase(TestCalculator))
suite.addTests(loader.loadTestsFromTestCase(TestOther))
print(suite.countTestCases(), loader.getTestCaseNames(TestOther))
stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2)
result = runner.run(suite)
out = clean(stream.getvalue())
# the body (per-test lines and failure reports) up to the timing line
print(out.split("----------------------------------------------------------------------\nRan")[0].rstrip("\n="))
print(out.strip().splitlines()[-1])
print("run", result.testsRun, "failures", len(result.failures), "errors", len(result.errors), "skipped", len(result.skipped),
      "xfail", len(result.expectedFailures), "xpass", len(result.unexpectedSuccesses), "ok", result.wasSuccessful())
print(sorted(t.id().split(".")[-1] + ":" + r for t, r in result.skipped))
print(sorted(str(t) for t, tb in result.failures))
print(log)
quiet = unittest.TextTestRunner(stream=io.StringIO(), verbosity=0).run(loader.loadTestsFromName("TestOther.test_fail_message", sys.modules[__name__]))
print(quiet.testsRun, len(quiet.failures), quiet.failures[0][1].strip().splitlines()[-1])
class Fn(unittest.TestCase):
    pass
ft = unittest.FunctionTestCase(lambda: None, description="a function test")
print(ft.shortDescription(), unittest.TextTestRunner(stream=io.StringIO(), verbosity=0).run(ft).wasSuccessful())
print(TestCalculator("test_add").shortDescription(), TestCalculator("test_div").shortDescription(), str(TestCalculator("test_add")))
tc = unittest.TestCase()
try:
    tc.assertEqual({"k": [1, 2]}, {"k": [1, 3]})
except AssertionError as e:
    print(str(e))
try:
    tc.assertAlmostEqual(1.0, 1.1)
except AssertionError as e:
    print(str(e))
try:
    tc.assertIn("z", "abc", "extra text")
except AssertionError as e:
    print(str(e))
try:
    tc.assertRaises(ValueError, int, "5")
except AssertionError as e:
    print(str(e))
