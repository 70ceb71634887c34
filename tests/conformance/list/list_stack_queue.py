stack = []
for ch in "([{}])":
    if ch in "([{":
        stack.append(ch)
    else:
        top = stack.pop()
        print(top, ch)
print(stack == [])
q = [1, 2, 3]
while q:
    x = q.pop(0)
    if x < 10:
        q.append(x * 4)
    print(x, end=" ")
print()
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for c in s:
        if c in "([{":
            st.append(c)
        elif c in pairs:
            if not st or st.pop() != pairs[c]:
                return False
    return not st
for s in ["()", "([)]", "{[]}(", "", "((()))[]{}"]:
    print(repr(s), balanced(s))
