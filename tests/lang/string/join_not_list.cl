(string-join "," "abc")
