# exceptions2: exceptions as ordinary values: stored, compared, raised later, re-raised with traceback growth
errors = [ValueError("a"), KeyError("b"), ValueError("a")]
print(errors[0] == errors[2], errors[0] is errors[2], [type(e).__name__ for e in errors])
print(errors.count(errors[0]), {type(e) for e in errors} == {ValueError, KeyError})
stored = []
for i in range(3):
    try:
        if i == 1:
            raise IndexError(i)
        stored.append(None)
    except IndexError as e:
        stored.append(e)
print([repr(s) for s in stored])
later = stored[1]
def depth(tb):
    n = 0
    while tb:
        n += 1
        tb = tb.tb_next
    return n
print("tb depth before re-raise:", depth(later.__traceback__))
for attempt in range(3):
    try:
        raise later
    except IndexError as e:
        print("attempt", attempt, "tb depth:", depth(e.__traceback__))
def thrower(exc):
    raise exc
try:
    thrower(later.with_traceback(None))
except IndexError as e:
    print("after with_traceback(None):", depth(e.__traceback__))
exc_types = {"v": ValueError, "k": KeyError}
for key in "vk":
    try:
        raise exc_types[key]("made from " + key)
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(hash(ValueError("x")) != 0 or True, isinstance(ValueError, type), type(ValueError("x").args).__name__)
