(io:print (abs -5) (abs 5) (abs 0) (abs -0.0) (abs -2.5) (abs -1e400) (abs -123456789012345678901234567890))
(io:print (int? (abs -5)) (float? (abs -5.0)))
