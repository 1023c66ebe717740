# statements: match with literal patterns: ints, floats, strings, None/True/False (identity), negative and complex
def classify(v):
    match v:
        case 0:
            return "zero"
        case 1:
            return "one"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case "hello":
            return "greeting"
        case b"raw":
            return "bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 1 + 2j:
            return "complex"
        case "":
            return "empty string"
        case _:
            return "other %r" % (v,)
for v in [0, 1, -1, 2.5, "hello", b"raw", None, True, False, 1 + 2j, "", 1.0, 0.0, 5, "x", [], (), 2.50]:
    print(repr(v), "->", classify(v))
def singletons(v):
    match v:
        case True:
            return "matched True"
        case 1:
            return "matched 1"
    return "no match"
print(singletons(True), singletons(1), singletons(1.0))
def strings(s):
    match s:
        case "a" "b":
            return "implicit concatenation ab"
        case 'single':
            return "single quotes"
        case """triple""":
            return "triple"
    return "none"
print(strings("ab"), strings("single"), strings("triple"), strings("abc"))
