"""progen: a random program generator and a differential tester for uopy.

generate(seed) -> program text; difftest.run_batch(count, start_seed, ...).
"""

from .program import generate  # noqa: F401
