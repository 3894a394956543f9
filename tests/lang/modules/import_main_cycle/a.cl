(import "main")
