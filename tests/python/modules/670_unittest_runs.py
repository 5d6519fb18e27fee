# The host stdlib's unittest runs a suite (its timing line is not printed)
import io, unittest

class Arith(unittest.TestCase):
    def setUp(self):
        self.items = [3, 1, 2]
    def test_sorted(self):
        self.assertEqual(sorted(self.items), [1, 2, 3])
    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0
    def test_fails(self):
        self.assertIn(4, self.items)
    @unittest.skip("not today")
    def test_skipped(self):
        pass
    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)

suite = unittest.defaultTestLoader.loadTestsFromTestCase(Arith)
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=0).run(suite)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), result.wasSuccessful())
for test, tb in result.failures:
    print(test.id().split(".")[-1], tb.strip().splitlines()[-1])
