# bytes' comparisons answer only for bytes: b''.__eq__(bytearray()) is
# NotImplemented (the reflected bytearray comparison answers `==`), while a
# bytearray compares with either. Found by tools/progen (seed 34217294).
import operator
print(b''.__eq__(bytearray(b'xy')), b'xy'.__lt__(bytearray(b'z')), b'a'.__ne__(memoryview(b'a')))
print(bytearray(b'xy').__eq__(b'xy'), bytearray(b'a').__lt__(b'b'), bytearray(b'a').__eq__('a'))
for a, b in [(b'ab', bytearray(b'ab')), (bytearray(b'ab'), b'ac'), (b'b', bytearray(b'a'))]:
    print([getattr(operator, op)(a, b) for op in ('eq', 'ne', 'lt', 'le', 'gt', 'ge')])
class B(bytes):
    pass
print(B(b'x').__eq__(b'x'), b'x'.__eq__(B(b'x')), B(b'x') == bytearray(b'x'))
try:
    b'a' < 'a'
except TypeError as e:
    print('TypeError', e)
