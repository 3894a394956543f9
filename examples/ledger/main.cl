; A small bank ledger: accounts kept in the state store, transactions as ADT values, rejected
; transactions reported through error handlers, and helpers imported from a module.
(import "account" (apply-transaction balance-of format-money))

(data Transaction (Deposit String Int) (Withdraw String Int) (Transfer String String Int))

(define transactions
  [(Deposit "alice" 10000) (Deposit "bob" 2500) (Withdraw "alice" 1250)
   (Transfer "alice" "bob" 4000) (Withdraw "bob" 99999) (Transfer "carol" "alice" 100)
   (Deposit "carol" 700) (Transfer "bob" "carol" 1500)])

(define (describe t)
  (match t
    ((Deposit who amount) (string-append who " deposits " (format-money amount)))
    ((Withdraw who amount) (string-append who " withdraws " (format-money amount)))
    ((Transfer from to amount)
     (string-append from " sends " (format-money amount) " to " to))))

(error:catch "rejected"
  (lambda (e) (do (io:print "  rejected:" (dict-get e "message")) #f)))

(map (lambda (t)
       (do (io:print (describe t))
           (apply-transaction t)))
     transactions)

(map (lambda (who) (io:print who (format-money (balance-of who)))) ["alice" "bob" "carol"])
(io:print "rejected transactions:" (length (error:get-errors)))
