(io:print (to-int 5) (to-int 2.9) (to-int -2.9) (to-int -0.0) (to-int 0.99) (to-int 1e20))
(io:print (to-int "007") (to-int "-42") (to-int "+5") (to-int "0") (to-int "-0") (to-int "123456789012345678901234567890"))
(io:print (to-int 123456789012345678901234567890) (to-int 1e300))
