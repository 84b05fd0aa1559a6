"""The redacted copy is the only one kept, and the only one any model is sent."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
from PIL import Image

from assistant.intake.redaction import Redactor
from assistant.models.backend import Decision, T
from assistant.models.requests import DecisionRequest
from assistant.models.resolver.backend import ResolverBackend
from tests.conftest import Store
from tests.integration.faults.conftest import MIA, OpenService
from tests.model_stand_ins import ResolverStandIn
from tests.unit.intake.test_redaction import _scene


class WatchingModel(ResolverStandIn):
    """The resolver, noting every image it is sent."""

    name = "watching"

    def __init__(self, resolver: ResolverBackend) -> None:
        super().__init__(resolver)
        self.images: list[bytes] = []

    async def decide(self, kind: type[T], request: DecisionRequest) -> Decision[T]:
        if request.image is not None:
            self.images.append(request.image.data)
        return await self.resolver.decide(kind, request)


async def test_models_and_storage_get_only_the_redacted_photo(
    open_service: OpenService, shop: Store, resolver: ResolverBackend, redactor: Redactor, tmp_path: Path
) -> None:
    model = WatchingModel(resolver)
    upload = _scene()  # a parcel with a shipping label, and a face
    async with open_service(shop.sessions, model) as service:
        await service.send("redacted", "the parcel for order #D9000001 arrived like this", photo_bytes=upload,
                           session_customer_id=MIA)
    stored = [p for p in (tmp_path / "evidence").glob("*.jpg")]
    assert len(stored) == 1 and model.images
    assert all(image == stored[0].read_bytes() for image in model.images)
    pixels = np.asarray(Image.open(io.BytesIO(model.images[0])).convert("RGB"))
    assert redactor.faces(pixels) == [] and redactor.text_regions(pixels) == []
    assert not list((tmp_path / "evidence").glob("originals/*"))
