(network:mock (list "http://x") 1)
