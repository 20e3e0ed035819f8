from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "attachment" (
    "id" UUID NOT NULL PRIMARY KEY,
    "blob_key" VARCHAR(128) NOT NULL,
    "content_type" VARCHAR(64) NOT NULL,
    "size" INT NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "source" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "attachment" IS 'Metadata of a stored blob (photo, voice); the bytes live in the blob store.';
CREATE TABLE IF NOT EXISTS "audit_entry" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "at" TIMESTAMPTZ NOT NULL,
    "actor" VARCHAR(128) NOT NULL,
    "action" VARCHAR(64) NOT NULL,
    "subject" VARCHAR(128) NOT NULL,
    "detail" JSONB NOT NULL,
    "prev_hash" VARCHAR(64) NOT NULL,
    "hash" VARCHAR(64) NOT NULL UNIQUE
);
COMMENT ON TABLE "audit_entry" IS 'One link of the append-only audit chain: hash = sha256(prev_hash ‖ canonical entry).';
CREATE TABLE IF NOT EXISTS "job" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(64) NOT NULL,
    "payload" JSONB NOT NULL,
    "dedup_key" VARCHAR(191) UNIQUE,
    "status" VARCHAR(16) NOT NULL,
    "attempts" INT NOT NULL,
    "max_attempts" INT NOT NULL,
    "run_after" TIMESTAMPTZ NOT NULL,
    "locked_until" TIMESTAMPTZ,
    "last_error" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_job_status_2e13c7" ON "job" ("status");
CREATE INDEX IF NOT EXISTS "idx_job_run_aft_020def" ON "job" ("run_after");
COMMENT ON TABLE "job" IS 'An outbox row: a side effect to perform at least once, retried with backoff, never lost.';
CREATE TABLE IF NOT EXISTS "region" (
    "code" VARCHAR(32) NOT NULL PRIMARY KEY,
    "name" VARCHAR(64) NOT NULL,
    "bureau" VARCHAR(128) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "region" IS 'A bureau''s area (统筹区); region rules (calendars, schemes, amounts) hang off its code.';
CREATE TABLE IF NOT EXISTS "follower" (
    "openid" VARCHAR(64) NOT NULL PRIMARY KEY,
    "subscribed" BOOL NOT NULL,
    "scene" VARCHAR(64) NOT NULL,
    "first_seen_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
CREATE TABLE IF NOT EXISTS "suggestion" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "topic" VARCHAR(32) NOT NULL,
    "content" TEXT NOT NULL,
    "media" JSONB NOT NULL,
    "location" JSONB,
    "contact_enc" TEXT,
    "sender_index" VARCHAR(64) NOT NULL,
    "channel" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_suggestion_sender__da46cd" ON "suggestion" ("sender_index");
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSONB NOT NULL
);
-- The audit chain is append-only: refuse UPDATE and DELETE at the database.
CREATE OR REPLACE FUNCTION audit_entry_append_only() RETURNS trigger AS $$
BEGIN RAISE EXCEPTION 'audit_entry is append-only'; END $$ LANGUAGE plpgsql;
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON "audit_entry"
    FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztXFtT2zgU/iuavCzMUCYkEKDd3RloaUunkJ2S7na63fHI9nGs4kiuLAPZLv99JSeO72"
    "4McUjcvEByLpLyHfncpOR7a8RMcLzdEyGwYY+AitZz9L1F8QjkixzuDmph1414iiCw7gTi"
    "OCmne4JjQ41oYccDSTLBMzhxBWFUyV+AwCYWGDELYeQJxsFEusN0tOXaTLAddMOIAdsvkL"
    "AB6WMBHnLIDSBCJxQlGqjtqglNZsgZCR3WMLZPyTcfNMGGILlczvD3P5JMqAl34IVv3WvN"
    "IuCYCRCJqQYI6JoYuwHt48fzV68DSbVuXTOY449oJO2Ohc3oTNz3ibmrdBRvCBQ4FmDGgK"
    "W+40ytEJImK5YEwX2YLdWMCCZY2HeUeVq/Wj41lFVQMJP6s//7dGkxMU277A+0q7OBprUy"
    "1lRLSBlhSjIYVTuBUKGA+n4/GTcCJKC21AQv35582Or2tgMImCeGPGAGcLXuA0Vp0olqAH"
    "qEsrKXdg3jLNYvbczzsY7rpBCXC34I1iEhAjva+iGMIVA1QNsa4TvNAToUtny71zkqwfrP"
    "kw8B3FIqwJvJZ3XyGF9OWZ0JT+Ee4SxnFPIBnwBVAeu0XgPx7u3PAXdvvxBtxUqC7ZF/c0"
    "A+pyIf41A8hS2Z+ON1w3aoFvGss7d/uH/U7e0fSZFgoTPKYQnc55eDNJY27hz0qmzZSGOz"
    "WefZrMznRiWfEGksD+BWXWGtbngNDgoKDYssxK8kR5ARFLjehGYKanOquhu+WMedLT+g2a"
    "fOeJrclEA/OL84uxqcXPyhpht53jcnwO9kcKY4nYA6TlG3eikzzQZBf50P3iL1Fn3uX56l"
    "05aZ3OBzS60J+4JplN1q2IzlYSE1RO1eZZLWdSzLUQQdG9e3mJtahsM6rEg2yxp1RmkKpn"
    "gY2EyBq5YZZv2+ScQZFXzcyqsJIm55TaDkNJgJ/rAo6FOQiTi9Vom7SsTl0EDNZ0yaFwWD"
    "IcOWln+ObOzZ6Dc08dJbLocbLSB98TvtvR4yMGWUGNhBweTb2RKh1pkWXDCckmFh2M8tGX"
    "KC/nS/Pa5WqD/iH3c63e5hp93tHR3sHx4eHLVnoT/LKssBTs/fqDQg8eiGeUFxIVHdvzbW"
    "r66JHw0xyTjSePiUPofxKsnJTKGByV8tlSEOOggVIZ5qNBDjGhJsX/8KRo57KsmwI5XGpd"
    "i1bGITBCZOFuJ3V/3LfIgjjXQEIIZA/8kMw6ut/I417nSfOIJQb1dN+xS9O4VQIhiEOG9d"
    "nHxKm+Dl+/5p2surAU5T5pjlWlU2fUJp41nm8CxVEV4suE+bdNYA7YoUcO+Y3sqp3BR5p6"
    "xk+zoV+GGpdkIR84XO7hBnt8/VMQsxAYFlyZCDBEMucIvxEcICOYA9gRg15DAcpEnARLdE"
    "2Eh9VGZZO4jCDXDkSIeQrdTqnGhTqK1poXYtP3wVpxXKbyLCHBHBxWOH4Rx8ixOhmMomE1"
    "p4JmSC6btVDzgTSg/a91O3siJ+J5n/H+/Nk/8f7xXn/4qXqrEEFr5XqcSaadTlWLLn9apP"
    "qYBaDs69eWBO93ZiKPcynQIhYOSKHJgLQ2dcZXnHm+16A+jCzjaVvR4AalptecAerQmw3K"
    "catgTkdA7Le8IJxeW0hpfpiZvUGXaYcQ2m5lOR1/gpN3NadwGWTkfczRnA4iwtS0MNOM87"
    "CBjAXYGXTGo1oI1aZtKzT4Py1HVm0ff9yzeheDqf3dxc+DlvLsSt7rvmA62e1NxYfVWsnu"
    "Njg9WvSLvzAwwndsh0PKecnbKmJ49kftz3RLovTej/4iEs/6OtL/4hmJb8qx8ef/EPul28"
    "/QJNRkTcd8BDWwaWBZWJubeDPMOGEcgXeMRk5uBtIxvTIWKWhYjwkCEXl9MCXc6cj+iGqj"
    "GqFM6hfOMOEbqdOQrmbqewYFas8tZn8L8C1KH8pvU5R+tz8pxVgTfSaCDA9XyLYJMSNiw5"
    "WPHLrK+Z47DbIKBl0oMZrzRBsOJSP0oRiq39iADLXKB5R47FjinSaFyQXZTfLw6ynq+rde"
    "qQd8rLmAOYFl66iimmkNelZl1eKbTGcnsGp/3++4QDOj1PNwU+XpyeyRgRGEMKEZE44o1B"
    "bkhUKh2+hAoNaMvUnddYhHtC8wDoA8JuRrmBkXdNIu1crc5N96WxZl6RjOrKHw7BEwUtlx"
    "i3NKvyknJPkldtrnE95TUuwVxiVIn5M4UGFtuLah1lvq9f5cArptIIiJd93jUCk+As4MU3"
    "52YKq3FvTs3XmHtzDjNw/veSiu0R13mUSdbnLL8W7JUjkdFcA5rj4Mv9T0xtIfcWVxf5Wl"
    "yQB/Jzci34tJXq6ZTe0q40rl3fKLbLbUwp5FwdKjn6ilSW2Li4BTmvWE77YvGXRjdHBg/y"
    "LpuKdv4fvABODLuV92MXE85O6Q9dRDIrU8X+LCXsI+/7FhenN8C9il9qj6k0onpK+vXOwc"
    "Ecjl1KFXr2gJf6PoB8qCogPBVvILp77fY8YbPdLo6bijdnB6C4ACruACyhJF3zAuhJg9n9"
    "/3xMU3M="
)
