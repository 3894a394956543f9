(data Shape (Circle Float))
(json-stringify Circle)
