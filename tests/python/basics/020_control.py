total = 0
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    total += i
else:
    print("no break")
print(total)
n = 0
while n < 5:
    n += 1
else:
    print("while else", n)
for x in []:
    pass
else:
    print("empty for else")
x = 10 if n > 3 else 20
print(x)
if n == 1:
    print("one")
elif n == 5:
    print("five")
else:
    print("other")
