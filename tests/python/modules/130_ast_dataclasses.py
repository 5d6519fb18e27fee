# dataclasses (which imports inspect, which imports ast): defaults, field(),
# order, frozen, asdict/astuple/replace/fields, and pprint of dataclasses.
import dataclasses
import inspect
import pprint
from dataclasses import dataclass, field

@dataclass(order=True)
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list, compare=False)

@dataclass(frozen=True)
class Box:
    low: tuple
    high: tuple
    name: str = field(default='box', repr=False)

@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    note: str = field(default='', init=False)

    def __post_init__(self):
        self.note = f'node {self.value}'

p = Point(1, 2)
q = Point(1, 3, ['a'])
print(p, q, p == Point(1, 2, ['other']), p < q, p <= q, q > p)
print(sorted([q, p, Point(0), Point(1)]))
print(dataclasses.asdict(q), dataclasses.astuple(q))
print(dataclasses.replace(p, y=9), dataclasses.is_dataclass(p), dataclasses.is_dataclass(Point),
      dataclasses.is_dataclass(5))
print([(f.name, f.type.__name__, f.compare) for f in dataclasses.fields(Point)])
print(Point.__match_args__, Point.__hash__ is None, inspect.signature(Point))
print(Point(5).tags is not Point(5).tags)

b = Box((0, 0), (2, 3))
print(b, dataclasses.asdict(b), b == Box((0, 0), (2, 3)))
print(hash(b) == hash(Box((0, 0), (2, 3))), len({b, Box((0, 0), (2, 3))}))
try:
    b.name = 'other'
except dataclasses.FrozenInstanceError as e:
    print('FrozenInstanceError:', e)
try:
    Point()
except TypeError as e:
    print('TypeError:', e)

tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(tree.note, tree.children[1].children[0].note)
print(dataclasses.asdict(tree))
print(dataclasses.replace(tree, value=10).note)

match q:
    case Point(1, y):
        print('matched y =', y)

C = dataclasses.make_dataclass('C', [('a', int), ('b', str, field(default='b'))])
print(C(1), [f.name for f in dataclasses.fields(C)])

pprint.pprint(tree, width=40)
pprint.pprint([Point(i, i * i) for i in range(3)])
