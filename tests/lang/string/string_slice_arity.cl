(string-slice "abc")
