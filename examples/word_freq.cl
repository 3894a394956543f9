; Word frequencies: the five most common words of a paragraph, and how many words it has.
; Strings (split, downcase, replace), dicts as counters, and sorting tuples.
(define text
  "The quick brown fox jumps over the lazy dog. The dog sleeps, the fox runs.
A fox is quick and a dog is lazy; the quick fox and the lazy dog are friends.")

(define (clean s)
  (string-downcase
   (string-replace (string-replace (string-replace s "." "") "," "") ";" "")))

(define (words s)
  (filter (lambda (w) (not (== w "")))
          (string-split (string-replace (clean s) "\n" " ") " ")))

(define (count-words ws)
  (fold (lambda (counts w) (dict-set counts w (+ 1 (dict-get-or counts w 0))))
        (dict-new)
        ws))

; Sorts by count, most frequent first, then alphabetically.
(define (ranked counts)
  (map (lambda (entry) (tuple (snd entry) (- 0 (fst entry))))
       (list-sort (map (lambda (item) (tuple (- 0 (snd item)) (fst item)))
                       (dict-items counts)))))

(let ((ws (words text)))
  (io:print "words:" (length ws) "distinct:" (dict-size (count-words ws)))
  (map (lambda (entry) (io:print (string-append (fst entry) ": " (snd entry))))
       (take 5 (ranked (count-words ws)))))
