"""The start-up cache: same sources, same value without rebuilding; new sources, new build."""
from communique.cache import cached


def test_cache_hits_and_misses(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("COMMUNIQUE_NO_CACHE", raising=False)
    calls = []

    def build():
        calls.append(1)
        return {"n": len(calls)}

    assert cached("t", ["a"], build) == {"n": 1}
    assert cached("t", ["a"], build) == {"n": 1} and len(calls) == 1
    assert cached("t", ["b"], build) == {"n": 2}
    (tmp_path / "communique").chmod(0o500)  # unwritable: still works, just rebuilds
    try:
        assert cached("t", ["c"], build) == {"n": 3}
    finally:
        (tmp_path / "communique").chmod(0o700)


def test_cache_can_be_turned_off(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("COMMUNIQUE_NO_CACHE", "1")
    calls = []
    cached("t", ["a"], lambda: calls.append(1))
    cached("t", ["a"], lambda: calls.append(1))
    assert len(calls) == 2


def test_old_caches_of_a_kind_are_pruned(tmp_path, monkeypatch):
    import os
    import time

    from communique import cache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("COMMUNIQUE_NO_CACHE", raising=False)
    for n in range(cache.KEEP + 3):
        cached("t", [str(n)], lambda: n)
        # distinct modification times, oldest first
        for i, p in enumerate(sorted((tmp_path / "communique").glob("t-*.pickle"), key=os.path.getmtime)):
            os.utime(p, (time.time() - 1000 + i, time.time() - 1000 + i))
    cached("other", ["x"], lambda: 0)
    kept = list((tmp_path / "communique").glob("t-*.pickle"))
    assert len(kept) == cache.KEEP
    assert len(list((tmp_path / "communique").glob("other-*.pickle"))) == 1
    # the newest is among those kept: asking again does not rebuild
    calls = []
    assert cached("t", [str(cache.KEEP + 2)], lambda: calls.append(1)) == cache.KEEP + 2 and not calls
