# floats: round() with ndigits, banker's rounding, int(), float() of strings, negative zero
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.675, 0.125, 1.0000001, 1e20]:
    print(v, round(v), round(v, 1), round(v, 2), type(round(v)))
print(round(123.456, -1), round(123.456, -2), round(-123.456, 0), round(5, 2), round(15, -1), round(25, -1))
print(round(1234567, -3), round(-1250, -2), round(1350, -2), type(round(5, 2)))
print(int(1e15 + 0.5), int(-2.999), int(0.9999999999999999))
print(float("1.5e2"), float("-0.0"), float("  3.25 "), float("1_000.5"), float("inf"), float("-Infinity"))
for s in ["abc", "1.2.3", "", "1e", "nan"]:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
print(round(0.1 + 0.2, 10), round(2.5e-5, 5), round(1.005, 2), round(-0.4), round(-0.6))
