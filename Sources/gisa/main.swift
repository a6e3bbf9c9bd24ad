print("gisa")
