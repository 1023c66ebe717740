def show(name, value, *args, width=8, **kw):
    print(f"{name!r}: {value:>{width}.2f}", *args, sep=", ", **kw)
    return name.upper()[1:-1]
