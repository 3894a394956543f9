(char->int ["a"])
