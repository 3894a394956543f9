; gc: builtins are not effects: pure allows them, with-handler cannot take them.
(io:print (pure (lambda () (do (gc:collect) (state:gc-collect) (gc:is-enabled?)))))
(io:print (with-handler (dict-set (dict-new) "gc:collect" (lambda () "handled"))
                        (lambda () (gc:collect))))
