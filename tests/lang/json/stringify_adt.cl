(data Shape (Circle Float) (Empty))
(json-stringify (Circle 1.5))
