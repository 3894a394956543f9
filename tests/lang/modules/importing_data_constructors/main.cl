(import "types" (Some None unwrap))
(io:print (Some 1) (None) (unwrap (Some 5)) (match (Some 2) ((Some x) x)))
