# strings: literals, escapes, unicode, repr quote choice, len of unicode, concatenation of adjacent literals
print("hello", 'world', """triple""", '''single triple''')
print("tab\there", "nl\\n literal", "quote\"inside", 'apos\'inside')
print("a\nb")
print("\x41\x42\u00e9\u4e2d\u03b1", "\101\60")
print(len("héllo"), len("中文字"), len("\n\t"), len(""), len("😀"))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr('plain'))
print(repr("tab\tnl\ncr\rbs\\"), repr("\x00\x07\x1f\x7f"), repr("é中😀"))
print(repr("\x80\xff"), repr("\u200b"), repr(""), repr("'"), repr('"'))
print("adjacent" " literals" ' joined')
s = "multi\
line"
print(s, len(s))
print("""line1
line2
  line3""")
print(r"raw\nstring\t", len(r"\n"), r'\d+')
print("abc" + "def", "ab" * 3, 3 * "xy", "x" * 0, "x" * -2)
print(str("abc"), str(123), str(-4.5), str(True), str(None), str([1, "a"]))
print(repr(["a", 'b"c', "d'e"]), ("x", 'y'))
print("é" < "z", "Z" < "a", "abc" < "abd", "ab" < "abc", "" < "a", "b" > "abc")
print("abc" == "abc", "abc" != "ABC", "a" in "cat", "at" in "cat", "" in "x", "ct" in "cat")
