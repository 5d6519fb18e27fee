# re quantifiers: greedy, lazy and possessive forms of * + ? {m,n}, atomic
# groups, repeats of groups and of empty-matching bodies (which must not
# loop forever), and backtracking into repeats.
import re


def spans(pat, s, flags=0):
    print(repr(pat), repr(s), [(m.span(), m.group()) for m in re.finditer(pat, s, flags)])


spans(r'a*', 'aaabaa')
spans(r'a+', 'aaabaa')
spans(r'a?', 'aab')
spans(r'a*?', 'aab')
spans(r'a+?', 'aab')
spans(r'a??', 'ab')
spans(r'a{2}', 'aaaaa')
spans(r'a{2,}', 'aaaaa a aa')
spans(r'a{,2}', 'aaaaa')
spans(r'a{2,3}', 'aaaaaaa')
spans(r'a{2,3}?', 'aaaaaaa')
spans(r'a{0}', 'aa')
spans(r'x{1,3}y', 'xxxxy xy y')
spans(r'<.*>', '<a><b>')
spans(r'<.*?>', '<a><b>')
spans(r'<[^>]*>', '<a><b>')
spans(r'(ab)+', 'abababx ab')
spans(r'(ab)+?', 'ababab')
spans(r'(ab){2,3}', 'ababababab')
spans(r'(ab){2,3}?', 'ababababab')
spans(r'(?:a|b)*?c', 'ababcabc')
spans(r'\d+?\d', '12345')
spans(r'.*foo', 'xfooyfoo')
spans(r'.*?foo', 'xfooyfoo')
spans(r'(a+)+b', 'aaab aaa')
spans(r'(a|aa)*b', 'aaab')
spans(r'(a*)*b', 'aab b')
spans(r'(a*)+b', 'aab')
spans(r'(a?)*?b', 'aab')
spans(r'(?:a?b?)*', 'abba')
spans(r'(?:)*', 'ab')
spans(r'(?:a|)*', 'aab')
spans(r'(?:a|)*?', 'aab')
spans(r'(?:x*)*y', 'xxy y')
spans(r'(?:x*)+?y', 'xxy')

# possessive quantifiers and atomic groups never give text back
spans(r'a*+a', 'aaaa')
spans(r'a*+b', 'aaab')
spans(r'a++', 'aa ba')
spans(r'a?+a', 'a aa')
spans(r'a{1,2}+a', 'aaa aa')
spans(r'(?:ab)*+ab', 'ababab')
spans(r'(?:ab)*+c', 'ababc')
spans(r'(ab|a)*+b', 'aab abb')
spans(r'(?>a+)b', 'aaab')
spans(r'(?>a+)a', 'aaaa')
spans(r'(?>a|ab)c', 'abc ac')
spans(r'(?>(\w+))\s', 'one two ')
spans(r'"(?>[^"\\]+|\\.)*"', r'say "hi \"there\"" ok')
spans(r'\d++\.', '123. 45.6')
spans(r'[a-z]*+\d', 'abc1 abc')

# greedy vs lazy with groups
for pat in [r'(a+)(a*)', r'(a+?)(a*)', r'(a*)(a+)', r'(a*?)(a+?)', r'(.*)(\d+)', r'(.*?)(\d+)',
            r'(.+)-(.+)', r'(.+?)-(.+)', r'(a|ab)(b*)', r'(ab|a)(b*)']:
    m = re.match(pat, 'aaa12-3' if '\\d' in pat or '-' in pat else 'abbb' if 'b' in pat else 'aaaa')
    print(repr(pat), m and m.groups())

# big counts, MAXREPEAT
print(re.match(r'a{1000}', 'a' * 1000).end(), re.match(r'a{1000}', 'a' * 999))
print(re.match(r'(?:ab){500,}', 'ab' * 600).end(), re.match(r'x{0,4294967294}', 'xxx').end())
print(re.fullmatch(r'(?:a{3})*', 'aaaaaa').span(), re.fullmatch(r'(?:a{3})*', 'aaaa'))
print(re.fullmatch(r'(a|b)*?', 'abab').groups(), re.fullmatch(r'(?:(a)|b)*?b', 'aab').groups())
