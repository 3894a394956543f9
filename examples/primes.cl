; Primes below 20,000 with a sieve over lists, twin primes among them, and the prime
; factorisations of a few numbers.
(define (sieve candidates found)
  (if (empty? candidates)
      (reverse found)
      (let ((p (head candidates)))
        (if (> (* p p) 20000)
            (append (reverse found) candidates)
            (sieve (filter (lambda (n) (!= (mod n p) 0)) (tail candidates))
                   (cons p found))))))

(define (twins ps)
  (match ps
    ([a b ... rest] (if (== (- b a) 2)
                        (cons (tuple a b) (twins (cons b rest)))
                        (twins (cons b rest))))
    (_ [])))

(define (factor n d)
  (if (== n 1)
      []
      (if (== (mod n d) 0)
          (cons d (factor (div n d) d))
          (factor n (+ d 1)))))

(let ((ps (sieve (range 2 20000) [])))
  (io:print "primes below 20000:" (length ps))
  (io:print "largest:" (take 3 (reverse ps)))
  (io:print "twin pairs:" (length (twins ps)) "last:" (head (reverse (twins ps))))
  (map (lambda (n) (io:print n "=" (factor n 2))) [360 9991 65536 1234567]))
