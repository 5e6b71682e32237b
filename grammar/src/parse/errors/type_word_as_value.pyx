x = float + 1
