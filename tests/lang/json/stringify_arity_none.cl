(json-stringify)
