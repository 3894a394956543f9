(export never-defined)
