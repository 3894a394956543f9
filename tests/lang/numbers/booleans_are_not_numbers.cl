(io:print (int? #t) (number? #f) (float? #t) (int? 1) (number? 1.5))
