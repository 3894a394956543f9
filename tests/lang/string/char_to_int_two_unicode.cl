(char->int "日本")
