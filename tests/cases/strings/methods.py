# strings: upper lower strip lstrip rstrip split join replace startswith endswith find count isdigit isalpha
s = "  Hello, World!  "
print(repr(s.upper()), repr(s.lower()), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("abcba".strip("ab")), repr("--a--".lstrip("-")), repr("--a--".rstrip("-")))
print(repr("\t\n spaced \r\n".strip()))
print("a,b,,c".split(","), "a b  c\td\n".split(), "  lead trail  ".split())
print("a,b,c,d".split(",", 1), "a,b,c,d".split(",", 2), "a b c d".split(None, 1), "x".split(","))
print("".split(), "".split(","), "abc".split("abc"), "aXbXc".split("X", 0))
print("a::b::c".split("::"), "::".split("::"))
print("-".join(["a", "b", "c"]), "".join(["x", "y"]), ", ".join([]), "+".join("abc"))
print("hello world".replace("o", "0"), "aaaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("x", "y"))
print("hello".startswith("he"), "hello".startswith("lo"), "hello".endswith("lo"), "hello".endswith(""))
print("hello".find("l"), "hello".find("z"), "hello".find("lo"), "hello".find(""), "hello".find("l", 3))
print("banana".count("a"), "banana".count("an"), "banana".count("x"), "aaaa".count("aa"), "abc".count(""))
print("123".isdigit(), "12a".isdigit(), "".isdigit(), "abc".isalpha(), "ab1".isalpha(), "".isalpha(), "é".isalpha())
print("MiXeD 123".upper(), "MiXeD 123".lower(), "straße".upper(), "ÉCOLE".lower())
words = "the quick brown fox jumps over the lazy dog".split()
print(words, len(words))
caps = []
for w in words:
    caps.append(w[0].upper() + w[1:])
print(" ".join(caps))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
line = "key1=val1;key2=val2;key3=val3"
for part in line.split(";"):
    k, v = part.split("=")
    print(k.upper(), v.replace("val", "#"))
print("a-b-c".split("-")[::-1], "-".join("a-b-c".split("-")[::-1]))
