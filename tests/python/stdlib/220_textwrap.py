# textwrap: wrap, fill, dedent, indent, shorten, TextWrapper options
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
        "liquor jugs!  How vexingly quick daft zebras jump; sphinx of black quartz, judge my vow.")
for w in (20, 33, 70):
    print(textwrap.wrap(text, width=w))
print(textwrap.fill(text, width=40))
print(textwrap.fill(text, width=30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("supercalifragilisticexpialidocious word", width=10))
print(textwrap.wrap("supercalifragilisticexpialidocious word", width=10, break_long_words=False))
print(textwrap.wrap("well-known high-speed e-mail", width=8), textwrap.wrap("well-known high-speed", width=8, break_on_hyphens=False))
print(textwrap.wrap("a\tb\tc", width=12), textwrap.wrap("a\tb\tc", width=12, tabsize=4), textwrap.wrap("a\tb", expand_tabs=False))
print(textwrap.wrap("Hello.  World. Foo", fix_sentence_endings=True, width=80))
print(textwrap.wrap("one two three four five six", width=10, max_lines=2))
print(textwrap.wrap("one two three four five six", width=10, max_lines=2, placeholder=" ~"))
print(textwrap.wrap("  lead  and  trail  ", width=8), textwrap.wrap("  lead  and  trail  ", width=8, drop_whitespace=False))
print(textwrap.wrap("a\nb\r\nc", width=80), textwrap.wrap("a\nb", replace_whitespace=False), textwrap.wrap(""), textwrap.wrap("   "))
try:
    textwrap.wrap("x", width=0)
except ValueError as e:
    print("ValueError", e)
try:
    textwrap.wrap("abc def", width=3, max_lines=1, placeholder="...."),
except ValueError as e:
    print("ValueError", e)

src = """\
    def f():
        return 1

      # comment
    x = 2
"""
print(repr(textwrap.dedent(src)))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("   \n  x\n    y")), repr(textwrap.dedent("\t\tx\n\t\ty")))
print(repr(textwrap.indent("a\n\nb\n", "> ")), repr(textwrap.indent("a\n\nb\n", "+", lambda line: True)))
print(repr(textwrap.indent("x\ny", "  ", lambda l: l.startswith("y"))), repr(textwrap.indent("a\r\nb", "-")))
print(textwrap.shorten("Hello  world!", width=12), "|", textwrap.shorten("Hello world!", width=11))
print(textwrap.shorten("The quick brown fox jumps", width=15, placeholder="..."))
print(textwrap.shorten("short", width=5), textwrap.shorten("   lots   of   space  ", width=40))
tw = textwrap.TextWrapper(width=25, initial_indent="- ", subsequent_indent="  ", break_long_words=True)
print(tw.wrap(text)[:3], tw.width, tw.expand_tabs)
tw.width = 50
print(tw.fill("Now it is wider than before and the text goes on for quite a while indeed."))
print(len(max(textwrap.wrap(text * 3, 47), key=len)) <= 47)
print(textwrap.wrap("Émile Zola écrivit «J'accuse…!» en 1898.", width=15))
