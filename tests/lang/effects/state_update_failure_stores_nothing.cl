; A failing F stores nothing. The failure is observed through a contract condition, which
; turns it into a contract-violation that error:catch then handles (LANGUAGE.md §14.3).
(spec:contract check :requires [(state:update "k" (lambda (x) (/ x 0)))])
(define (check n) n)
(error:catch "contract-violation" (lambda (err) "violated"))
(state:set "k" 7)
(io:print (check 1))
(io:print (state:get "k"))
