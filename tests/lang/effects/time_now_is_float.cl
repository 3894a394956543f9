(let ((t (time:now)))
  (io:print (float? t) (> t 1600000000.0)))
