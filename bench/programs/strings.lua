-- Strings: build 200,000 words with .. and tostring, join them into one text, split it back,
-- add up the words' lengths, count those starting with "w1", replace every "w1" in the text
-- and upcase its start.
local function fold(f, acc, xs) for i = 1, #xs do acc = f(acc, xs[i]) end return acc end
local words = {}
for i = 1, 200000 do words[i] = "w" .. tostring((i * 7919) % 10007) end
local text = table.concat(words, " ")
local parts, n = {}, 0
for word in string.gmatch(text, "[^ ]+") do n = n + 1; parts[n] = word end
local prefixed = 0
for i = 1, n do if string.sub(parts[i], 1, 2) == "w1" then prefixed = prefixed + 1 end end
local replaced = string.gsub(text, "w1", "W")
print(n .. " " .. fold(function(acc, w) return acc + #w end, 0, parts) .. " " .. prefixed ..
      " " .. #replaced .. " " .. string.upper(string.sub(text, 1, 24)))
