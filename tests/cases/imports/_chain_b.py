# support module: leaf of the import chain
print("_chain_b: loading")
B_VALUE = 21
def tag(s):
    return "<" + s + ">"
