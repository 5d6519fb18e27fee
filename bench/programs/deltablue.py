"""deltablue: an incremental one-way dataflow constraint solver in the style of DeltaBlue. Variables are linked by stay, edit, equality and scale constraints with a hierarchy of strengths; a planner adds and removes constraints incrementally (choosing a direction for each, overriding weaker constraints and re-propagating walk strengths) and extracts execution plans. Runs a chain test (n equalities with an edit at one end) and a projection test (n scale constraints sharing a scale and offset). Stresses class hierarchies with overridden methods, super() calls, attribute access, list append/pop/remove, identity comparisons and small-int arithmetic."""
# bench: tiny=40 quick=3000 full=30000
import sys

class Strength:
    """A constraint strength; a smaller level is a stronger strength."""
    def __init__(self, level): self.level = level
    def stronger(self, other): return self.level < other.level
    def weaker(self, other): return self.level > other.level
    def weakest(self, other): return self if self.level > other.level else other

REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST = [
    Strength(level) for level in range(7)]
NONE, FORWARD, BACKWARD = 0, 1, 2          # direction of a binary constraint

class Variable:
    def __init__(self, name, value=0):
        self.name, self.value, self.constraints, self.determined_by = name, value, [], None
        self.mark, self.walk_strength, self.stay = 0, WEAKEST, True  # stay: constant during a plan
    def remove_constraint(self, c):
        self.constraints.remove(c)
        if self.determined_by is c:
            self.determined_by = None

class Constraint:
    """Base class; `variables` lists every variable the constraint reads or writes."""
    def __init__(self, strength, variables, planner):
        self.strength, self.variables = strength, variables
        self.add_to_graph()
        planner.incremental_add(self)
    def add_to_graph(self):
        for v in self.variables:
            v.constraints.append(self)
        self.mark_unsatisfied()
    def remove_from_graph(self):
        for v in self.variables:
            v.remove_constraint(self)
        self.mark_unsatisfied()
    def is_input(self): return False
    def satisfy(self, mark, planner):
        """Try to satisfy this constraint; return the constraint it overrode, if any."""
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength is REQUIRED:
                raise RuntimeError("could not satisfy a required constraint")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None: overridden.mark_unsatisfied()
        out.determined_by = self
        if not planner.add_propagate(self, mark):
            raise RuntimeError("cycle encountered")
        out.mark = mark
        return overridden
    def destroy(self, planner):
        if self.is_satisfied(): planner.incremental_remove(self)
        else: self.remove_from_graph()

class UnaryConstraint(Constraint):
    def __init__(self, v, strength, planner):
        self.out, self.satisfied = v, False
        super().__init__(strength, [v], planner)
    def choose_method(self, mark):
        o = self.out
        self.satisfied = o.mark != mark and self.strength.stronger(o.walk_strength)
    def is_satisfied(self): return self.satisfied
    def mark_unsatisfied(self): self.satisfied = False
    def mark_inputs(self, mark): pass
    def inputs_known(self, mark): return True
    def output(self): return self.out
    def recalculate(self):
        o = self.out
        o.walk_strength = self.strength
        o.stay = not self.is_input()
        if o.stay: self.execute()
    def execute(self): pass            # stay and edit constraints compute nothing

class StayConstraint(UnaryConstraint): pass
class EditConstraint(UnaryConstraint):
    def is_input(self): return True

class BinaryConstraint(Constraint):
    def __init__(self, a, b, strength, planner, extra=()):
        self.v1, self.v2, self.direction = a, b, NONE
        super().__init__(strength, [a, b, *extra], planner)
    def choose_method(self, mark):
        # prefer writing into the variable that is unmarked and weaker
        v1, v2, s = self.v1, self.v2, self.strength
        if v1.mark == mark:
            self.direction = FORWARD if v2.mark != mark and s.stronger(v2.walk_strength) else NONE
        elif v2.mark == mark:
            self.direction = BACKWARD if v1.mark != mark and s.stronger(v1.walk_strength) else NONE
        elif v1.walk_strength.weaker(v2.walk_strength):
            self.direction = BACKWARD if s.stronger(v1.walk_strength) else NONE
        else:
            self.direction = FORWARD if s.stronger(v2.walk_strength) else NONE
    def is_satisfied(self): return self.direction != NONE
    def mark_unsatisfied(self): self.direction = NONE
    def mark_inputs(self, mark): self.input().mark = mark
    def input(self): return self.v1 if self.direction == FORWARD else self.v2
    def output(self): return self.v2 if self.direction == FORWARD else self.v1
    def inputs_known(self, mark):
        i = self.input()
        return i.mark == mark or i.stay or i.determined_by is None
    def recalculate(self):
        i, o = self.input(), self.output()
        o.walk_strength = self.strength.weakest(i.walk_strength)
        o.stay = self.inputs_stay(i)
        if o.stay: self.execute()
    def inputs_stay(self, i): return i.stay

class EqualityConstraint(BinaryConstraint):
    def execute(self): self.output().value = self.input().value

class ScaleConstraint(BinaryConstraint):
    """v2 == v1 * scale + offset, solvable in either direction."""
    def __init__(self, src, scale, offset, dst, strength, planner):
        self.scale, self.offset = scale, offset
        super().__init__(src, dst, strength, planner, (scale, offset))
    def mark_inputs(self, mark):
        super().mark_inputs(mark)
        self.scale.mark = self.offset.mark = mark
    def execute(self):
        if self.direction == FORWARD:
            self.v2.value = self.v1.value * self.scale.value + self.offset.value
        else:
            self.v1.value = (self.v2.value - self.offset.value) // self.scale.value
    def inputs_stay(self, i): return i.stay and self.scale.stay and self.offset.stay

class Planner:
    def __init__(self): self.current_mark = 0
    def new_mark(self):
        self.current_mark += 1
        return self.current_mark
    def incremental_add(self, c):
        mark = self.new_mark()
        overridden = c.satisfy(mark, self)
        while overridden is not None:       # re-satisfy each displaced constraint in turn
            overridden = overridden.satisfy(mark, self)
    def incremental_remove(self, c):
        out = c.output()
        c.mark_unsatisfied()
        c.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        # retry the constraints left unsatisfied, strongest first (sorted() is stable)
        for u in sorted(unsatisfied, key=lambda u: u.strength.level):
            if u.strength is not WEAKEST:
                self.incremental_add(u)
    def consumers(self, v, into):
        determining = v.determined_by
        for c in v.constraints:
            if c is not determining and c.is_satisfied():
                into.append(c)
    def add_propagate(self, c, mark):
        """Recompute walk strengths downstream of c; False if the walk comes back to c."""
        todo = [c]
        while todo:
            d = todo.pop()
            if d.output().mark == mark:
                self.incremental_remove(c)
                return False
            d.recalculate()
            self.consumers(d.output(), todo)
        return True
    def remove_propagate_from(self, out):
        out.determined_by, out.walk_strength, out.stay = None, WEAKEST, True
        unsatisfied, todo = [], [out]
        while todo:
            v = todo.pop()
            for c in v.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
                elif c is not v.determined_by:
                    c.recalculate()
                    todo.append(c.output())
        return unsatisfied
    def extract_plan(self, constraints):
        """Topologically ordered list of constraints fed by the satisfied input constraints."""
        mark = self.new_mark()
        todo = [c for c in constraints if c.is_input() and c.is_satisfied()]
        plan = []
        for c in todo:              # todo grows while we walk it (breadth first)
            out = c.output()
            if out.mark != mark and c.inputs_known(mark):
                plan.append(c)
                out.mark = mark
                self.consumers(out, todo)
        return plan

def check(ok, what):
    if not ok: raise RuntimeError(what + " failed")

def chain_test(n):
    planner = Planner()
    vs = [Variable("v%d" % i) for i in range(n + 1)]
    for i in range(n):
        EqualityConstraint(vs[i], vs[i + 1], REQUIRED, planner)
    StayConstraint(vs[n], STRONG_DEFAULT, planner)
    edit = EditConstraint(vs[0], PREFERRED, planner)
    plan = planner.extract_plan([edit])
    total = len(plan)
    for i in range(100):
        vs[0].value = i
        for c in plan:
            c.execute()
        check(vs[n].value == i, "chain test")
        total += vs[n].value + vs[n // 2].value
    edit.destroy(planner)
    return total

def change(planner, v, value):
    edit = EditConstraint(v, PREFERRED, planner)
    plan = planner.extract_plan([edit])
    for _ in range(10):
        v.value = value
        for c in plan:
            c.execute()
    edit.destroy(planner)
    return len(plan)

def projection_test(n):
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    src = dst = None
    dests = []
    for i in range(n):
        src = Variable("src%d" % i, i)
        dst = Variable("dst%d" % i, i)
        dests.append(dst)
        StayConstraint(src, NORMAL, planner)
        ScaleConstraint(src, scale, offset, dst, REQUIRED, planner)
    total = change(planner, src, 17)
    check(dst.value == 1170, "projection 1")
    total += change(planner, dst, 1050)
    check(src.value == 5, "projection 2")
    total += change(planner, scale, 5)
    check(all(dests[i].value == i * 5 + 1000 for i in range(n - 1)), "projection 3")
    total += sum(d.value for d in dests) + change(planner, offset, 2000)
    check(all(dests[i].value == i * 5 + 2000 for i in range(n - 1)), "projection 4")
    return total + sum(d.value for d in dests)

def main(n):
    return "%d %d" % (chain_test(n), projection_test(n))

if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 30000
    print(main(n))
