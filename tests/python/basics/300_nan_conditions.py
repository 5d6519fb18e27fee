# Comparisons used as conditions convert the comparison's result; they take
# no identity shortcut (unlike container membership).
nan = float("nan")
x = nan
if x != x:
    print("nan != nan")
if not (x == x):
    print("nan == nan is False")
print(x == x, x != x, [x] == [x], x in [x], (x, 1) == (x, 1))
while x == x:
    print("never")
    break
print(nan < 1, nan > 1, nan <= nan, 1 if nan == nan else 2)
