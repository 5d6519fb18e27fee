"""pidigits: compute the first n decimal digits of pi with the unbounded spigot algorithm (Gibbons' streaming form of the Rabinowitz-Wagon spigot). A linear fractional transform (q, r, t) is composed with the terms k of a series for pi; whenever the integer parts of the transform at x=3 and x=4 agree, that digit is final and is emitted and shifted out. The checksum is the digit sum, a rolling hash of all digits, and the last 20 digits. Stresses arbitrary-precision integer multiply, add, floor division and divmod on numbers that grow to thousands of digits."""
# bench: tiny=500 quick=2500 full=8000
import sys


# pi = 2 + 1/3 * (2 + 2/5 * (2 + 3/7 * (2 + ...))): term k is the map
# x -> (k*x + (4k+2)) / (2k+1). Composing the first k maps gives one map
# (q*x + r) / t, and the tail of the series always lies in [3, 4], so the
# digits of pi are known as far as the images of 3 and 4 agree.
def pi_digits(n):
    """Return a list of the first n digits of pi (3, 1, 4, 1, 5, ...)."""
    digits = []
    # state of the transform  x -> (q*x + r) / t
    q, r, t = 1, 0, 1
    k = 1
    while len(digits) < n:
        # absorb the next term: matrix product with (k, 4k+2; 0, 2k+1)
        k2 = 2 * k + 1
        q, r, t = q * k, (2 * q + r) * k2, t * k2
        k += 1
        if q > r:
            continue
        # digit = floor((3q + r) / t), valid if the x=4 bound gives the same digit
        d, rem = divmod(3 * q + r, t)
        if rem + q < t:
            digits.append(d)
            # emit: subtract d and multiply by 10
            q, r = q * 10, (r - d * t) * 10
    return digits


def main(n):
    digits = pi_digits(n)
    h = 0
    for d in digits:
        h = (h * 10 + d) % 1000000007
    tail = "".join(str(d) for d in digits[-20:])
    return f"{sum(digits)} {h} {tail}"


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 8000
    print(main(n))
