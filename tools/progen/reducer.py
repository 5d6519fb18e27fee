"""A statement-level delta-debugging reducer for Python programs.

reduce_source(src, interesting, ...) returns a smaller program for which
interesting(text) is still true. It works on the AST, block by block: for
every statement list (module body, function and class bodies, loop and if
bodies, try bodies, handlers, else and finally clauses) it runs ddmin,
removing chunks of statements, halving the chunk size when no chunk can go;
an emptied block becomes `pass`. Then it tries to replace compound
statements by one of their bodies (an if by its branch, a loop or a try by
its body), and to shrink integer constants (loop counts, the iteration at
which something changes). The passes repeat until nothing changes or the
test budget or deadline runs out. Candidates are printed with ast.unparse,
so the result is normalized Python, not the original layout.
"""

import ast
import builtins
import symtable
import time

_MODULE_NAMES = {"__name__", "__file__", "__doc__", "__builtins__", "__spec__", "__loader__", "__package__",
                 "__class__"}


def undefined_globals(text):
    """Global names the program reads but never binds (nor are builtins).
    A candidate that has them would fail with NameError, which a program
    may catch: such candidates are rejected without running them."""
    try:
        top = symtable.symtable(text, "<candidate>", "exec")
    except SyntaxError:
        return {"<syntax>"}
    defined = set(dir(builtins)) | _MODULE_NAMES
    wanted = set()

    def walk(t):
        for s in t.get_symbols():
            name = s.get_name()
            if t is top:
                if s.is_assigned() or s.is_imported():
                    defined.add(name)
                elif s.is_referenced():
                    wanted.add(name)
            elif s.is_global():
                if s.is_assigned():
                    defined.add(name)
                elif s.is_referenced():
                    wanted.add(name)
        for c in t.get_children():
            walk(c)

    walk(top)
    return wanted - defined

_BLOCK_FIELDS = ("body", "orelse", "finalbody")


def _slots(tree):
    """Every statement list in the tree, pre-order: (owner, field)."""
    out = []

    def visit(node):
        for field in _BLOCK_FIELDS:
            lst = getattr(node, field, None)
            if isinstance(lst, list) and lst and isinstance(lst[0], ast.stmt):
                out.append((node, field))
        for h in getattr(node, "handlers", ()) or ():
            out.append((h, "body"))
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.stmt, ast.excepthandler, ast.Module)):
                visit(child)

    visit(tree)
    return out


def _unparse(tree):
    try:
        return ast.unparse(ast.fix_missing_locations(tree)) + "\n"
    except Exception:
        return None


class Reducer:
    def __init__(self, interesting, max_tests=400, deadline=None, log=None):
        self.interesting = interesting
        self.max_tests = max_tests
        self.deadline = deadline
        self.tests = 0
        self.log = log
        self.seen = {}
        self.current = None
        self.allowed_undefined = set()

    def out_of_budget(self):
        return self.tests >= self.max_tests or (self.deadline is not None and time.time() > self.deadline)

    def test(self, text):
        """True if text is interesting and smaller than the current best
        (a candidate that prints the same as the current program is no
        progress: e.g. emptying a block that is only `pass`)."""
        if text is None or text == self.current:
            return False
        ok = self._test(text)
        if ok:
            self.current = text
        return ok

    def _test(self, text):
        if text in self.seen:
            return self.seen[text]
        if self.out_of_budget():
            return False
        self.tests += 1
        try:
            compile(text, "<candidate>", "exec")
        except SyntaxError:
            self.seen[text] = False
            return False
        if undefined_globals(text) - self.allowed_undefined:
            self.seen[text] = False
            return False
        ok = bool(self.interesting(text))
        self.seen[text] = ok
        return ok

    # -- passes ------------------------------------------------------------
    def ddmin_slot(self, tree, owner, field):
        """Remove chunks of the statement list owner.field while it stays
        interesting. Returns True if anything was removed."""
        items = list(getattr(owner, field))
        changed = False
        n = 2
        while items and not self.out_of_budget():
            size = max(1, (len(items) + n - 1) // n)
            progress = False
            for start in range(0, len(items), size):
                cand = items[:start] + items[start + size:]
                setattr(owner, field, cand if cand else [ast.Pass()])
                if self.test(_unparse(tree)):
                    items = cand
                    changed = progress = True
                    n = max(n - 1, 2)
                    break
                setattr(owner, field, items if items else [ast.Pass()])
            if not progress:
                if size == 1:
                    break
                n = min(n * 2, len(items))
        setattr(owner, field, items if items else [ast.Pass()])
        return changed

    def unwrap_slot(self, tree, owner, field):
        """Replace compound statements by one of their bodies."""
        changed = False
        i = 0
        while i < len(getattr(owner, field)) and not self.out_of_budget():
            items = getattr(owner, field)
            s = items[i]
            options = []
            if isinstance(s, (ast.If, ast.For, ast.While, ast.With)):
                options.append(s.body)
                if getattr(s, "orelse", None):
                    options.append(s.orelse)
            elif isinstance(s, ast.Try):
                options.append(s.body + s.finalbody)
                options.append(s.body)
                for h in s.handlers:
                    options.append(h.body)
            done = False
            for opt in options:
                cand = items[:i] + list(opt) + items[i + 1:]
                setattr(owner, field, cand)
                if self.test(_unparse(tree)):
                    changed = done = True
                    break
                setattr(owner, field, items)
            if not done:
                i += 1
        return changed

    def shrink_constants(self, tree):
        changed = False
        consts = [n for n in ast.walk(tree) if isinstance(n, ast.Constant) and type(n.value) is int and n.value >= 8]
        for c in consts:
            if self.out_of_budget():
                break
            orig = c.value
            for v in sorted({1, 2, 4, orig // 4, orig // 2}):
                if not 0 <= v < orig:
                    continue
                c.value = v
                if self.test(_unparse(tree)):
                    changed = True
                    break
                c.value = orig
        return changed

    def shrink_lists(self, tree):
        """Drop elements of list displays (the operand tables of the
        specialization sections), one at a time from the end."""
        changed = False
        for node in [n for n in ast.walk(tree) if isinstance(n, ast.List) and len(n.elts) > 1]:
            i = len(node.elts) - 1
            while i >= 0 and len(node.elts) > 1 and not self.out_of_budget():
                saved = list(node.elts)
                del node.elts[i]
                if self.test(_unparse(tree)):
                    changed = True
                else:
                    node.elts[:] = saved
                i -= 1
        return changed

    def run(self, src):
        tree = ast.parse(src)
        best = self.current = _unparse(tree)
        self.allowed_undefined = undefined_globals(src)
        rounds = 0
        while not self.out_of_budget():
            rounds += 1
            changed = False
            # The module body first: most of a generated program is
            # independent sections, and every later test runs faster once
            # they are gone; then loop counts, for the same reason.
            if self.ddmin_slot(tree, tree, "body"):
                changed = True
            if rounds == 1 and self.shrink_constants(tree):
                changed = True
            idx = 0
            while not self.out_of_budget():
                slots = _slots(tree)
                if idx >= len(slots):
                    break
                owner, field = slots[idx]
                if self.ddmin_slot(tree, owner, field):
                    changed = True
                idx += 1
            for owner, field in _slots(tree):
                if self.out_of_budget():
                    break
                if self.unwrap_slot(tree, owner, field):
                    changed = True
            if self.shrink_constants(tree):
                changed = True
            if self.shrink_lists(tree):
                changed = True
            text = _unparse(tree)
            if text is not None and self.seen.get(text, False):
                best = text
            if not changed:
                break
        return best


def reduce_source(src, interesting, max_tests=400, deadline=None):
    """Smallest program found for which interesting(text) holds; the input
    itself (normalized by ast.unparse when that stays interesting) at worst."""
    r = Reducer(interesting, max_tests=max_tests, deadline=deadline)
    best = r.run(src)
    if not r.seen.get(best, False):
        return src, r.tests
    return best, r.tests
