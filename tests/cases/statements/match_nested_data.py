# statements: matching nested JSON-like data with mixed sequence/mapping/class/literal patterns
class Ref:
    __match_args__ = ("target",)
    def __init__(self, target):
        self.target = target
def summarize(node):
    match node:
        case {"op": "add", "args": [left, right]}:
            return "(%s + %s)" % (summarize(left), summarize(right))
        case {"op": "neg", "args": [x]}:
            return "-%s" % summarize(x)
        case {"op": "call", "fn": str(name), "args": [*args]}:
            return "%s(%s)" % (name, ", ".join(summarize(a) for a in args))
        case {"op": op}:
            return "<unknown op %s>" % op
        case Ref(str(t)):
            return "&" + t
        case Ref(Ref() as inner):
            return "&&" + summarize(inner)[1:]
        case int(n) | float(n):
            return str(n)
        case str(s):
            return s
        case [*items]:
            return "[" + ", ".join(summarize(i) for i in items) + "]"
        case None:
            return "null"
        case _:
            return "?"
tree = {"op": "add", "args": [{"op": "neg", "args": [3]}, {"op": "call", "fn": "max", "args": [1, "x", Ref("y"), [2.5, None]]}]}
print(summarize(tree))
print(summarize({"op": "mul"}), summarize(Ref(Ref("z"))), summarize({"op": "call", "fn": 5, "args": []}), summarize(object()))
