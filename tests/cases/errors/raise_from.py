# errors: uncaught raise ... from ... -> "The above exception was the direct cause of the following exception"
def load(items, idx):
    try:
        return items[idx]
    except IndexError as e:
        raise KeyError("no item " + str(idx)) from e
print(load([1, 2, 3], 1))
print(load([1, 2, 3], 7))
