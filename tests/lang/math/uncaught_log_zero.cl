(log10 0)
