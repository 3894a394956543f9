(effect gc:collect)
