# fstrings: building f-strings in hot loops with numeric formatting, checks via len and samples (JIT)
out = []
for i in range(10000):
    out.append(f"{i:05d}|{i * 0.5:.1f}|{i:x}")
print(len(out), out[0], out[9999], out[1234])
total = 0
for i in range(10000):
    s = f"{i}-{i * i}"
    total += len(s)
print(total)
lines = []
for i in range(1, 6):
    lines.append(f"{i:>3} {i ** 3:>5} {i / 3:8.4f} {'#' * i:<6}|")
print("\n".join(lines))
acc = ""
for i in range(200):
    acc = f"{acc}{i % 10}"
print(acc[:40], len(acc))
