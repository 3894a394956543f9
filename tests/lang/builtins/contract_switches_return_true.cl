(io:print (disable-contract-checking!) (enable-contract-checking!))
