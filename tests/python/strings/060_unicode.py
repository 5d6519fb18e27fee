s = "naïve 日本語 ✓"
print(len(s), s[0], s[2], s[6:9], s[-1], s.upper(), s.find("日"), s.index("✓"), list(s[6:8]))
print(repr(s), ascii(s), s.encode("utf-8")[:6], len(s.encode()), "é" < "ê", sorted("éaz"))
print(s.split(" "), " ".join(reversed(s.split())), s.replace("日本語", "nihongo"), s.count("ï"))
print(chr(0x1F600), ord("✓"), "\u00e9" == "é", "ÀÉÎ".lower(), "straße".upper(), len("👍🏽"))
print(f"{'日本':>6}|", f"{'ab':^5}|", "{:<4}|".format("é"), "%-4s|" % "ü")
