; With the clock mocked, elapsed is the mocked time minus the real start time.
(let ((start (- (time:now) (time:elapsed))))
  (do
    (time:set-mock (+ start 100.0))
    (let ((e (time:elapsed)))
      (io:print (> e 99.0) (< e 101.0)))
    (time:sleep 50)
    (let ((e (time:elapsed)))
      (io:print (> e 149.0) (< e 151.0)))))
