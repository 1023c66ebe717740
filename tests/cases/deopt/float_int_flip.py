# deopt: loop variables that flip between int, float and bool mid-loop; division changing types
def flip(n):
    x = 0
    out = []
    for i in range(n):
        if i == n // 2:
            x = x + 0.5
        x = x + 1
        if i % (n // 4) == 0:
            out.append((i, x, type(x).__name__))
    return x, out
print(flip(20000))
print(flip(8))
def halves(n):
    x = 2 ** 40
    for i in range(n):
        x = x / 2 if i % 2 else x // 2
    return x
print(halves(10), halves(40), halves(81))
def counter_bool(n):
    c = False
    for i in range(n):
        c = c + (i % 3 == 0)
    return c
print(counter_bool(0), counter_bool(1), counter_bool(10000))
def mean_of(values):
    total = 0
    for v in values:
        total += v
    return total / len(values)
r = 0.0
for i in range(3000):
    r += mean_of([i, i + 1, i + 2, i + 3])
print(r, mean_of([1, 2]), mean_of([1.5, True]), mean_of([2 ** 70, 2 ** 70]))
def mixed_cmp(n):
    c = 0
    for i in range(n):
        v = i if i % 2 else i + 0.5
        if v > n / 2:
            c += 1
    return c
print(mixed_cmp(10000))
