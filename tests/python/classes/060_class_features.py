class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
class Tagged(metaclass=Meta):
    pass
print(Tagged.tag, type(Tagged).__name__, isinstance(Tagged, Meta))
class Counter:
    instances = 0
    def __new__(cls, *args):
        cls.instances += 1
        return super().__new__(cls)
    def __init__(self, start):
        self.value = start
c1, c2 = Counter(1), Counter(2)
print(Counter.instances, c1.value, c2.value)
class Shape:
    def area(self):
        raise NotImplementedError
    def __str__(self):
        return f"{type(self).__name__} with area {self.area():.2f}"
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
for s in [Circle(1), Square(2)]:
    print(s)
class WithClassAttr:
    items = []
    def add(self, x):
        self.items.append(x)
a, b = WithClassAttr(), WithClassAttr()
a.add(1)
b.add(2)
print(WithClassAttr.items, a.__dict__, "items" in WithClassAttr.__dict__)
class Desc:
    def __get__(self, obj, owner):
        return "from descriptor" if obj else "class access"
class HasDesc:
    d = Desc()
print(HasDesc().d, HasDesc.d)
print(Circle.__name__, Circle.__qualname__, Circle.__bases__[0].__name__, Circle(1).__class__.__name__)
