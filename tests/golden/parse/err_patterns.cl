(match x
  1 "one")
(match y
  ([a a] 1)
  ((f a) 2)
  ([h ...] 3)
  ([h ... t u] 4)
  ([h ...Rest] 5)
  ((:key) 6)
  (if 7)
  (_))
