"""Rewards for reporters: policies as data, calculation, proposal and approval, offers and claims,
WeChat Pay payouts and bank transfers, the ledger and reconciliation."""
