# functions2: builtins accepting keyword arguments: sorted/min/max/int/str.split/dict/enumerate/round/print
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A"], key=str.lower, reverse=False))
print(min([], default="empty"), max([1, 5, 3], key=lambda v: -v), max([], key=len, default=None))
print(int("ff", base=16), int(x="12") if False else int("12", 0), "a,b,c".split(sep=",", maxsplit=1))
print(dict(a=1, b=2), dict([("x", 1)], y=2), enumerate("ab", start=5).__next__())
print(round(number=2.567, ndigits=1), "x".center(5, "*"), "abc".encode(encoding="ascii"))
print(str(object=5), str(b"hi", encoding="utf-8"), bytes("hé", "utf-8", errors="strict"))
print(list(zip([1, 2], [3, 4], strict=True)))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    sorted([1], reverse=None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int("12", bse=10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x".split(",", maxsplit="1")
except TypeError as e:
    print(type(e).__name__, e)
print(sum([1, 2], start=10), pow(base=2, exp=5), pow(2, 5, mod=7))
print(divmod(7, 2), "{a}-{b}".format(b=2, a=1), "{0}{x}".format(9, x=8))
