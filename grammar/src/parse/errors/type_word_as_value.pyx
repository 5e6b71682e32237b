x = int(3.5)
