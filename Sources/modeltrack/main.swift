print("modeltrack")
