# fstrings: !r/!s with strings containing quotes, unicode, nested containers, specs combined with conversions
vals = ["plain", "it's", 'say "hi"', "tab\t", "é中", "", "\\"]
for v in vals:
    print(f"{v}|{v!r}|{v!s}|{v!r:>12}|{v:<6}|")
nums = [0, -1, 2 ** 40, 1.5, -0.25, 1e21, True]
for v in nums:
    print(f"{v}|{v!r}|{v!s:>8}|")
c = [1, "a", ("t", 2.5), {"k": None}]
print(f"{c}|{c!r}|{c[2]}|{c[3]['k']}")
w = 10
p = 3
print(f"{3.14159:{w}.{p}f}|{'x':{'>'}{w}}|{12:{'0'}{5}}")
