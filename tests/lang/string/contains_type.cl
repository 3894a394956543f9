(string-contains? "abc" 1)
