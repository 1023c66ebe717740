# protocols: comparisons across builtin types: int/float/bool/complex equality, ordering errors, containers
print(1 == 1.0, True == 1, False == 0.0, 1 == complex(1, 0), 2 ** 53 + 1 == float(2 ** 53 + 1))
print(1 < 1.5, True < 2, -0.0 == 0.0, 10 ** 20 > 1e19, 10 ** 400 > 1e308, float("inf") > 10 ** 400)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (2,) > (1, 9), "abc" < "abd", "Z" < "a", "" < "a")
print([1, "a"] == [1, "a"], (1, 2) == [1, 2], {1: 2} == {1: 2.0}, {1, 2} == frozenset({2, 1}))
print({1} < {1, 2}, {1, 2} <= {1, 2}, {1} > set(), {1, 2} < {3})
for label, fn in [("int<str", lambda: 1 < "1"), ("str>=list", lambda: "a" >= []), ("complex<complex", lambda: 1j < 2j),
                  ("None<None", lambda: None < None), ("list<tuple", lambda: [1] < (1,)), ("dict<dict", lambda: {} < {}),
                  ("list elem", lambda: [1, "a"] < [1, 2]), ("float>None", lambda: 1.5 > None), ("type<type", lambda: int < str)]:
    try:
        print(label, fn())
    except TypeError as e:
        print(label, type(e).__name__, e)
print(1 == "1", None == 0, [] == (), "a" != b"a", 1 != None)
print(sorted([3, 1.5, True, 2]), max(1, 2.0), min(0, False), max(False, 0))
nan = float("nan")
print(nan < 1, nan > 1, nan == nan, nan != nan, 1 < nan, sorted([3, 1, 2]) == [1, 2, 3])
print((1, nan) == (1, nan), [nan] == [nan], (nan,) < (nan,))
a = [1]
a.append(a)
print(a == a)
print(1 < 2 < 3, 3 > 2 > 2, 1 < 3 > 2, 1 == 1.0 == True)
