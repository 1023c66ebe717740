# containers: list slicing with steps, slice assignment (grow/shrink/extended), del slices and items
a = list(range(10))
print(a[2:7], a[:3], a[-3:], a[::2], a[1::3], a[::-1], a[7:2:-2], a[-2:-8:-1])
b = a[:]
b[2:5] = ["x", "y"]
print(b)
b[0:0] = [-3, -2, -1]
print(b)
b[len(b):] = [100, 101]
print(b)
b[1:4] = []
print(b)
c = list(range(10))
c[::2] = ["e0", "e2", "e4", "e6", "e8"]
print(c)
c[::-3] = [0, 0, 0, 0]
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print("ValueError", e)
d = list(range(10))
del d[0]
print(d)
del d[-1]
print(d)
del d[2:4]
print(d)
del d[::2]
print(d)
e = [1, 2, 3]
e[1:2] = (7, 8, 9)
print(e)
e[:] = "ab"
print(e)
f = [5, 6, 7]
f[5:10] = [1]
print(f, f[-100:100], f[10:], f[2:1])
nested = [[0] * 3 for i in range(3)]
nested[1][1] = 5
print(nested)
alias = [[0] * 2] * 2
alias[0][0] = 9
print(alias)
