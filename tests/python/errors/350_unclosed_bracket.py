def g(values):
    total = 0
    items = [1, 2,
             3, 4
    for v in values:
        total += v
    return total
