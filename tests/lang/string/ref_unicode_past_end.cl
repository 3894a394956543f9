(string-ref "日本語" 3)
