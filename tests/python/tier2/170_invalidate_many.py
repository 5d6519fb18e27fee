# test: max-rss-mb=120 timeout=120
# Executors invalidated over and over leave nothing behind: an invalidated
# executor is detached from its code object and its memory is reclaimed like
# any other garbage. Here the loop in work() calls step(), and every round
# reassigns step.__code__, which gives step a new version and so invalidates
# the executors that followed the call into it. 100000 rounds, each long
# enough to be traced under the test runner's tier-2 threshold, must stay in
# bounded memory and compute CPython's results.


def step(total, i):
    return total + i * 3


def work(n):
    total = 0
    i = 0
    while i < n:
        total = step(total, i)
        i += 1
    return total


def main():
    code = step.__code__
    checksum = 0
    for r in range(100000):
        checksum = (checksum + work(100)) % 1000000007
        step.__code__ = code
    print(checksum)


main()
