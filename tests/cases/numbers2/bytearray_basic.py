# numbers: bytearray construction, repr, mutation, methods, comparison with bytes
b = bytearray(b"hello")
print(b, len(b), b[0], b[-1], b[1:3], list(b[:2]), type(b[1:3]).__name__)
print(bytearray(), bytearray(3), bytearray([65, 66, 67]), bytearray("hé", "utf-8"), bytearray(range(3)))
b[0] = 72
b.append(33)
b.extend(b"??")
b.extend([35, 36])
print(b, b.pop(), b.pop(0), b)
b.insert(0, 74)
b.insert(-1, 95)
b.remove(63)
print(b)
b[1:3] = b"EE"
print(b)
b[::2] = bytearray(len(b[::2]))
print(b)
del b[0]
del b[:2]
print(b, b"x" in bytearray(b"axb"), 120 in bytearray(b"x"), bytearray(b"abc") == b"abc", b"abc" == bytearray(b"abc"))
c = bytearray(b"abcabc")
print(c.count(b"bc"), c.find(b"ca"), c.find(b"zz"), c.index(98), c.startswith(b"ab"), c.endswith((b"x", b"bc")))
print(c.upper(), c.replace(b"b", b"BB"), c.decode(), c.hex(), c.copy(), c.copy() is c)
c.reverse()
print(c, c + b"!", b"!" + c, type(b"!" + c).__name__, c * 2, 2 * bytearray(b"ab"))
c += b"zz"
c *= 2
print(c, bool(bytearray()), bool(c), bytearray(b"ab") < bytearray(b"b"), bytes(bytearray(b"xy")))
c.clear()
print(c, len(c), [x for x in bytearray(b"\x00\xff\n")], repr(bytearray(b"'\"")))
