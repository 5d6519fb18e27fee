# re character sets beyond Latin-1 that compile to BIGCHARSET (a block
# table over the BMP): Cyrillic and CJK ranges, negated sets, and sets that
# IGNORECASE widens. (re._compiler packs the block table with
# memoryview.cast('I').)
import re

for pat, s, flags in [
    (r'[а-яё]+', 'Привет, мир! ёлка ЁЛКА', 0),
    (r'[а-яё]+', 'Привет, мир! ёлка ЁЛКА', re.I),
    (r'[^а-яё\s,!]+', 'Привет, мир! ёлка', 0),
    (r'[a-zа-я]+', 'mixed смесь Text', 0),
    (r'[\u4e00-\u4e10\u3040-\u3050x]+', 'x\u4e01\u3041y\u4e20', 0),
    (r'[a-c\u0101\u0103\u0105]+', 'abc\u0101\u0103\u0105d\u0102', 0),
    (r'[a-z]', 'AZK\u212a', re.I),
    (r'[α-ω]+', 'ΑΒΓ δεζ Ωω', re.I),
    (r'(?i)[\u0100-\u017f]+', '\u0100\u0101\u017f\u0130s', 0),
    (r'(?i)[\U00010400-\U00010410]+', '\U00010428\U00010400x', 0),
    (r'[\u0400-\u04ff\u0600-\u06ff]+', 'кириллица عربي latin', 0),
    (r'[^\u0400-\u04ff\u0600-\u06ff ]+', 'кириллица عربي latin', 0),
]:
    print(repr(pat), [m.group() for m in re.finditer(pat, s, flags)])
print(re.sub(r'[а-я]', '*', 'код 42 code'), re.split(r'[,،、]', 'a,b،c、d'))
print(re.fullmatch(r'[\u3040-\u309f\u30a0-\u30ff]+', 'ひらがなカタカナ'))
