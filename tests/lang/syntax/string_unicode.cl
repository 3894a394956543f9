(io:print "héllo" ["日本語" "λ"] "🎉")
