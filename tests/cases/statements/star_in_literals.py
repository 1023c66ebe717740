# statements: unpacking in list/tuple/set/dict displays: [*a], (*a,), {*a}, {**a}, mixing and ordering
a = [1, 2]
t = (3, 4)
s = "ab"
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print([*a, *t, *s], (*a, 0, *t), [*range(3)], [*a])
print(sorted({*a, *t, 2, 3}), sorted({*s}))
print({**d1, **d2}, {**d2, **d1}, {**d1, "y": "literal wins", **{}}, {"y": "overridden", **d1})
print({**{}, **{}}, [*[], *()], (*"",))
print([*d1], {*d1} == {"x", "y"}, [*d1.items()])
def gen():
    yield "g1"
    yield "g2"
print([*gen(), *gen()])
print(*a, *t, sep=",")
nested = [*[*a, *[*t]]]
print(nested)
try:
    [*5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {**[1]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {*[[1]]}
except TypeError as e:
    print(type(e).__name__, e)
order = []
def v(x):
    order.append(x)
    return [x]
[*v(1), v(2), *v(3)]
print(order)
print({**{1: "int"}, **{1.0: "float"}}, {**{True: "bool"}, 1: "int"})
