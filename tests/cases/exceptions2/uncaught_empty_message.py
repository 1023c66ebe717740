# exceptions2: UNCAUGHT exception with an empty message prints just the type name; KeyError repr in context
def first():
    try:
        {"a": 1}["b"]
    except KeyError:
        raise ValueError("")
print("start")
first()
