scores = {"ann": 88, "bob": 95, "cy": 88, "dee": 70}
print(sorted(scores), sorted(scores.values()), sorted(scores.items()))
print(sorted(scores, key=scores.get), sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])))
print(dict(sorted(scores.items(), key=lambda kv: kv[1])), max(scores, key=scores.get), min(scores.items(), key=lambda kv: kv[1]))
ranked = {name: i + 1 for i, (name, _) in enumerate(sorted(scores.items(), key=lambda kv: -kv[1]))}
print(ranked)
