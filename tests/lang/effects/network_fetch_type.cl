(network:fetch 5)
