; Helpers for the modules benchmark, exported through a module form.
(module stats (export scaled mean3)
  (let ((scaled (lambda (x) (mod (* x 3) 7)))
        (mean3 (lambda (a b c) (div (+ a b c) 3))))
    (tuple scaled mean3)))
