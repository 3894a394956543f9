(string-replace "abc" nil "b")
