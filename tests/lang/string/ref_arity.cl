(string-ref "abc")
