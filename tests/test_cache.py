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
