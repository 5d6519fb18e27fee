"""fannkuch: fannkuch-redux. For every permutation of 0..n-1 (generated in the standard counting order), repeatedly reverse the prefix whose length is given by the first element until the first element is 0; report the maximum number of flips and an alternating-sign checksum of the flip counts. Stresses small-list slicing and slice assignment, list indexing, while loops and integer comparisons."""
# bench: tiny=5 quick=8 full=9
import sys


def count_flips(perm):
    # Flip a copy of the permutation until its head is 0.
    p = perm[:]
    flips = 0
    first = p[0]
    while first:
        # Reverse the first first+1 elements.
        p[:first + 1] = p[first::-1]
        flips += 1
        first = p[0]
    return flips


def fannkuch(n):
    perm = list(range(n))
    # count[i] says how many more rotations of the prefix of length i+1
    # remain before that prefix returns to its starting arrangement.
    count = list(range(1, n + 1))
    max_flips = 0
    checksum = 0
    index = 0
    while True:
        if perm[0]:
            flips = count_flips(perm)
            if flips > max_flips:
                max_flips = flips
            if index % 2 == 0:
                checksum += flips
            else:
                checksum -= flips
        index += 1
        # Advance to the next permutation: rotate the shortest prefix that
        # has not yet completed its full cycle of rotations.
        r = 1
        while True:
            if r == n:
                return max_flips, checksum, index
            head = perm[0]
            # Rotate perm[0..r] left by one.
            i = 0
            while i < r:
                perm[i] = perm[i + 1]
                i += 1
            perm[r] = head
            count[r] -= 1
            if count[r] > 0:
                break
            count[r] = r + 1
            r += 1


def main(n):
    max_flips, checksum, visited = fannkuch(n)
    return "%d %d %d" % (checksum, max_flips, visited)


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    print(main(n))
