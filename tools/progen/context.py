"""Generation context shared by the expression and statement generators.

A GenContext owns the random source (random.Random(seed): the only source of
choices, so one seed always gives one program), hands out fresh names, and
records the variables a piece of code may read, each with its static type.
The generators never let a variable change type except in the templates
that do it on purpose (stmtgen's type-change sections), so an expression
built for a type is always well-typed when it runs.

Types are short strings:
  int    an int kept below about 2**130 (every store reduces it modulo M)
  float  a float kept below about 1e6 in magnitude
  str    a short str (every store slices it)
  bool
  list   a list of ints (length kept below about 64)
  dict   a dict from str keys to ints
  tuple  a tuple of ints (never empty)
"""

import random

TYPES = ("int", "float", "str", "bool", "list", "dict", "tuple")

# While True, the generator leaves out the constructs of uopy differences
# already reported (the KNOWN_* tables in sections_types.py and
# sections_flow.py), so that a batch finds something new. generate(seed,
# skip_known=False) (progen.py --include-known, difftest.py --include-known)
# generates them, to check whether they are fixed. The program of a seed
# depends on this switch.
SKIP_KNOWN = [True]

# Moduli for int stores: small, around machine-word size, and well beyond it.
INT_MODULI = (
    "1000003", "65521", "2**31 - 1", "2**61 - 1", "2**64 + 13", "2**89 - 1",
    "10**20 + 39", "2**127 - 1", "10**30 + 57", "(1 << 100) + 277",
)

WORDS = (
    "alpha", "beta", "gamma", "delta", "omega", "x", "yy", "zzz", "Hello",
    "World", "a,b,c", "  pad ", "MiXeD", "snake_case", "CamelCase", "42",
    "3.5", "", "ab ab ab", "tab\tsep", "dot.ted", "q", "Kappa Lambda",
)


class Scope:
    """Variables visible to the code being generated, by name -> type."""

    def __init__(self, parent=None, kind="function"):
        self.vars = {}
        self.parent = parent
        self.kind = kind  # "module", "function" or "class"

    def add(self, name, typ):
        self.vars[name] = typ

    def visible(self):
        out = {}
        if self.parent is not None and self.parent.kind == "module" and self.kind == "function":
            # Functions see module globals (read-only for them).
            out.update(self.parent.visible())
        out.update(self.vars)
        return out

    def of_type(self, typ, exclude=()):
        return sorted(n for n, t in self.visible().items() if t == typ and n not in exclude)


class GenContext:
    def __init__(self, seed):
        self.seed = seed
        self.rng = random.Random(seed)
        self.counters = {}
        # Names that must not be written by random statements (loop
        # variables, counters the template relies on).
        self.readonly = set()
        # Estimated cost of the program, in loop-body executions.
        self.cost = 0
        # Optional prelude pieces the program has (e.g. "errors": AppError, raise_if).
        self.flags = {}

    # --- random helpers -------------------------------------------------
    def chance(self, p):
        return self.rng.random() < p

    def choice(self, seq):
        return self.rng.choice(seq)

    def randint(self, a, b):
        return self.rng.randint(a, b)

    def weighted(self, pairs):
        """pairs: [(weight, value)]; returns one value."""
        total = sum(w for w, _ in pairs)
        r = self.rng.random() * total
        for w, v in pairs:
            r -= w
            if r < 0:
                return v
        return pairs[-1][1]

    def sample(self, seq, k):
        return self.rng.sample(list(seq), k)

    # --- names ----------------------------------------------------------
    def fresh(self, prefix):
        n = self.counters.get(prefix, 0)
        self.counters[prefix] = n + 1
        return "%s%d" % (prefix, n)

    def modulus(self):
        m = self.choice(INT_MODULI)
        return m if m.isdigit() else "(" + m + ")"

    def word(self):
        return self.choice(WORDS)

    def str_lit(self):
        return repr(self.word())


class Emitter:
    """Collects indented lines."""

    def __init__(self):
        self.lines = []
        self.level = 0

    def line(self, text):
        self.lines.append("    " * self.level + text)

    def indent(self):
        self.level += 1

    def dedent(self):
        self.level -= 1

    def extend(self, lines):
        for l in lines:
            self.line(l)

    def text(self):
        return "\n".join(self.lines) + "\n"
