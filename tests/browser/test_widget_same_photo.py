"""The same photo chosen twice in the storefront widget, as a customer does it (issue 20, surfaces item 1): the
attach button, the browser's file chooser, a message with text, then the same file again with another message.
Both photos reach the server (two uploads) and both messages show their photo. The existing fresh-eyes test waits
for the attachment chip only; this one follows the photo to the server and into the conversation."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.conftest import DemoServer
from tests.browser.test_shop_and_desk import IMAGES, TURN_TIMEOUT_MS, Screens, open_widget, shop_sign_in

pytestmark = pytest.mark.browser
USER_PHOTOS = "[data-step-type='user_message'] img"


def attach_by_chooser(page, widget, photo: Path) -> None:  # noqa: ANN001
    with page.expect_file_chooser() as chooser:
        widget.locator("#upload-button").click()
    chooser.value.set_files(str(photo))


@pytest.mark.parametrize(("photo", "texts"), [
    ("w/p/wp05-gray_main.jpg", ("Ce legging est abîmé ?", "Même photo encore")),
    ("m/h/mh01-orange_main.jpg", ("is this hoodie orange?", "same photo again, is it orange?")),
])
def test_the_same_photo_sent_twice_from_the_widget_reaches_the_server_twice(
        browser, demo_server: DemoServer, artifacts: Path, photo: str, texts: tuple[str, str]) -> None:  # noqa: ANN001
    screens = Screens(artifacts, f"widget-same-photo-{Path(photo).stem}")
    page = shop_sign_in(browser, demo_server, "demo_mia_novak", "mia-demo-pass")
    uploads: list[str] = []
    page.on("request", lambda request: uploads.append(request.url)
            if request.method == "POST" and "/project/file" in request.url else None)
    widget = open_widget(page)
    for number, text in enumerate(texts, start=1):
        attach_by_chooser(page, widget, IMAGES / photo)
        page.wait_for_timeout(1500)
        widget.locator("#chat-input").fill(text)
        widget.locator("#chat-submit").click()
        widget.get_by_text(text).first.wait_for(timeout=TURN_TIMEOUT_MS)
        page.wait_for_timeout(4000)
        screens.shot(page, f"sent-{number}")
    assert len(uploads) == 2, uploads
    assert widget.locator(USER_PHOTOS).count() == 2
