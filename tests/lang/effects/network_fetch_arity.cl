(network:fetch)
