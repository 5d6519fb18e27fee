# The stdlib modules built on binascii: base64 and quopri
import base64
import binascii
import quopri

data = b"binascii under base64: \x00\x01\xfe\xff and some text"
for enc, dec in [(base64.b64encode, base64.b64decode),
                 (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
                 (base64.b16encode, base64.b16decode),
                 (base64.b32encode, base64.b32decode),
                 (base64.encodebytes, base64.decodebytes)]:
    e = enc(data)
    print(enc.__name__, e, dec(e) == data)
print(base64.b64decode("aGVs bG8=\n"), base64.b64decode(b"aGVsbG8=", validate=True))
try:
    base64.b64decode(b"aGVs bG8=", validate=True)
except binascii.Error as e:
    print("binascii.Error", e)
try:
    base64.b64decode(b"aGVsbG8")
except binascii.Error as e:
    print("binascii.Error", e)
print(base64.standard_b64encode(b"\xfb\xff"), base64.b64encode(b"\xfb\xff", altchars=b"-_"))
print(base64.b16decode(b"c0ffee", casefold=True))

text = b"caf\xc3\xa9 = coffee\ttab \nnext line "
q = quopri.encodestring(text)
print(q, quopri.decodestring(q) == text)
print(quopri.encodestring(text, quotetabs=True), quopri.encodestring(b"a b_c", header=True))
print(quopri.decodestring(b"a=3Db=\nc"), quopri.decodestring(b"a_b", header=True))
