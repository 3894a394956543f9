(random:choice "abc")
