# Files and directories through os, in a fresh directory under /tmp named
# after the process: stat results, creating, renaming and removing, file
# descriptors, links, scandir and os.walk, and the OSError subclasses with
# their errno, strerror and filename.
import gc
import os
import stat

base = os.path.join('/tmp', 'uopy_posix_%d' % os.getpid())


def rel(p):
    """A path under base, printed without the process id."""
    if isinstance(p, bytes):
        return p.replace(os.fsencode(base), b'<base>')
    return p.replace(base, '<base>') if isinstance(p, str) else p


old_mask = os.umask(0o022)
os.mkdir(base)
try:
    print(os.path.isdir(base), os.listdir(base))

    # A file written through a descriptor.
    f = os.path.join(base, 'data.txt')
    fd = os.open(f, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    print(type(fd).__name__, os.write(fd, b'hello world\n'), os.write(fd, bytearray(b'xy')))
    print(os.get_inheritable(fd), os.isatty(fd))
    os.close(fd)

    st = os.stat(f)
    print(type(st).__name__, len(st), st.st_size, st[6], st.st_nlink)
    print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), oct(stat.S_IMODE(st.st_mode)))
    print(type(st.st_mtime).__name__, type(st[8]).__name__, type(st.st_mtime_ns).__name__)
    print(st[8] == int(st.st_mtime), st.st_mtime_ns // 10**9 == st[8], st.st_blksize > 0)
    print(st.st_ino == os.lstat(f).st_ino, st == os.stat(f.encode()), st.st_uid == os.getuid())
    print(os.stat_result.n_sequence_fields, os.stat_result.n_fields, os.stat_result.n_unnamed_fields)

    # Fixed times, then the fields kept after the ten visible items survive
    # a collection.
    os.utime(f, (1000000000, 1200000000.5))
    st = os.stat(f)
    junk = [[i] * 3 for i in range(2000)]
    del junk
    gc.collect()
    print(st.st_atime, st.st_mtime, st.st_atime_ns, st.st_mtime_ns, st[7], st[8])
    os.utime(f, ns=(1500000000123456789, 1600000000987654321))
    st = os.stat(f)
    print(st.st_atime_ns, st.st_mtime_ns, st.st_atime, st[7], st.st_mtime, st[8])
    print(repr(st).startswith('os.stat_result(st_mode='), 'st_atime=1500000000,' in repr(st))
    print(st[:3] == (st.st_mode, st.st_ino, st.st_dev), st[-1] == st.st_ctime // 1)
    mode, ino, dev, nlink, uid, gid, size, at, mt, ct = st
    print(size, at, mt)

    # Reading back, with lseek.
    fd = os.open(f, os.O_RDONLY)
    print(os.read(fd, 5), os.lseek(fd, 0, os.SEEK_CUR), os.read(fd, 100), os.read(fd, 10))
    print(os.lseek(fd, -3, os.SEEK_END), os.read(fd, 10), os.fstat(fd).st_size)
    fd2 = os.dup(fd)
    print(fd2 != fd, os.lseek(fd2, 0, os.SEEK_SET), os.read(fd, 5))
    os.close(fd2)
    os.close(fd)
    fd = os.open(f, os.O_RDWR)
    os.ftruncate(fd, 5)
    os.close(fd)
    os.truncate(f, 3)
    print(os.path.getsize(f))

    r, w = os.pipe()
    os.write(w, b'through the pipe')
    os.close(w)
    print(os.read(r, 100), os.read(r, 100))
    os.close(r)

    # Directories, renames, links.
    sub = os.path.join(base, 'sub')
    os.mkdir(sub, 0o755)
    os.makedirs(os.path.join(sub, 'a', 'b'))
    open(os.path.join(sub, 'a', 'file1'), 'w').close()
    os.rename(f, os.path.join(base, 'renamed.txt'))
    print(sorted(os.listdir(base)), os.path.exists(f))
    os.replace(os.path.join(base, 'renamed.txt'), os.path.join(sub, 'moved.txt'))
    print(sorted(os.listdir(sub)), sorted(os.listdir(os.fsencode(sub))))
    os.symlink('moved.txt', os.path.join(sub, 'link'))
    os.link(os.path.join(sub, 'moved.txt'), os.path.join(sub, 'hard'))
    print(os.readlink(os.path.join(sub, 'link')), os.readlink(os.fsencode(os.path.join(sub, 'link'))))
    print(os.path.islink(os.path.join(sub, 'link')), os.stat(os.path.join(sub, 'hard')).st_nlink)
    print(stat.S_ISLNK(os.lstat(os.path.join(sub, 'link')).st_mode),
          stat.S_ISLNK(os.stat(os.path.join(sub, 'link'), follow_symlinks=False).st_mode),
          stat.S_ISREG(os.stat(os.path.join(sub, 'link')).st_mode))
    print(os.access(sub, os.R_OK | os.X_OK), os.access(os.path.join(sub, 'nope'), os.F_OK))
    os.chmod(os.path.join(sub, 'moved.txt'), 0o600)
    print(oct(stat.S_IMODE(os.stat(os.path.join(sub, 'moved.txt')).st_mode)))

    # scandir: DirEntry objects; the iterator is a context manager.
    with os.scandir(sub) as it:
        entries = sorted(it, key=lambda e: e.name)
    for e in entries:
        print(e.name, e.path == os.path.join(sub, e.name), e.is_dir(), e.is_file(),
              e.is_symlink(), e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False),
              e.inode() == os.lstat(e.path).st_ino, e.stat().st_size == os.stat(e.path).st_size)
    print(repr(entries[0]), os.fspath(entries[0]) == entries[0].path,
          isinstance(entries[0], os.PathLike), type(entries[0]).__name__)
    it = os.scandir(os.fsencode(sub))
    print(sorted(e.name for e in it), type(it).__name__)
    it.close()
    it.close()
    print(list(it))
    cwd = os.getcwd()
    os.chdir(sub)
    print(sorted(e.path for e in os.scandir()), os.path.basename(os.getcwd()))
    os.chdir(cwd)

    # os.walk over the tree.
    for top, dirs, files in os.walk(sub):
        dirs.sort()
        print(os.path.relpath(top, base), dirs, sorted(files))

    # The OSError subclasses.
    missing = os.path.join(base, 'missing')
    for call in (lambda: os.stat(missing), lambda: os.open(missing, os.O_RDONLY),
                 lambda: os.listdir(missing), lambda: os.unlink(missing),
                 lambda: os.mkdir(sub), lambda: os.rmdir(sub),
                 lambda: os.listdir(os.path.join(sub, 'moved.txt')),
                 lambda: os.open(sub, os.O_WRONLY), lambda: os.readlink(sub),
                 lambda: os.chdir(missing), lambda: os.stat(os.fsencode(missing))):
        try:
            call()
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror, rel(e.filename),
                  e.args == (e.errno, e.strerror), str(e).startswith('[Errno %d] ' % e.errno))
    try:
        os.stat(missing)
    except FileNotFoundError as e:
        print(rel(str(e)))
    for call in (lambda: os.rename(missing, os.path.join(base, 'other')),
                 lambda: os.link(missing, os.path.join(base, 'other')),
                 lambda: os.symlink('x', os.path.join(sub, 'link'))):
        try:
            call()
        except OSError as e:
            print(type(e).__name__, e.errno, os.path.basename(e.filename),
                  os.path.basename(e.filename2))
    for call in (lambda: os.close(99999), lambda: os.read(99999, 1), lambda: os.fstat(99999)):
        try:
            call()
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror, e.filename)
    try:
        os.stat(99999)
    except OSError as e:
        print(type(e).__name__, e.filename, e)
    try:
        os.read(0, -1)
    except OSError as e:
        print(type(e).__name__, e)

    # Removing everything again.
    os.unlink(os.path.join(sub, 'link'))
    os.remove(os.path.join(sub, 'hard'))
    os.unlink(os.path.join(sub, 'moved.txt'))
    os.unlink(os.path.join(sub, 'a', 'file1'))
    os.close(os.open(os.path.join(base, 'keep'), os.O_CREAT | os.O_WRONLY))
    os.removedirs(os.path.join(sub, 'a', 'b'))  # up to base, which is not empty
    print(os.path.exists(sub), os.listdir(base))
finally:
    os.umask(old_mask)
    for top, dirs, files in os.walk(base, topdown=False):
        for n in files + dirs:
            p = os.path.join(top, n)
            if os.path.isdir(p) and not os.path.islink(p):
                os.rmdir(p)
            else:
                os.unlink(p)
    if os.path.exists(base):
        os.rmdir(base)
print(os.path.exists(base))
