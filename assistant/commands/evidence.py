"""`vitrine evidence ...`: retention of customer photos (purging originals and old redacted copies)."""

from __future__ import annotations

import typer
from rich.console import Console

from assistant.intake.evidence import EvidenceStore
from assistant.intake.redaction import Redactor
from assistant.settings import load_settings

console = Console()
evidence_app = typer.Typer(help="Customer photo evidence: retention and purging.", no_args_is_help=True)


@evidence_app.command("purge")
def purge_command(
    originals_days: int | None = typer.Option(
        None, "--originals-days", help="Delete unredacted originals older than this many days "
        "(default: VITRINE_INTAKE__ORIGINALS_RETENTION_DAYS)."),
    redacted_days: int | None = typer.Option(
        None, "--redacted-days", help="Also delete redacted copies older than this many days "
        "(default: VITRINE_INTAKE__EVIDENCE_RETENTION_DAYS)."),
    include_redacted: bool = typer.Option(True, help="Apply the redacted copies' retention too."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Only count what would be deleted."),
) -> None:
    """Delete photo evidence past its retention period. Safe to run from cron: it only deletes old files."""
    settings = load_settings()
    # The redactor's detectors load lazily, so purging never loads OpenCV or OCR models.
    store = EvidenceStore(settings.data_dir / "evidence", Redactor())
    report = store.purge(
        originals_older_than_days=settings.intake.originals_retention_days if originals_days is None
        else originals_days,
        redacted_older_than_days=(settings.intake.evidence_retention_days if redacted_days is None
                                  else redacted_days) if include_redacted else None,
        dry_run=dry_run,
    )
    verb = "Would delete" if dry_run else "Deleted"
    console.print(f"{verb} {report.originals_deleted} originals and {report.redacted_deleted} redacted "
                  f"copies ({report.bytes_freed / 1_048_576:.1f} MiB) from {store.directory}.")


def register(app: typer.Typer, groups: dict[str, typer.Typer]) -> None:
    app.add_typer(evidence_app, name="evidence")
