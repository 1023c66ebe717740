# deopt2: hot integer loops that overflow machine-word range midway and go back; float/int mixing in one loop
x = 1
for i in range(200):
    x = x * 3 + i
print(x % 1000000007, x.bit_length())
acc = 0
for i in range(5000):
    acc += i * (2 ** 62 if i == 4000 else 1)
print(acc)
v = 2 ** 63 - 10
for i in range(20):
    v += 1
print(v, v - 2 ** 63)
n = -(2 ** 63) + 5
for i in range(10):
    n -= 1
print(n)
m = 0
for i in range(4000):
    m += i
    if i == 3000:
        m = m * 1.0
print(m, type(m).__name__)
prod = 1
for i in range(1, 40):
    prod *= i
    prod //= (i if i % 7 == 0 else 1)
print(prod)
