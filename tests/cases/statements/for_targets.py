# statements: arbitrary assignment targets in for loops: attributes, subscripts, nested tuples, starred
class Obj:
    pass
o = Obj()
for o.attr in [1, 2, 3]:
    pass
print(o.attr)
d = {}
for d["key"] in "xyz":
    print("d now", d)
lst = [0, 0]
for lst[0], lst[1] in [(1, 2), (3, 4)]:
    pass
print(lst)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a, b, c)
for first, *rest in ["abc", [1]]:
    print(first, rest)
for i, (k, v) in enumerate(sorted({"b": 2, "a": 1}.items())):
    print(i, k, v)
seq = [0] * 4
for i in range(4):
    for seq[i] in range(i + 1):
        pass
print(seq)
for x in []:
    pass
try:
    x
except NameError as e:
    print("loop over empty iterable leaves target unbound:", e)
for x in [1, 2]:
    pass
print("after loop x =", x)
counter = {"n": 0}
for counter["n"] in range(5000):
    pass
print(counter)
