; Gate version of bench/programs/strings.cl (callgrind counts its instructions):
; the string work on 4,000 words.
(define (words i acc)
  (if (== i 0)
      acc
      (words (- i 1) (cons (string-append "w" (to-string (mod (* i 7919) 10007))) acc))))
(define (count-prefixed ws n)
  (if (empty? ws)
      n
      (count-prefixed (tail ws) (if (string-starts-with? (head ws) "w1") (+ n 1) n))))
(let ((text (string-join " " (words 4000 []))))
  (let ((parts (string-split text " ")))
    (io:print (length parts)
              (fold (lambda (acc w) (+ acc (string-length w))) 0 parts)
              (count-prefixed parts 0)
              (string-length (string-replace text "w1" "W"))
              (string-upcase (substring text 0 24)))))
