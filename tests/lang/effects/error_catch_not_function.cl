(error:catch "x" 5)
