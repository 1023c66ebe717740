# strings: ord/chr, str() of various, repr round trip, len, list(str), sorted(str), reversed
print(ord("a"), ord("Z"), ord("0"), ord("é"), ord("中"), ord("😀"), ord("\n"))
print(chr(65), chr(97), chr(233), chr(20013), chr(128512), repr(chr(0)), repr(chr(10)))
print(list("abc"), tuple("xy"), sorted("banana"), "".join(sorted("hello")))
print("".join(reversed("stressed")), list(reversed("abc")))
print(len("a" * 1000), str(12) * 2, repr(str(12)))
for x in [1, -2.5, "s", [1, 2], (3,), {"k": "v"}, None, True]:
    print(str(x), repr(x))
codes = []
for ch in "Hello!":
    codes.append(ord(ch))
print(codes, "".join([chr(c + 1) for c in codes]))
print(max("hello"), min("hello"), "abc" * 2 + "d")
print([c for c in "a1b2c3" if c.isdigit()], [c.upper() for c in "xyz"])
print(list(enumerate("ab")), list(zip("abc", "12")))
