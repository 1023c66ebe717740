# ints: basic arithmetic + - * // % ** with small values, unary minus, precedence
a = 17
b = 5
print(a + b, a - b, a * b)
print(a // b, a % b, a ** 2)
print(-a, +a, -(-a))
print(a + b * 2, (a + b) * 2, a - b - 3, a - (b - 3))
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2)
print(7 // 2, 7 % 2, -7 // 2, -7 % 2)
print(7 // -2, 7 % -2, -7 // -2, -7 % -2)
print(0 // 5, 0 % 5, 5 // 1, 5 % 1)
x = 0
for i in range(1, 11):
    x = x + i * i
    print(i, x, x // i, x % i)
print(x)
print(1 + 2 - 3 + 4 - 5 + 6)
print(100 // 7 // 2, 100 % 7 % 3)
print(3 * -4, -3 * -4, -3 * 4)
print(10 ** 0, 0 ** 0, 1 ** 100, (-1) ** 101)
print(abs(-42), abs(42), abs(0))
n = 12345
digits = 0
while n > 0:
    digits = digits + n % 10
    n = n // 10
print("digit sum", digits)
print(type(5), type(-5), type(2 ** 100))
print(int("42") + 1, int("-17") * 2, int("  8  "))
print(int(3.9), int(-3.9), int(True), int(False))
