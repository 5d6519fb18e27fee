# test: gc-stress timeout=180
# Native modules that keep Python objects in C++ globals must root them
# before their first allocation: under GC stress every allocation collects.
import codecs
import locale

print(codecs.lookup("utf-8").name, codecs.lookup_error("strict").__name__)
codecs.register_error("custom_x", codecs.lookup_error("replace"))
print(codecs.lookup_error("custom_x") is codecs.lookup_error("replace"))
print("a\u20acb".encode("ascii", "replace"))
print(locale.getpreferredencoding(False) in ("UTF-8", "utf-8", "ANSI_X3.4-1968"))
