(string-contains? ["abc"] "a")
