(error:raise "t" "m" nil 4)
