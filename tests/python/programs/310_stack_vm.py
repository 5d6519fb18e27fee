# A tiny stack-based virtual machine with an assembler and labels.
class VMError(Exception):
    pass


def assemble(text):
    code = []
    labels = {}
    lines = []
    for raw in text.strip().splitlines():
        line = raw.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(lines)
            continue
        lines.append(line.split())
    for parts in lines:
        op = parts[0].upper()
        arg = None
        if len(parts) > 1:
            a = parts[1]
            if a.lstrip("-").isdigit():
                arg = int(a)
            elif a in labels:
                arg = labels[a]
            else:
                arg = a
        code.append((op, arg))
    return code


class VM:
    def __init__(self, code, trace=False):
        self.code = code
        self.stack = []
        self.vars = {}
        self.calls = []
        self.out = []
        self.steps = 0
        self.trace = trace

    def pop(self):
        if not self.stack:
            raise VMError("stack underflow")
        return self.stack.pop()

    def run(self, limit=100000):
        pc = 0
        binops = {
            "ADD": lambda a, b: a + b,
            "SUB": lambda a, b: a - b,
            "MUL": lambda a, b: a * b,
            "DIV": lambda a, b: a // b,
            "MOD": lambda a, b: a % b,
            "LT": lambda a, b: int(a < b),
            "EQ": lambda a, b: int(a == b),
        }
        while pc < len(self.code):
            self.steps += 1
            if self.steps > limit:
                raise VMError(f"step limit exceeded at pc={pc}")
            op, arg = self.code[pc]
            pc += 1
            if op == "PUSH":
                self.stack.append(arg)
            elif op == "LOAD":
                try:
                    self.stack.append(self.vars[arg])
                except KeyError:
                    raise VMError(f"unknown variable {arg}") from None
            elif op == "STORE":
                self.vars[arg] = self.pop()
            elif op in binops:
                b = self.pop()
                a = self.pop()
                try:
                    self.stack.append(binops[op](a, b))
                except ZeroDivisionError as e:
                    raise VMError(f"{op} failed: {e}")
            elif op == "DUP":
                v = self.pop()
                self.stack += [v, v]
            elif op == "SWAP":
                b, a = self.pop(), self.pop()
                self.stack.extend((b, a))
            elif op == "JMP":
                pc = arg
            elif op == "JZ":
                if self.pop() == 0:
                    pc = arg
            elif op == "CALL":
                self.calls.append(pc)
                pc = arg
            elif op == "RET":
                pc = self.calls.pop()
            elif op == "PRINT":
                self.out.append(self.pop())
            elif op == "HALT":
                break
            else:
                raise VMError(f"bad opcode {op}")
        return self.out


FACT = """
    push 1
    store acc
    push 20
    store n
loop:
    load n
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
    halt
"""

GCD = """
    push 1071
    push 462
    call gcd
    print
    push 17
    push 5
    call gcd
    print
    halt
gcd:            ; (a b -- gcd)
    dup
    jz gcd_end
    dup
    store t
    mod
    load t
    swap
    jmp gcd
gcd_end:
    store t     ; drop zero
    ret
"""

PRIMES = """
    push 2
    store i
outer:
    load i
    push 60
    lt
    jz end
    push 2
    store d
inner:
    load d
    load d
    mul
    load i
    swap
    lt          ; i < d*d  -> prime
    jz check
    load i
    print
    jmp next
check:
    load i
    load d
    mod
    jz next
    load d
    push 1
    add
    store d
    jmp inner
next:
    load i
    push 1
    add
    store i
    jmp outer
end:
"""

for name, src in [("fact", FACT), ("gcd", GCD), ("primes", PRIMES)]:
    vm = VM(assemble(src))
    result = vm.run()
    print(name, result, "steps:", vm.steps, "vars:", sorted(vm.vars.items()))

bad_programs = [
    ("underflow", "push 1\nadd"),
    ("divzero", "push 1\npush 0\ndiv"),
    ("unknown", "load q"),
    ("badop", "push 1\nfrob"),
    ("forever", "top:\njmp top"),
]
for name, src in bad_programs:
    try:
        VM(assemble(src)).run(limit=500)
        print(name, "ok?")
    except VMError as e:
        print(name, "->", e)
code = assemble(GCD)
print(len(code), code[:4], code[-3:])
