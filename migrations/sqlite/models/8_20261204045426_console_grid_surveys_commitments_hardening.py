from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "task" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(64) NOT NULL,
    "region" VARCHAR(32) NOT NULL,
    "requested_by" VARCHAR(64) NOT NULL,
    "params" JSON NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "stage" VARCHAR(32) NOT NULL,
    "done" BIGINT NOT NULL,
    "total" BIGINT,
    "result" JSON NOT NULL,
    "problems" JSON NOT NULL,
    "error" TEXT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "heartbeat_at" TIMESTAMP,
    "finished_at" TIMESTAMP
) /* A long operation a person started (an evaluation, an import), run by a job; its progress is */;
CREATE INDEX IF NOT EXISTS "idx_task_region_6c970a" ON "task" ("region");
        CREATE TABLE IF NOT EXISTS "report_referral" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "report_id" BIGINT NOT NULL,
    "body" VARCHAR(24) NOT NULL,
    "body_name" VARCHAR(64) NOT NULL,
    "referred_on" DATE NOT NULL,
    "reference" VARCHAR(64) NOT NULL,
    "note" TEXT NOT NULL,
    "actor" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL
) /* The case, or a part of it, handed to another body (seed 001 四(一); seed 000's cases): 公安 for a */;
CREATE INDEX IF NOT EXISTS "idx_report_refe_report__f008df" ON "report_referral" ("report_id");
        CREATE TABLE IF NOT EXISTS "survey_day_count" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "key_hash" VARCHAR(64) NOT NULL UNIQUE,
    "day" DATE NOT NULL,
    "count" INT NOT NULL
) /* How many answers one account or one client address gave on one day (keyed hash of both). */;
CREATE INDEX IF NOT EXISTS "idx_survey_day__day_4dfdcc" ON "survey_day_count" ("day");
        CREATE TABLE IF NOT EXISTS "survey_offer" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "report_id" BIGINT NOT NULL UNIQUE,
    "region" VARCHAR(32) NOT NULL,
    "offered_on" DATE NOT NULL
) /* The handling questionnaire offered for one report, once, when its reporter was told the result */;
CREATE INDEX IF NOT EXISTS "idx_survey_offe_region_a879cb" ON "survey_offer" ("region");
        CREATE TABLE IF NOT EXISTS "survey_response" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "region" VARCHAR(32) NOT NULL,
    "subject_kind" VARCHAR(16) NOT NULL,
    "subject" VARCHAR(32) NOT NULL,
    "questionnaire" VARCHAR(16) NOT NULL,
    "version" VARCHAR(16) NOT NULL,
    "period" VARCHAR(8) NOT NULL,
    "answers" JSON NOT NULL,
    "comment" TEXT,
    "score" VARCHAR(40) NOT NULL,
    "answered_on" DATE NOT NULL,
    "channel" VARCHAR(8) NOT NULL,
    "person_hash" VARCHAR(64) NOT NULL UNIQUE,
    "status" VARCHAR(12) NOT NULL,
    "hold_reason" VARCHAR(32) NOT NULL,
    "reviewed_by" VARCHAR(64),
    "reviewed_on" DATE
) /* One person's answer about one subject (an institution, or a report's handling) in one period. */;
CREATE INDEX IF NOT EXISTS "idx_survey_resp_region_f24412" ON "survey_response" ("region", "period", "subject_kind");
CREATE INDEX IF NOT EXISTS "idx_survey_resp_subject_b66c31" ON "survey_response" ("subject", "answered_on");
        CREATE TABLE IF NOT EXISTS "survey_submission" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "key_hash" VARCHAR(64) NOT NULL UNIQUE,
    "digest" VARCHAR(64) NOT NULL,
    "response_id" BIGINT NOT NULL
) /* A client's idempotency key (ODK's instance id) for a response, with the digest of what it sent: */;
        CREATE TABLE IF NOT EXISTS "staff_second_factor" (
    "staff_id" BIGINT NOT NULL PRIMARY KEY,
    "secret_enc" TEXT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "confirmed_at" TIMESTAMP,
    "last_step" BIGINT NOT NULL
) /* A staff member's TOTP secret (RFC 6238), encrypted; ``confirmed_at`` is set once a code from the */;
        CREATE TABLE IF NOT EXISTS "grid_finding" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "region" VARCHAR(32) NOT NULL,
    "supervisor_id" BIGINT NOT NULL,
    "institution_code" VARCHAR(32) NOT NULL,
    "institution_name" VARCHAR(128) NOT NULL,
    "category" VARCHAR(32) NOT NULL,
    "description" TEXT NOT NULL,
    "location" JSON,
    "grid_code" VARCHAR(32),
    "outside_grid" INT NOT NULL,
    "task_id" BIGINT,
    "status" VARCHAR(16) NOT NULL,
    "report_id" BIGINT,
    "close_reason" VARCHAR(500) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "triaged_at" TIMESTAMP,
    "triaged_by" VARCHAR(64)
) /* What a supervisor saw at an institution; triaged by the grid's staff into a report case */;
CREATE INDEX IF NOT EXISTS "idx_grid_findin_supervi_ebb90e" ON "grid_finding" ("supervisor_id");
CREATE INDEX IF NOT EXISTS "idx_grid_findin_region_11e25c" ON "grid_finding" ("region", "grid_code", "status");
        CREATE TABLE IF NOT EXISTS "grid_finding_photo" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "finding_id" BIGINT NOT NULL,
    "kind" VARCHAR(8) NOT NULL,
    "ref" VARCHAR(128) NOT NULL,
    "attachment_id" VARCHAR(64)
) /* A photo or voice note of a finding: the WeChat media id, then the stored attachment. */;
CREATE INDEX IF NOT EXISTS "idx_grid_findin_finding_aada4e" ON "grid_finding_photo" ("finding_id");
        CREATE TABLE IF NOT EXISTS "grid_fund_payment" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "region" VARCHAR(32) NOT NULL,
    "period" VARCHAR(7) NOT NULL,
    "institution_code" VARCHAR(32) NOT NULL,
    "amount_fen" BIGINT NOT NULL,
    CONSTRAINT "uid_grid_fund_p_region_d50895" UNIQUE ("region", "period", "institution_code")
) /* An institution's fund payments in a period (imported), ranked by the sampling draw. */;
        CREATE TABLE IF NOT EXISTS "grid" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "region" VARCHAR(32) NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "level" VARCHAR(8) NOT NULL,
    "parent" VARCHAR(32),
    "geometry" JSON NOT NULL,
    CONSTRAINT "uid_grid_region_7a2e1e" UNIQUE ("region", "code")
) /* A county (``level='county'``) or a grid within one (``parent``: the county's code); the */;
        CREATE TABLE IF NOT EXISTS "grid_import" (
    "region" VARCHAR(32) NOT NULL PRIMARY KEY,
    "token" VARCHAR(32) NOT NULL,
    "counties" INT NOT NULL,
    "grids" INT NOT NULL,
    "imported_at" TIMESTAMP NOT NULL,
    "imported_by" VARCHAR(64) NOT NULL
) /* A region's current boundary set: a fresh token per import, so each process rebuilds its */;
        CREATE TABLE IF NOT EXISTS "grid_institution" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "region" VARCHAR(32) NOT NULL,
    "institution_code" VARCHAR(32) NOT NULL,
    "grid_code" VARCHAR(32) NOT NULL,
    "placed_by" VARCHAR(16) NOT NULL,
    CONSTRAINT "uid_grid_instit_region_ca0523" UNIQUE ("region", "institution_code")
) /* Which grid an institution lies in: by its location, or by the registry file's grid code when */;
CREATE INDEX IF NOT EXISTS "idx_grid_instit_region_40301f" ON "grid_institution" ("region", "grid_code");
        CREATE TABLE IF NOT EXISTS "grid_staff" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "region" VARCHAR(32) NOT NULL,
    "grid_code" VARCHAR(32) NOT NULL,
    "staff_id" BIGINT NOT NULL,
    "assigned_at" TIMESTAMP NOT NULL,
    "assigned_by" VARCHAR(64) NOT NULL,
    CONSTRAINT "uid_grid_staff_region_46039e" UNIQUE ("region", "grid_code", "staff_id")
) /* A staff member assigned to a grid (receives its findings, sees its tasks). */;
        CREATE TABLE IF NOT EXISTS "grid_task" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "region" VARCHAR(32) NOT NULL,
    "grid_code" VARCHAR(32),
    "kind" VARCHAR(16) NOT NULL,
    "title" VARCHAR(64) NOT NULL,
    "checklist" JSON NOT NULL,
    "institutions" JSON NOT NULL,
    "assignees" JSON NOT NULL,
    "due_on" DATE NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "created_by" VARCHAR(64) NOT NULL
) /* An inspection task (夜查 night check, a sampling round…): a checklist as data, institutions, */;
CREATE INDEX IF NOT EXISTS "idx_grid_task_region_1497af" ON "grid_task" ("region", "due_on");
        CREATE TABLE IF NOT EXISTS "grid_supervisor" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "region" VARCHAR(32) NOT NULL,
    "name" VARCHAR(32) NOT NULL,
    "identity_enc" TEXT NOT NULL,
    "id_index" VARCHAR(64) NOT NULL,
    "openid_index" VARCHAR(64) NOT NULL,
    "openid_enc" TEXT NOT NULL,
    "pool" VARCHAR(16) NOT NULL,
    "preferred_grid" VARCHAR(32),
    "grids" JSON NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "status_reason" VARCHAR(500) NOT NULL,
    "declared_at" TIMESTAMP NOT NULL,
    "term_start" DATE,
    "term_end" DATE,
    "certificate_no" VARCHAR(32) UNIQUE,
    "certificate_token" VARCHAR(64) UNIQUE,
    "applied_at" TIMESTAMP NOT NULL,
    "decided_at" TIMESTAMP,
    "decided_by" VARCHAR(64)
) /* A social supervisor (社会监督员) from application to exit. */;
CREATE INDEX IF NOT EXISTS "idx_grid_superv_region_f58739" ON "grid_supervisor" ("region", "status");
CREATE INDEX IF NOT EXISTS "idx_grid_superv_openid__3bb546" ON "grid_supervisor" ("openid_index");
CREATE INDEX IF NOT EXISTS "idx_grid_superv_id_inde_c1b7d5" ON "grid_supervisor" ("id_index");
        CREATE TABLE IF NOT EXISTS "grid_task_visit" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "task_id" BIGINT NOT NULL,
    "institution_code" VARCHAR(32) NOT NULL,
    "supervisor_id" BIGINT NOT NULL,
    "location" JSON NOT NULL,
    "distance_m" INT NOT NULL,
    "answers" JSON NOT NULL,
    "note" TEXT NOT NULL,
    "finding_id" BIGINT,
    "visited_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_grid_task_v_task_id_c7943d" UNIQUE ("task_id", "institution_code")
) /* One assignee's check of one institution of a task: the check-in place, the answers, and the */;
        CREATE TABLE IF NOT EXISTS "commitment_template" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "region" VARCHAR(32) NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "version" INT NOT NULL,
    "title" VARCHAR(128) NOT NULL,
    "body" TEXT NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "published_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_commitment__region_d0cc81" UNIQUE ("region", "kind", "version")
) /* A version of a region's letter of one kind; ``sha256`` is over the exact UTF-8 of ``title`` and */;
        CREATE TABLE IF NOT EXISTS "commitment_enterprise" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "uscc" VARCHAR(18) NOT NULL UNIQUE,
    "name" VARCHAR(128) NOT NULL,
    "kind" VARCHAR(24) NOT NULL,
    "region" VARCHAR(32) NOT NULL,
    "legal_rep" VARCHAR(64) NOT NULL,
    "id_number_enc" TEXT,
    "id_index" VARCHAR(64),
    "updated_at" TIMESTAMP NOT NULL
) /* A pharma enterprise (医药企业) keyed by its unified social credit code; the legal */;
CREATE INDEX IF NOT EXISTS "idx_commitment__region_8e080b" ON "commitment_enterprise" ("region");
        CREATE TABLE IF NOT EXISTS "commitment_identity" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "subject" VARCHAR(48) NOT NULL UNIQUE,
    "region" VARCHAR(32) NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "id_number_enc" TEXT NOT NULL,
    "id_index" VARCHAR(64) NOT NULL,
    "phone_enc" TEXT,
    "updated_at" TIMESTAMP NOT NULL
) /* What binding needs of a registry practitioner (or an institution's principal): the ID number, */;
CREATE INDEX IF NOT EXISTS "idx_commitment__region_2dc0b5" ON "commitment_identity" ("region");
CREATE INDEX IF NOT EXISTS "idx_commitment__id_inde_c97954" ON "commitment_identity" ("id_index");
        CREATE TABLE IF NOT EXISTS "typical_case" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "region" VARCHAR(32) NOT NULL,
    "title" VARCHAR(80) NOT NULL,
    "category" VARCHAR(40) NOT NULL,
    "institution_name" VARCHAR(128) NOT NULL,
    "institution_code" VARCHAR(64),
    "summary" TEXT NOT NULL,
    "decided_on" DATE NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "published_on" DATE,
    "source_report_id" BIGINT,
    "created_by" VARCHAR(64) NOT NULL,
    "published_by" VARCHAR(64),
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
) /* A masked case summary the bureau publishes (seeds 000, 001, 004; POLICY §2–3): the institution */;
CREATE INDEX IF NOT EXISTS "idx_typical_cas_region_639e7a" ON "typical_case" ("region");
CREATE INDEX IF NOT EXISTS "idx_typical_cas_status_3f9518" ON "typical_case" ("status");
        CREATE TABLE IF NOT EXISTS "commitment_campaign" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "region" VARCHAR(32) NOT NULL,
    "name" VARCHAR(128) NOT NULL,
    "opens_at" TIMESTAMP NOT NULL,
    "closes_at" TIMESTAMP NOT NULL,
    "consequence" JSON NOT NULL,
    "consequence_applied_at" TIMESTAMP,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "template_id" BIGINT NOT NULL REFERENCES "commitment_template" ("id") ON DELETE RESTRICT
) /* Who must sign which template version between ``opens_at`` and ``closes_at``, and what happens to */;
CREATE INDEX IF NOT EXISTS "idx_commitment__region_898380" ON "commitment_campaign" ("region");
        CREATE TABLE IF NOT EXISTS "commitment_roster" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "signer_kind" VARCHAR(16) NOT NULL,
    "party" VARCHAR(32) NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "institution_code" VARCHAR(32),
    "enterprise_kind" VARCHAR(24),
    "grid" VARCHAR(32),
    "id_number_enc" TEXT NOT NULL,
    "id_index" VARCHAR(64) NOT NULL,
    "openid_index" VARCHAR(64),
    "openid_enc" TEXT,
    "bound_at" TIMESTAMP,
    "campaign_id" BIGINT NOT NULL REFERENCES "commitment_campaign" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_commitment__campaig_094500" UNIQUE ("campaign_id", "signer_kind", "party")
) /* One person who must sign in a campaign: ``party`` is what they sign for (the practitioner code, */;
CREATE INDEX IF NOT EXISTS "idx_commitment__id_inde_52d9cf" ON "commitment_roster" ("id_index");
CREATE INDEX IF NOT EXISTS "idx_commitment__openid__b8befb" ON "commitment_roster" ("openid_index");
        CREATE TABLE IF NOT EXISTS "commitment_letter_event" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "at" TIMESTAMP NOT NULL,
    "client_ip" VARCHAR(64) NOT NULL,
    "user_agent" VARCHAR(255) NOT NULL,
    "roster_id" BIGINT NOT NULL REFERENCES "commitment_roster" ("id") ON DELETE CASCADE
) /* The signer's timeline before signing: ``opened`` and ``read`` (scrolled to the end). */;
        CREATE TABLE IF NOT EXISTS "commitment_signature" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "region" VARCHAR(32) NOT NULL,
    "seq" INT NOT NULL,
    "signer" VARCHAR(48) NOT NULL,
    "idempotency_key" VARCHAR(64) NOT NULL UNIQUE,
    "evidence" JSON NOT NULL,
    "image_png" TEXT NOT NULL,
    "prev_hash" VARCHAR(64) NOT NULL,
    "record_hash" VARCHAR(64) NOT NULL,
    "signed_at" TIMESTAMP NOT NULL,
    "pdf_sha256" VARCHAR(64),
    "pdf_blob" VARCHAR(64),
    "voided_at" TIMESTAMP,
    "void_reason" VARCHAR(255),
    "campaign_id" BIGINT NOT NULL REFERENCES "commitment_campaign" ("id") ON DELETE RESTRICT,
    "roster_id" BIGINT NOT NULL REFERENCES "commitment_roster" ("id") ON DELETE RESTRICT,
    "template_id" BIGINT NOT NULL REFERENCES "commitment_template" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_commitment__templat_efe1d3" UNIQUE ("template_id", "signer"),
    CONSTRAINT "uid_commitment__region_1685c8" UNIQUE ("region", "seq")
) /* A signed letter and its evidence. ``signer`` (``<signer kind>:<party>``) with the template makes */;
        ALTER TABLE "attachment" ADD "original_blob_key" VARCHAR(128);
        ALTER TABLE "suggestion" ADD "replied_at" TIMESTAMP;
        ALTER TABLE "suggestion" ADD "sender_openid_enc" TEXT;
        ALTER TABLE "suggestion" ADD "version" INT NOT NULL DEFAULT 0;
        ALTER TABLE "suggestion" ADD "reply" TEXT NOT NULL DEFAULT '';
        ALTER TABLE "suggestion" ADD "replied_by" BIGINT;
        ALTER TABLE "suggestion" ADD "status" VARCHAR(16) NOT NULL DEFAULT 'open';
        ALTER TABLE "suggestion" ADD "closed_by" BIGINT;
        ALTER TABLE "suggestion" ADD "region" VARCHAR(32) NOT NULL DEFAULT '';
        ALTER TABLE "suggestion" ADD "closed_at" TIMESTAMP;
        ALTER TABLE "report" ADD "purged_at" TIMESTAMP;
        ALTER TABLE "report" ADD "penalty_by" DATE;
        ALTER TABLE "credit_indicator" ADD "note" VARCHAR(128) NOT NULL DEFAULT '';
        CREATE INDEX "idx_suggestion_region_00aa57" ON "suggestion" ("region");
        CREATE INDEX "idx_report_region_fb26af" ON "report" ("region", "received_at", "id", "category", "channel");
        CREATE INDEX "idx_report_region_1c43bc" ON "report" ("region", "assignee_id", "status");
        CREATE INDEX "idx_report_region_af84f7" ON "report" ("region", "concluded_at", "conclusion", "verified_amount_fen");
        CREATE INDEX "idx_report_region_2d6147" ON "report" ("region", "accept_by", "id");
        CREATE INDEX "idx_report_region_5b043d" ON "report" ("region", "status", "accept_by", "id", "handle_by", "inform_by", "anonymous");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP INDEX IF EXISTS "idx_report_region_5b043d";
        DROP INDEX IF EXISTS "idx_report_region_2d6147";
        DROP INDEX IF EXISTS "idx_report_region_af84f7";
        DROP INDEX IF EXISTS "idx_report_region_1c43bc";
        DROP INDEX IF EXISTS "idx_report_region_fb26af";
        DROP INDEX IF EXISTS "idx_suggestion_region_00aa57";
        ALTER TABLE "attachment" DROP COLUMN "original_blob_key";
        ALTER TABLE "suggestion" DROP COLUMN "replied_at";
        ALTER TABLE "suggestion" DROP COLUMN "sender_openid_enc";
        ALTER TABLE "suggestion" DROP COLUMN "version";
        ALTER TABLE "suggestion" DROP COLUMN "reply";
        ALTER TABLE "suggestion" DROP COLUMN "replied_by";
        ALTER TABLE "suggestion" DROP COLUMN "status";
        ALTER TABLE "suggestion" DROP COLUMN "closed_by";
        ALTER TABLE "suggestion" DROP COLUMN "region";
        ALTER TABLE "suggestion" DROP COLUMN "closed_at";
        ALTER TABLE "credit_indicator" DROP COLUMN "note";
        ALTER TABLE "report" DROP COLUMN "purged_at";
        ALTER TABLE "report" DROP COLUMN "penalty_by";
        DROP TABLE IF EXISTS "survey_submission";
        DROP TABLE IF EXISTS "grid_task";
        DROP TABLE IF EXISTS "typical_case";
        DROP TABLE IF EXISTS "survey_offer";
        DROP TABLE IF EXISTS "commitment_identity";
        DROP TABLE IF EXISTS "report_referral";
        DROP TABLE IF EXISTS "grid";
        DROP TABLE IF EXISTS "commitment_enterprise";
        DROP TABLE IF EXISTS "survey_response";
        DROP TABLE IF EXISTS "grid_finding_photo";
        DROP TABLE IF EXISTS "commitment_template";
        DROP TABLE IF EXISTS "staff_second_factor";
        DROP TABLE IF EXISTS "survey_day_count";
        DROP TABLE IF EXISTS "task";
        DROP TABLE IF EXISTS "grid_fund_payment";
        DROP TABLE IF EXISTS "grid_institution";
        DROP TABLE IF EXISTS "grid_finding";
        DROP TABLE IF EXISTS "grid_task_visit";
        DROP TABLE IF EXISTS "grid_supervisor";
        DROP TABLE IF EXISTS "commitment_campaign";
        DROP TABLE IF EXISTS "grid_import";
        DROP TABLE IF EXISTS "commitment_roster";
        DROP TABLE IF EXISTS "grid_staff";
        DROP TABLE IF EXISTS "commitment_letter_event";
        DROP TABLE IF EXISTS "commitment_signature";"""


MODELS_STATE = (
    "eJztXW1z2za2/isYf4k9o3rk1zhxtzNJmnazm9aZJN2991Y7EkRCFmsKUAnSiu7e/e8XBy"
    "ApvsqELMoUjC+2ROIBqAMQOO/n3wcz5hKfH78JQ+xMZ4SGB6/Rvw8onhHxoeJuDx3g+Xx1"
    "Dy6EeOzL5jjfbszDADvQ4wT7nIhLLuFO4M1Dj1Fo/wsJsYtDjNgEYcRDFhAXjX02RofzKQ"
    "tZD90zzyFH1yicEjRehoQj37snyKPqCjSVsGMY0GWOGNGjty30HVHvz4gMQ3ZLxN1AjPD7"
    "v8Rlj7rkG+HJ1/ndcOIR380R0XOhA3l9GC7n8tpvv3348SfZEp57PHSYH83oqvV8GU4ZTZ"
    "tHkeceAwbu3RJKAhwSN0NYGvl+PAvJJfXE4kIYRCR9VHd1wSUTHPkwPQffTyLqwKwgORL8"
    "Of8hfrRMs+Hw15uvwy/vvw6HB6XZhEcoTEJ8yWEUVoJHQyDUv/+j+l0RRF49gAHe/fXN58"
    "OzyyNJAsbD20DelOQ6+I8EiilVUEn0FZVhvoZ3ZFmm9bspDqppncUUKC4eeBNaJxdWxF4t"
    "/YSMCaFaIO3BDH8b+oTehlPx9eT0ag2t//HmsyS3aCXpzcS7ql7jX+Nbp+oe0H1FZzFiKF"
    "5wRSgNWhdxBtL78rwBuS/Pa6kNt/LE5t7/VhD5Aw2raZw0L9DWU/vxvtH2Fh7iu9OT85fn"
    "V2eX51eiiXzQ9MrLNeT+8OvXIi2n+PTiUmfJrhB2sTZZrCwKHK09YYXYHYEP2jrW2iavEx"
    "AgxRCHZRL/KO6E3ozUbL05ZIHUbgw9Tj7s48oWP9C9of4yZm7WkP7rh1/ef/n65pdPMNyM"
    "8z99Sb83X9/DnVN5dVm4enhZmKa0E/TPD1//iuAr+p+bX98X2Za03df/OYBnwlHIhpQtht"
    "jN8GHJ1YRquVlngXfrUewPN+FvKsEbvWrxo3Zmwtvhc4CFn9xl2Eu4MMbO3QIH7rB0h52y"
    "urblW7PTWfEKpvhW0g5+JPyCRNyKXC98T8NgeVAljK3u9tYKY9BuSNKGD0pjN5QICYjegc"
    "QEEpDomlD3OybeKyQ7Q85UzMBrNMV8iv6C1PF4OA/I/VBeGkSn/ZNL5GDKqOdgH8nBj8qy"
    "WasjbVlSe+vd1vJblbJaBbcVvz2PE9LaZ7VenZ6enb087Z9dXl2cv3x5cdVPea7yrXXM19"
    "sPPwP/lXvZEoasXoLTP9iMPdD25ABLaLL2BBN7Dgt0Tq0UYCDX3YpIjqXqRpPEMcJAGrcg"
    "2UTjP4hTsT2tEW1WEONkm1YWsUtC7PllEv/ty82v1SReIYongOeE6P8Eh8Fb03tkNKbjyP"
    "NDj/JjGPYplKZAodxhkND58Jc3/1Wcgncfb94Wd3no4G1hOlJeS2fR50B2Z2mws+hSeLvE"
    "fVqmswXSdkSA+xsbH1RIbnC5t05k+yNu8KCo9oYiFoVj9g0FbPEa7FueSxCZTMSRg0KG5i"
    "SYsGCGcIh8gnmIGHVENwERU0JctPDCKYKfyiaTHqLkngTIFxtCWVJrcyArqO2poHYnfrzO"
    "ppW0tydCgxNhjpc+wxX0rWeEMhDLCW2dE3KJG811Na850FY0rh06q09enTTh/1+d1PP/cK"
    "8gY4U4jLiWiJUi2tpYyo4SoKcEQu2GzpdNyFzU7WSofFnSFIQhmc3DCjLXHp1ZyO7syv12"
    "D9CtGZVhvjYgahG2O8Je7Qlhg4gO8SQkFZrD9TrhHHA3quFd7sQmaYZ95twRdxjRsErxs3"
    "6ai9gtzHTHbJxGzbQQDYckCKoMAV/Jt5pdMo8yQI26bkrf/9fX9axrOqMfb379OWle5Get"
    "y4h1GYnm7oaznkfaWe/KrFfssfLpO6Lu/Exu1TyUNJ7xnd46pWewavOw3hONIzGF0QuOsP"
    "iPDgfRS+JOxN/xy1eD6OLsDB9dI9UjCiKfcHToYCFQuTjgPcSdKZkR8QHPmOAc+BGaYnqL"
    "2GSCvJAjRzxchQp0N2M+QhsKfegIzkl744wIZ6cNBOaz01qBGW6tV33K/xqkTtpb1WcD1a"
    "d6z3TIu0IYSOB2wjcsS2gYc1DHEnaEOfiK+V0VayCvr2UMwqRFA7bAZ3CmzmG5wTGMwTDJ"
    "xQce4kAsQHSIKSL32I/kfXEYU+TN5iwIj3rizKZovBSYP9j4Wh7K84AB8TnyeAU70NpYA7"
    "oIvDAkFAkGgKDF1POJaAMgjjgTHS3RgowB4gDCET3zKVuINjCKK/tjUeiwGUGHolPxeiAW"
    "qHBG7A5owBaC/xDPueRoEt+IHz5kCJa/Ncxaw6wRh+f2uZOVnNKUvCvEzgxUe8dqZ+krfi"
    "UHDmOsZWot4uxibuRlEOBZhcVqnZNBgrA+BusVtRv4GHTR+F0xDXtu/RY0u9WLT00ABtge"
    "2t6+XUYraLuO90sQxngV7IT7W1E8ZCGusJuuI3kK2YjmHTOQPg3VlVilc3KuEPbk3PrJKW"
    "RhQR5NViaD6caUwHjGTIm2nd+a+K2J3zrQrLXpTwkOwrGYsA0muoi1rlJdnumJRz0+3eiN"
    "LkDtPHdtnjtikvmJ+T5bSMV+ySyT3uutM81Msq0eMs/UT+8jDA1sTmiVsWFNMpwUYZzfw7"
    "b0g/WWBR6N4TnHpMq+w5hPMK1RoeSABcqPBbItxiKZjd1uQ29vbj7mdqC3H4pM3G+/vH3/"
    "+VDFxohGXlgjaHKHVGlU1mirEoABbHTb+u+JF/BwyAmhG52zBbBlnjt31FqH2GcxzR3hqL"
    "5Et7eEhzVesJm7a7kqnm/3JHyVdeB4SgeOkM09R+fMTwEGWr23b6OKc1Dr6CYzECNIvGv9"
    "5Iy4HtZRzqcAq5nfumbeZw6uThVXPx9ZzKOmZH90Sa3QHjYScZoPCa3Y4NfvPxmYCcl7d7"
    "0FcSJ+ZzCUv1ZLni7gzHPiayFJ+RRTSiq8EtZEI60gO1RcLIgYN9yN+mL7nkzW6rfR7rIP"
    "Eu3euRzvrcdavL8ru4DuuVwJtqfzBqfzfri+wkTv62kRkLlf4VJfv7hTgAGWhF2vZ6CdVx"
    "PEsE6RlsdZ/8zN/TMVHfVZozzSek90mTNyfMY3eMlyMPuObfqOxWTcQPrIAu0b1uU37J4E"
    "vFL4qH25MghjQjoelc+wI8bJD+KHeWFUZ53M3u6tM096hYYNwvLFBe+WwpQj0OtDpaZMLx"
    "CbHsgiDmguuP0ZdpaqWq+SYnvojiyhaO9SBrbLVDvjQXQ+cV3xefwKD6KX/fEr8Xdycin+"
    "XvVPqrL37PwZBnRARyNZwWo4xwGh4WiEPC6j7SH1jupf3n/B0ZRg988IMgcEHHILXU1cMo"
    "heXfRPBtFlHwZ71SdXR5AsAN0GLJpzNA4wdaaQZ0h2GYhfFQ6o7PA7WbFYpiE6kikBKBFP"
    "T1mIxgR+FFvA6DJPwIIeo68CzwkOnCn8TpngCCU5CMZL+BlABkHN5TEnwb3nEPFTJgGbyR"
    "8DCykeBBK7w2MoUk3FxYaZBH7PqCxkOLq4n73mY5gplxz8y5qsO2mytsmnWlNQ2WRT7eZC"
    "sukyUvqeNrEEndZbgk5LliBfnAladqAUsEOlE41DkNsncBP61pO3ys6WcheaxrYcriWNtU"
    "m7cBeNMEZ5Zd0GeoEcSXsTrC1t01YI/JBcTIe8GYiBy/f04qLJSXdxUX/Uwb3CWZcIKSUy"
    "/+QzXJvdfAUqEHoCqP1bzGsI++PNb28/vkefPr9/9+HLh9i9KtV3yZtwaRUP8/n9m48l7z"
    "V6uwGZsyhL5wZ0xrcBITPBIAxlRsNqHW/N3lGGrtPy7uFuso72b76+30/jNpQDvt8RI7x9"
    "SQP+D+ceXXoVXFq9kbsAM+Ks27WxW9LQo17oYb9imT9A/CzQkt8m/7DJnG19j+dtgO2Ixf"
    "AT2PU8IH51kojc/d46m+G82LKB0TCLAYtYzuQmP1+Q/tUgOuuDjezq7HKSv3J5is/FlSsy"
    "Xl256idtTvunl0eqMDGW5rgeWrDgTqwqKGIsxsxbByfS0qU0OlXWxW4/rJ79LWC+tbNVHC"
    "XWzmbtbM/EztZC2nTYVDSIm7Q3kLjb9+zO7P5D3Q2iCmteiJu1B+0dga3SzEYQWtWBVR1Y"
    "1cEeqg4+x/6i/4idwSu0B8UmvYeqg0LjYca7vIkSYSLIOUUBpi44q7I7QqHSVerVC7E+2C"
    "GukJ+lzMzBlVV0SjlWCUAwR+DUukTJA0i/2MryoG0NBX7E77EzTet93REy59J5N/bZla+K"
    "rOSV+CtDZ7I+GVb+xupxvBAtxAWZ1ES570KxMScKwA3oGsDZhz8Ed2FQN0Q0JMERlBmDK2"
    "Iv8D2XIOwETDwMCKpjzAlXHtTS79hFsIiiOX9sGbGn57EMFHjXpZ26I1rUTgGWoW2Sdgoq"
    "/m7Ga+WQ9tS1p27dqQv1JasPW3nngTM2bfPgyXpDiTgQOGiZHRa4PbSYitUG4R8yFkXlcg"
    "FF+OXLyxNQhF+NEZTKPnXEF9KXBbPP4QZ5da4avU5PP3gKJA4LLk4ftUDjUY7Kx+4TPQec"
    "ye8YnYiDkILt2guX6PDTzccP7/5bdN/v45evjl7HWniHCLJB4E98NjIhUsC5jOOYoinmUz"
    "h8YcbceFgSvBAns+pddA3BNSrFhAzNIdQJlnPxcl9DUVFMGV3OWMSTR1b8AWXI9+gdVPRc"
    "TJlgFah4iHADc8BKqsaOQ+ZhHDar1PoQ4uOT5BIVPMgs/pI+VjGUp9hL4bYk2H262alhHD"
    "GptyyQkCRRULFbDvFdhAwVIn7qQiOx7Th+5Ka9q+8JQynm3ZvI0G9Zo304EYebtYN00w7y"
    "9Kyh6epNuW8NYXfSo3IeZxwb3kKytMzm1tisl8EYyHyf95vEyfTrA2X6RSKHOBCnHYS8hF"
    "qELuIMJPb2XTFjoumaogow44KStr91xBTTtVwXYAau6VYCRbNPVqJ2vZNrAWYEtXft4mpT"
    "Fj9hyuI9Sea6xw4cK2G5ROS1ZZVyuB1WVXqa1b3FqkqJmkU/HXQZafmUB/mUlGibZVmtgZ"
    "sQ+bvrgzTRKepOQRFnab9BnI4YHoIia3OqrXPjLUFNmIG2z9Uu+pCVM2fzaDyDZFvJ0+wd"
    "mQs6ex3TZgFqbZuds23m+NSs7aZxNHgW9KzjwF3ieO5Gr0keaVOmdvklgbmCQ3qYs4c2fV"
    "uq0Y98bfZntiveGsrCodpDxAsQEMz1WKcauHnsUwtpgxKy6W9YBajdsbq8YxV8J5r7NBSA"
    "NpW6nnvDagZyfjRNj4oc6DmfEORbSCgcmhWiXu3azYNsqvJSdv+Cr5SWw2oBa7f/Lm//eS"
    "84DZVUBmUeO7V9t4gq/0Kt47amA3vsbnrsbiShWcEspt6cUOyHS03y5VHPmX5qIW10wBag"
    "9nzt8vnqRnPfA4/NIZtoi1gVYLvfb7rfz6NgswisHNC+bV1+22zFqoOtioE2Q4TNEKEx68"
    "ZniNjTWa/YO+XTdyp09f09FCSpjV9Vt3sPB7EOSdqyQZIIHpJ5kpZB4V9w5HsTco1Go3k0"
    "FvzXaARpFlVlND5lCwpxlav2JFDZGTMRn1UpItob6BFJFmwc49PGMcr1qjsJOVhbTIups5"
    "ExfOnbNU091vb3GKtyUwpZoKPLTgEGRits35vbFsx79mkP99gnmLKwIlhyTY2KuP0Oc0oe"
    "PMEe34bDu2JpKzibdTFNK9AOA5oSVmevApo6JrpBiIhDDtZIb3GLXiMBLtO4SbWAKROCEg"
    "vQPfMcAqWuhVA1IaEzlSn3YiFq7LOxysMD9akx+kN8XUxVajyHzYTcJdPi/ZOI3bZSgmtr"
    "GCu/dVpisPJbl2bDcqK7CZ5iUeBo5ZVYISyBG4VNTXSoGzc3kbRtZOvAYYidqaxCqVdYuA"
    "Q0z7ftrMlaPqtfy2c2kbzxBqM6M2GnpI5fCOf4do3QkTRoInPMMm0fFDm+Lth3C7xEMYij"
    "MQkXhCjjjvLMD2Tizpzx5nCVrVOaeULGeiAjxLacigynLY5jhY5Os7lW6OjSbFijkeFGI0"
    "4EDbWsRiuEiTx5G8k4Jvr+r1mUdXzddM8aM7fCSb/e6JG0N2Jh78Ls0Smu+DOZkCDAfj1b"
    "nLZowhcH2cYPM8ZTlZK/h2RBGsicCyVpvbAn2VXigkeTYE+B5USwztAhJ+Jqv3+CBtHFpT"
    "s+lLn5+0fXKL7Rf8Fll/zoNTQ5uXTE3/HVK1Xzpswy7/oJBlQQYCbGG0QvCcaD6PLK6YvP"
    "l+4JNHMnshmbTDwHCt1Du4uzy7FocXEChYD7lxdQ6nf8Eh5YFv09FX9fnuGkj5djfCL7EI"
    "/sBcj3HLCN8GMEP3USCe5fFkEQe+WSy0oBlr/v/u5s+fsuzcZDZ2U9G2jUWdl2DCwQSztf"
    "dQ5kIJnbSLgJRzYR3ERFIEx9bGYB9qyTdUlaJC4IGjaaFciu1AYr1bpj7cwdy7rFtlvHxZ"
    "rArAlsl8L+W0zvvkIF2YkU7kqifu5+b72gL59mLADDMItoEj01hVilOfZckHB9j0qnN+gK"
    "JV314sJ5UBl2iSYexeKEVIFMUMb2nkWOkE8rI6a22rkViDstgtULxHIZ6KuOM6jtiMPPZi"
    "qybLDcGvR1ERmY1UVsbGvcMFPUFhJEdY6HeJIJiI8PcfzrMM55lOWeG3DPCcnAd34TUic4"
    "85z12tAOKYapMnPX+l09B7T7yiOO1ZiSG5VMyEINFBf3RDysdSvpiHz4WfJgB5VGYHmn97"
    "BM2Nzmq9qDoZXRxBMRHYJXIheDoxkOwTHR44jK+uyqOdhiF55DXqPUeAVN1EKs8oZscSAr"
    "HXZ679wHc+mzmQxbiH1X+QDmzPccLXv0CmGg4PE8Ei483QLevtsneCYN77EvjlZtNUYZa0"
    "UOq0va1wlIchoMbwPsarkVlJHmqTlOmmw89ftOcduJa9yD86fW6VnEGUjorW/x5NvcF0Ko"
    "boH2AuxRNdo38+z4fhJRB8ZH48jzQ4/yYxjvh4OWJmIN4Vsp3T4PmGiygaKvALSb/sabfk"
    "rJDZKO56FW0dc5RV+OvZqL+brf4F0rAG2Q08YMbkLIDSI081Cb4b/Lb5rjY0+3aE8W85xr"
    "ztjqCAePrY7QKevOR+LekuA9DYPlQa2hJ9uo18AP0Jftm5l+3ov1sYTIs5AgZ4rpLZHZKG"
    "aMkqX4e08gkQ4Ya3BsielBBnQwYAbXKGALlepcmWoU3i2bfdoaxJp8On20rzP5WK+0J2S0"
    "bAYME/kqGx9i06bvqxUPEuoO9U15BZgBQWVt63rF/qFP5hzIwPW8fTLvm7GuZYFtxwyOS0"
    "Ls+Tq2jBWiG2YMGHavzRidkrK/QCTRQa18rW73GkjWPG35oGB9QyHwbUnIC56msEnE29cy"
    "2+NiynySZLaBBDN0lQFSgPjc92LUH0xMXXyvLF23NtKADugbBCRzV/XOVEifg4PAg8SU01"
    "xPYOYOvXCpEuSvbl4XuhZNZfqeAZXdcdnfUgLiLqDzbGCgzCN2jD4kA6hXVykG5Cv9zptD"
    "PiBH/gvJt5BfD+hoJAkjJMahfANHI/AaVTn+xQUkL8Ivh0sffhSrZzaGkETOxANLnaN4Mv"
    "FaSrdUWSQAAhNZFA4E0AmWYrbpLSJSvRGwRZ1S4ve85MrJnwf/soqK7pwcVlHRpdnI5nT8"
    "U0PTHbc2ydi9tTLA+8aPmreUrZtqqwKXOufh25DQippV9RlpykgTfMZ2nZwm5bM2ov4KZ2"
    "n/CNrL36uzx5SRLdH/6baa7SuCIUGn/kLPo+wy11/mQaVOZ02gUrVGZy9pnV/TTcrt1Bfb"
    "KZXakYLuZpmvckjrdtVl8yBkYdrEi3UFs/Pb5fm1rmEHhriGJUnf3np+ZQ743P1eA7W1Xk"
    "440CcPoouL80vIfj4Wf68mkDD9yj29RBCdP5uHx2g0YlE4HItHECtS6VXVOpCJzkElei3a"
    "BERc4aG6PwnY/xIqukAyY2K89Eq67B2NPaBSyxuQMFgiPAllHSbRj3h1MXzkC3EFaoQohb"
    "FMTqD0wyo7XXpxjgPxT+C5dUrrvkqm+1nqnqOm1+rZn5L6md1UR8AqwLajpnzajahlNyer"
    "hn/yfUbyBGXq17uGZCDWN2S9UmeDEFcZFKBrFmk1g/zT7TfbL9eRMP6b7O5VWPNUadtXD8"
    "+FDCjkuqFHJxX0XmcJyeNMoPWuVcQT7PlDId9xvZRWBZgJlG97lfuYh0MSBHoRB3mUeXQ+"
    "vbhosoVfXNTv4XCvGK4j1R4VzgP1/GIGYlV7RSbQVvrYaMPeN4V4NHc3nOY80k5zp6fZ2j"
    "0evTl2xO7x1hfdgDRdGw9faNFbZ/sQe7XrhcNxAmlm/HiDXI+LJSEk/qWU7MHB+3AQXbw6"
    "OxlE5xMCJWHP+y6UgBVHtfSap0iI5aEXRlJOZwGawxgefANn8rSWjejZ8RmPoCQOCTzm8q"
    "qaOTsdH1z8P0Vj33PQYur5BI1GMKgsITgaoe//gkLm4iX6XtyYQzs+HUY09HxxE0L4KZMu"
    "/dgTxL6OP6GZAIwJwvyOuDISABzx1b0hfBVYme955lFvFs3Kz/WCI0Jdm9Z5D1Rr61znbW"
    "bhVhPfRuM/iBMOdeOSizgbz9nAvTghmsP0Mn8WcXZhN1/YumWGizjzosFPmzj+iVb1C/u0"
    "5PzHwV3C00uymsXY7aPB9lGnkqzXBj9SG9k1Au9aEZwysdWif412Mgt65sWzU2Zdh4AF2L"
    "MmYU5a0iFiCfisyZgIl5qvcgH2nFNGJjrrqoSb9Ud8HmXEGWQLiHdxxe6FvrkjCtJ3UqX5"
    "/p7Q8LPMjXFQoSMtN+o1UJMSaN9URaowSGIqNJCHoFrgCHPI4jkaqdbH4sXzKDmeiL75sX"
    "y8v4tmo1FFmbitjwBqztGIBZ5oMAzIZDRCM3yXphgBHavnktmchQL0WvqOQ5qS19977g+i"
    "LXiVg8LSYbO5D4saYSSkTR5icUbDWzigcR079SbznujCm6ku+BSfXlwmSUYCtkh6xOjdl3"
    "/AhWuV3QSJsWVSFZ/ge4Lg58/m4bKhFvT3jPqMOU4UxKffv6x61KpHu3gmtK1GyuwX2mq7"
    "KqxV3T1Mc5sjs0XiZnd1DVGoAHvW0uQT+t93TIZ8oiw4LAocPaV+irDq/Cbq/KTUnA6Nsx"
    "jjqHxx0mQjFq1qqSzvFbZiKUno0HiFMPCs277BZCWq6RM5QW3FvbhD4WhX/SZpP/r1eT/6"
    "ZbOUSrCpqRsswAxc0NtXDqY009cOFqBWPdg59WB2osHbzg3wgm4w00WsTbjStZnulCL4Z1"
    "lNuFYF/HNSbPhB5W9alvhh5e/XKUGyOTqMlaLKU0FqNCmj5Ehll44ougUtJnzJaFMy3qiZ"
    "8rFlDXB7w1SnZ45onESgpPmxiZo7JEmuUaemM9h8BlYYG1G/sUhv1awPMZPb1wRqF6A3ue"
    "781mVPysKhpMYGkcRVWPNo3kqYq61C36EUHZ3icz9QMY0YatXV8rqrJk34XS/X+mGHB3A+"
    "iBHoHvsRqXBJUBZ9Fb+EDsnx7THiYlVy8EaA+/3vTvr9o56sZSJ12hVuD+2NU8n1Vh6/sm"
    "P4JOlc5H6zXgZxU+tg0FGO2DoYWAcD44i+2p+aknqFMJDAW84ErhtytftQqz1euvJEr1AJ"
    "E8ebYb+awCmmyNcq0HEM3kNqr3PceP/uwy9vPh6enPaUiUUws15IsoQ/L9my9sO1YI+Xrx"
    "Bt9fYG1m6ePrP8Nmyymk12Cmsz0pWlf2Wh56wxGsX3ew2kaLpq2shspNqrOqNxkBtxYytP"
    "yGpMOGD6mWI+VdVLOWIyxhsEXWCbqw1HbQwEEQRfZQiAC675nPgTSCvPp2xBRY+O+M2LKa"
    "Gym3h8UAJBG4/zCLKjMOovZddf/vrmOwgJEPfuyDy0ZimDhXBrlnqqRM9W+2G1H7vec1qm"
    "OdBqCIeUDrFzIONy9G/fU08d15oukTmQgftHa2TWl3dyQCvuWHFnnbhzk3DxB7USz6pJE6"
    "GH5Vo3Mx2mh92LrFghJBEQBgoCSk+mVQQpYhwFBEcCokpR1ZgLt9O3io9WFadVvSwoV9pD"
    "0XwqiA0pJQMCfYMYA0Wy4svpeEBYHodIB0F8UfCxNoNj93nm/bIgmsTOWRZ69zS3AvkTCe"
    "TWZ9EmGHwirrmNBIM2znYXcbZixBD4aw0iZyDG0biFnGVTTCmpyE+4hsAriBE7R/tbs0O8"
    "+w0yGOZgzzptR0qLjYJns1CrL+qcviiXn0WqIyp1r/VvSg70rN8TpcDR2cxXiB0elqBb2s"
    "2Buf3dXC02HUZ7hTCAH9k1mx2rE8X+rS0/VkCtJPnwAl8pcIeb6Eoq4TZh1qZaE7V5aJsj"
    "CzDz1v32JaGUZPo8ZgFqs3Z0jcXslEnyc7TGGAk3ew3MkEHU0AB5QwkiEEWAVXE48IlUVp"
    "p8JGEkVhZ85c6UzMi1+OQGeBIiWYVgZUgsWyHbGEAv27GNQ+zAkbVfVkSjPPFsSFybIXFq"
    "v9KSqVOEgdRtodybJNeQUzznU1bBfNXnfqiAdiP/Awy71/kfcpwxH7KKNJxrFHIJwCrjOq"
    "+M22NNBY9mMxxUyMVrNowVxG4UW98obKUpW2nqqUm/76qKihKC2m9UEWfVfw+/Uiua6b9U"
    "RaxVAHb5rYotFPwx5g1ujRsbaoo6oor9lLyytTmUCy16DZSy6T7QTDX7zykOZcyExDmIE8"
    "KVzjQX2PFatlHR63EROR9qzIWZ8A7Ig3woEyKzBShcS1raFsca0FwwfUDmPnZEO8HmqsFi"
    "xXAAV0A3nL2KJyEJqkJKjmzoSNdf5d4apW83Qxs6FLfaQmRDB/XsRtHXRo48jQ+EtW9Y+8"
    "Ye7xs28Mkma39KmreSrH1GMIVH0KB2BmKAI+wOaLxSK+lFjhRxz84K1xEdw2cyx17wmQiq"
    "8fCgQsWQb9Br4vYlEeLfCvJwCgoUN5fyvuoIqY6UtxbYvATBM3nwFoEXhgQy381mXjgjNL"
    "wWkj51ZSvxkAG7BwG/rGZocawBTVJQWM1A97n3es2AmOBgqS1IZVFtiVKmzkW3VQRG8fqr"
    "TaxM5PoIoTzKCEI/UZyQd0+GOE3P1Jz+FWADeNRdT4KNdLaRztYK3cwKvR/egQcxJ74bKX"
    "r72iEok8HBjlRdvKD+SCgB7XGgfRwADfWLy+dR5qnjtu+6lFBM/8jII63bUtcOjI4osj4x"
    "QdA3jkM4f8dqvGUKTXrrlFlzaCxYbWidWvib1ZBIKjSA5kh1oCoyYDQHsAdtSYBuWbjSMM"
    "nheFKV4TBMqzhkyzccVZeSaHk8q8XqtOakXouVnX1tB5dKsPVwaaBdsenvbfp7o8hs099b"
    "nq09nu0zcViQZxsqbjfg1YJVywfZtE+K/bn17glNym3lmKXxUl5LROwelLr2ZA07hG8xeH"
    "9KNkqZHl7wOGNEmT9rayCVDF9dHY1kzvzRqOiUKm5wvISaXwGJE99TN3JCwTHO5+KNc6/l"
    "VR5iqUARtyN4WHJPgiVS5BzQmLGck4DLOmTQmWiAPMFNYo5m2CXH6J+Cr3QDLPhGBeMIiy"
    "GhcFhPtAjuNsqZkUh+4pvNm2FZzD0ynD5DL2qjTKTdjAwwnOjWyTdH4PN+AwJDiekaAper"
    "T9+J36VD3qS9JW4D4iqFWpm8tYzICmBS2MXpyfnL86uzy/OUDUmvrOM+ym5AGeavRNN6M3"
    "0e9ayt9KDaFU11KViAPZKE+2NrqUqOU5e7Zc2JVJu7ZR+NsQX/8X6TTVO0qvcf75e2TR5x"
    "IYlKK/aM0XCqs4NWYg2KdN/aXspZFOhVgVkhjFvGJ6dNgtNEq3oXjtNSgJrSemirpAswAx"
    "mt7SulU5pt5H2WhVrFdOcU09mJXiQ6xQ1muoi1biP7MdN622cRZx2xHt4+VzTTj0WtwppH"
    "84tGfO7FGj73QvG53bKy3XtkcVBvZZO3e02sbGnLBlF9WRX/C54G3oWQ6QfHNiWkupRmMH"
    "VCXyPlR7yKsSvXeK4oNd32aNYRak+tVGqe9ROjZGE2oG/TgD5rI7Q2QhPpa4sZ7zhwT57m"
    "G0Tu5XHP2iiwIsYm2pM81qpPOi1U26rJ7Sf3t/GRO6DyzquZdkw7seuD1pZztOUcn572+3"
    "4Ud0T59yUK7snyR7x8B77dBxX6v0KL3joVIJdthy5eDp209YNqwL+yBRIPuERq0XKpe8OO"
    "7EGl3CbI8T0ivgmiBhC/eIvvCaTilq7xeIkO78iSuGmk45iF04pgyDYHssq/Tqub6pV/Yk"
    "K14/GyGBuO9+A5Jl4cHYk8bt6+IL5LGuvJ4enu2dDVKW2/O1/Rfru7wqOcmzp1uN5MJvI8"
    "qDlZ1e0mxypLWzZMM0BdH8K2pFpG3KDYC6AkxgQYQ5ncUhm55iwIezKgX4ZvUeSFPL5MAh"
    "nEFTLfjcPMOEx28WBtd7gBPYRQNmhw7FHR0Yy4o9HRddwkBiZneprCQOaSggAzILu01mHK"
    "6HLGIm5P7H0+sdWUb2Cuy8C2s08+m8mwdqNd2Y3i/VLTiJFHPTsTRqfO+8+Ez8UPIPVHft"
    "qiyakfZBs/ePDf0CQU+wWPj0SExywK5eHLI1maCh3mK2b15OEYH6UClxzlR6KRikiXtUjK"
    "AnWro6kQdtW9lLZGI0g/hFFeBD9MIs/j4Xox/ug1hKAT4BccwmPeQ5ESWsTPPaAQGu+TED"
    "rmBALgkx8SFwGTvMTEC7joeUlCyU1AYqQxc5fHaDRKNW0y0F4+oBBgBNcho+DxgMKrJ56O"
    "pcNz5GBKWYjGBP3BPCp+TMiSzEw+u+Xo8KPAqLUiCQtsi8ehblnSxdExEEeZC0aj1yo0n7"
    "g9JD2TDuUUTBC+vRW7LxQ/uxZPOhVsVeyZpyL/BbM0XR5BuTNfXCU5jyY0XgraJOnPxf7i"
    "OSTYIEh/VcYmnp+hDBsUiN+TK3Jlr6hog/k7y3d17+g3K8I5+4ZokLmIM5DYbVReTzcfTT"
    "obSuLtr+ecJkCH0CWggeTe/ooW/AbX3KAzEEviBiS2ZfzaLOMXq/DK5P3bl5tf19m5qzxm"
    "XE+IHv8ni/W0ReeD7ycRlcUW0Djy/FAIOccw7A8HLVF/DbmBRDl7d8nVo+jV0csbsqGDck"
    "WK2SZ1QB5TBGSP3AzacK7hDqs6Kn8kjjfDfg1bkmCKb4ACHcfgPdxt1ml+3r/78Mubj4eX"
    "PcWRCEp7IcluPOUcLFkhs0ziWuVaAfbstGvWa3R3R2BG3aXJZWRh1ifhQZ+EPfHNjfV6bT"
    "EUxdQXjTJfrEl8UaRyRuWoQ+oCzLgcI22EG0HU6gYJRnIwEzi29vOLxCTTDTPKwZ5b3qxO"
    "Wei+ROOZx7n6kTU2ukybXgMrHc83bxD6rhxNX3DkuWQ2ZyGhzhJMW+jw5se/w2UKeZcdIu"
    "4fSe8ZnFp/MpVnXe8WQtjZBC0git0LERe9vi5Z6loeb0BlomhBSNmlzEwt4GEUUJ548siu"
    "rlVXricN1jSElNMh/Bc9eeAGNInAECWY91fWr3avrUXWr7Z9v1r5MuoQeIUwUBRr46xXu9"
    "YGvmY5oEkZXHewrXSFWQjxZPJGhYdUMgrZ++uZBGg5xI5GUMwbNI6EBBQhiUUzMhuT4BoF"
    "zCccSsr7S3CXIdiZShW39A0BYzs65AQO4YAS/1iMwAJ+/Ab+VcTDtDAGOO3cUB9CbBAObh"
    "k99dxcAbI55nzBAhdOe6j/cIw+kzmR9Swm2PPF84APjHOXVCuTsTmKHVlMPZ9YpqDrb+86"
    "pkAwd4H8rHFmZTHGMQXb1wS4Hp/7eDnUJXMRZxmEBgxCspvpK2yLQAPJfXpx0YDeolV9Qm"
    "i4V2DJ4HDSsRCngG7Yh2E8Y+zDih3Qm44VxE7I1icEkqHdV2z7b5l4CzCtsW+moMKMjAWq"
    "ralIjtzdEv3tzc3HHNHffiga5X/75e37z4cnBaNyORAGuFXiDn1261W9AbUMZQlnQzaLpA"
    "X+X5BIcP5ehaV5feKLItZmvuha5ovcTGMeqldhgxwnJbCd6y7PtRNIMX+Dic4jDcwrB7kf"
    "XVCbxCtwT6Y9flnWzno0dzec9TzSznpXZr3iZZdP3yWt7RcZyfeT1E0e1Kluc416D+tvVX"
    "jgcLICNNDiZlWrLzj6evP1E8QZBiREh59/eocuT8+ujnqIUCdYzkMouTsaiWEmHmQ5EGtf"
    "xRRyEsqMCQgjSHKMJgGbgYa0QqXb7oADSqiQqH0oPxyJ74LNcrAgB+h40ZgQKuMYoV+IjZ"
    "QnNA/JXHSqTLs86VCaecOF5zxao6smR1evm0XZZABbUu+qdTYUa6s8GfUu43mUEYqwXbuN"
    "W97qebDQmX1ae6ILWCssdXmm05NT71TLwYxRLD0zl4MvpN43MXu/Ecuq5ZMolSkoBqn8Wn"
    "E+TPDIBt4twNQFTpDdEUjkAZZ+SN/15a9vvju9uJSco+AGIT0HCUiVx0EbQ1h3gA6/Wev4"
    "RTnH2rbTPMo4l4BWYl06ISGVjxJTl7zlzJ8lv0bIxnaMDNZOdaenmnybe6K7DSY6j7TT3O"
    "lpDsg9u9uwEFIWaeXsLs+ykj2GXoWcvSaiPQsyLjh1O/xnRwTqnzxV26hClk5u9daJ0beB"
    "J5420/JBKfqfqposj+YkuPc4CxDHCwTXclkwhegbePDMaLyUUjCM9ILH5hsxMyzNkYkczM"
    "uWnpbGySTbFrz/aHTUQzMSAF61pYh880Tv9BZSaspcno7PwJgjA/ugLwjblkNln42Qplm3"
    "s9kjJfmTsp5xAL5ND9lNYd6mh2w9PWTyOunL8kWoFeg3Fegze6t2teIqrF36DZZ+lnC6gS"
    "1VWAOJfnLaJBWRaLUmfUspHZEjqHHLAq2cIlmMgXRuIWIr81glOte7TRRgRpB6134TPhOr"
    "tZLu9REsWcyjQlj2R6xvJVYlx9s33VxyIPPSFbVQTyQKueeSIRCugmdcFxdUhO4wOii9sr"
    "fhQSHmd9psega0EYPetbX9JAz6nmT2o2SxG33e9rNgP1kBLru+pfaZcbJBUsUizjjF9UW/"
    "32Cli1a1S13es/b7Z2gHipXkG0xzHmmtffswy3pJUvMo84QOEw1+n6YsZAf1Vj91v9fU9D"
    "ecp+0buNHKxmAZu2eeQxBlIZHV2FDc22tpHfsneQcmvBlxPYw8twcXY7uZ8m/FYYidKVRT"
    "qHKkbWcQ60rbaS6w3vqWLFTdWcjjrFloU65ct2abwbXatlwSISATHcLGzQ2kaysWntX+X7"
    "l11NO5BLSMUbcZo4i6n/BSFmeq4osytxuwRaL1cJ5p/jBXlPNKesERdIHiLiD7uOBcVK00"
    "dOjNQFFEXChNi+ndyneJ49kcSgUjN8CLCqaonTEqeKLqCrcl8/6/LO/UnbPaei413Pa2b4"
    "SyZRNzBF63ghP6vqwl78t1zjHWI2lHSxrPIDP1cEIq9o11O3ceZxPDa23iHWGlfgaDeAUP"
    "9XNsKF/PPDXVIsnU50t0OBr55J74f3mhLrwYjY6QzIcOnUmva8HYMEqg5RxDUZXRSCl/Yg"
    "CXGXeOrmsSBrUyzoCOxUUXB0sI2IZGPxMGXiDolrAZCcV1LDiymAlDh86UQN5GdI99z62t"
    "/JJluyyD1a130zJYT3ga6R779qjXIK6uw7HBTsbbz00gzxwd6qYAA8m77WKy8pTWErtShH"
    "navO1vDAkrU6ZwvfdwFrP7BPh77j7cIf7/g2RdD2qkgPjug7LA0Fs1bCASKK4IGO0okNUT"
    "Uyabk/A12H4FwaYqdRJoOmMGu4c4U2Wc5gFzCIc6i1D/wOWQWalCJGhlnAGVnvNCpJA5nR"
    "aJITru2yNiuCmmguKPtUQ/PbvZoXRC29r2HsjipEPtFGDgEd4Gbw/FDKqK3tRKr1mISSqm"
    "rVWYgL1Xh6Bpe0vNqpDYWI2zgfdkAWq9ZDvtP5nOlp4DZQFm4K5vlKeAZGBXdqFaHjfTpA"
    "GjW2jdII+KJxhJqXvOZzQRAhIBY/5rsNhDZtAkIFMmI4mt+MDQcdAyTzyfCEZW9iMTzwPf"
    "WWJ52xxsQL1QpsenifLcx458GUajRpruB90KqjOm2DwpVhm+B1tnu8kirD18V7qwp4nmfm"
    "5kTs8OLa1uFmQgmbcT4doh7kumea/ju9TNhzkunrbTLFOEMOfeLYX6PCwx/x8GxCHePZGa"
    "vCTEhPdkXjd5CULXeWWN+W12/QCnVEwXp/JXWycByxft36Zmj+g9JXN3s+0b6hWYc8uMz5"
    "cNVJEFqFVFdloVmc6WHitcgBm4oRmlivxA+Zw4QJCvggms4ogLLR5mi8OkWcOQpbh3yYWi"
    "w0F08erEGUSXL8kFot7tNETSdbUHqZiTyKEALNqD6LR/enkE1nLZAtw6wOcV+J9eVsXIe2"
    "WmeVcjDyhGbkTgFkGYuoW0zTzl1zfI3Sz6HYpPVg1p2e092DaNYbefmQ+ejbtvMdGbOCh8"
    "reWbAgwk7/Z9n9PTuUziegfSHMh6kD4iAW2WE9KZgSLOTsIjJiFmMKvc2+pnIAey5H8E+W"
    "MmvUR7UJVU036FWKchMYv0oPGweSGfo5opmSw9LVMeZXmhbiuZvqT6joMKBVPmbu9hm2u+"
    "cRPDK3M87GdLZR0OopevzsggOp+cYPH50j0Rf19eng2ii/OLqyM0CdgMiQfxPeWKBrZU8s"
    "2rzBK4ze4HdEA/uIQK5meJDoFMPfThR0FNsOz2ICEhJUcQ7k2oEyznYmlfo9FI+v6JJTsa"
    "SQXTaMTmhGYvBgTdkSUk4PHFtQGN1UkQSwIOc+LBoZ4YYOFrnNAw4mBMFg+5FFcdciz6hQ"
    "cS/Ynx78g8hGw/Ytnh4DXyQrg4F0SBUHMmfgVoueaRGM9BDglCbwI/VfyaxZRxIlgHeocc"
    "HMiQlHw9cnDfyyCG8uJodCQHCcg9EdM8oJShGRM/K5xiFeIiOnPBlE38SUI46VHeQyEJZj"
    "CuVKgl4Ta1tu412rakOFoP/X6QpbC6svpmtXFWG9f988UGce8Vcb34VBiKnb9M5PoSRkWc"
    "EcRex/62UcMo3ds1VncWYwTR21bV5Y5UDUIXcZbYzYmtuZnkUUYQetdbyTwu6dTYsThubw"
    "Sx2zamzAMyIYK/d2tqca0hcwlpLYPN7K9aWuW6IN8daJQPvp9EVHl7QMKE0KP8GMb74WD3"
    "O0sreub9KMq1x7uLItcGZaFKQFsXqkldKJc4Pg42MgAUoNYC0GkLAGjoIJYmqJnnGkeIHO"
    "qRlrKOHdx6hjJJCVLlpPMA9Uilo86zol1W1UyZlgWqhNwKy2hgXqNqamvnNKoEm0bz7Yv6"
    "0s60WbhGDmkP0U4fooLl8dxNmaUM0pZX3IdZ1nOWyKPM02wY5SsBQTb/8LhXmflydbPXKA"
    "xneJ82ftBT4oaSJBgFUuxIL1iodwg+Adl8PbIEInQep6aHdt95FMkcCLL8IcKUL0jAe0nA"
    "y0FhUtsca0DjAHdIook9n4BfAJmhMXEELetj3DOV4W2Vof008WemsPkUZEA2KnjjqGCbEe"
    "gp4uBTnzP9YPgi1K79jdd+krBOxxKSxVj3+se41wsyYeqQ4axM/trVnweZtPS3lnE2Zqt0"
    "1nQGYpf0I5Y0FBov073eLSNpb4BZadfuGE9Y07trEvWTHJ1SPN1Ia5VHWuVk59RWHVGnvM"
    "OzOfZuK3Msp/d665QpDpvNvFCW4XaygAb5lRmaRTxEoOdAC5kAOSSzuQ+pQO7FSSmdUUi4"
    "IITGURtcrOc0jMPxGSfqitJuLCAuYyqeVDREIStpVdoeEOIu6HdSaxPwVXmRhXhD2AIptI"
    "zfECuZiJdIcFiyJ2VHkGEkr1Hu9nBlY1iTqtlqX7qzd+9XgIVJxlMbX7Fy7jptUsdNtKp3"
    "7zot1XJLtkNdTiSLs3xI5/iQnP9BcsDpznEOaCe525O8Yi90tBcFWDc8lGFYYzyUq/k+7V"
    "exthfrutDp19LmedhRziubN+U5vE+JYK9v8M4DTbJ+7EACLqm1yjNSno6fWEC8W/p3spRT"
    "AnW9cDWfkWimUp3T10ynezYp/0lWXnJ1dcAGeJHqb4oLUlBD0ICEkh6fxXvy+cM7Qfl69W"
    "FGBSHeMRJUvA4x7qe/fyZ+nd01Jv1n2cd7GleQNoTmeb8BsRZxGAVVKeF0SPUl6cckQrWq"
    "jC6/1lVq6cqXv5GCOrsFNcmNlCiFpZ9dWpNavHziFUj88SCfK6QZ4lN8enGp8v8wAZS6X/"
    "JNjIB++/rTd1fQfjSS+UmVRrmkn255vAEdjcbMXYpvh5wQuBmTgx+H5Fs4nGI+HY2OrqUm"
    "WtyWCYr4NFY/wzichKreIFsgSmBQVTCbN6mNkyS+jX+k9Rrszqnd2zO9tVFuajaBdItRyc"
    "lmU6Jv7e6RQZjE+2/N88mm5G7b0gKHdJnA9Q5OSXsj6LtrFyfFRums5xXCCIK3rW/LcpG6"
    "Grci1qqwu6xys5pVY6dZw1stsx5id7BHqlGybmj7Oe1W3dRJddN7GpJgHni8Us2UudtrqF"
    "4ieUgDBdNccBkzjFZAWWbt7Gw8iARnPoEc2f0T8Zec4KMkSfVS1iQWMzcBr8E4v7bYQV0v"
    "RBAfdi1VND65xX6FiqnlEQc0IHOxlEX/YrneQ/RqmqFbapBCJnCrBN3SjxJDlmuZfBvJ9Y"
    "cOJyxAY+VEbt0e91p9FHGnIolmPXedtN8Ob92h1CUnjSTFNYJiSU60Ho/tyuFWMZfS97SJ"
    "WHhaLxaelsTCLqqVTXKHlqfxUBzGOiTOgQyIl2tbt+G5Q8Xa6OedLwBNyDqza9Xdk+Sd7x"
    "jN217h0dzdUKeTR1qdzj7rdNqUwj9K74b394RWpnTK3u41lMOVw8SQpKAHJfGvUHVcBu4J"
    "gRXWoxBGCRqTCVRRghtiIbyOYwKJm0YEBgS70p3CCZgPqZRCptwwqHtULobV1iBWNt5T2d"
    "gKGC1a/jdI6GlPqm6eVPkYNQ+2eE9LrsmBrFzzMNfHxfEpjmta8Q6tU91lUcaR+fTiookS"
    "5OKiXgsC9wpqEOlOrR2kkIOZ5Kb0tCEKdQ7y2gEKZnrJ9wqRCblVmItLePfmy7s3P75fF5"
    "bQpkzxCbh9D342CZKCsQcVwkVlu6ZShpcFNMh2gsPEpIUoIS5feXkL7BLNM8+CDlkguP9s"
    "rtcXqoCs482xf6TSva5K35ZEjVZHG9D15jtlDpTVeBGTBMBikaUYK7N0fYdcJ7PwaPwHcb"
    "T4ggzEOKveeRO703m92em8ZHWyhhGbJ2Zv1cVPbBDpGrmfhUWk0/tHC/7MwNfoLu8cyAS7"
    "065XtrVDbTQV+6Dd64gdKiuyV4iKBYm+kYS4Uic0Ky8yJwFnkJkym6fSo0K6SlypwTw0x0"
    "G4VPG4MgGlkJ+Wqil4TR5K2Ssr3YGHZllCbHm8AYXr2VolcFkJoalk2YvtWIkrqpA6f/vy"
    "7l2tVev3g2yGUWVKG6ZGEXhMG1S8J1Jkfu4aS5KFKTeBR2y96rd8LzSInAIMJK8VJ/eK1+"
    "5E2ZyOcd5tL+jVcay9PVdAzaP49l2hoRydDpmT9ubRdvur2SqkrELKcIUUuAtuQucirqXt"
    "xEBSa24leZQJu/aut5Exi+gmur8szuaO6JriL+fWFyt2tD2hCkDrC7UtX6isqu2R3lAGZn"
    "DoFVyhCstQ1xkqI35B0MIjM0EUYiYMIblNmtGFpBkrglUYSXLUbGQi4TlEg4wZUgXsJjlR"
    "wf0MclOQe/DGc8gxJEaVSmKImBmNvldfZNLUH15/L1WbP4xGR2jhhVNpfUgLgM3wnVpMhY"
    "QZ7Q44oF4o861+x6i/vJbhPg4Tk6SSsSIHUrvCcCRYpoMiOVdxeNA8IPdJa2mMSfPGwh2P"
    "RRxyckCfRz3EGRh3ZM5WF6mrCJz/xOeZGMmVGWbHAcF3PK4oL9bVMfoH86QnIaSajUIunk"
    "LehVHXVIzPJNtVVDkQKyubEZaTP63BpjvMQG+NwUZX+7rdQuUdcvjbvoqqiw5/RukAYZsp"
    "Ube+9LtqbZIgsbXcr/E2rrFUVwgDl+r2nX/FyTqbs1Ac8svhHdEy21ZAjdt8t6/RS1iqMq"
    "XrS6FlMbaS+yMqnnkzIWMM5+KJStRfY5jJgozYVHatTU0lBp3tJQcyguxtby0ZQU6PucvB"
    "LKkbkFrJ6BsYCHJA6xvcaRPB3J0M9bO151EmGN9aD3AQFBv7bKxL5QRjafwwje+ZYCE32b"
    "ByQGvS7PJ+BVM1DAjmesqdAsy8t6mVPBrWfvxEKmObyqQj5LcFb60HRRenYhseFKsyt+UN"
    "ZwvUfe7ZeqrJa+s1P0295ja9N74u556D/Xe4uuZJ9nZvnQdHqBoOHdy81skM8zviIoAgHs"
    "1mOFhKL4JxJLjdCCW1vrisTuty1O/3e+LPCfw5v0afbj5+ePffaBD1+/jl6SA67Z+cncW5"
    "iTKxPgeFudzZwAMKxHR7SPqzYD+OruUvEFzn8VP0oJqKI1bHLRNPAR4cIKxJL5JQ4Pho9B"
    "q5AZ6EvfS5BAacR8TVBbW5k7rOD/TQfpXSNcmTwpYmzZD3qt+AvFf9WvLCraKMrbYtHQpn"
    "MQYS+bwJkc/riXxeInI2bFU3trgKayDRWyn2Y0ONHyJ7C2Y7xYyVSV1v/c9AjFjZu7b9u8"
    "SRBoQqNgQsD9VUz6PWmR3MmgKwIxTXrGTTdXaHFWJnPNyBFCEOdrMbbz9jSVr1WW+VFnGP"
    "XKcd24w1lymLAodAKS8WhNoq4Sr0RnrhjtHwaTTzSXXrsR7nnEMZcdjtrtS8HqmLOMu7PU"
    "xrW+y9nvRQsemG+suDNHBxH5wa4gW81qfBpuE0bdYrXFnSGNIOZOV8QwLPmR5U2CriO711"
    "Zgq8avOQgaJ+nresbn8uuvZHBh3Va9EhIFZTjZ6BGMhIteJQBS+VBoXj5gZS96TfRMcrWt"
    "VLuP2yKp3RsLK6Vn3UUQZig440g46e9DD7z/8DQYZBtg=="
)
