# protocols: builtins returning NotImplemented so user __radd__/__rmul__ run; list += any iterable; tuple += does not
class Tag:
    def __init__(self, name):
        self.name = name
    def __radd__(self, other):
        print("__radd__ with", type(other).__name__)
        return other + "<" + self.name + ">" if isinstance(other, str) else ("radd", other)
    def __rmul__(self, other):
        return ("rmul", other)
    def __iter__(self):
        return iter(self.name)
print("text" + Tag("b"))
print([1] + Tag("x"))
print((1,) + Tag("y"))
print(3 + Tag("z"), 2.5 + Tag("w"))
print("ab" * Tag("n") if False else [1] * 2, 3 * Tag("m"), "s" * 2)
lst = [0]
lst += Tag("xyz")
print("radd wins over list +=:", lst)
class Letters:
    def __iter__(self):
        return iter("xyz")
lst = [0]
lst += Letters()
print(lst)
lst += range(2)
lst += {"k": 1}
print(lst)
try:
    lst = lst + (1,)
except TypeError as e:
    print(type(e).__name__, e)
t = (1,)
try:
    t += [2]
except TypeError as e:
    print(type(e).__name__, e)
s = "a"
try:
    s += 1
except TypeError as e:
    print(type(e).__name__, e)
b = bytearray(b"x")
b += b"yz"
print(b)
d = {"a": 1}
d |= [("b", 2)]
print(d)
st = {1}
st |= {2}
try:
    st |= [3]
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(st))
