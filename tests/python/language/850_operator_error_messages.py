# CPython's wording for failing operators and operator-like built-ins:
# membership, ordering, unary operators, divmod/round, augmented assignment,
# and item assignment/deletion on objects that do not support it.
import warnings
warnings.simplefilter('ignore')  # "perhaps you missed a comma?" SyntaxWarnings

def t(s):
    try:
        print(s, '->', repr(eval(s)))
    except Exception as e:
        print(s, '!!', type(e).__name__, e)

def x(s):
    try:
        exec(s, {})
        print(s, 'ok')
    except Exception as e:
        print(s, '!!', type(e).__name__, e)

for s in ["1 in 5", "'a' in 5", "1 in None", "None in 'abc'", "[] in {}", "[] in set()",
          "1 not in 5", "1 in {1: 2}.keys()",
          "[] < 1", "1 < []", "[] <= 'a'", "() > []", "None < None", "1j < 1j", "{} < {}",
          "'a' >= 1", "object() < object()",
          "-'a'", "+'a'", "~1.5", "~'a'", "abs('a')", "-None", "~[]", "+[]", "-{}", "~1j",
          "divmod(1, 'a')", "divmod('a', 1)", "divmod(1j, 1)", "divmod(1.0, 'a')",
          "divmod(1, 0)", "divmod(1.0, 0)", "divmod(None, None)",
          "round(1.5, 'a')", "round('a')", "round(1.5, None)", "round(1, 'a')", "round(None)",
          "round(1.5, 1.0)", "round(1j)", "round(1, None)",
          "1 + 'a'", "'a' + 1", "1 - 'a'", "1 @ 2", "1 // 'a'", "1 % 'a'", "1 << 1.0",
          "1.0 << 1", "1 & 1.0", "[] - []", "{} | []", "{1} | [1]", "{} | {1}",
          "1 / 0", "1.0 / 0", "1 // 0", "1 % 0", "1.0 // 0.0", "1.0 % 0.0", "0 ** -1",
          "0.0 ** -1", "1j / 0", "1 << -1", "1 >> -1",
          "len(5)", "hash([])", "iter(5)", "next(5)", "next([])", "reversed(5)",
          "sum(['a'])", "sum([1, 'a'])", "sum([], 'a')", "min(5)", "max()",
          "int(None)", "float(None)", "complex(None)", "int([])", "int(1j)", "float(1j)",
          "[1][None]", "(1,)['a']", "'a'[1.0]", "{}[[]]", "None[0]", "5[0]", "abs(None)",
          "chr('a')", "ord(5)", "ord('ab')", "bin(1.0)", "hex('a')", "oct(None)"]:
    t(s)

for s in ["a = 1; a += 'x'", "a = 'x'; a += 1", "a = 1; a -= 'x'", "a = 1; a *= None",
          "a = None; a |= 1", "a = 1; a @= 1", "a = []; a -= []", "a = (); a += []",
          "a = 1.0; a //= 'x'", "a = 1; a **= 'x'", "a = 1; a <<= 'x'", "a = 1; a >>= 1.0",
          "a = {}; a |= [1]", "a = {1}; a |= [1]", "a = 'a'; a %= ()", "a = 1; a /= 0",
          "a = [1]; del a[None]", "a = [1]; a[None] = 1", "a = 5; a[0] = 1"]:
    x(s)

class NoDel:
    pass
class GetOnly:
    def __getitem__(self, k):
        return 1
for o in ['5', "'x'", '(1,)', 'frozenset()', 'range(3)', '(i for i in [])', 'NoDel()',
          'GetOnly()', 'None', '1.5', '{}.keys()', 'iter([])']:
    for k in ['0', "'a'", 'None', 'True']:
        for stmt in ['del o[k]', 'o[k] = 1', 'o[k]']:
            try:
                exec(stmt, {'o': eval(o), 'k': eval(k)})
                print(o, stmt, k, 'ok')
            except Exception as e:
                print(o, stmt, k, type(e).__name__, e)
