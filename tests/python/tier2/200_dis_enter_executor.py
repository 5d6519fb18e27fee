# dis.dis(f, adaptive=True) shows the ENTER_EXECUTOR that replaced a hot
# loop's JUMP_BACKWARD; the plain view shows the original instruction, and
# the executor remembers it (get_opcode, get_oparg).
import dis

import tier2_support as ts
from tier2_support import check


def loop(n):
    total = 0
    for i in range(n):
        total += i % 7
    return total


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


def text(func, adaptive):
    buf = Collect()
    dis.dis(func, adaptive=adaptive, file=buf)
    return "".join(buf.parts)


print(loop(ts.THRESHOLD))
ex = ts.get_first_executor(loop)
adaptive = text(loop, True)
plain = text(loop, False)
check("adaptive view shows ENTER_EXECUTOR", lambda: "ENTER_EXECUTOR" in adaptive)
check("plain view shows JUMP_BACKWARD, not ENTER_EXECUTOR",
      lambda: "JUMP_BACKWARD" in plain and "ENTER_EXECUTOR" not in plain)
check("the executor keeps the original opcode",
      lambda: dis.opname[ex.get_opcode()] == "JUMP_BACKWARD")
check("the plain view's JUMP_BACKWARD has the original oparg",
      lambda: any(line.split()[-3:-2] == [str(ex.get_oparg())] or
                  f"JUMP_BACKWARD {ex.get_oparg()} " in " ".join(line.split()) + " "
                  for line in plain.splitlines() if "JUMP_BACKWARD" in line))
print(loop(100))
