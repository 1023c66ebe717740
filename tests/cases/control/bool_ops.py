# control: and/or/not returning operands, short-circuit evaluation, chained comparisons evaluation
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "default", [] and "x", None or 0, 0 or None)
print(not 1, not 0, not "", not "a", not None, not [], not [0])
print(1 and 2 and 3, 1 and 0 and 3, 0 or "" or [] or "last", 0 or "" or None)
print((1 or 0) and "yes", 1 or 0 and 0, (1 or 0) and 0)
calls = []
def t(x):
    calls.append(x)
    return x
r = t(0) and t(1)
print(r, calls)
calls = []
r = t(1) or t(2)
print(r, calls)
calls = []
r = t(0) or t("") or t(3) or t(4)
print(r, calls)
calls = []
r = t(1) < t(2) < t(0) < t(5)
print(r, calls)
calls = []
r = t(1) < t(2) < t(3)
print(r, calls)
calls = []
r = t(3) == t(3) != t(4)
print(r, calls)
x = 5
print(1 < x < 10, 1 < x > 10, x < 10 == True, 0 <= x <= 5 < 6)
print(not x == 5, not (x == 5), (not x) == 5, x != 5 or x == 5)
print(True and False or True, not True or not False, True + (not False))
vals = [0, 1, 2, "", "s", None]
for a in vals:
    for b in vals[:3]:
        print(repr(a and b), repr(a or b), end=" ")
    print()
