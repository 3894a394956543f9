(error:catch "x")
