(time:elapsed nil)
