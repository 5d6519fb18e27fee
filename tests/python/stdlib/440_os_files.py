# os file operations inside a TemporaryDirectory: makedirs, listdir, stat, rename, remove, walk, scandir
import os, stat, tempfile

with tempfile.TemporaryDirectory() as root:
    os.makedirs(os.path.join(root, "a", "b", "c"))
    os.makedirs(os.path.join(root, "a", "b", "c"), exist_ok=True)
    try:
        os.makedirs(os.path.join(root, "a"))
    except FileExistsError as e:
        print("FileExistsError", e.errno, os.path.basename(e.filename))
    os.mkdir(os.path.join(root, "d"))
    for rel, content in [("top.txt", "top\n"), ("a/one.txt", "1"), ("a/b/two.py", "print(2)\n"), ("a/b/c/three.dat", "x" * 300), ("d/empty", "")]:
        with open(os.path.join(root, rel), "w") as f:
            f.write(content)
    print(sorted(os.listdir(root)), sorted(os.listdir(os.path.join(root, "a"))))
    st = os.stat(os.path.join(root, "a/b/c/three.dat"))
    print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat(os.path.join(root, "a")).st_mode), st.st_nlink, type(st.st_mtime).__name__)
    print(os.path.getsize(os.path.join(root, "top.txt")), os.path.exists(os.path.join(root, "nope")), os.path.isfile(os.path.join(root, "d")), os.path.isdir(os.path.join(root, "d")))
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        print(os.path.relpath(dirpath, root), dirnames, sorted(filenames))
    print([(os.path.relpath(dp, root), sorted(fn)) for dp, dn, fn in sorted(os.walk(root, topdown=False))])
    os.rename(os.path.join(root, "top.txt"), os.path.join(root, "d", "moved.txt"))
    print(sorted(os.listdir(root)), sorted(os.listdir(os.path.join(root, "d"))))
    os.replace(os.path.join(root, "d", "moved.txt"), os.path.join(root, "d", "empty"))
    with open(os.path.join(root, "d", "empty")) as f:
        print(repr(f.read()))
    os.remove(os.path.join(root, "d", "empty"))
    print(os.listdir(os.path.join(root, "d")))
    try:
        os.remove(os.path.join(root, "d", "empty"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.strerror, os.path.basename(e.filename))
    try:
        os.rmdir(os.path.join(root, "a"))
    except OSError as e:
        print(type(e).__name__, e.strerror)
    try:
        os.listdir(os.path.join(root, "a", "one.txt"))
    except NotADirectoryError as e:
        print("NotADirectoryError", e.strerror)
    try:
        open(os.path.join(root, "a"))
    except IsADirectoryError as e:
        print("IsADirectoryError", e.strerror)
    os.rmdir(os.path.join(root, "d"))
    with os.scandir(os.path.join(root, "a")) as it:
        entries = sorted(it, key=lambda e: e.name)
    print([(e.name, e.is_file(), e.is_dir(), e.is_symlink()) for e in entries], entries[0].path == os.path.join(root, "a", entries[0].name))
    os.symlink(os.path.join(root, "a", "one.txt"), os.path.join(root, "link"))
    print(os.path.islink(os.path.join(root, "link")), os.readlink(os.path.join(root, "link")) == os.path.join(root, "a", "one.txt"), open(os.path.join(root, "link")).read())
    print(stat.S_ISLNK(os.lstat(os.path.join(root, "link")).st_mode), os.path.realpath(os.path.join(root, "link")) == os.path.realpath(os.path.join(root, "a", "one.txt")))
    os.unlink(os.path.join(root, "link"))
    p = os.path.join(root, "a", "one.txt")
    os.chmod(p, 0o640)
    print(oct(stat.S_IMODE(os.stat(p).st_mode)), stat.filemode(os.stat(p).st_mode), os.access(p, os.R_OK), os.access(os.path.join(root, "zz"), os.F_OK))
    os.utime(p, (1000000000, 1500000000))
    print(os.stat(p).st_mtime, int(os.path.getmtime(p)), os.stat(p).st_atime)
    fd = os.open(os.path.join(root, "raw.bin"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    print(os.write(fd, b"raw bytes"), os.lseek(fd, 0, os.SEEK_CUR))
    os.close(fd)
    fd = os.open(os.path.join(root, "raw.bin"), os.O_RDONLY)
    print(os.read(fd, 3), os.read(fd, 100), os.read(fd, 10), os.fstat(fd).st_size)
    os.close(fd)
    os.truncate(os.path.join(root, "raw.bin"), 4)
    print(open(os.path.join(root, "raw.bin"), "rb").read())
    os.remove(os.path.join(root, "a", "b", "c", "three.dat"))
    os.removedirs(os.path.join(root, "a", "b", "c"))
    print(sorted(os.listdir(os.path.join(root, "a", "b"))))
    cwd = os.getcwd()
    os.chdir(root)
    print(sorted(os.listdir()), sorted(os.listdir(".")), os.path.samefile(os.getcwd(), root))
    os.chdir(cwd)
    tf = tempfile.NamedTemporaryFile("w+", dir=root, suffix=".tmp", delete=False)
    tf.write("named"); tf.seek(0); print(tf.read(), tf.name.endswith(".tmp"), os.path.dirname(tf.name) == root); tf.close()
    with tempfile.TemporaryFile() as tf2:
        tf2.write(b"anon"); tf2.seek(0); print(tf2.read())
    fd, path = tempfile.mkstemp(prefix="pre_", dir=root)
    os.close(fd)
    print(os.path.basename(path).startswith("pre_"), len(os.listdir(root)))
    saved = root
print(os.path.exists(saved))
