print(f"{x!q}")
