# shutil (copy/copy2/copyfile/copytree/rmtree/move/which/disk_usage/copyfileobj) and glob/fnmatch in a temp dir
import fnmatch, glob, os, shutil, stat, tempfile

def tree(root):
    out = []
    for dp, dn, fn in os.walk(root):
        dn.sort()
        rel = os.path.relpath(dp, root)
        out.extend(os.path.normpath(os.path.join(rel, f)) for f in sorted(fn))
    return out

with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "src")
    os.makedirs(os.path.join(src, "pkg", "sub"))
    os.makedirs(os.path.join(src, "data"))
    files = {"README.md": "# readme\n", "setup.py": "setup()\n", "pkg/__init__.py": "", "pkg/core.py": "x = 1\n",
             "pkg/sub/util.py": "def u(): pass\n", "pkg/sub/notes.txt": "notes", "data/a.csv": "1,2\n", "data/b.csv": "3,4\n", "data/.hidden": "h"}
    for rel, text in files.items():
        with open(os.path.join(src, rel), "w") as f:
            f.write(text)
    print(tree(src))
    cwd = os.getcwd()
    os.chdir(src)
    print(sorted(glob.glob("*.py")), sorted(glob.glob("*")), sorted(glob.glob("*/*.py")), sorted(glob.glob("**/*.py", recursive=True)))
    print(sorted(glob.glob("data/*")), sorted(glob.glob("data/.*")), sorted(glob.glob("data/[ab].csv")), sorted(glob.glob("data/?.csv")), glob.glob("nomatch*"))
    print(sorted(glob.glob("**", recursive=True)), sorted(glob.glob("pkg/**/", recursive=True)), sorted(glob.iglob("pkg/*")))
    print(sorted(glob.glob("*.md", root_dir=os.path.join(src))), sorted(glob.glob("*", root_dir="pkg", dir_fd=None)), glob.escape("a[b]*?.txt"), glob.has_magic("a*"), glob.has_magic("abc"))
    os.chdir(cwd)
    print(fnmatch.fnmatch("file.PY", "*.py"), fnmatch.fnmatchcase("file.PY", "*.py"), fnmatch.filter(["a.py", "b.txt", "c.py"], "*.py"), fnmatch.translate("*.[ch]"), fnmatch.fnmatch("x", "[!a-c]"))
    dst = os.path.join(tmp, "dst")
    shutil.copytree(src, dst)
    print(tree(dst) == tree(src))
    shutil.copytree(src, os.path.join(tmp, "filtered"), ignore=shutil.ignore_patterns("*.txt", ".*", "data"))
    print(tree(os.path.join(tmp, "filtered")))
    try:
        shutil.copytree(src, dst)
    except FileExistsError as e:
        print("FileExistsError", os.path.basename(e.filename))
    shutil.copytree(src, dst, dirs_exist_ok=True)
    p = shutil.copy(os.path.join(src, "setup.py"), tmp)
    print(os.path.relpath(p, tmp), open(p).read(), end="")
    os.chmod(os.path.join(src, "README.md"), 0o600)
    os.utime(os.path.join(src, "README.md"), (1000000000, 1200000000))
    p2 = shutil.copy2(os.path.join(src, "README.md"), os.path.join(tmp, "R2.md"))
    print(os.stat(p2).st_mtime, oct(stat.S_IMODE(os.stat(p2).st_mode)))
    p3 = shutil.copyfile(os.path.join(src, "README.md"), os.path.join(tmp, "R3.md"))
    print(os.path.basename(p3), os.stat(p3).st_mtime != 1200000000)
    try:
        shutil.copyfile(os.path.join(src, "README.md"), os.path.join(src, "README.md"))
    except shutil.SameFileError as e:
        print("SameFileError", isinstance(e, OSError))
    try:
        shutil.copy(os.path.join(src, "missing"), tmp)
    except FileNotFoundError as e:
        print("FileNotFoundError", os.path.basename(e.filename))
    shutil.copymode(os.path.join(src, "README.md"), os.path.join(tmp, "R3.md"))
    print(oct(stat.S_IMODE(os.stat(os.path.join(tmp, "R3.md")).st_mode)))
    moved = shutil.move(os.path.join(dst, "data"), os.path.join(tmp, "moved_data"))
    print(os.path.basename(moved), sorted(os.listdir(moved)), os.path.exists(os.path.join(dst, "data")))
    shutil.move(os.path.join(tmp, "R2.md"), os.path.join(tmp, "moved_data"))
    print(sorted(os.listdir(os.path.join(tmp, "moved_data"))))
    shutil.rmtree(dst)
    print(os.path.exists(dst))
    errors = []
    shutil.rmtree(os.path.join(tmp, "nope"), ignore_errors=True)
    shutil.rmtree(os.path.join(tmp, "nope"), onerror=lambda fn, path, exc: errors.append((fn.__name__, exc[0].__name__)))
    print(errors)
    usage = shutil.disk_usage(tmp)
    print(type(usage).__name__, usage.total >= usage.used >= 0, usage._fields)
    exe = os.path.join(tmp, "mytool")
    with open(exe, "w") as f:
        f.write("#!/bin/sh\n")
    os.chmod(exe, 0o755)
    print(shutil.which("mytool", path=tmp) == exe, shutil.which("mytool", path=os.path.join(tmp, "src")), shutil.which("definitely-not-a-command-xyz"))
    with open(os.path.join(tmp, "big.bin"), "wb") as f:
        f.write(bytes(range(256)) * 100)
    with open(os.path.join(tmp, "big.bin"), "rb") as fi, open(os.path.join(tmp, "big2.bin"), "wb") as fo:
        shutil.copyfileobj(fi, fo, length=1000)
    print(os.path.getsize(os.path.join(tmp, "big2.bin")), open(os.path.join(tmp, "big2.bin"), "rb").read()[-3:])
    os.environ["COLUMNS"], os.environ["LINES"] = "77", "22"
    print(shutil.get_terminal_size((10, 10)))
