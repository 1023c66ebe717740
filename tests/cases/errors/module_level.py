# errors: uncaught ValueError at module level after some output
values = ["1", "22", "333"]
total = 0
for v in values:
    total += int(v)
    print("running total", total)
bad = "4x4"
print("converting", repr(bad))
total += int(bad)
print("unreachable", total)
