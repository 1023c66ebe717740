# ints: comparisons incl. chained, bool results, mixing with big ints and floats, bool as int
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1, 1 != 1)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(2 ** 100 > 2 ** 99, -(2 ** 100) < -(2 ** 99), 2 ** 64 == 18446744073709551616)
print(5 == 5.0, 5 < 5.5, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > 2.0 ** 53)
print(True + True, True * 10, False - 1, True / 2, -True, True // True)
x = 1
print(True == 1, False == 0, True is True, None is None, x is not None)
print(type(True + 1), type(True & True), type(True < 2))
print(max(3, 9, -2), min(3, 9, -2), max([5, 2 ** 70, 7]), min(-(2 ** 70), 0))
cnt = 0
for i in range(-20, 20):
    for j in range(-3, 4):
        if i < j * 5 <= i + 7:
            cnt = cnt + 1
print(cnt)
x = 10
print(0 < x < 100, 0 < x > 5, x == 10 > 9 < 11)
print(not 0, not 5, not -1, bool(0), bool(-3), bool(2 ** 100))
print(sorted([3, -1, 2 ** 65, 0, -(2 ** 65), 7]))
