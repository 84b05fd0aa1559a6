"""The storefront's category navigation: the tree of the catalog's category paths ("Men/Tops/Jackets"), with
how many products each branch holds."""

from __future__ import annotations

from pydantic import BaseModel
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from assistant.web.shop.listing import SHOP_SOURCES
from tools.store.tables import Product


class Category(BaseModel):
    name: str
    path: str
    count: int = 0
    children: list[Category] = []


def category_tree(counts: dict[str, int]) -> list[Category]:
    """Top-level categories (sorted by name) from product counts per full path; a branch counts its leaves."""
    roots: list[Category] = []
    for path, count in counts.items():
        level, parts = roots, path.split("/")
        for depth, name in enumerate(parts):
            node = next((n for n in level if n.name == name), None)
            if node is None:
                node = Category(name=name, path="/".join(parts[: depth + 1]))
                level.append(node)
            node.count += count
            level = node.children
    return _sorted(roots)


def _sorted(nodes: list[Category]) -> list[Category]:
    for node in nodes:
        node.children = _sorted(node.children)
    return sorted(nodes, key=lambda node: node.name)


async def shop_categories(session: AsyncSession) -> list[Category]:
    rows = await session.execute(select(Product.category_path, func.count())
                                 .where(Product.source.in_(SHOP_SOURCES), Product.category_path.is_not(None))
                                 .group_by(Product.category_path))
    return category_tree({path: count for path, count in rows.all() if path})


def trail(path: str | None) -> list[Category]:
    """The breadcrumb of a category path: Men, Men/Tops, Men/Tops/Jackets."""
    parts = (path or "").split("/") if path else []
    return [Category(name=name, path="/".join(parts[: i + 1])) for i, name in enumerate(parts)]
