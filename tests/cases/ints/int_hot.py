# ints: hot loops (collatz, gcd, sieve-like counting, modular exp) for JIT compilation
def collatz_len(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps = steps + 1
    return steps

best = 0
best_n = 0
for i in range(1, 3000):
    c = collatz_len(i)
    if c > best:
        best = c
        best_n = i
print("collatz", best_n, best)

def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

g = 0
for i in range(1, 200):
    for j in range(1, 60):
        g = g + gcd(i, j)
print("gcd sum", g)

def modexp(b, e, m):
    r = 1
    b = b % m
    while e > 0:
        if e & 1:
            r = r * b % m
        b = b * b % m
        e = e >> 1
    return r

print(modexp(2, 10 ** 18, 10 ** 9 + 7), modexp(3, 2 ** 100, 2 ** 61 - 1))
acc = 0
for i in range(20000):
    acc = (acc * 31 + i) % 1000000007
print("hash-ish", acc)
h = 0
for i in range(20000):
    h = h ^ (i * 2654435761)
    h = h & 0xFFFFFFFFFFFFFFFF
print("xor", h)
