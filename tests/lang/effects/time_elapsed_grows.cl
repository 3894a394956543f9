(let ((a (time:elapsed)) (b (time:elapsed)))
  (io:print (float? a) (>= a 0.0) (>= b a)))
