# test: sigint-after=2.0 timeout=30
# Ctrl-C stops a loop that runs in tier 2: the trace checks the eval breaker
# at its back-edge (_CHECK_PERIODIC) and ENTER_EXECUTOR checks it before
# entering, so the KeyboardInterrupt is raised inside the loop, in the
# function's frame, and caught here.
import tier2_support


def spin():
    i = 0
    x = 0
    while True:
        i += 1
        x = (x * 31 + i) & 0xFFFF


print("looping", flush=True)
try:
    spin()
except KeyboardInterrupt as e:
    tb = e.__traceback__
    depth = 0
    while tb is not None:
        depth += 1
        tb = tb.tb_next
    print("interrupted, traceback entries:", depth)
tier2_support.check("spin was traced", lambda: tier2_support.get_first_executor(spin) is not None)
print("clean exit")
