"""Fraud reports (举报): categories, identity checks, receipt codes and working-day deadlines."""
