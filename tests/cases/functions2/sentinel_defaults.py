# functions2: sentinel default objects to distinguish "not passed" from None, keyword-only sentinels
_MISSING = object()
def get(d, key, default=_MISSING):
    if key in d:
        return d[key]
    if default is _MISSING:
        raise KeyError(key)
    return default
d = {"a": 1, "n": None}
print(get(d, "a"), get(d, "n"), get(d, "z", None), get(d, "z", 0))
try:
    get(d, "z")
except KeyError as e:
    print(type(e).__name__, e)
def update(obj, *, name=_MISSING, age=_MISSING):
    changed = []
    if name is not _MISSING:
        obj["name"] = name
        changed.append("name")
    if age is not _MISSING:
        obj["age"] = age
        changed.append("age")
    return changed, obj
print(update({}), update({}, name=None), update({}, age=3, name="x"))
class Sentinel:
    def __repr__(self):
        return "<MISSING>"
    def __bool__(self):
        return False
MISSING = Sentinel()
def show(v=MISSING):
    return "got %r (truthy=%s)" % (v, bool(v))
print(show(), show(0), show("x"))
print(get.__defaults__[0] is _MISSING, update.__kwdefaults__["name"] is _MISSING)
