(io:print "bom skipped")
