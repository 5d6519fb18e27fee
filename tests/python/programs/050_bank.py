class InsufficientFunds(Exception):
    def __init__(self, needed):
        super().__init__(f"need {needed} more")
        self.needed = needed
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount - self.balance)
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"
acct = Account("ann", 100)
for op, amt in [("deposit", 50), ("withdraw", 30), ("withdraw", 500), ("deposit", -5), ("withdraw", 20)]:
    try:
        getattr(acct, op)(amt)
    except InsufficientFunds as e:
        print("failed:", e, e.needed)
    except ValueError as e:
        print("invalid:", e)
print(acct, acct.history)
