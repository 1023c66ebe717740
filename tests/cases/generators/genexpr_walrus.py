# generators: assignment expressions inside generator expressions and comprehensions bind in the enclosing scope
def find_first_long(words):
    if any(len(found := w) > 4 for w in words):
        return found
    return None
print(find_first_long(["a", "bb", "ccccc", "dddddd"]), find_first_long(["x"]))
def running_totals(nums):
    total = 0
    out = [total := total + n for n in nums]
    return out, total
print(running_totals([1, 2, 3, 4]))
def gen_walrus():
    g = (last := x for x in range(3))
    before = "unset"
    try:
        before = last
    except NameError as e:
        before = "NameError before consumption"
    list(g)
    return before, last
print(gen_walrus())
data = [3, 8, 1, 9]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 5])
print(y)
