(string-ends-with?)
