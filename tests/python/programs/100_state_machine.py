class Room:
    def __init__(self, name, exits, item=None):
        self.name, self.exits, self.item = name, exits, item
rooms = {
    "hall": Room("hall", {"north": "library", "east": "kitchen"}),
    "library": Room("library", {"south": "hall"}, "book"),
    "kitchen": Room("kitchen", {"west": "hall", "down": "cellar"}, "knife"),
    "cellar": Room("cellar", {"up": "kitchen"}, "key"),
}
state = {"room": "hall", "inventory": []}
commands = ["go north", "take", "go south", "go east", "take", "go down", "take", "go up", "go west", "look", "go sideways", "inventory"]
for cmd in commands:
    verb, _, arg = cmd.partition(" ")
    room = rooms[state["room"]]
    if verb == "go":
        if arg in room.exits:
            state["room"] = room.exits[arg]
            print(f"> {cmd}: you are in the {state['room']}")
        else:
            print(f"> {cmd}: you can't go {arg}")
    elif verb == "take":
        if room.item:
            state["inventory"].append(room.item)
            print(f"> take: got {room.item}")
            room.item = None
        else:
            print("> take: nothing here")
    elif verb == "look":
        print(f"> look: {room.name}, exits: {', '.join(sorted(room.exits))}")
    else:
        print(f"> {cmd}: {sorted(state['inventory'])}")
