(network:mock "http://example.com/a" "mocked")
(io:print (network:fetch "http://example.com/a"))
(network:fetch "http://example.com/a/")
