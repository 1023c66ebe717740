# floats: int/float mixed accumulation, float(), str() round-trip, sum of floats, sorted floats
vals = [3.5, -1.25, 2, 0.1, 7, -3, 1e3, 2.5e-3]
print(sum(vals), sum(vals, 0.5), sorted(vals), max(vals), min(vals))
acc = 0
for v in vals:
    acc = acc + v
    print(acc, type(acc))
t = 0.1
for i in range(10):
    t = t * 2
    print(i, t, str(t), float(str(t)) == t)
print(str(1 / 7), repr(1 / 7), float(repr(1 / 7)) == 1 / 7)
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0, 0.1 * 10 == 1.0)
print(abs(-3), abs(-3.0), float(True), float(-5), int(7.99))
celsius = [-40, -10, 0, 37, 100]
for c in celsius:
    print(c, c * 9 / 5 + 32)
print(1.5 * 2 == 3, 3.0 == 3, int(3.0) == 3, 7 // 2.0, 7 % 2.5, -7 // 2.0)
