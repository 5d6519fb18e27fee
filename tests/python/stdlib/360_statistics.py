# statistics: averages, spread, quantiles, NormalDist, with ints/floats/Fractions/Decimals; exact reprs
import statistics as st
from fractions import Fraction as F
from decimal import Decimal as D

data = [2.5, 3.25, 5.5, 11.25, 11.75, 1.0, 7.0]
ints = [1, 3, 4, 4, 4, 7, 9, 12]
print(st.mean(data), st.mean(ints), st.mean([F(1, 3), F(2, 3), F(7, 5)]), st.mean([D("0.5"), D("0.75"), D("0.625")]))
print(st.fmean(data), st.fmean(ints), st.fmean([10, 20]))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]))
print(st.median(ints), st.median([5, 1, 3]), st.median_low(ints), st.median_high(ints), st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode("aabbbc"), st.mode(["red", "blue", "blue", "red"]), st.multimode("aabbbbccddddeeffffgg"), st.multimode([]))
print(st.pstdev(ints), st.stdev(ints), st.pvariance(ints), st.variance(ints))
print(st.variance(data), st.stdev(data), st.pvariance(data, mu=st.mean(data)), st.variance([F(1, 4), F(5, 4), F(1, 2)]), st.variance([D("1.5"), D("2.5"), D("2.0")]))
print(st.quantiles(ints), st.quantiles(ints, n=10), st.quantiles(data, n=4, method="inclusive"), st.quantiles([1, 2], n=2))
print(st.correlation([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]), st.covariance([1, 2, 3, 4], [1, 3, 2, 4]), st.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 12]))
print(st.mean([True, False, True]), st.mean(iter([1, 2, 3, 4])), st.mean(range(1, 101)))
for fn, arg in [(st.mean, []), (st.stdev, [1]), (st.variance, [3]), (st.mode, []), (st.geometric_mean, [1, -1]), (st.harmonic_mean, [1, -2]), (st.quantiles, [1]), (st.median, [])]:
    try:
        print(fn(arg))
    except st.StatisticsError as e:
        print(fn.__name__, "StatisticsError", e)
print(issubclass(st.StatisticsError, ValueError), st.harmonic_mean([1, 0]))
try:
    st.mean(["a", "b"])
except TypeError as e:
    print("TypeError", e)

nd = st.NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, nd.variance, nd.median, nd.mode)
print(nd.cdf(130), nd.pdf(100), nd.inv_cdf(0.975), nd.zscore(85), nd.quantiles(4))
print(nd.overlap(st.NormalDist(110, 15)), (nd * 2), nd + 10, nd - 5, nd / 5, 10 + nd, nd + st.NormalDist(0, 20))
print(st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]), nd == st.NormalDist(100, 15), -st.NormalDist(1, 2))
print(st.NormalDist().cdf(0), st.NormalDist().inv_cdf(0.5), st.NormalDist(0, 1).pdf(0), round(st.NormalDist().cdf(1.96), 6))
print([round(x, 4) for x in st.NormalDist(0, 1).samples(3, seed=42)])
try:
    st.NormalDist(0, -1)
except st.StatisticsError as e:
    print("StatisticsError", e)
try:
    st.NormalDist().inv_cdf(1.0)
except st.StatisticsError as e:
    print("StatisticsError", e)
temps = [F(65, 2), F(67, 1), F(70, 1)]
print(st.mean(temps), st.median(temps), st.stdev([F(1), F(2), F(4)]), type(st.pvariance(temps)).__name__)
print(st.mean([1, 2.5]), st.mean([F(1, 2), 1]), type(st.mean([D(1), 2])).__name__, st.fmean([0.1] * 10))
