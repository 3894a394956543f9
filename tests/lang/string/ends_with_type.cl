(string-ends-with? "abc" [])
