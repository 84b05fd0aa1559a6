"""Reading catalog ids in a question (assistant.steps.product_focus)."""

from assistant.steps.product_focus import id_candidates


def test_catalog_ids_are_read_and_order_ids_are_not() -> None:
    assert id_candidates("Tell me about the Overnight Duffle (24-WB07).") == ["24-WB07"]
    assert id_candidates("Tell me about the Chaz Kangeroo Hoodie (MH01).") == ["MH01"]
    assert id_candidates("what about mh01 and ws03?") == ["mh01", "ws03"]
    assert id_candidates("where is order #W1234567?") == []
    assert id_candidates("what colours does it come in?") == []
