; One store for the whole run: functions defined anywhere read and write the same keys.
(define (deposit n) (state:update "total" (lambda (t) (+ (if (nil? t) 0 t) n))))
(define (report) (io:print "total" (state:get "total")))
(map deposit [1 2 3 4])
(report)
(let ((inner (lambda () (state:set "total" 0))))
  (inner))
(report)
