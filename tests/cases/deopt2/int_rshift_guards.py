def f(xs, ns):
    out = []
    for x in xs:
        for n in ns:
            try:
                out.append(x >> n)
            except ValueError as e:
                out.append(str(e))
    return out
xs = [0, 1, -1, 5, -5, 2**62, -2**62, 9223372036854775807, -9223372036854775808, 12345678]
ns = [0, 1, 2, 7, 62, 63, 64, 65, 100, 10**20]
for i in range(3):
    r = f(xs, ns)
print(r)
print(f([7, -7], [-1]))
print(f([2**70, -2**70], [3, 80]))
f = lambda v: (v >> 7) % 100000
g = lambda v: v >> 7
out = []
for i in range(3000):
    out.append((f(i * 1000003), g(i * 1000003)))
print(out[-5:])
