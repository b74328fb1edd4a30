"""Every packaged YAML knowledge file has each key once: YAML lets a later key
silently replace an earlier one, which once dropped a whole word list."""
from __future__ import annotations

from importlib import resources

import pytest
import yaml


class _UniqueKeyLoader(yaml.SafeLoader):
    pass


def _mapping(loader, node, deep=False):
    seen = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise AssertionError(f"key {key!r} at line {key_node.start_mark.line + 1} repeats line {seen[key]}")
        seen[key] = key_node.start_mark.line + 1
    return loader.construct_mapping(node, deep=deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)

FILES = sorted(p.name for p in resources.files("communique.data").iterdir() if p.name.endswith(".yaml")) + \
    sorted("actors/" + p.name for p in resources.files("communique.data").joinpath("actors").iterdir()
           if p.name.endswith(".yaml"))


def test_there_are_files_to_check():
    assert "grammar.yaml" in FILES and "triggers.yaml" in FILES


@pytest.mark.parametrize("name", FILES)
def test_no_key_is_given_twice(name):
    text = resources.files("communique.data").joinpath(name).read_text(encoding="utf-8")
    yaml.load(text, Loader=_UniqueKeyLoader)  # raises on a repeated key


def test_the_checker_catches_a_repeated_key():
    with pytest.raises(AssertionError, match="repeats"):
        yaml.load("a: [1]\nb: 2\na: [3]\n", Loader=_UniqueKeyLoader)
