(import "self")
