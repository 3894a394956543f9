#!/usr/bin/env claudelang run (this whole line is a comment
(io:print "ok")
