# strings: non-ASCII text - len, index, slicing, upper/lower, split, join, find, repr, ord/chr loops
s = "Grüße aus Köln – ½ € 中文 😀!"
print(s, len(s))
print(s.upper())
print(s.lower())
print(s[0], s[2], s[-2], s[-1], s[10:14], s[::-1])
print(s.split(), s.find("Köln"), s.find("€"), s.count("ü"), "😀" in s)
print(repr(s))
print("–".join(["a", "b", "c"]), "ß".upper(), "ǅ".lower(), "ǅ".upper())
total = 0
for ch in s:
    total = total + ord(ch)
print("ord sum", total)
r = ""
for i in range(0x3b1, 0x3c9 + 1):
    r = r + chr(i)
print(r, len(r), r.upper())
print("naïve café".replace("é", "e").replace("ï", "i"))
print(repr("\u00e9") == repr("é"), "\u00e9" == "é", "e\u0301" == "é", len("e\u0301"))
print("ab\u00a0cd".split(), "x\u3000y".split(), "\u2028".isalpha())
