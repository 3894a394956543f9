(json-parse ["[]"])
