# floats: / // % with negatives, divmod, mixing int and float, abs, comparisons
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (7, 0.5), (1, 0.3), (-1, 0.3), (5.0, 2.5), (0.0, 3.0), (-0.0, 3.0)]
for a, b in pairs:
    print(a, b, a / b, a // b, a % b, divmod(a, b))
print(-1e-20 % 1.0, 1e-20 % -1.0, 3 % -0.5, -3.5 % 1)
print(abs(-2.5), abs(2.5), abs(-0.0), -(0.0))
print(1.5 + 2, 2 - 0.5, 3 * 0.5, 9 / 3, 9 // 2.0, 2 ** 0.5)
print(0.1 + 0.2 == 0.3, 0.5 + 0.25 == 0.75, 1.0 == 1, 1.1 > 1, -0.5 < 0)
print(1e308 * 10, -1e308 * 10, 1e308 * 10 - 1e308 * 10)
inf = float("inf")
print(inf + 1, inf * -1, inf - inf, inf * 0, 1 / inf, -1 / inf)
print(max(1.5, 2, -3.0), min(1.5, 2, -3.0), max(2, 2.0), max(2.0, 2))
x = 1.0
for i in range(60):
    x = x / 3 + 1
print(x)
s = 0.0
for i in range(1, 1000):
    s = s + 1.0 / i
print(s)
p = 1.0
for i in range(1, 25):
    p = p * i
print(p, p / 1e20, int(p))
