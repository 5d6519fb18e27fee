# Issue 7's acceptance program: dataclasses, enum, re, json, collections,
# itertools, functools, random.seed and statistics in one program.
import dataclasses, enum, re, json, collections, itertools, functools, random, statistics


class Kind(enum.Enum):
    FRUIT = "fruit"
    VEG = "veg"


@dataclasses.dataclass(order=True)
class Item:
    name: str
    kind: Kind
    price: float
    tags: list = dataclasses.field(default_factory=list)

    @property
    def label(self):
        return f"{self.name} ({self.kind.value})"


TEXT = """apple:fruit:1.20 banana:fruit:0.50 carrot:veg:0.80
leek:veg:1.10 cherry:fruit:3.00 apple:fruit:1.30 kale:veg:2.20"""

items = [Item(m["name"], Kind(m["kind"]), float(m["price"]))
         for m in re.finditer(r"(?P<name>\w+):(?P<kind>fruit|veg):(?P<price>\d+\.\d+)", TEXT)]
random.seed(42)
for it in items:
    it.tags = random.sample(["red", "green", "fresh", "local", "cheap"], 2)
print(items[0])
print(sorted(items)[:2])
print([it.label for it in items if it.kind is Kind.VEG])

by_kind = collections.defaultdict(list)
for it in items:
    by_kind[it.kind.name].append(it.price)
print(dict(by_kind))
counts = collections.Counter(it.name for it in items)
print(counts.most_common(2))

print(json.dumps([dataclasses.asdict(it) | {"kind": it.kind.value} for it in items[:2]], sort_keys=True))
print(json.loads('{"a": [1, 2, {"b": null}]}'))

for kind, group in itertools.groupby(sorted(items, key=lambda i: i.kind.value), key=lambda i: i.kind):
    prices = [g.price for g in group]
    print(kind.name, statistics.mean(prices), statistics.median(prices), round(statistics.pstdev(prices), 6))

print(functools.reduce(lambda a, b: a + b.price, items, 0.0))
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().hits)
print(list(itertools.islice(itertools.accumulate(itertools.count(1)), 6)))
print(random.randint(1, 100), random.choice("abcdef"), round(random.gauss(0, 1), 6))
shuffled = list(range(10))
random.shuffle(shuffled)
print(shuffled)
print(dataclasses.replace(items[0], price=9.99), dataclasses.fields(Item)[2].name)
print(re.sub(r"(\w+):(\w+)", r"\2/\1", "apple:fruit kale:veg"), re.split(r"\s+", TEXT)[:3])
