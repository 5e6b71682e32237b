import numpy as np
import pytest

import cytrus_example as ce


def test_built_by_cytrus_extension():
    # the kernels are extension modules, not Python source
    assert ce._stats.__file__.endswith((".so", ".pyd"))


def test_mean_variance():
    x = np.arange(10.0)
    assert ce.mean(x) == pytest.approx(np.mean(x))
    assert ce.variance(x) == pytest.approx(np.var(x))
    assert ce.variance(x, ddof=1) == pytest.approx(np.var(x, ddof=1))
    assert ce.mean(x[::-2]) == pytest.approx(np.mean(x[::-2]))


def test_mean_errors():
    with pytest.raises(ValueError, match="empty"):
        ce.mean(np.zeros(0))
    with pytest.raises(TypeError):
        ce.mean(None)
    with pytest.raises(ValueError, match="dtype mismatch"):
        ce.mean(np.zeros(3, dtype=np.float32))


def test_read_only_input():
    x = np.linspace(0, 1, 7)
    x.setflags(write=False)
    assert ce.mean(x) == pytest.approx(0.5)


def test_weighted_sum_and_saxpy():
    x = np.arange(5.0)
    w = np.full(5, 0.5)
    assert ce.weighted_sum(x, w) == pytest.approx(5.0)
    y = np.ones(5)
    ce.saxpy(2.0, x, y)
    np.testing.assert_array_equal(y, 1 + 2 * x)
    with pytest.raises(ValueError, match="differ"):
        ce.saxpy(1.0, x, np.ones(4))


def test_box_blur():
    rng = np.random.default_rng(0)
    img = rng.random((6, 7), dtype=np.float32)
    out = np.empty_like(img)
    ce.box_blur(img, out)
    expect = img.copy()
    for i in range(1, 5):
        for j in range(1, 6):
            expect[i, j] = img[i - 1:i + 2, j - 1:j + 2].sum() / 9
    np.testing.assert_allclose(out, expect, rtol=1e-6)
    with pytest.raises(ValueError, match="C-contiguous"):
        ce.box_blur(img, np.empty((7, 6), dtype=np.float32).T)


def test_threshold_count():
    img = np.arange(256, dtype=np.uint8).reshape(16, 16)
    assert ce.threshold_count(img) == 128
    assert ce.threshold_count(img, level=250) == 6
    assert ce.threshold_count(img.T) == 128
