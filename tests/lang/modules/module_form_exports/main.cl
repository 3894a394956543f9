(import "shapes" (area perimeter))
(io:print (area 2 3) (perimeter 2 3))
(io:print area)
