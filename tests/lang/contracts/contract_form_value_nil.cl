(io:print (spec:contract g :requires [#t]))
(io:print (do (spec:contract h :complexity "O(1)") "after"))
