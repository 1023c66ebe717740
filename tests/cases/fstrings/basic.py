# fstrings: {x}, {x!r}, {x!s}, expressions inside braces, nested quotes, literal braces, multiline
name = "World"
n = 42
f = 3.14159
lst = [1, "a"]
print(f"Hello, {name}!")
print(f"{n} {n!r} {n!s} {name!r} {name!s} {lst} {lst!r}")
print(f"{n + 1} {n * 2} {n // 5} {-n} {n > 40} {name.upper()} {len(name)}")
print(f"{'single quotes inside'} {lst[1]} {lst[-1]!r} {f}")
print(f"{{literal braces}} {{{n}}} {{}}")
print(f"{None} {True} {1.0} {2 ** 70} {-0.0} {1e100} {[1, 2][0]}")
print(f"{'nested'.upper()} {(lambda x: x * 3)(4)} {'yes' if n else 'no'}")
d = {"k": "v", "n": 5}
print(f"{d['k']} {d['n'] * 2} {d}")
s = "it's"
print(f"{s!r} {'plain' if n else 'never'} {repr(s)} {'x' if not n else 'y'}")
x = 10
print(f"x={x}, x*x={x * x}, str={str(x) + '!'}")
print(f"{x}" f"{name}" "plain" f"{x}")
print(f"")
print(f"no fields")
multi = f"""line {x}
line {x + 1}"""
print(multi)
items = ["a", "b", "c"]
print(f"{', '.join(items)} and {len(items)} items")
for i in range(3):
    print(f"row {i}: {i * '*'}|{items[i]!r}")
