data = [1, 2, 3]
for i in data:
    print(i)
[x for x in data] = data
