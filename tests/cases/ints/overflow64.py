# ints: values crossing the 64-bit boundary via +, -, *, <<, neg, abs, pow
m = 9223372036854775807
n = -9223372036854775808
print(m, m + 1, m + m, m * m)
print(n, n - 1, n + n, n * n, n * -1, -n, abs(n))
print(n // -1, n % -1, divmod(n, -1))
print(m * 3 // 3 == m, (m + 1) - 1 == m)
print(2 ** 62 + 2 ** 62, 2 ** 62 * 2, 2 ** 63 - 1)
x = 1
for i in range(80):
    x = x * 2
    if i % 10 == 9 or i in (61, 62, 63, 64):
        print(i, x)
y = -1
for i in range(70):
    y = y * 2
print(y, y // 3, y % 1000)
z = 4611686018427387904
for i in range(6):
    z = z + 4611686018427387904
    print(z)
w = -4611686018427387904
for i in range(6):
    w = w - 4611686018427387904
    print(w)
print(-(-2 ** 63), abs(-2 ** 63), 2 ** 63 // -1, -(2 ** 63) // -1)
print(1 << 63, (1 << 63) - 1, -(1 << 63), 3037000500 * 3037000500)
print(m + 1 - 1, n - 1 + 1, m - n, n - m)
