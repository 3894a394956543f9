(io:print "before")
(json-parse "﻿1")
