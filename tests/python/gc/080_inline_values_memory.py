# test: max-rss-mb=90
# 400,000 instances whose __init__ assigns a local first and then stores it
# (`x = ...; self.x = x`, compiled by uopy to a fused load of x and self),
# and 200,000 of a subclass that sets its own attribute before calling the
# base's __init__: their attributes must stay inline values (about 48 bytes
# an instance), not become a dict each (several times that).
class Point:
    def __init__(self, i):
        x = i % 1000
        self.x = x
        self.y = i % 7
        self.z = x * x


class Tagged(Point):
    def __init__(self, i):
        self.tag = i % 3
        super().__init__(i)


points = [Point(i) for i in range(400000)]
print(sum(p.x + p.y + p.z for p in points), sorted(vars(points[5])))
tagged = [Tagged(i) for i in range(200000)]
print(sum(p.x + p.tag for p in tagged), list(vars(tagged[7])))
