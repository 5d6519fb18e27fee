def pretty(value, indent=0):
    pad = "  " * indent
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [f'{pad}  "{k}": {pretty(v, indent + 1)}' for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, list):
        if not value:
            return "[]"
        return "[" + ", ".join(pretty(v, indent + 1) for v in value) + "]"
    if isinstance(value, str):
        return '"' + value.replace('"', '\\"') + '"'
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
doc = {"name": "uopy", "version": 0.1, "tags": ["vm", "jit"], "meta": {"stable": False, "deps": None,
       "nested": {"deep": [1, 2, {"x": "y\"z"}]}}, "empty": {}, "none": []}
print(pretty(doc))
