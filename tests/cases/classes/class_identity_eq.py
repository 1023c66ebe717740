# classes: default equality is identity, default hash usable in sets/dicts, ordering not defined
class P:
    def __init__(self, v):
        self.v = v
a = P(1)
b = P(1)
print(a == a, a == b, a != b, a is a, a is not b)
d = {a: "a", b: "b"}
print(len(d), d[a], d[b])
s = {a, b, a}
print(len(s))
print(hash(a) == hash(a), a in [b], a in [b, a], [a, b].index(b), [a, b, a].count(a))
for op in ["<", ">", "<=", ">="]:
    try:
        eval("a " + op + " b")
    except TypeError as e:
        print(type(e).__name__, e)
try:
    sorted([a, b])
except TypeError as e:
    print(type(e).__name__, e)
print(a.__eq__(b), a.__eq__(a), a.__ne__(b), a.__lt__(b))
print(a == 1, 1 == a, a != None, None == a)
class E:
    def __eq__(self, other):
        return isinstance(other, E)
print(E() == E(), E() != E(), E() == 1)
try:
    hash(E())
except TypeError as e:
    print(type(e).__name__, e)
print(E.__hash__)
