print("init", __name__, __package__)
value = "ns piece"
