(gcd 12)
