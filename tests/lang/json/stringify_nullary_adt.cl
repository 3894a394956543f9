(data Shape (Circle Float) (Empty))
(json-stringify [(Empty)])
