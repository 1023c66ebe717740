# statements: conditional expressions: laziness, nesting/associativity, precedence with lambda/or/and
def t(label, v):
    print("eval", label)
    return v
print(t("then", "A") if t("cond", True) else t("else", "B"))
print(t("then", "A") if t("cond", 0) else t("else", "B"))
def grade(n):
    return "A" if n >= 90 else "B" if n >= 80 else "C" if n >= 70 else "F"
print([grade(n) for n in (95, 85, 75, 10)])
x = 5
print(1 if x > 3 else 2 + 10, (1 if x < 3 else 2) + 10)
f = lambda v: "pos" if v > 0 else "zero" if v == 0 else "neg"
print(f(3), f(0), f(-3))
print(x or 0 if x else "falsy", (x and "truthy") if x > 100 else "small")
print([("even" if i % 2 == 0 else "odd") for i in range(4)])
nested = "outer-true" if (("inner-true" if x else "inner-false") == "inner-true") else "outer-false"
print(nested)
print(not x if x else "x falsy", -1 if not x else +1)
def sign(v):
    return (1 if v > 0 else -1) if v else 0
print([sign(v) for v in (-5, 0, 5, 0.0, -0.1)])
counts = [0, 0, 0]
for i in range(3000):
    counts[0 if i % 3 == 0 else 1 if i % 3 == 1 else 2] += 1
print(counts)
