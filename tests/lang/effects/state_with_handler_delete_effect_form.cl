(state:set "k" "kept")
(io:print (with-handler (dict-set (dict-new) "state:delete" (lambda (k) (list "not deleted" k)))
                        (lambda () (effect state:delete "k"))))
(io:print (state:get "k"))
