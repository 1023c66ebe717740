# ints: floor division and modulo with all sign combos, divmod, big negatives
vals = [7, -7, 13, -13, 0, 1, -1, 100, -100]
divs = [1, -1, 2, -2, 3, -3, 7, -7, 10]
for a in vals:
    line = []
    for d in divs:
        line.append(str(a // d) + ":" + str(a % d))
    print(a, " ".join(line))
for a in vals:
    for d in [3, -4]:
        q, r = divmod(a, d)
        print(a, d, q, r, q * d + r == a)
print(-(2 ** 70) // 3, -(2 ** 70) % 3, (2 ** 70) // -3, (2 ** 70) % -3)
print((-2 ** 70) // (2 ** 35), (-2 ** 70 - 1) // (2 ** 35), (-2 ** 70 - 1) % (2 ** 35))
print(divmod(-(2 ** 65), 7), divmod(2 ** 65, -7))
print(-9223372036854775808 // -1, -9223372036854775808 % -1)
print(-9223372036854775808 // 1, -9223372036854775808 % 10)
s = 0
for i in range(-500, 500):
    s = s + i // 7 + i % 7 * 3
print(s)
