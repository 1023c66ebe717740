# statements: starred assignment targets: positions, nesting, in for loops, errors and compile-time errors
a, *b = [1, 2, 3]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
*a, = (1, 2)
print(a, type(a).__name__)
(a, b), *rest = [(1, 2), 3, 4]
print(a, b, rest)
a, (b, *c), d = 1, (2, 3, 4), 5
print(a, b, c, d)
for first, *others in [(1, 2, 3), [4], "ab"]:
    print(first, others)
[a, b] = [b, a] = (1, 2)
print(a, b)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, *c = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    x, y = {"k1": 1, "k2": 2, "k3": 3}
except ValueError as e:
    print(type(e).__name__, e)
x, y = {"k1": 1, "k2": 2}
print(x, y)
for src in ["*a = [1]", "a, *b, *c = range(5)", "*a, *b = 1, 2", "a, *b = *c", "print(*a for a in b)"]:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "->", e.msg)
big, *mid, end = range(10000)
print(big, len(mid), end)
