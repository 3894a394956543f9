(string-contains? "abc")
