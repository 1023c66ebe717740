# builtins: builtins called in hot loops - len, abs, min, max, isinstance, int/str conversions, divmod (JIT)
acc = 0
data = [3, -1, 4, -1, 5, -9, 2, -6]
for i in range(20000):
    v = data[i % len(data)]
    acc += abs(v) + min(v, 0) + max(v, 1)
print(acc)
s = 0
for i in range(10000):
    s += len(str(i)) + int(str(i)[-1])
print(s)
q = 0
r = 0
for i in range(1, 20000):
    a, b = divmod(i * 7919, i % 97 + 1)
    q += a
    r += b
print(q, r)
count = 0
vals = [1, "a", 2.5, None, [1], (2,), True]
for i in range(14000):
    v = vals[i % 7]
    if isinstance(v, int):
        count += 1
    if isinstance(v, (str, list)):
        count += 10
print(count)
h = 0
for i in range(10000):
    h = (h * 33 + ord(chr(i % 1000 + 32))) % 1000000009
print(h)
print(sum([round(i / 7, 2) for i in range(1000)]))
