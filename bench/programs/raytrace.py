"""raytrace: render an n x n image of three spheres over a checkered plane lit by one point light, with Lambert diffuse + Phong specular shading, hard shadows and mirror reflections up to depth 2; the checksum is the sum of all quantized (0..255) RGB channel values. Stresses user-defined classes with operator overloading (__add__/__sub__/__mul__), method calls, attribute access, object allocation, float math and sqrt."""
# bench: tiny=16 quick=130 full=360
import sys
import math

EPS = 1e-6
MAX_DEPTH = 2


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        # scalar multiply
        return Vec(self.x * k, self.y * k, self.z * k)

    def mul(self, o):
        # component-wise (color) multiply
        return Vec(self.x * o.x, self.y * o.y, self.z * o.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return math.sqrt(self.dot(self))

    def normalize(self):
        return self * (1.0 / self.length())


class Material:
    def __init__(self, color, diffuse, specular, shininess, reflect):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.reflect = reflect

    def color_at(self, point):
        return self.color


class Checker(Material):
    def color_at(self, point):
        # alternate two colors on a unit grid in x/z
        if (math.floor(point.x) + math.floor(point.z)) % 2 == 0:
            return self.color
        return Vec(0.1, 0.1, 0.1)


class Sphere:
    def __init__(self, center, radius, material):
        self.center = center
        self.radius = radius
        self.material = material

    def intersect(self, origin, direction):
        # solve |o + t d - c|^2 = r^2 with |d| = 1
        oc = origin - self.center
        b = oc.dot(direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        s = math.sqrt(disc)
        t = -b - s
        if t > EPS:
            return t
        t = -b + s
        if t > EPS:
            return t
        return None

    def normal_at(self, p):
        return (p - self.center).normalize()


class Plane:
    def __init__(self, point, normal, material):
        self.point = point
        self.normal = normal.normalize()
        self.material = material

    def intersect(self, origin, direction):
        denom = direction.dot(self.normal)
        if abs(denom) < EPS:
            return None
        t = (self.point - origin).dot(self.normal) / denom
        return t if t > EPS else None

    def normal_at(self, p):
        return self.normal


class Scene:
    def __init__(self):
        self.objects = [
            Sphere(Vec(0.0, 1.0, 5.0), 1.0, Material(Vec(0.9, 0.2, 0.2), 0.7, 0.5, 40, 0.3)),
            Sphere(Vec(-2.2, 0.7, 6.0), 0.7, Material(Vec(0.2, 0.9, 0.3), 0.8, 0.3, 20, 0.1)),
            Sphere(Vec(2.0, 1.3, 7.0), 1.3, Material(Vec(0.8, 0.8, 0.9), 0.3, 0.9, 80, 0.6)),
            Plane(Vec(0.0, 0.0, 0.0), Vec(0.0, 1.0, 0.0), Checker(Vec(0.9, 0.9, 0.8), 0.9, 0.1, 10, 0.2)),
        ]
        self.light = Vec(-4.0, 6.0, -2.0)
        self.ambient = 0.08
        self.sky = Vec(0.3, 0.5, 0.8)

    def nearest(self, origin, direction):
        best_t = None
        best = None
        for obj in self.objects:
            t = obj.intersect(origin, direction)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = obj
        return best, best_t

    def shadowed(self, point, to_light, dist):
        for obj in self.objects:
            t = obj.intersect(point, to_light)
            if t is not None and t < dist:
                return True
        return False

    def trace(self, origin, direction, depth):
        obj, t = self.nearest(origin, direction)
        if obj is None:
            # simple sky gradient
            return self.sky * (0.5 + 0.5 * direction.y)
        hit = origin + direction * t
        normal = obj.normal_at(hit)
        mat = obj.material
        base = mat.color_at(hit)
        color = base * self.ambient
        lvec = self.light - hit
        ldist = lvec.length()
        ldir = lvec * (1.0 / ldist)
        lambert = normal.dot(ldir)
        if lambert > 0.0 and not self.shadowed(hit, ldir, ldist):
            color = color + base * (mat.diffuse * lambert)
            # Phong: reflect light direction around the normal
            refl_l = normal * (2.0 * lambert) - ldir
            spec = -refl_l.dot(direction)
            if spec > 0.0:
                color = color + Vec(1.0, 1.0, 1.0) * (mat.specular * spec ** mat.shininess)
        if depth < MAX_DEPTH and mat.reflect > 0.0:
            rdir = direction - normal * (2.0 * direction.dot(normal))
            rcol = self.trace(hit, rdir.normalize(), depth + 1)
            color = color * (1.0 - mat.reflect) + rcol * mat.reflect
        return color


def quantize(c):
    v = int(c * 255.0 + 0.5)
    return 0 if v < 0 else (255 if v > 255 else v)


def main(n):
    scene = Scene()
    eye = Vec(0.0, 1.5, -1.0)
    total = 0
    weighted = 0
    for j in range(n):
        y = 1.0 - 2.0 * (j + 0.5) / n
        for i in range(n):
            x = 2.0 * (i + 0.5) / n - 1.0
            d = Vec(x, y - 0.15, 1.5).normalize()
            c = scene.trace(eye, d, 0)
            r, g, b = quantize(c.x), quantize(c.y), quantize(c.z)
            total += r + g + b
            # position-dependent mix so that misplaced pixels change the result
            weighted = (weighted * 31 + r * 65536 + g * 256 + b) % 1000000007
    return f"{total} {weighted}"


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 360
    print(main(n))
