# functions2: print() keyword arguments sep/end/flush, None values, errors for bad sep/end types
print(1, 2, 3, sep="-")
print("a", "b", sep="", end="!\n")
print("no newline", end="")
print(" <- continued")
print(*[1, 2, 3], sep=", ")
print(sep="ignored")
print()
print("x", sep=None, end=None)
print("flush", flush=True)
print(*"abc", sep="\n")
print([1, "2"], (3,), {"k": None}, None, True, 1.5, sep=" | ")
for bad in [{"sep": 1}, {"end": 2}, {"sep": b"x"}, {"nonsense": 1}]:
    try:
        print("value", **bad)
    except TypeError as e:
        print(type(e).__name__, e)
print("tab\tsep", "multi\nline", sep="\t")
print(*range(5), end="|\n", sep="")
print("", end="")
print("".join(str(i) for i in range(3)), end="\n\n")
print("after blank line")
