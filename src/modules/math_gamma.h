// The gamma function and its log as CPython's math module computes them.
#pragma once

namespace uopy {

// Gamma(x); *err is set to EDOM at poles and for negative integers and -inf,
// to ERANGE on overflow (as the errno of CPython's m_tgamma).
double lanczos_gamma(double x, int* err);
// log|Gamma(x)|; *err as for lanczos_gamma.
double lanczos_lgamma(double x, int* err);

} // namespace uopy
