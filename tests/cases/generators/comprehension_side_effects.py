# generators: evaluation order of nested comprehension loops and filters, shown through side effects
def t(label, v):
    print(label)
    return v
r = [t("expr %d,%d" % (i, j), (i, j)) for i in t("outer iter", range(2)) if t("filter i=%d" % i, True) for j in t("inner iter i=%d" % i, range(2)) if t("filter j=%d" % j, j == 1)]
print(r)
d = {t("key %d" % i, i): t("val %d" % i, i * i) for i in range(2)}
print(d)
s = {t("set elem %d" % i, i % 2) for i in range(3)}
print(sorted(s))
g = (t("gen expr %d" % i, i) for i in t("gen outer iter", range(2)))
print("generator created")
print(list(g))
log = []
def mark(x):
    log.append(x)
    return x
pairs = [(mark("x%d" % i), mark("y%d" % j)) for i in range(2) for j in range(2) if mark("test%d%d" % (i, j))]
print(log)
print(len(pairs), pairs[-1])
log.clear()
first = next(mark(v) for v in range(100) if mark("check%d" % v) and v > 1)
print(first, log)
