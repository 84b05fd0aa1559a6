"""The complaint statement reader lives in the grounding layer (every backend's readings use it); kept here for
the resolver's imports."""

from assistant.grounding.complaint_statement import (
    ComplaintCues,
    ComplaintLexicon,
    complaint_cues,
    reads_as_complaint,
)

__all__ = ["ComplaintCues", "ComplaintLexicon", "complaint_cues", "reads_as_complaint"]
