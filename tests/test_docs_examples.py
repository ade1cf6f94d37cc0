"""The user-facing examples in docs/ run as written.

docs/ is outside pytest's test paths, so this module runs them: the fenced
``python`` blocks of docs/testing-your-pipeline.md are executed verbatim and
every ``test_*`` function they define is called; the ``>>>`` examples run as
doctests.
"""

from __future__ import annotations

import doctest
from pathlib import Path

import regex

PAGE = Path(__file__).resolve().parent.parent / "docs" / "testing-your-pipeline.md"
FENCED = regex.compile(r"^```python\n(.*?)^```", regex.MULTILINE | regex.DOTALL)


def _paste_able_blocks() -> list[str]:
    return FENCED.findall(PAGE.read_text(encoding="utf-8"))


def test_the_paste_able_example_passes_as_written() -> None:
    blocks = _paste_able_blocks()
    assert len(blocks) == 1
    namespace: dict[str, object] = {"__name__": "user_tests"}
    exec(compile(blocks[0], str(PAGE), "exec"), namespace)  # noqa: S102 - running the page is the point
    tests = [f for name, f in namespace.items() if name.startswith("test_") and callable(f)]
    assert len(tests) == 3
    for test in tests:
        test()


def test_the_paste_able_example_fails_on_a_broken_pipeline() -> None:
    """The example tests can fail: a pipeline that does nothing is caught."""
    namespace: dict[str, object] = {"__name__": "user_tests"}
    exec(compile(_paste_able_blocks()[0], str(PAGE), "exec"), namespace)  # noqa: S102
    namespace["my_pipeline"] = lambda text: text
    test = namespace["test_tokenisation_is_undone_and_gaps_are_marked"]
    try:
        test()  # type: ignore[operator]
    except AssertionError:
        pass
    else:
        raise AssertionError("the example test passed on a pipeline that repairs nothing")


def test_the_doctests_on_the_page_pass() -> None:
    result = doctest.testfile(str(PAGE), module_relative=False, optionflags=doctest.ELLIPSIS)
    assert result.attempted >= 4 and result.failed == 0
