"""The sparse lexical vector: catalog words and shoppers' words meet."""

from __future__ import annotations

from tools.catalog.lexical import document_vector, query_vector, token_id, tokens


def test_plurals_possessives_and_synonyms_meet_catalog_words() -> None:
    assert tokens("Men's Grey Tees") == ["men", "gray", "tee"]
    assert tokens("women's shorts") == ["women", "short"]
    assert tokens("a t-shirt for ladies") == ["tee", "women"]


def test_men_and_women_stay_distinct() -> None:
    assert set(tokens("men")).isdisjoint(tokens("women"))


def test_document_vectors_saturate_repeated_words() -> None:
    vector = document_vector("hoodie hoodie hoodie black")
    weights = dict(zip(vector.indices, vector.values, strict=True))
    assert weights[token_id("hoodie")] > weights[token_id("black")]
    assert weights[token_id("hoodie")] < 3 * weights[token_id("black")]
    assert vector.indices == sorted(vector.indices)


def test_query_vectors_are_unique_unit_terms() -> None:
    vector = query_vector("black black hoodie")
    assert len(vector.indices) == 2
    assert vector.values == [1.0, 1.0]
