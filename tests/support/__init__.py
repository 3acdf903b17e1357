"""Helpers shared by the tests (imported as ``support.*``; ``tests/`` is on pytest's
``pythonpath``): ``vaults`` (real vaults), ``cases`` (case documents and hypothesis
strategies), ``bundles`` (sealing and an attacker's tools), ``gui`` and ``gui_bundles``
(driving the real window)."""
