; Accounts for the ledger example: balances live in the state store under the account name;
; a transaction that would overdraw an account or names an unknown one raises "rejected".
(define (balance-of who) (state:get who))

(define (credit who amount)
  (state:set who (+ (if (nil? (state:get who)) 0 (state:get who)) amount)))

(define (debit who amount)
  (let ((current (state:get who)))
    (if (nil? current)
        (error:raise "rejected" (string-append "no account " who))
        (if (< current amount)
            (error:raise "rejected" (string-append who " cannot pay " (format-money amount)))
            (state:set who (- current amount))))))

; Moves money in a transaction, so that a failed transfer changes nothing.
(define (transfer from to amount)
  (do (state:begin-transaction)
      (if (== (debit from amount) #f)
          (state:rollback-transaction)
          (do (credit to amount) (state:commit-transaction)))))

(define (apply-transaction t)
  (match t
    ((Deposit who amount) (credit who amount))
    ((Withdraw who amount) (debit who amount))
    ((Transfer from to amount) (transfer from to amount))))

(define (format-money cents)
  (let ((rest (mod cents 100)))
    (string-append "$" (div cents 100) "." (if (< rest 10) "0" "") rest)))

(export apply-transaction balance-of format-money)
