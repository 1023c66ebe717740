# floats: inf/nan propagation, division by zero errors, overflow errors, float vs int comparisons
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf == inf, inf > 10 ** 400, -inf < -(10 ** 400))
print(nan + 1, nan * 0, inf / inf, -nan, abs(-inf), abs(nan))
print(nan == nan, nan > nan, min(1.0, inf), max(-inf, -5))
for expr in ["1.0 / 0", "1 / 0.0", "1.0 // 0.0", "1.0 % 0.0", "0.0 / 0"]:
    try:
        if expr == "1.0 / 0":
            r = 1.0 / 0
        elif expr == "1 / 0.0":
            r = 1 / 0.0
        elif expr == "1.0 // 0.0":
            r = 1.0 // 0.0
        elif expr == "1.0 % 0.0":
            r = 1.0 % 0.0
        else:
            r = 0.0 / 0
        print(expr, r)
    except ZeroDivisionError as e:
        print(expr, type(e).__name__, e)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print("OverflowError", e)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print("OverflowError", e)
try:
    print(int(inf))
except OverflowError as e:
    print("OverflowError", e)
try:
    print(int(nan))
except ValueError as e:
    print("ValueError", e)
print(10 ** 400 > 1e308, 2 ** 1024 > inf, 2 ** 1024 < inf, 1e308 < 2 ** 1024)
print(10 ** 20 == 1e20, 10 ** 23 == 1e23, 2 ** 60 + 1 == 2.0 ** 60, 0.5 == 1 / 2)
print(1e300 * 1e300, -1e300 * 1e300, 1e-300 * 1e-300, -1e-300 * 1e-300)
print((10 ** 30) / 7, (10 ** 30) // 7.0, 7 / (10 ** 30))
print(True / 4, 3 / True, 2.5 * False)
