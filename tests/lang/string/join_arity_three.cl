(string-join "," ["a"] ["b"])
