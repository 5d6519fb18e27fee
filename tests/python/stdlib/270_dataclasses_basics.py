# dataclasses: fields, defaults, default_factory, repr/eq/order, asdict/astuple/replace/fields, __post_init__
import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, make_dataclass, MISSING
from typing import List

@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: List[str] = field(default_factory=list)
    qty: int = field(default=1, repr=False)
    secret: str = field(default="s", compare=False)
it = Item("pen", 1.5)
print(it, it.tags, it.qty)
print(it == Item("pen", 1.5), it == Item("pen", 1.5, secret="other"), it == Item("pen", 2), it != ("pen", 1.5))
it2 = Item("cup")
it2.tags.append("kitchen")
print(Item("x").tags, it2.tags, Item.price)
print([f.name for f in fields(it)], [f.type for f in fields(Item)][:2], fields(Item)[2].default_factory is list)
f0 = fields(Item)[3]
print(f0.name, f0.default, f0.repr, f0.compare, f0.init, f0.hash, f0.kw_only, f0.default_factory is MISSING)
print(asdict(Item("a", 2, ["x"])), astuple(Item("a", 2, ["x"])))
print(replace(it, price=9.0), it.price)
try:
    replace(it, nope=1)
except TypeError as e:
    print("TypeError", e)
print(is_dataclass(it), is_dataclass(Item), is_dataclass(3), dataclasses.is_dataclass(dict))
print(Item.__dataclass_params__.eq, Item.__dataclass_params__.order, Item.__match_args__)
try:
    Item()
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class Bad2:
        items: list = []
except ValueError as e:
    print("ValueError", e)

@dataclass(order=True)
class Ver:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)
vs = [Ver(1, 2), Ver(0, 9, "old"), Ver(1, 0), Ver(1, 2, "dup")]
print(sorted(vs), Ver(1, 2) < Ver(1, 3), Ver(2) >= Ver(1, 99), Ver(1, 2) == Ver(1, 2, "x"))
try:
    Ver(1) < (1, 0)
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass(order=True)
    class BadOrd:
        x: int
        def __lt__(self, other):
            return True
except TypeError as e:
    print("TypeError", e)

@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    def __post_init__(self):
        if self.w < 0:
            raise ValueError("negative width")
        self.area = self.w * self.h
r = Rect(2, 3)
print(r, r.area)
try:
    Rect(-1, 2)
except ValueError as e:
    print("ValueError", e)

@dataclass(repr=False, eq=False)
class Plain:
    x: int
print(Plain(1) == Plain(1), "Plain object" in repr(Plain(1)))
@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(default=None, hash=False)
print(hash(H(1)) == hash(H(1, [2])), hash(H(1)) == hash((1,)))
@dataclass
class NoHash:
    a: int
print(NoHash.__hash__)
@dataclass(eq=False)
class IdHash:
    a: int
print(IdHash.__hash__ is object.__hash__)

@dataclass
class Nested:
    inner: Item
    pts: dict
    seq: tuple
n = Nested(Item("i"), {"k": Item("j", 1)}, (Item("k"), [1, 2]))
print(asdict(n))
print(astuple(n))
print(asdict(n, dict_factory=lambda kv: sorted(k for k, _ in kv)))
C = make_dataclass("C", ["x", ("y", int), ("z", int, field(default=5))], namespace={"total": lambda self: self.x + self.y + self.z})
c = C(1, 2)
print(c, c.total(), [f.name for f in fields(C)], C.__name__)
@dataclass
class WithClassVar:
    from typing import ClassVar
    count: ClassVar[int] = 0
    value: int = 1
print([f.name for f in fields(WithClassVar)], WithClassVar(), WithClassVar.count)
try:
    asdict(Item)
except TypeError as e:
    print("TypeError", e)
try:
    fields(3)
except TypeError as e:
    print("TypeError", e)
print(repr(Item("r", tags=["a"])), str(Ver(3)))
@dataclass
class Rec:
    name: str
    children: list = field(default_factory=list)
root = Rec("root", [Rec("a"), Rec("b", [Rec("c")])])
print(root)
print(dataclasses.asdict(root)["children"][1])
