"""float_loop: a tight loop of float arithmetic on local variables -- add, multiply, divide, comparisons and math.sqrt -- evaluating a damped oscillator and a Newton iteration, with the results accumulated into a checksum. Stresses boxed float creation and destruction, float binary operation fast paths, int/float mixing and calls to a C builtin (math.sqrt)."""
# bench: tiny=10000 quick=400000 full=4000000
import sys
import math


def oscillator(n):
    # Semi-implicit Euler for x'' = -k x - c x', all in float locals.
    x = 1.0
    v = 0.0
    k = 4.0
    c = 0.0002
    dt = 0.001
    energy_sum = 0.0
    peaks = 0
    prev = x
    for i in range(n):
        a = -k * x - c * v
        v = v + a * dt
        x = x + v * dt
        e = 0.5 * v * v + 0.5 * k * x * x
        energy_sum += e / (1.0 + i * 1e-6)
        if x > prev and x > 0.0:
            peaks += 1
        prev = x
    return x, v, energy_sum, peaks


def newton_sqrt(n):
    # Compare a hand-written Newton square root with math.sqrt.
    sqrt = math.sqrt
    err = 0.0
    tot = 0.0
    for i in range(1, n + 1):
        y = i * 0.37 + 1.0
        g = y * 0.5
        g = 0.5 * (g + y / g)
        g = 0.5 * (g + y / g)
        g = 0.5 * (g + y / g)
        r = sqrt(y)
        d = g - r
        if d < 0.0:
            d = -d
        err += d / r
        tot += r
    return err, tot


def main(n):
    x, v, es, peaks = oscillator(n)
    err, tot = newton_sqrt(n)
    return f"{x:.9f} {v:.9f} {es:.6f} {peaks} {err:.6e} {tot:.6f}"


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 4000000
    print(main(n))
