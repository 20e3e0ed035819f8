"""Fraud reports (举报): categories, intake, receipt codes, the lifecycle with working-day deadlines,
casework for staff, the 台账 export and two-way messages with the reporter."""
