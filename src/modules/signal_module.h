// The _signal module's hook into the eval loop. CPython counterpart: the
// PyErr_CheckSignals / _PyErr_CheckSignalsTstate half of
// Modules/signalmodule.c.
//
// The C-level handler that _signal installs for a signal with a Python
// handler only records the signal number and sets g_interp->eval_breaker;
// the Python handler runs later, at a safe point, from here.
#pragma once

namespace uopy {

// Runs the Python handlers of the signals recorded since the last call, in
// signal-number order, each called as handler(signum, frame). Cheap when
// nothing is pending (one load of a flag). Returns false with the
// exception set when a handler raised (the signals not yet handled stay
// pending, and eval_breaker is set again so that they run at the next safe
// point).
bool run_pending_signal_handlers();

} // namespace uopy
