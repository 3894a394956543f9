(read-line "prompt")
