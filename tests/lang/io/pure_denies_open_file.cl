(pure (lambda () (effect io:open-file "p.txt" "w")))
