(network:mock "http://x")
