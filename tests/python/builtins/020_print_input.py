import sys
print("a", "b", sep="-", end="!\n")
print(1, 2, 3, sep="")
print("to stderr", file=sys.stderr)
name = input("name? ")
print("hello", name)
line2 = input()
print(line2.upper())
try:
    input()
except EOFError as e:
    print("EOFError", e)
