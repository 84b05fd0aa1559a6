"""Offline conversation eval suites: YAML cases run through the agent on a fresh store copy each, scored on
tool trajectory, final store state and reply facts; JSON + HTML reports and run-to-run comparison."""
