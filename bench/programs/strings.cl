; Strings: build 200,000 words with string-append and to-string, join them into one text,
; split it back, add up the words' lengths, count those starting with "w1", replace every "w1"
; in the text and upcase its start.
(define (words i acc)
  (if (== i 0)
      acc
      (words (- i 1) (cons (string-append "w" (to-string (mod (* i 7919) 10007))) acc))))
(define (count-prefixed ws n)
  (if (empty? ws)
      n
      (count-prefixed (tail ws) (if (string-starts-with? (head ws) "w1") (+ n 1) n))))
(let ((text (string-join " " (words 200000 []))))
  (let ((parts (string-split text " ")))
    (io:print (length parts)
              (fold (lambda (acc w) (+ acc (string-length w))) 0 parts)
              (count-prefixed parts 0)
              (string-length (string-replace text "w1" "W"))
              (string-upcase (substring text 0 24)))))
