# floats: repr/str of common values, exponents, -0.0, inf, nan, int-valued floats
print(0.1, 0.2, 0.1 + 0.2, 1.0, -1.5, 2.0 / 3)
print(1e16, 1e15, 123456789012345678.0, 1e-5, 0.0001, 1e-4 / 10)
print(1e22, 1e21, 1e100, 1.5e300 * 1e10, -1.5e300 * 1e10)
print(-0.0, 0.0, -0.0 == 0.0, 0.0 * -1, repr(-0.0))
print(3.14159, 2.5e-10, 1.7976931348623157e308, 5e-324)
print(float("nan"), float("inf"), float("-inf"), -float("inf"))
n = float("nan")
print(n == n, n != n, n < 1, n > 1, float("inf") > 1e308)
print(float(3), float(-7), float("2.5"), float(" -1e3 "), float(2 ** 70))
print(repr(1.0), str(1.0), repr(100.0), repr(1e5), repr(12345678901234567.0))
print(1 / 3, 2 / 3, 10 / 4, 7 / 7, -1 / 8, 1 / 1024)
print(0.1 * 3, 1.1 * 1.1, 100 * 1.1, 0.7 + 0.1, 4.35 * 100)
print(type(1.0), type(1 / 1), type(2 ** -1), type(1e3))
print(2 ** -1, 2 ** -10, 10 ** -3, 2.0 ** 0.5, 4 ** 0.5, (-8) ** 2.0)
print(9007199254740993.0, 2.0 ** 53 + 1, 2.0 ** 63, 2.0 ** 64)
vals = [0.5, 0.25, 1e-7, 1.23e-7, 123e10, 1e-310, 3.0e15, 9.99e15, 1e17]
for v in vals:
    print(v, -v, v * 2)
