// The `atexit` module's hook into interpreter shutdown (see atexit_module.cpp).
#pragma once

namespace uopy {

// Runs the functions registered with atexit.register(), the last registered
// first, then forgets them all. An exception a function raises is printed to
// stderr ("Exception ignored in atexit callback: ...") and the next function
// runs. Called once when the main program has finished (uncaught exception
// included), before the runtime shuts down; a no-op when nothing was
// registered (or atexit was never imported).
void run_atexit_callbacks();

} // namespace uopy
