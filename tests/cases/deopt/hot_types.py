# deopt: one function made hot with ints, then called with floats, strs, mixed int/float, lists; while-loop variant
def add(a, b):
    return a + b
acc = 0
for i in range(10000):
    acc = add(acc, i)
print("ints", acc, type(acc))
facc = 0.0
for i in range(10000):
    facc = add(facc, i * 0.5)
print("floats", facc, type(facc))
s = ""
for i in range(10000):
    s = add(s, str(i % 10))
print("strs", len(s), s[:20], s[-10:])
m = 0
for i in range(10000):
    if i % 2:
        m = add(m, 1.5)
    else:
        m = add(m, 2)
print("mixed", m, type(m))
print("lists", add([1], [2]), add((1,), (2, 3)), add(True, True), add(2 ** 64, 1), add(1, 2 ** 64))
def triple_loop(x, n):
    i = 0
    while i < n:
        x = x * 3
        x = x - x // 2
        i += 1
    return x
print(triple_loop(1, 10000) % 1000000007)
print(triple_loop(1.0, 50))
print(triple_loop(7, 20))
print(triple_loop(True, 5))
def mul(a, b):
    return a * b
t = 0
for i in range(10000):
    t += mul(i, 3)
print(t, mul("ab", 3), mul([0], 2), mul(2.5, 4), mul(3, "x"), mul(10 ** 20, 10 ** 20))
def cmp(a, b):
    return a < b
c = 0
for i in range(10000):
    if cmp(i, 5000):
        c += 1
print(c, cmp(1.5, 2), cmp("a", "b"), cmp([1], [1, 0]), cmp(2 ** 70, 1), cmp(2, 2.5))
def neg(x):
    return -x
z = 0
for i in range(10000):
    z += neg(i)
print(z, neg(2.5), neg(True), neg(-(2 ** 63)), neg(0.0))
