# Singly linked list and an unbalanced binary search tree with insert/delete/traversals.
class ListNode:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)

    def push(self, value):
        self.head = ListNode(value, self.head)
        self.size += 1

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __len__(self):
        return self.size

    def __repr__(self):
        return " -> ".join(map(repr, self)) or "<empty>"

    def remove(self, value):
        prev, node = None, self.head
        while node:
            if node.value == value:
                if prev:
                    prev.next = node.next
                else:
                    self.head = node.next
                self.size -= 1
                return
            prev, node = node, node.next
        raise ValueError(f"{value!r} not in list")

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev

    def middle(self):
        slow = fast = self.head
        while fast and fast.next:
            slow, fast = slow.next, fast.next.next
        return slow.value if slow else None


class TreeNode:
    __slots__ = ("key", "left", "right")

    def __init__(self, key):
        self.key = key
        self.left = self.right = None


class BST:
    def __init__(self):
        self.root = None
        self.count = 0

    def insert(self, key):
        if self.root is None:
            self.root = TreeNode(key)
            self.count += 1
            return True
        node = self.root
        while True:
            if key == node.key:
                return False
            side = "left" if key < node.key else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, TreeNode(key))
                self.count += 1
                return True
            node = child

    def __contains__(self, key):
        node = self.root
        while node and node.key != key:
            node = node.left if key < node.key else node.right
        return node is not None

    def delete(self, key):
        def _delete(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = _delete(node.left, key)
            elif key > node.key:
                node.right = _delete(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key = succ.key
                node.right = _delete(node.right, succ.key)
            return node

        self.root = _delete(self.root, key)
        self.count -= 1

    def inorder(self, node="root"):
        if node == "root":
            node = self.root
        if node:
            yield from self.inorder(node.left)
            yield node.key
            yield from self.inorder(node.right)

    def preorder(self):
        stack = [self.root] if self.root else []
        while stack:
            node = stack.pop()
            yield node.key
            for child in (node.right, node.left):
                if child:
                    stack.append(child)

    def levels(self):
        out, level = [], [self.root] if self.root else []
        while level:
            out.append([n.key for n in level])
            level = [c for n in level for c in (n.left, n.right) if c]
        return out

    def height(self, node="root"):
        if node == "root":
            node = self.root
        return 0 if node is None else 1 + max(self.height(node.left), self.height(node.right))


ll = LinkedList([3, 1, 4, 1, 5, 9, 2, 6])
print(ll, len(ll), ll.middle())
ll.remove(1)
ll.remove(6)
ll.reverse()
print(ll, len(ll), list(ll)[::2], ll.middle())
try:
    ll.remove(42)
except ValueError as e:
    print("ValueError:", e)
print(LinkedList(), len(LinkedList()), LinkedList().middle(), LinkedList("abc"))

t = BST()
seed = 7
keys = []
for _ in range(25):
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    keys.append(seed % 100)
inserted = [t.insert(k) for k in keys]
print("keys", keys)
print("dups", inserted.count(False), "count", t.count, "height", t.height())
print("inorder", list(t.inorder()))
print("preorder", list(t.preorder()))
print("levels", t.levels())
print(50 in t, keys[3] in t, -1 in t)
for k in (keys[0], keys[5], keys[10], 1000):
    try:
        t.delete(k)
        print("deleted", k, "->", list(t.inorder())[:10], t.count, t.height())
    except KeyError as e:
        print("KeyError", e)
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w)
print(list(words.inorder()), words.levels())
