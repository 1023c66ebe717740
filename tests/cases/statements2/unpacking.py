# statements2: unpacking (test_unpack / test_unpack_ex): starred targets,
# nested targets, call-site and display unpacking, and their errors.
# star unpacking, test_unpack / test_unpack_ex style
a, b, c = 1, 2, 3; print(a, b, c)
a, *b = [1, 2, 3]; print(a, b)
*a, b = "xyz"; print(a, b)
a, *b, c = range(5); print(a, b, c)
a, *b, c = (1, 2); print(a, b, c)
[a, [b, *c]], d = [1, [2, 3, 4]], 5; print(a, b, c, d)
(a, b), (c, *d) = "ab", "cde"; print(a, b, c, d)
*a, = {1: 2}; print(a)
for x, *y in [(1, 2, 3), (4,)]: print(x, y)
def errs(src):
    try:
        exec(src, {})
    except Exception as e:
        print(type(e).__name__ + ":", e)
errs("a, b = 1, 2, 3")
errs("a, b, c = 1, 2")
errs("a, b = 1")
errs("a, *b, c = [1]")
errs("a, b = 'x'")
errs("a, b = {}")
errs("a, b = iter([1])")
errs("a, b = None")
errs("(a, b), c = 1, 2")
class Bad:
    def __iter__(self): raise ValueError("iter boom")
errs("a, b = Bad()") if False else None
try:
    a, b = Bad()
except ValueError as e: print("ValueError", e)
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
a, b, c = Seq(); print(a, b, c)
a, *b = Seq(); print(a, b)
try:
    a, b = Seq()
except ValueError as e: print(e)
# star in displays
print([*range(3), *"ab", *[]])
print((*[1], *(2, 3)))
print({*[1, 2], *{3}})
print({**{'a': 1}, 'b': 2, **{'a': 3}})
print(*[1, 2], *[3], sep="-")
try:
    print(*1)
except TypeError as e: print(e)
try:
    print(**1)
except TypeError as e: print(e)
try:
    [*None]
except TypeError as e: print(e)
try:
    {**[]}
except TypeError as e: print(e)
try:
    {**{1:2}, **None}
except TypeError as e: print(e)
def f(*a, **k): return a, k
print(f(*(1, 2), *[3], **{'x': 1}, **{'y': 2}))
try:
    f(**{'x': 1}, **{'x': 2})
except TypeError as e: print(e)
try:
    f(x=1, **{'x': 2})
except TypeError as e: print(e)
try:
    f(**{1: 2})
except TypeError as e: print(e)
try:
    f(*1)
except TypeError as e: print(e)
try:
    f(**[])
except TypeError as e: print(e)
# many-target unpack
a, b, c, d, e, f2, g, h = range(8); print(a, h)
*a, b, c, d = range(10); print(a, b, c, d)
# unpack with starred and large counts
try:
    a, b, *c, d, e = range(3)
except ValueError as e: print(e)
x = [0, 0, 0]
x[0], x[1], x[2] = 'abc'; print(x)
class O: pass
o = O()
o.a, o.b = 1, 2; print(o.a, o.b)
i = 0
i, x[i] = 1, 9; print(i, x)
d = {}
d['a'], *d['b'] = 1, 2, 3; print(d)
