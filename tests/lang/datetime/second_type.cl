(datetime:second nil)
