s = "ab日本cd😀ef"
print([s[i] for i in range(len(s))])
print(s[2:4], s[-3:], s[::2], s[::-1])
print(s.index("😀"), s.find("cd"), s.split("cd"), s.replace("日本", "JP"))
print("".join(sorted(s)), max(s), min(s))
