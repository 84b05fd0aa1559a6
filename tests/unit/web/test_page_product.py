"""The product page a chat socket was opened from (issue 17 F12): only this host's storefront product pages."""

import pytest

from assistant.web.chat.page_product import page_product

HOST = "shop.example:8000"


@pytest.mark.parametrize(("referer", "expected"), [
    ("http://shop.example:8000/shop/products/MJ09", "MJ09"),
    ("https://shop.example:8000/shop/products/24-WB07/", "24-WB07"),
    ("http://shop.example:8000/shop/products/MJ09?ref=x#photos", "MJ09"),
    ("http://shop.example:8000/shop", None),
    ("http://shop.example:8000/shop/products/", None),
    ("http://shop.example:8000/chat", None),
    ("http://elsewhere.example/shop/products/MJ09", None),
    ("http://shop.example:8000/shop/products/MJ09/reviews", None),
    ("http://shop.example:8000/shop/products/%3Cscript%3E", None),
    ("not a url", None),
    ("", None),
])
def test_only_this_hosts_product_pages_name_a_product(referer: str, expected: str | None) -> None:
    assert page_product({"HTTP_REFERER": referer, "HTTP_HOST": HOST}) == expected


def test_no_environ_names_no_product() -> None:
    assert page_product(None) is None
    assert page_product({"HTTP_HOST": HOST}) is None
