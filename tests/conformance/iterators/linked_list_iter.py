class Node:
    def __init__(self, val, nxt=None):
        self.val, self.next = val, nxt
class LinkedList:
    def __init__(self, *vals):
        self.head = None
        for v in reversed(vals):
            self.head = Node(v, self.head)
    def __iter__(self):
        node = self.head
        while node:
            yield node.val
            node = node.next
    def __len__(self):
        return sum(1 for _ in self)
    def __repr__(self):
        return " -> ".join(map(str, self)) or "empty"
    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev
ll = LinkedList(1, 2, 3, 4)
print(ll, len(ll), list(ll), 3 in ll)
ll.reverse()
print(ll, LinkedList())
