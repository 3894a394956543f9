(time:set-mock "noon")
