print("gisad")
