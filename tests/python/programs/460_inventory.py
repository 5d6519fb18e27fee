# Inventory management: dicts of lists, classes, custom exceptions, reports.
class InventoryError(Exception):
    pass


class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, only {have} in stock")
        self.sku, self.wanted, self.have = sku, wanted, have


class UnknownItem(InventoryError, KeyError):
    pass


class Item:
    def __init__(self, sku, name, price_cents, category):
        self.sku = sku
        self.name = name
        self.price_cents = price_cents
        self.category = category

    def __repr__(self):
        return f"Item({self.sku!r}, {self.name!r}, {self.price_cents})"


def money(cents):
    sign = "-" if cents < 0 else ""
    d, c = divmod(abs(cents), 100)
    return f"{sign}${d:,}.{c:02d}"


class Inventory:
    def __init__(self):
        self.items = {}
        self.batches = {}      # sku -> list of [qty, cost_cents] FIFO batches
        self.ledger = []

    def add_item(self, item):
        if item.sku in self.items:
            raise InventoryError(f"duplicate sku {item.sku}")
        self.items[item.sku] = item
        self.batches[item.sku] = []

    def _item(self, sku):
        try:
            return self.items[sku]
        except KeyError:
            raise UnknownItem(sku) from None

    def receive(self, sku, qty, cost_cents):
        self._item(sku)
        if qty <= 0:
            raise ValueError(f"bad quantity {qty}")
        self.batches[sku].append([qty, cost_cents])
        self.ledger.append(("recv", sku, qty, qty * cost_cents))

    def stock(self, sku):
        return sum(q for q, _ in self.batches[sku])

    def sell(self, sku, qty):
        item = self._item(sku)
        have = self.stock(sku)
        if qty > have:
            raise OutOfStock(sku, qty, have)
        cogs = 0
        remaining = qty
        batches = self.batches[sku]
        while remaining:
            batch = batches[0]
            take = min(remaining, batch[0])
            cogs += take * batch[1]
            batch[0] -= take
            remaining -= take
            if batch[0] == 0:
                batches.pop(0)
        revenue = qty * item.price_cents
        self.ledger.append(("sell", sku, qty, revenue - cogs))
        return revenue, cogs

    def value(self):
        return sum(q * c for batches in self.batches.values() for q, c in batches)

    def by_category(self):
        cats = {}
        for item in self.items.values():
            cats.setdefault(item.category, []).append(item.sku)
        return {k: sorted(v) for k, v in sorted(cats.items())}


inv = Inventory()
for sku, name, price, cat in [
    ("A100", "Widget", 1299, "hardware"),
    ("A200", "Gadget", 2450, "hardware"),
    ("B100", "Manual", 999, "books"),
    ("C300", "Cable", 499, "accessories"),
    ("C310", "Adapter", 1575, "accessories"),
]:
    inv.add_item(Item(sku, name, price, cat))
try:
    inv.add_item(Item("A100", "Dup", 1, "x"))
except InventoryError as e:
    print("InventoryError:", e)

state = 4242
for step in range(40):
    state = (state * 214013 + 2531011) % 2 ** 31
    sku = sorted(inv.items)[state % 5]
    qty = 1 + (state >> 8) % 12
    try:
        if (state >> 4) % 3 == 0:
            inv.receive(sku, qty, 300 + (state >> 12) % 900)
        else:
            inv.sell(sku, qty)
    except OutOfStock as e:
        if step % 7 == 0:
            print("OutOfStock:", e, (e.wanted, e.have))
for bad in [("Z999", 1), ("A100", 0)]:
    try:
        inv.receive(bad[0], bad[1], 100)
    except UnknownItem as e:
        print("UnknownItem", e, isinstance(e, KeyError), isinstance(e, InventoryError))
    except ValueError as e:
        print("ValueError", e)
try:
    inv.sell("nope", 1)
except KeyError as e:
    print("caught as KeyError:", repr(e))

print("categories:", inv.by_category())
for sku in sorted(inv.items):
    item = inv.items[sku]
    print(f"{sku} {item.name:<8} stock={inv.stock(sku):3} batches={inv.batches[sku]}")
print("inventory value:", money(inv.value()))
profit = {}
counts = {"recv": 0, "sell": 0}
for kind, sku, qty, amount in inv.ledger:
    counts[kind] += 1
    if kind == "sell":
        profit[sku] = profit.get(sku, 0) + amount
print(counts, len(inv.ledger))
for sku, p in sorted(profit.items(), key=lambda kv: kv[1], reverse=True):
    print(f"  {sku}: {money(p):>10}")
print("total profit", money(sum(profit.values())), money(-12345), money(5), money(10 ** 8))
