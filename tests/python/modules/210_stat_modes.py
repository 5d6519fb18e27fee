# stat (the stdlib module over _stat): file-type predicates, filemode, the
# permission and flag constants, on constant modes only
import stat
import _stat

modes = [0o100644, 0o40755, 0o120777, 0o20620, 0o60660, 0o10600, 0o140755, 0o104755,
         0o102711, 0o41777, 0o41776, 0o106644, 0o101000, 0o7777, 0, 0o170000, 0o100000,
         0o4000, 0o2000, 0o1000, 0o777, 0o644]
preds = ["S_ISDIR", "S_ISCHR", "S_ISBLK", "S_ISREG", "S_ISFIFO", "S_ISLNK", "S_ISSOCK",
         "S_ISDOOR", "S_ISPORT", "S_ISWHT"]
for m in modes:
    flags = [p[4:] for p in preds if getattr(stat, p)(m)]
    print(oct(m), stat.filemode(m), oct(stat.S_IMODE(m)), oct(stat.S_IFMT(m)), flags)

for name in ["S_IFDIR", "S_IFCHR", "S_IFBLK", "S_IFREG", "S_IFIFO", "S_IFLNK", "S_IFSOCK",
             "S_IFDOOR", "S_IFPORT", "S_IFWHT", "S_ISUID", "S_ISGID", "S_ENFMT", "S_ISVTX",
             "S_IREAD", "S_IWRITE", "S_IEXEC", "S_IRWXU", "S_IRUSR", "S_IWUSR", "S_IXUSR",
             "S_IRWXG", "S_IRGRP", "S_IWGRP", "S_IXGRP", "S_IRWXO", "S_IROTH", "S_IWOTH",
             "S_IXOTH", "UF_NODUMP", "UF_IMMUTABLE", "UF_APPEND", "UF_OPAQUE", "UF_NOUNLINK",
             "UF_COMPRESSED", "UF_HIDDEN", "SF_ARCHIVED", "SF_IMMUTABLE", "SF_APPEND",
             "SF_NOUNLINK", "SF_SNAPSHOT", "ST_MODE", "ST_INO", "ST_DEV", "ST_NLINK", "ST_UID",
             "ST_GID", "ST_SIZE", "ST_ATIME", "ST_MTIME", "ST_CTIME"]:
    print(name, getattr(stat, name), getattr(_stat, name) == getattr(stat, name))

# stat.py's own Windows constants
print(stat.FILE_ATTRIBUTE_DIRECTORY, stat.FILE_ATTRIBUTE_HIDDEN, stat.FILE_ATTRIBUTE_NORMAL)
print(sorted(n for n in dir(_stat) if not n.startswith("_")))
# stat's functions are _stat's
print(stat.S_ISDIR is _stat.S_ISDIR, stat.filemode is _stat.filemode)
print(stat.S_ISDIR(True), stat.filemode(True), stat.S_IMODE(2**32 - 1))

for arg in [1.5, -1, 2**32, 2**64, "x", None]:
    for f in [stat.S_ISREG, stat.filemode, stat.S_IMODE, stat.S_IFMT]:
        try:
            f(arg)
        except (TypeError, OverflowError) as e:
            print(f.__name__, repr(arg), type(e).__name__, e)
for call in [lambda: stat.S_ISDIR(), lambda: stat.filemode(1, 2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
