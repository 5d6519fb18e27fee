# test: timeout=60
# re on long subjects (100000 characters and more): every backtracking point
# of a repeat like (a|b)*c is kept until the match ends, so the matcher must
# keep them on the heap, not the native stack. Also group values from very
# long matches, and collections while matches and scanners are alive.
import gc
import re

N = 100000
s = 'ab' * (N // 2) + 'c'
m = re.match(r'(a|b)*c', s)
print(m.span(), m.group(1), m.lastindex)
m = re.search(r'(a|b)*c', s)
print(m.span(), m.groups())
m = re.match(r'(?:a|b)*?c', s)
print(m.span())
m = re.match(r'((a)|(b))*c', s)
print(m.span(), m.groups(), m.span(2), m.span(3))
m = re.fullmatch(r'(?:(a)b)+c', s)
print(m.span(), m.group(1), m.start(1))
m = re.match(r'(ab)*+c', s)
print(m.span(), m.span(1))
m = re.match(r'(?>(?:ab)*)c', s)
print(m.span())
m = re.match(r'(?:(?=a)ab|b)*c', s)
print(m.span())
m = re.match(r'(?:a(?<=a)b)*c', s)
print(m.span())
print(re.match(r'(a|b)*d', s[:2000]))
print(re.match(r'(a|b)*?d', s[:2000]))

# many iterations of a group with an inner repeat, and nested repeats
t = ('x' * 5 + 'y') * (N // 6)
m = re.match(r'(?:(x+)y)*', t)
print(m.span(), m.group(1), len(re.findall(r'x+y', t)))
m = re.match(r'((?:x|y)+?)*$', t)
print(m.span(), len(m.group(1)))
m = re.match(r'(?:(x)|(y))*', t)
print(m.end(), m.groups(), m.lastindex)

# long groups and backreferences
a = 'a' * N
m = re.match(r'(a*)\1', a)
print(len(m.group()), len(m.group(1)))
m = re.match(r'(a+)(a+)', a)
print(len(m.group(1)), len(m.group(2)))
m = re.match(r'(a+?)(a+)$', a)
print(len(m.group(1)), len(m.group(2)))
print(re.fullmatch(r'(a{1000})+', a).span(), re.fullmatch(r'(?:a{999})+', a))
print(len(re.sub(r'(a)', r'\1\1', a[:20000])), re.subn('a', '', a)[1])
print(len(re.findall(r'a', a)), len(re.split(r'(a)', a[:30000])), len(re.findall(r'', a[:3000])))

# non-ASCII long subjects
u = 'éü' * (N // 2) + '!'
m = re.match(r'(é|ü)*!', u)
print(m.span(), m.group(1), m.group()[-3:])
m = re.search(r'(?i)(É|Ü)+!', u)
print(m.span(), m.group(1))
print(len(re.findall(r'\w', u)), re.search(r'ü!$', u).span(), len(re.sub('é', 'e', u)))

# matches, iterators and scanners survive collections
keep = []
for i, mm in enumerate(re.finditer(r'(\w)(ü)?', 'aü bé cü ' * 50)):
    if i % 25 == 0:
        gc.collect()
        keep.append(mm)
gc.collect()
print([(k.span(), k.groups()) for k in keep])
sc = re.compile(r'é+|ü+').scanner('ééüüüé' * 3)
gc.collect()
print([sc.search().group() for _ in range(6)], sc.search())
it = re.finditer(r'[^\x00-\x7f]+', 'x' + 'ñ' * 1000 + 'y' + 'ß' * 10)
gc.collect()
print([len(x.group()) for x in it])
