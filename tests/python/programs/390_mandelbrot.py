# Small ASCII Mandelbrot and Julia renderers, using both complex numbers and plain floats.
CHARS = " .:-=+*#%@"


def mandel_complex(c, limit):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2.0:
            return i
    return limit


def mandel_float(cr, ci, limit):
    zr = zi = 0.0
    for i in range(limit):
        zr2, zi2 = zr * zr, zi * zi
        if zr2 + zi2 > 4.0:
            return i
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return limit


def render(width, height, x0, x1, y0, y1, limit, fn):
    rows = []
    hist = [0] * (limit + 1)
    for j in range(height):
        y = y0 + (y1 - y0) * j / (height - 1)
        line = []
        for i in range(width):
            x = x0 + (x1 - x0) * i / (width - 1)
            n = fn(x, y, limit)
            hist[n] += 1
            line.append("@" if n == limit else CHARS[n % (len(CHARS) - 1)])
        rows.append("".join(line).rstrip())
    return rows, hist


rows, hist = render(60, 21, -2.1, 0.7, -1.2, 1.2, 40, lambda x, y, lim: mandel_complex(complex(x, y), lim))
print("\n".join(rows))
inside = hist[-1]
print("inside:", inside, "escaped at 0..5:", hist[:6])
rows2, hist2 = render(60, 21, -2.1, 0.7, -1.2, 1.2, 40, mandel_float)
print("float and complex agree:", rows == rows2, hist == hist2)


def julia(c, width, height, limit):
    out = []
    for j in range(height):
        y = -1.0 + 2.0 * j / (height - 1)
        line = ""
        for i in range(width):
            z = complex(-1.5 + 3.0 * i / (width - 1), y)
            n = 0
            while n < limit and (z.real * z.real + z.imag * z.imag) <= 4.0:
                z = z * z + c
                n += 1
            line += CHARS[min(n, len(CHARS) - 1)]
        out.append(line)
    return out


print("\n".join(julia(complex(-0.8, 0.156), 48, 13, 30)))
samples = [complex(-0.75, 0.1), complex(0.25, 0.0), complex(-1.0, 0.0), complex(0.3, 0.5), 1j, -2 + 0j]
for c in samples:
    print(c, mandel_complex(c, 500), mandel_float(c.real, c.imag, 500))
area = 2.8 * 2.4 * inside / (60 * 21)
print("area estimate %.4f" % area, round(area, 2))
z = complex(3, 4)
print(repr(complex(0, -0.0)), repr(-0j), complex(2.5), 1j ** 2 == -1, (2 + 3j) == complex(2, 3))
print(abs(z), z * z, z / (1 - 2j), z.real, z.imag)
print((1 + 1j) ** 8, complex("1.5-2j"), z.conjugate())
