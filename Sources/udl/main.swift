print("udl")
