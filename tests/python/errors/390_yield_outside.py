def gen():
    yield 1
class C:
    yield 2
print(list(gen()))
