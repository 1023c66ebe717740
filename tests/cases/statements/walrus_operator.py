# statements: assignment expressions (:=) in if/while/comprehensions/calls, scoping and precedence
data = [5, 12, 7, 20, 3]
if (n := len(data)) > 3:
    print("n =", n)
it = iter(data)
total = 0
while (v := next(it, None)) is not None:
    total += v
print("total", total, "last v", v)
print([y for x in data if (y := x * 3) > 20], y)
print((z := 10) + z, z)
def f(a, b):
    return a + b
print(f(w := 2, w * 10), w)
values = {"a": 1}
if (found := values.get("a")) is not None and (doubled := found * 2):
    print(found, doubled)
print([(i, sq) for i in range(5) if (sq := i * i) % 2])
def scope():
    [q := k for k in range(3)]
    return q
print(scope())
x = 1
print(x := 5, x)
print(not (t := 0), t)
chunks = []
source = list(range(10))
while chunk := source[:3]:
    chunks.append(chunk)
    source = source[3:]
print(chunks)
errors = []
for src in ["(a := 1)", "a := 1", "[i := 0 for i in range(3)]", "def f():\n    x = [y := 1 for _ in [1]]\n    return y",
            "class C:\n    [z := 1 for _ in [1]]", "(x.y := 1)", "(l[0] := 1)", "print(k := 1, k)"]:
    try:
        compile(src, "<s>", "exec")
        errors.append((src.splitlines()[0], "ok"))
    except SyntaxError as e:
        errors.append((src.splitlines()[0], e.msg))
for e in errors:
    print(e)
