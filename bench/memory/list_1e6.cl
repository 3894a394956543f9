; Peak memory of a list of 10^6 ints held live (compare list_1e6.lua, a table of 10^6 ints).
(let ((xs (range 0 1000000)))
  (io:print (length xs) (nth xs 999999)))
