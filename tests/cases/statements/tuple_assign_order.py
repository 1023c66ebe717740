# statements: tuple assignment evaluates the whole right side first, then assigns targets left to right
a, b = 1, 2
a, b = b, a
print(a, b)
x = [0, 1, 2, 3]
i = 0
i, x[i] = 2, 9
print(i, x)
y = [0, 1, 2, 3]
j = 0
y[j], j = 9, 2
print(j, y)
lst = [1, 2, 3]
lst[0], lst[lst[0]] = 2, 7
print(lst)
class T:
    def __setattr__(self, n, v):
        print("set", n, v)
        object.__setattr__(self, n, v)
t = T()
t.a, t.b, t.c = "abc"
def rhs(n):
    print("rhs", n)
    return n
p, q = rhs(1), rhs(2)
fib = [0, 1]
a, b = 0, 1
for _ in range(10):
    a, b = b, a + b
print(a, b)
m = [[1, 2], [3, 4]]
m[0], m[1] = m[1], m[0]
print(m)
d = {"x": 1, "y": 2}
d["x"], d["y"] = d["y"], d["x"]
print(d)
