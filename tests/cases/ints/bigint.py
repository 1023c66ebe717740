# ints: arbitrary precision - big powers, factorial, big mult/div/mod, printing
print(2 ** 64, 2 ** 100, 2 ** 200)
print(-(2 ** 127))
print(10 ** 30 + 1)
f = 1
for i in range(1, 31):
    f = f * i
print("30! =", f)
print(f // 10 ** 20, f % 10 ** 20)
print(f // 7, f % 7, f // -7, f % -7)
print(-f // 7, -f % 7)
big = 123456789012345678901234567890
print(big * big)
print(big * big // big == big)
print(big + 1, big - 1, -big)
print(big // 1000000007, big % 1000000007)
print(big > 2 ** 64, big < 2 ** 100, big == 123456789012345678901234567890)
print(2 ** 200 - 2 ** 199 == 2 ** 199)
x = 3 ** 50
print(x, x % 1000, len(str(x)))
fib_a, fib_b = 0, 1
for i in range(150):
    fib_a, fib_b = fib_b, fib_a + fib_b
print("fib150", fib_a)
print(abs(-2 ** 100), abs(2 ** 100))
print(pow(3, 100), pow(2, 100, 1000007))
print(2 ** 64 - 1, 2 ** 63, -2 ** 63, -2 ** 63 - 1)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(9223372036854775807 * 2, 4611686018427387904 * 4)
print(str(10 ** 25), repr(-10 ** 25))
print(int("99999999999999999999999999") + 1)
print(divmod(10 ** 20 + 3, 10 ** 10))
print(divmod(-(10 ** 20) - 3, 10 ** 10))
total = 0
for k in range(200):
    total = total + k ** 5
print("sum k^5", total)
