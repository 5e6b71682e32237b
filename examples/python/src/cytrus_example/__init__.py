"""Kernels compiled by cytrus."""
from ._image import box_blur, threshold_count
from ._stats import mean, saxpy, variance, weighted_sum

__all__ = ["box_blur", "mean", "saxpy", "threshold_count", "variance", "weighted_sum"]
