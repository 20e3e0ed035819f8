"""Rewards for reporters: policies as data, calculation, (later) approval and payout."""
