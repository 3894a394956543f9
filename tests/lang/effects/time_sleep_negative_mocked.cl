(time:set-mock 10)
(time:sleep -5)
