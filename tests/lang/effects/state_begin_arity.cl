(state:begin-transaction 1)
