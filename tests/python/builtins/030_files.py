path = "/tmp/uopy_test_030_files.txt"
with open(path, "w") as f:
    f.write("line one\n")
    f.write("line two\n")
    print(f.closed)
print(f.closed)
with open(path) as f:
    print(f.read())
with open(path) as f:
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f):
        print(i, line.rstrip())
with open(path, "a") as f:
    f.write("three\n")
print(open(path).read().splitlines())
with open(path, "wb") as f:
    f.write(b"\x00\x01bin")
print(open(path, "rb").read())
try:
    open("/nonexistent/file.txt")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
