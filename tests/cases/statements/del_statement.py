# statements: del of names, list items/slices, dict keys, attributes, multiple/nested targets, and errors
a = 1
b = [0, 1, 2, 3, 4, 5, 6]
c = {"x": 1, "y": 2, "z": 3}
class O:
    pass
o = O()
o.p = 1
o.q = 2
del a
print("a" in dir())
del b[0]
print(b)
del b[-1]
print(b)
del b[1:3]
print(b)
del b[::2]
print(b)
del c["y"]
print(c)
del o.p
print(vars(o))
x, y, z = 1, 2, 3
del x, y
print("x" in dir(), "z" in dir())
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
n = [1, 2, 3]
del (n[0], n[0])
print(n)
k = [1, 2, 3]
del [k[0], k[-1]]
print(k)
for bad in ["del c['missing']", "del b[100]", "del o.nothing", "del undefined_name", "del (1).real", "del 'abc'[0]"]:
    try:
        exec(bad)
    except Exception as e:
        print(bad, "->", type(e).__name__, e)
d = {i: i for i in range(5)}
for key in [k for k in d if k % 2]:
    del d[key]
print(d)
lst = list(range(10))
del lst[:]
print(lst)
for src in ["del f()", "del 1", "del (a, 1)", "del a + b", "del *a"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(repr(src), "->", e.msg)
