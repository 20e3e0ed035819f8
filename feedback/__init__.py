"""Suggestions and questions citizens leave for the bureau (意见建议), with photos and place."""
