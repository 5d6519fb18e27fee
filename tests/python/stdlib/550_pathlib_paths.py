# pathlib: pure paths (Posix and Windows flavours) with fixed strings, plus a few concrete Path operations in a temp dir
import os, tempfile
from pathlib import PurePath, PurePosixPath, PureWindowsPath, Path

p = PurePosixPath("/usr/local/lib/python3.11/site-packages/pkg.tar.gz")
print(p, repr(p), p.name, p.stem, p.suffix, p.suffixes, p.parent, p.anchor, p.root, p.drive, p.parts[:3])
print(list(p.parents)[:3], p.parents[0], p.parents[-1], len(p.parents), p.is_absolute(), p.as_posix(), str(p.with_name("x.py")), p.with_suffix(".zip"), p.with_stem("other"))
q = PurePosixPath("a/b") / "c" / PurePosixPath("d.txt")
print(q, q.parts, "x" / q, "/root" / PurePosixPath("rel"), q / "/abs", PurePosixPath("a", "b/", "/c", "d"))
print(PurePosixPath("a/./b//c/"), PurePosixPath("a/../b"), PurePosixPath(""), PurePosixPath("."), PurePosixPath("//double"), PurePosixPath("///triple"))
print(PurePosixPath("/a/b/c").relative_to("/a"), PurePosixPath("/a/b").is_relative_to("/a"), PurePosixPath("/a/b").is_relative_to("/c"))
try:
    PurePosixPath("/a/b").relative_to("/c")
except ValueError as e:
    print("ValueError", e)
print(PurePosixPath("a/b.py").match("*.py"), PurePosixPath("/a/b/c.py").match("b/*.py"), PurePosixPath("/a/b/c.py").match("/*.py"), PurePosixPath("A.PY").match("*.py"))
print(PurePosixPath("a") == PurePosixPath("a/"), PurePosixPath("a") < PurePosixPath("b"), sorted([PurePosixPath("b/a"), PurePosixPath("a/z"), PurePosixPath("a")]), hash(PurePosixPath("x/y")) == hash(PurePosixPath("x//y")))
print(PurePosixPath("A") == PurePosixPath("a"), PureWindowsPath("A") == PureWindowsPath("a"), PurePosixPath("a") == PureWindowsPath("a"), PurePosixPath("a") == "a")
for bad in [lambda: PurePosixPath("a").with_suffix("txt"), lambda: PurePosixPath("/").with_name("x"), lambda: PurePosixPath("a").with_name("b/c"), lambda: PurePosixPath(3)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(PurePosixPath("noext").suffix == "", PurePosixPath(".bashrc").suffix, PurePosixPath(".bashrc").stem, PurePosixPath("a.b.").suffixes, PurePosixPath("x.tar.gz").with_suffix(""), PurePosixPath("dir/").name)
print(bytes(PurePosixPath("/é")), os.fspath(PurePosixPath("a/b")), PurePosixPath("/a b/c").as_uri(), PurePosixPath("/x").joinpath("y", "z"))

w = PureWindowsPath("C:\\Users\\Name\\Docs\\report.final.DOCX")
print(w, repr(w), w.drive, w.root, w.anchor, w.name, w.suffix, w.suffixes, w.parent, w.parts, w.as_posix())
print(PureWindowsPath("c:/a/b"), PureWindowsPath("//server/share/dir/f.txt").drive, PureWindowsPath("//server/share/dir/f.txt").anchor, PureWindowsPath("C:rel").is_absolute(), PureWindowsPath("C:/").is_absolute())
print(PureWindowsPath("C:/a") / "D:/b", PureWindowsPath("C:/a") / "/b", PureWindowsPath("C:/a/B.txt").match("*.TXT"), PureWindowsPath("a/b").relative_to("A"), PureWindowsPath("C:/x y").as_uri())
print(PureWindowsPath("nul").is_reserved(), PureWindowsPath("a/con.txt").is_reserved(), PurePosixPath("nul").is_reserved(), PureWindowsPath("C:/a\\b/c").parts)
print(type(PurePath("x")).__name__, type(Path("x")).__name__, isinstance(Path("x"), PurePath))

with tempfile.TemporaryDirectory() as tmp:
    base = Path(tmp)
    (base / "sub" / "deep").mkdir(parents=True)
    f = base / "sub" / "hello.txt"
    print(f.write_text("hello\nworld\n"), f.read_text(), f.read_bytes(), f.exists(), f.is_file(), f.is_dir(), f.stat().st_size)
    (base / "data.bin").write_bytes(b"\x00\x01")
    (base / "sub" / "deep" / "x.py").touch()
    print(sorted(p.relative_to(base).as_posix() for p in base.iterdir()), sorted(p.relative_to(base).as_posix() for p in base.rglob("*")))
    print(sorted(p.name for p in base.glob("*/*.txt")), sorted(p.name for p in base.glob("**/*.py")), [p.name for p in (base / "sub").glob("nothing*")])
    g = f.rename(base / "renamed.txt")
    print(g.name, f.exists(), g.exists(), g.with_suffix(".md").exists())
    with g.open("a") as fh:
        fh.write("more\n")
    print(g.read_text().splitlines(), len(list(g.open())))
    g.unlink()
    try:
        g.unlink()
    except FileNotFoundError:
        print("FileNotFoundError")
    g.unlink(missing_ok=True)
    try:
        (base / "sub").mkdir()
    except FileExistsError:
        print("FileExistsError")
    (base / "sub").mkdir(exist_ok=True)
    (base / "sub" / "deep" / "x.py").unlink()
    (base / "sub" / "deep").rmdir()
    print(sorted(p.name for p in (base / "sub").iterdir()), base.resolve() == Path(os.path.realpath(tmp)), Path(tmp).samefile(tmp))
    link = base / "lnk"
    link.symlink_to(base / "data.bin")
    print(link.is_symlink(), link.read_bytes(), link.resolve().name, link.readlink().name)
    print(Path("/a/b/../c").as_posix(), Path.cwd().is_absolute(), Path("~").expanduser().is_absolute(), Path("rel").absolute().is_absolute(), Path(tmp).owner() == Path(tmp).owner())
