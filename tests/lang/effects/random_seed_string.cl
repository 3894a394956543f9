(random:seed "42")
