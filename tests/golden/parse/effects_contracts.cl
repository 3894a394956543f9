(effect io:print "hello" 1)
(effect time:now)
(uncertain (0.7 "likely") (0.3 "unlikely"))
(spec:contract clamp
  :requires [(number? x) (<= lo hi)]
  :ensures [(>= result lo) (<= result hi)]
  :invariant []
  :pre [(int? x)]
  :post [#t]
  :complexity "O(1)"
  :pure #t)
