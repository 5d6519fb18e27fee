class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __eq__(self, rhs):
        return self.other == rhs


a = Node("a")
b = Node("b")
print(a == a.name)
a.other = b
b.other = a
print(a.name, b.name)
print(a == 1)
