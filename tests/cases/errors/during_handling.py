# errors: exception raised while handling another -> "During handling of the above exception..." chain
def parse(s):
    try:
        return int(s)
    except ValueError:
        print("parse failed for", repr(s))
        return {}[s]
print(parse("12"))
print(parse("abc"))
