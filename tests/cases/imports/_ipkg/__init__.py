print("init", __name__, __package__, __spec__.name, __spec__.parent)
top_value = "top"
