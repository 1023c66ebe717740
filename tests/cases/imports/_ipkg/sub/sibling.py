print("init", __name__, __package__)
sib_value = 42
