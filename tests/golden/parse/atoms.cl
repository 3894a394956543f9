; Every kind of atom, as an expression.
42 -7 007 -0 123456789012345678901234567890
1.5 1. 1e3 1E3 -4e2 -0.0 2.5e-3
"text" "with \"escapes\"\n\t\\" ""
#t #f true false nil
x io:print empty-ok? x->y *scale* a.b CamelCase _ as * + - -> +5 .5
