(current-directory ".")
