(state:commit-transaction nil)
