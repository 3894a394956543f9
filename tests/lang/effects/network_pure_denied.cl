(network:mock "u" 1)
(pure (lambda () (network:fetch "u")))
