"""Key rotation and the destruction of old keys: forward secrecy (docs/forward-secrecy.md).

``rotate`` makes a new generation of encryption keys, signed by the signing key; the
fingerprint does not change. ``maintain`` runs at every unlock (services.vault): it
rotates when the current generation is older than ``identity.rotate_every_days`` (0:
never), then destroys the secret keys of every generation replaced at least
``identity.grace_days`` ago. A bundle sealed to a destroyed generation can no longer be
opened here, nor from a copy of this laptop taken later.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from amanat.domain.errors import AmanatError
from amanat.services import settings
from amanat.storage import keyring
from amanat.storage.db import DatabaseError, transaction
from amanat.storage.keyring import Generation
from amanat.storage.vault import Vault


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)


@dataclass(frozen=True)
class KeyStatus:
    """What ``amanat identity show`` and the GUI show of the key generations."""

    fingerprint: str
    generation: int
    generation_created: str
    generations: tuple[Generation, ...]
    rotate_every_days: int
    grace_days: int

    @property
    def live(self) -> list[int]:
        return [g.generation for g in self.generations if g.live]

    def as_json(self) -> dict[str, Any]:
        return {
            "generation": self.generation,
            "generation_created": self.generation_created,
            "live_generations": self.live,
            "generations": [g.as_json() for g in self.generations],
            "rotate_every_days": self.rotate_every_days,
            "grace_days": self.grace_days,
        }


def key_status(vault: Vault) -> KeyStatus:
    identity = vault.identity
    found = tuple(keyring.generations(vault.connection()))
    current = next(g for g in found if g.generation == identity.generation)
    return KeyStatus(
        fingerprint=identity.fingerprint,
        generation=identity.generation,
        generation_created=current.created,
        generations=found,
        rotate_every_days=settings.get(vault, settings.ROTATE_EVERY_DAYS),
        grace_days=settings.get(vault, settings.GRACE_DAYS),
    )


def rotate(vault: Vault, *, now: datetime | None = None) -> int:
    """Make and store a new key generation now; returns its number. The generation it
    replaces stays live for the grace period (bundles already on their way open)."""
    when = _now(now).isoformat()
    conn = vault.connection()
    with transaction(conn):
        rotated = keyring.load(conn).rotated(when)
        keyring.add_generation(conn, rotated, when)
    vault.forget_identity()
    return rotated.generation


def destroy_expired(vault: Vault, *, now: datetime | None = None) -> list[int]:
    """Destroy the secret keys of generations replaced ``grace_days`` ago or more."""
    moment = _now(now)
    conn = vault.connection()
    grace = settings.get(vault, settings.GRACE_DAYS)
    expired = keyring.expired(conn, grace_days=grace, now=moment)
    if expired:
        keyring.destroy(conn, expired, moment.isoformat())
        vault.forget_identity()
    return expired


def rotation_due(vault: Vault, *, now: datetime | None = None) -> bool:
    every = settings.get(vault, settings.ROTATE_EVERY_DAYS)
    if every <= 0:
        return False
    status = key_status(vault)
    created = datetime.fromisoformat(status.generation_created)
    return created + timedelta(days=every) <= _now(now)


@dataclass
class Maintenance:
    rotated: int | None = None  # the new generation, if one was made
    destroyed: list[int] = field(default_factory=list)


def maintain(vault: Vault, *, now: datetime | None = None) -> Maintenance:
    """At unlock: rotate if due, then destroy expired generations. A failure here (a
    full disk, say) never stops the vault from opening: the next unlock tries again."""
    done = Maintenance()
    try:
        if rotation_due(vault, now=now):
            done.rotated = rotate(vault, now=now)
        done.destroyed = destroy_expired(vault, now=now)
    except (AmanatError, DatabaseError):
        vault.forget_identity()
    return done
