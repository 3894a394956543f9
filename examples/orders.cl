; Orders report: parse a JSON document of orders, total them per customer with dicts, flag the
; large ones, and write the summary back as JSON.
(define orders-json
  "{\"orders\": [
     {\"id\": 1, \"customer\": \"ada\",
      \"items\": [{\"sku\": \"pen\", \"qty\": 3, \"price\": 1.5}]},
     {\"id\": 2, \"customer\": \"bob\",
      \"items\": [{\"sku\": \"ink\", \"qty\": 1, \"price\": 12.0},
                {\"sku\": \"pad\", \"qty\": 2, \"price\": 4.25}]},
     {\"id\": 3, \"customer\": \"ada\",
      \"items\": [{\"sku\": \"pad\", \"qty\": 10, \"price\": 4.25}]},
     {\"id\": 4, \"customer\": \"cy\", \"items\": []}
   ]}")

(define (order-total order)
  (fold (lambda (sum item) (+ sum (* (dict-get item "qty") (dict-get item "price"))))
        0
        (dict-get order "items")))

(define (per-customer orders)
  (fold (lambda (totals order)
          (let ((who (dict-get order "customer")))
            (dict-set totals who (+ (dict-get-or totals who 0) (order-total order)))))
        (dict-new)
        orders))

(let ((orders (dict-get (json-parse orders-json) "orders")))
  (let ((totals (per-customer orders))
        (large (filter (lambda (o) (> (order-total o) 20)) orders)))
    (io:print "orders:" (length orders))
    (io:print "large orders:" (map (lambda (o) (dict-get o "id")) large))
    (io:print (json-stringify (dict-set (dict-new) "totals" totals)))))
