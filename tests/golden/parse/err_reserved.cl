(map if xs)
(let ((define 1)) define)
(f :key ...rest)
(g : x)
[lambda]
