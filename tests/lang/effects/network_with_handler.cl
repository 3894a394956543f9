(define net (dict-set (dict-new) "network:fetch"
  (lambda (url) (dict-set (dict-set (dict-new) "status" 200) "body" (string-append "fake " url)))))
(io:print (with-handler net (lambda () (network:fetch "http://example.com/"))))
