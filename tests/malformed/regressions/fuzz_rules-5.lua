while true do pcall(string.rep, "y", 1000000) end
