"""What the recommended products must satisfy (`CatalogConstraints`) and what one turn says of them
(`CatalogReading`), in catalog values; read from the customer's words by `catalog_constraint_reader`."""

from __future__ import annotations

from pydantic import BaseModel, Field

from assistant.grounding.catalog_lexicon import Gender


class CatalogConstraints(BaseModel):
    """What the recommended products must satisfy; every field given must hold (values are catalog values)."""

    colours: list[str] = Field(default_factory=list, description="any of", examples=[["Blue"]])
    exclude_colours: list[str] = Field(default_factory=list, examples=[["Black"]])
    size: str | None = Field(default=None, examples=["M", "32"])
    gender: Gender | None = None
    categories: list[str] = Field(default_factory=list, description="any of", examples=[["jackets"]])
    kinds: list[str] = Field(default_factory=list, description="any of: a word of the product's name",
                             examples=[["backpack"]])
    exclude_kinds: list[str] = Field(default_factory=list, examples=[["duffle"]])
    attributes: dict[str, list[str]] = Field(default_factory=dict, examples=[{"activity": ["Hiking"]}])
    # "ohne Shorts", "sin poliéster": a product of one of these categories, or with one of these values, is left out
    exclude_categories: list[str] = Field(default_factory=list, examples=[["shorts"]])
    exclude_attributes: dict[str, list[str]] = Field(default_factory=dict, examples=[{"material": ["Polyester"]}])
    # features the catalog has no attribute for ("with pockets", "sin cremallera"), found in the product's own text
    features: list[str] = Field(default_factory=list, description="all of", examples=[["pocket"]])
    exclude_features: list[str] = Field(default_factory=list, examples=[["hood"]])
    min_price_cents: int | None = Field(default=None, ge=0)
    max_price_cents: int | None = Field(default=None, ge=0)
    max_price_strict: bool = False  # "under 60": an item priced exactly 60 is left out ("60 max" keeps it)

    def is_empty(self) -> bool:
        return self == CatalogConstraints()


class CatalogReading(BaseModel):
    """One turn's constraints plus the refinements it asks of the previous ones."""

    constraints: CatalogConstraints = Field(default_factory=CatalogConstraints)
    any_colour: bool = False  # "any colour is fine": drop the colour constraint
    another_colour: bool = False  # "another colour": exclude the colours shown
    cheaper: bool = False  # "cheaper": below the prices shown
    reset: bool = False  # "forget the pants, a bag instead": the topic before is dropped
    # "unter 40 Euro", "30 balles": an amount said in another currency than the shop's (read as stated)
    other_currency: bool = False
    # "running shoes", "des chaussettes": kinds of product no name or category of the catalog uses (not sold here)
    unsold_kinds: list[str] = Field(default_factory=list, examples=[["shoes"]])
    # the catalog's categories above those said ("tops" above "hoodies & sweatshirts"): a topic of one of them
    # is narrowed, not left ("women's tops", then "the cheapest hoodie?")
    broader_categories: list[str] = Field(default_factory=list, examples=[["tops", "women"]])

    def says_something(self) -> bool:
        return (not self.constraints.is_empty() or self.any_colour or self.another_colour or self.cheaper
                or bool(self.unsold_kinds))


def says_more_than_options(reading: CatalogReading) -> bool:
    """Whether a turn says more than a product's own options (a colour, a size, another or any colour): "the
    first one in XL?" asks that product's options, "the first one but for men under $50" searches again."""
    options_only = reading.constraints.model_copy(update={"colours": [], "size": None})
    return (not options_only.is_empty() or reading.cheaper or bool(reading.unsold_kinds)
            or bool(reading.constraints.exclude_colours))
