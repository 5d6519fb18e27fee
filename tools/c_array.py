"""Writes C arrays for the generated tables (tools/gen_unicode_*.py)."""


def emit_array(out, ctype, name, values, comment):
    """`static const CTYPE NAME[] = {...};` after a `// COMMENT` line,
    items comma-terminated, lines of at most 96 characters."""
    out.write("// %s\n" % comment)
    out.write("static const %s %s[] = {\n" % (ctype, name))
    line = ""
    for v in values:
        item = "%s," % v
        if len(line) + len(item) > 96:
            out.write(line + "\n")
            line = ""
        line += item
    if line:
        out.write(line + "\n")
    out.write("};\n\n")
