# statements: sequence patterns: fixed length, star captures, nesting, what counts as a sequence (not str/dict/iterators)
def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return "one: %r" % (x,)
        case [x, y]:
            return "two: %r %r" % (x, y)
        case [first, *middle, last] if len(middle) > 2:
            return "long: first=%r middle=%r last=%r" % (first, middle, last)
        case [first, *rest]:
            return "many: %r + %r" % (first, rest)
for v in [[], [1], (1, 2), [1, 2, 3], list(range(6)), range(3), "ab", b"ab", {"a": 1}, {1, 2}, iter([1]), bytearray(b"x")]:
    print(type(v).__name__, "->", seq(v) if seq(v) is not None else "no match")
def nested(v):
    match v:
        case [[a, b], [c, d]]:
            return "2x2 %r" % ([a, b, c, d],)
        case [(x, y), *_]:
            return "starts with pair %r" % ((x, y),)
        case [*_, [*inner]]:
            return "ends with list of %d" % len(inner)
        case _:
            return "other"
print(nested([[1, 2], [3, 4]]), nested([(1, 2), 3]), nested([0, [1, 2, 3]]), nested([0, "xy"]))
def star_positions(v):
    match v:
        case [*head, 0]:
            return "ends with 0, head=%r" % (head,)
        case [0, *tail]:
            return "starts with 0, tail=%r" % (tail,)
        case [*all_items]:
            return "anything: %r (type %s)" % (all_items, type(all_items).__name__)
print(star_positions([1, 2, 0]), star_positions([0, 1]), star_positions((5, 6)))
def typed(v):
    match v:
        case (1, 2):
            return "tuple pattern matched"
        case [3, 4]:
            return "list pattern matched"
    return "no"
print(typed([1, 2]), typed((3, 4)), typed([1, 2, 3]))
