(file-read 42)
