class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance = self._add(self.balance, amount)
        return self.balance

    def _add(self, a, b):
        return a + b


def process(accounts, amounts):
    for acc, amt in zip(accounts, amounts):
        print(acc.owner, acc.deposit(amt))


def main():
    accounts = [Account("ann", 10), Account("bob", 5), Account("cid", 1)]
    process(accounts, [5, 2.5, "7"])


main()
