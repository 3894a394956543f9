(substring "日本語" 1 4)
