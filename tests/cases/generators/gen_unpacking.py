# generators: unpacking generators in assignments, calls, literals; partial consumption on unpack errors
def gen(n):
    for i in range(n):
        print("yield", i)
        yield i
a, b = gen(2)
print(a, b)
first, *rest = gen(4)
print(first, rest)
print([*gen(2), *gen(1)])
def f(*args):
    return args
print(f(*gen(3)))
g = gen(5)
try:
    x, y = g
except ValueError as e:
    print(type(e).__name__, e)
print("remaining after failed unpack:", list(g))
g2 = gen(1)
try:
    x, y = g2
except ValueError as e:
    print(type(e).__name__, e)
print(dict(zip("ab", gen(5))))
h, *_, t = gen(5)
print(h, t)
