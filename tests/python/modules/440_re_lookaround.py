# re lookaround: positive and negative lookahead and lookbehind, groups set
# inside them, lookbehind before pos, and lookarounds inside repeats.
import re


def show(pat, s, flags=0):
    print(repr(pat), repr(s), [(m.span(), m.groups()) for m in re.finditer(pat, s, flags)])


show(r'foo(?=bar)', 'foobar foobaz')
show(r'foo(?!bar)', 'foobar foobaz')
show(r'(?<=\$)\d+', 'cost: $42, 17')
show(r'(?<!\$)\b\d+', 'cost: $42, 17')
show(r'(?<=ab)c', 'abc xbc')
show(r'(?<!ab)c', 'abc xbc')
show(r'\w+(?=,)', 'a, bb, ccc')
show(r'(?=(\w+))\w', 'abc')
show(r'(?=(a))', 'aba')
show(r'(?!(a))\w', 'ab')
show(r'(?<=(a))b', 'abcb')
show(r'(?<=a|b)c', 'ac bc cc')
show(r'(?<=[ab]c)d', 'acd bcd ccd')
show(r'(?<!^)x', 'xxx')
show(r'(?<=^)x', 'xxx')
show(r'(?=x)(?!xy)x', 'xy xz')
show(r'^(?=.*\d)(?=.*[a-z])\w{6,}$', 'abc123')
show(r'^(?=.*\d)(?=.*[a-z])\w{6,}$', 'abcdef')
show(r'(?:(?=(\w))\w)+', 'ab')
show(r'(?:(?!(x))\w)+', 'abx')
show(r'(?:a(?=b)|b)+', 'abab')
show(r'(?<=\d{3})-', '123-45-678-')
show(r'\b(?=\w*e)\w+', 'the cat sees me')
show(r'(\w)(?=(\w))', 'abcd')
show(r'q(?=u)', 'quit qat')
show(r'(?<![\w.])\d+(?![\w.])', '12 a3 4.5 67')
show(r'(?<=(?P<p>[ab]))c', 'ac bc')

# lookbehind can see text before pos; lookahead stops at endpos
p = re.compile(r'(?<=a)b')
print(p.search('ab', 1), p.match('ab', 1), p.search('xb', 1))
print(re.compile(r'a(?=b)').search('ab', 0, 1), re.compile(r'a(?!b)').search('ab', 0, 1))
print(re.compile(r'(?<=a)').findall('aaa', 1, 2))

# lookarounds and empty matches in sub/split
print(re.sub(r'(?=\d{3}(?!\d))', ',', '1234567'))
print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'))
print(re.split(r'(?<=[.!?]) ', 'Hi. How are you? Fine!'))
print(re.split(r'(?=[A-Z])', 'HelloWorldFooBar'))
print(re.sub(r'(?<!\\)"', "'", r'say "x" and \"y\"'))

# lookbehind must be fixed width
for pat in [r'(?<=a+)b', r'(?<=a|bc)d', r'(?<!a*)b']:
    try:
        re.compile(pat)
        print(pat, 'ok')
    except re.error as e:
        print(pat, 'error:', e)
