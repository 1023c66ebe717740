# generators: comprehensions have their own scope: loop vars don't leak, walrus binds outward, class body rules
x = "outer x"
lst = [x for x in range(3)]
print(lst, x)
st = {x for x in "ab"}
dc = {x: 1 for x in "cd"}
print(sorted(st), dc, x)
gen = list(x for x in (7, 8))
print(gen, x)
def f():
    y = 10
    r = [y + i for i in range(3)]
    try:
        i
    except NameError as e:
        return r, type(e).__name__, str(e)
print(f())
total = 0
values = [total := total + v for v in [1, 2, 3]]
print(values, total)
print([last := c for c in "xyz"], last)
def nested():
    return [[i * j for j in range(3)] for i in range(3)]
print(nested())
print([(i, j) for i in range(3) if i for j in range(i) if j != 1])
class C:
    base = 10
    items = [1, 2]
    doubled = [v * 2 for v in items]
    try:
        shifted = [v + base for v in items]
    except NameError as e:
        shifted = "NameError: " + str(e)
print(C.doubled, C.shifted)
def closure_capture():
    fns = [lambda: i for i in range(3)]
    return [f() for f in fns]
print(closure_capture())
def inner_uses_outer():
    k = 5
    return [k * i for i in range(3)], {i: k for i in range(2)}, list(k + i for i in range(2))
print(inner_uses_outer())
print([i for i in range(5)][-1], [[j for j in range(i)] for i in range(3)])
