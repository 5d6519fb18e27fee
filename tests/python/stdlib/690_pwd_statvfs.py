# pwd (the password database) and os.statvfs, as pathlib and shutil use them.
import os
import pwd
import shutil
import tempfile
from pathlib import Path


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


root = pwd.getpwuid(0)
print(type(root).__name__, type(root).__module__, len(root), root.pw_uid, root.pw_gid)
print(root.pw_name == root[0], root.pw_dir == root[5], isinstance(root, tuple))
print(root == pwd.getpwnam(root.pw_name))
me = pwd.getpwuid(os.getuid())
print(me.pw_uid == os.getuid(), isinstance(me.pw_name, str), isinstance(me.pw_shell, str))
print(any(e.pw_uid == 0 for e in pwd.getpwall()), all(len(e) == 7 for e in pwd.getpwall()))
print([f for f in dir(pwd.struct_passwd) if f.startswith("pw_")])
show("uid not found", lambda: pwd.getpwuid(987654))
show("name not found", lambda: pwd.getpwnam("no-such-user-here"))
show("uid -5", lambda: pwd.getpwuid(-5))
show("uid huge", lambda: pwd.getpwuid(2**40))
show("uid str", lambda: pwd.getpwuid("0"))
show("name int", lambda: pwd.getpwnam(0))
show("name nul", lambda: pwd.getpwnam("a\0b"))

with tempfile.TemporaryDirectory() as tmp:
    print(Path(tmp).owner() == pwd.getpwuid(os.stat(tmp).st_uid).pw_name)
    st = os.statvfs(tmp)
    print(type(st).__name__, type(st).__module__, len(st))
    print(st.f_bsize > 0, st.f_frsize > 0, st.f_blocks >= st.f_bfree >= st.f_bavail >= 0)
    print(st.f_namemax >= 255, st[1] == st.f_frsize, st.f_flag & os.ST_RDONLY == 0)
    with open(os.path.join(tmp, "f"), "w") as fh:
        fst = os.fstatvfs(fh.fileno())
        print(fst.f_blocks == st.f_blocks, os.statvfs(fh.fileno()).f_bsize == st.f_bsize)
    usage = shutil.disk_usage(tmp)
    print(type(usage).__name__, usage.total >= usage.used >= 0, usage.free >= 0)
    print(os.statvfs in os.supports_fd, os.ST_RDONLY, os.ST_NOSUID)
show("statvfs missing", lambda: os.statvfs("/no/such/dir/here"))
show("statvfs bad type", lambda: os.statvfs(1.5))
show("fstatvfs bad fd", lambda: os.fstatvfs(9999))
print(os.path.expanduser("~" + root.pw_name) == root.pw_dir)
