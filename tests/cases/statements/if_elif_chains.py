# statements: if/elif/else chains with many branches, truthiness of builtin values, nested ifs
def classify(v):
    if v is None:
        return "none"
    elif isinstance(v, bool):
        return "bool-" + ("t" if v else "f")
    elif isinstance(v, int) and v < 0:
        return "negative int"
    elif isinstance(v, int):
        if v == 0:
            return "zero"
        elif v % 2:
            return "odd"
        else:
            return "even"
    elif isinstance(v, str):
        if not v:
            return "empty string"
        return "string"
    else:
        return "other:" + type(v).__name__
print([classify(v) for v in [None, True, False, -3, 0, 7, 8, "", "s", 1.5, []]])
for v in [0, 0.0, -0.0, 0j, "", b"", [], (), {}, set(), range(0), None, False,
          1, 0.1, "0", b"\x00", [0], (0,), {0: 0}, {0}, range(1), True, float("nan")]:
    if v:
        res = "truthy"
    else:
        res = "falsy"
    print(repr(v), res)
hits = [0, 0, 0, 0]
for i in range(4000):
    if i % 15 == 0:
        hits[0] += 1
    elif i % 5 == 0:
        hits[1] += 1
    elif i % 3 == 0:
        hits[2] += 1
    else:
        hits[3] += 1
print(hits)
