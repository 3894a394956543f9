; prelude.cl: the builtins that call back into ClaudeLang, written in ClaudeLang so that their
; callbacks run on the VM's own stack (no C recursion, proper tail calls, handlers see them).
; Compiled in the library's dialect: names starting with % are private helpers written in C
; (src/lib/intrinsics.c), and a last parameter starting with & collects the remaining
; arguments as a list. Every top-level definition without a % becomes a builtin; errors inside
; this file are reported at the user's call of the builtin.

; ---------------------------------------------------------------------------------------------
; Lists (LANGUAGE.md §15.6)

(define (%map-loop f xs b)
  (if (empty? xs)
      (%builder-list b)
      (do (%builder-add b (f (head xs)))
          (%map-loop f (tail xs) b))))

(define (map f xs)
  (%check-function f "map" 1)
  (%check-list xs "map" 2)
  (%map-loop f xs (%builder)))

(define (%filter-loop f xs b)
  (if (empty? xs)
      (%builder-list b)
      (let ((x (head xs)))
        (if (f x) (%builder-add b x) nil)
        (%filter-loop f (tail xs) b))))

(define (filter f xs)
  (%check-function f "filter" 1)
  (%check-list xs "filter" 2)
  (%filter-loop f xs (%builder)))

(define (%fold-loop f acc xs)
  (if (empty? xs)
      acc
      (%fold-loop f (f acc (head xs)) (tail xs))))

(define (fold f init xs)
  (%check-function f "fold" 1)
  (%check-list xs "fold" 3)
  (%fold-loop f init xs))

(define (%partition-loop f xs yes no)
  (if (empty? xs)
      (tuple (%builder-list yes) (%builder-list no))
      (let ((x (head xs)))
        (if (f x) (%builder-add yes x) (%builder-add no x))
        (%partition-loop f (tail xs) yes no))))

(define (list-partition f xs)
  (%check-function f "list-partition" 1)
  (%check-list xs "list-partition" 2)
  (%partition-loop f xs (%builder) (%builder)))

(define (%find-loop f xs)
  (if (empty? xs)
      nil
      (if (f (head xs)) (head xs) (%find-loop f (tail xs)))))

(define (list-find f xs)
  (%check-function f "list-find" 1)
  (%check-list xs "list-find" 2)
  (%find-loop f xs))

; ---------------------------------------------------------------------------------------------
; Functional (§15.9)

(define (compose f g)
  (%check-function f "compose" 1)
  (%check-function g "compose" 2)
  (lambda (x) (f (g x))))

(define (pipe f g)
  (%check-function f "pipe" 1)
  (%check-function g "pipe" 2)
  (lambda (x) (g (f x))))

(define (flip f)
  (%check-function f "flip" 1)
  (lambda (x y) (f y x)))

(define (partial f x)
  (%check-function f "partial" 1)
  (lambda (&args) (apply f (cons x &args))))

(define (partial-right f x)
  (%check-function f "partial-right" 1)
  (lambda (&args) (apply f (append &args [x]))))

(define (curry f)
  (%check-function f "curry" 1)
  (lambda (x) (lambda (y) (f x y))))

(define (uncurry f)
  (%check-function f "uncurry" 1)
  (lambda (x y) ((f x) y)))

(define (const x)
  (lambda (ignored) x))

(define (memoize f)
  (%check-function f "memoize" 1)
  (let ((cache (%box (dict-new))))
    (lambda (&args)
      (let ((hit (dict-get-or (%unbox cache) &args (%none))))
        (if (%none? hit)
            (let ((value (apply f &args)))
              (%set-box cache (dict-set (%unbox cache) &args value))
              value)
            hit)))))

(define (%map-indexed-loop f i xs b)
  (if (empty? xs)
      (%builder-list b)
      (do (%builder-add b (f i (head xs)))
          (%map-indexed-loop f (+ i 1) (tail xs) b))))

(define (map-indexed f xs)
  (%check-function f "map-indexed" 1)
  (%check-list xs "map-indexed" 2)
  (%map-indexed-loop f 0 xs (%builder)))

(define (%filter-map-loop f xs b)
  (if (empty? xs)
      (%builder-list b)
      (let ((y (f (head xs))))
        (if (nil? y) nil (%builder-add b y))
        (%filter-map-loop f (tail xs) b))))

(define (filter-map f xs)
  (%check-function f "filter-map" 1)
  (%check-list xs "filter-map" 2)
  (%filter-map-loop f xs (%builder)))

(define (%flat-map-loop f xs b)
  (if (empty? xs)
      (%builder-list b)
      (do (%builder-add-all b (f (head xs)) "flat-map")
          (%flat-map-loop f (tail xs) b))))

(define (flat-map f xs)
  (%check-function f "flat-map" 1)
  (%check-list xs "flat-map" 2)
  (%flat-map-loop f xs (%builder)))

(define (%fold-right-loop f acc xs)
  (if (empty? xs)
      acc
      (%fold-right-loop f (f (head xs) acc) (tail xs))))

(define (fold-right f init xs)
  (%check-function f "fold-right" 1)
  (%check-list xs "fold-right" 3)
  (%fold-right-loop f init (reverse xs)))

(define (%scan-loop f acc xs b)
  (if (empty? xs)
      (%builder-list b)
      (let ((next (f acc (head xs))))
        (%builder-add b next)
        (%scan-loop f next (tail xs) b))))

(define (scan f init xs)
  (%check-function f "scan" 1)
  (%check-list xs "scan" 3)
  (%scan-loop f init xs (%builder-add (%builder) init)))

(define (%all-loop f xs)
  (if (empty? xs) #t (if (f (head xs)) (%all-loop f (tail xs)) #f)))

(define (%any-loop f xs)
  (if (empty? xs) #f (if (f (head xs)) #t (%any-loop f (tail xs)))))

(define (all? f xs)
  (%check-function f "all?" 1)
  (%check-list xs "all?" 2)
  (%all-loop f xs))

(define (any? f xs)
  (%check-function f "any?" 1)
  (%check-list xs "any?" 2)
  (%any-loop f xs))

(define (none? f xs)
  (%check-function f "none?" 1)
  (%check-list xs "none?" 2)
  (not (%any-loop f xs)))

(define (all f xs)
  (%check-function f "all" 1)
  (%check-list xs "all" 2)
  (%all-loop f xs))

(define (any f xs)
  (%check-function f "any" 1)
  (%check-list xs "any" 2)
  (%any-loop f xs))

(define (forall v xs f)
  (%check-list xs "forall" 2)
  (%check-function f "forall" 3)
  (%all-loop f xs))

(define (exists v xs f)
  (%check-list xs "exists" 2)
  (%check-function f "exists" 3)
  (%any-loop f xs))

(define (%iterate-loop f x n b)
  (if (<= n 0)
      (%builder-list b)
      (do (%builder-add b x)
          (if (== n 1) (%builder-list b) (%iterate-loop f (f x) (- n 1) b)))))

(define (iterate f x n)
  (%check-function f "iterate" 1)
  (%check-int n "iterate" 3)
  (%iterate-loop f x n (%builder)))

(define (%replicate-loop f i n b)
  (if (>= i n)
      (%builder-list b)
      (do (%builder-add b (f i))
          (%replicate-loop f (+ i 1) n b))))

(define (replicate n f)
  (%check-int n "replicate" 1)
  (%check-function f "replicate" 2)
  (%replicate-loop f 0 n (%builder)))

(define (%group-loop f xs groups)
  (if (empty? xs)
      groups
      (let ((x (head xs)))
        (let ((key (f x)))
          (%group-loop f (tail xs)
                       (dict-set groups key (cons x (dict-get-or groups key []))))))))

(define (%reverse-values keys groups)
  (if (empty? keys)
      groups
      (%reverse-values (tail keys)
                       (dict-set groups (head keys) (reverse (dict-get groups (head keys)))))))

(define (group-by f xs)
  (%check-function f "group-by" 1)
  (%check-list xs "group-by" 2)
  (let ((groups (%group-loop f xs (dict-new))))
    (%reverse-values (dict-keys groups) groups)))

; ---------------------------------------------------------------------------------------------
; Effect control (§11.4)

(define (with-handler handlers thunk)
  (%check-handlers handlers "with-handler" 1)
  (%check-function thunk "with-handler" 2)
  (%with-handlers handlers thunk))

(define (pure thunk)
  (%check-function thunk "pure" 1)
  (%pure thunk))

; ---------------------------------------------------------------------------------------------
; Contracts (§14.3): %contract-call stands in for every call of a function with a contract.

(define (%truthy-call? f args)
  (let ((r (%try-apply f args)))
    (if (%none? r) #f (if r #t #f))))

(define (%check-conditions conditions args kind name)
  (if (empty? conditions)
      nil
      (let ((condition (head conditions)))
        (if (%truthy-call? (fst condition) args)
            (%check-conditions (tail conditions) args kind name)
            (%contract-fail kind name (snd condition))))))

; Conditions are functions of the parameters and `result` (nil before the call).
; With nothing to check afterwards, the call of F is a tail call: a contracted function that
; calls itself in tail position runs in constant stack.
(define (%contract-call contract f args)
  (let ((name (%function-name f))
        (before (append args [nil]))
        (invariants (%contract-conditions contract f "invariant"))
        (ensures (%contract-conditions contract f "ensures")))
    (%check-conditions (%contract-conditions contract f "requires") before "precondition" name)
    (%check-conditions invariants before "invariant" name)
    (if (and (empty? invariants) (empty? ensures))
        (%call-unchecked contract f args)
        (let ((result (%call-unchecked contract f args)))
          (let ((after (append args [result])))
            (%check-conditions invariants after "invariant" name)
            (%check-conditions ensures after "postcondition" name)
            result)))))

; ---------------------------------------------------------------------------------------------
; State (§11.6), src/lib/effects.c: state:update reads the current value in C, then asks the
; VM to call this; F's result is stored only if F returns (an error in F stores nothing).

(define (%state-update-finish key f old)
  (%state-store key (f old)))
