(spec:contract f
  :requires (> x 0)
  :effects [io]
  :pure 1
  :complexity 2
  :ensures [(>= result 0) (g :k)])
(spec:contract)
