(state:rollback-transaction 0)
