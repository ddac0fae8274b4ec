print("ch02")
