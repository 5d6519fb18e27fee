# shutil.make_archive/unpack_archive (zip, tar, gztar) and the archive format registry
import os, shutil, tarfile, tempfile, zipfile

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
    for rel, text in {"README.md": "# readme\n", "pkg/__init__.py": "", "pkg/core.py": "x = 1\n" * 50, "pkg/sub/notes.txt": "notes"}.items():
        with open(os.path.join(src, rel), "w") as f:
            f.write(text)
    arch = shutil.make_archive(os.path.join(tmp, "archive"), "zip", root_dir=src, base_dir="pkg")
    with zipfile.ZipFile(arch) as zf:
        print(os.path.basename(arch), sorted(zf.namelist()), zf.read("pkg/core.py").count(b"\n"))
        print(sorted((i.filename, i.file_size) for i in zf.infolist()))
    tarred = shutil.make_archive(os.path.join(tmp, "plain"), "tar", root_dir=src)
    with tarfile.open(tarred) as tf:
        print(os.path.basename(tarred), sorted(tf.getnames()), tf.extractfile("./pkg/core.py").read()[:6])
    arch2 = shutil.make_archive(os.path.join(tmp, "archive"), "gztar", root_dir=src)
    with tarfile.open(arch2) as tf:
        print(os.path.basename(arch2), sorted(tf.getnames()))
    for a, name in [(arch, "u1"), (tarred, "u2"), (arch2, "u3")]:
        out = os.path.join(tmp, name)
        shutil.unpack_archive(a, out)
        print(name, tree(out))
    try:
        shutil.unpack_archive(os.path.join(tmp, "x.unknown"), tmp)
    except shutil.ReadError as e:
        print("ReadError", str(e).split(" ")[0])
    print(sorted(name for name, desc in shutil.get_archive_formats()), sorted(f[0] for f in shutil.get_unpack_formats()))
