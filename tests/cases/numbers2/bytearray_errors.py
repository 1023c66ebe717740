# numbers: bytearray errors: unhashable, bad bytes, index errors, bytes() of user objects
def show(label, fn):
    try:
        print(label, "=", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)
b = bytearray(b"ab")
show("hash", lambda: hash(b))
show("set", lambda: {b})
show("append 256", lambda: b.append(256))
show("append -1", lambda: b.append(-1))
show("append str", lambda: b.append("x"))
show("index", lambda: b[5])
def setb():
    b[0] = 300
show("setitem", setb)
show("pop empty", lambda: bytearray().pop())
show("remove", lambda: b.remove(120))
show("str no enc", lambda: bytearray("abc"))
show("neg", lambda: bytearray(-1))
show("bad item", lambda: bytearray([1, 256]))
show("bad type", lambda: bytearray([1, "a"]))
show("concat", lambda: b + "s")
show("key", lambda: b["x"])
class Item:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
class HasBytes:
    def __bytes__(self):
        return b"made"
print(bytes([Item(104), Item(105)]), bytearray([Item(1)]), bytes(HasBytes()), bytes(Item(2)))
show("bytes bad", lambda: bytes([Item(300)]))
