(data Opt (Some a) (None))
(io:print (match (Some 1) (Some "bare matched") (_ "bare Some does not match (Some 1)")))
(io:print (match (None) ((None x) "one field") (None "none")))
(io:print (match (tuple "Some") (Some "tuple with tag only") (_ "no")))
