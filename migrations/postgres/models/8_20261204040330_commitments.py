from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "commitment_template" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "region" VARCHAR(32) NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "version" INT NOT NULL,
    "title" VARCHAR(128) NOT NULL,
    "body" TEXT NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "published_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_commitment__region_d0cc81" UNIQUE ("region", "kind", "version")
);
COMMENT ON TABLE "commitment_template" IS 'A version of a region''s letter of one kind; ``sha256`` is over the exact UTF-8 of ``title`` and';
        CREATE TABLE IF NOT EXISTS "commitment_enterprise" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "uscc" VARCHAR(18) NOT NULL UNIQUE,
    "name" VARCHAR(128) NOT NULL,
    "kind" VARCHAR(24) NOT NULL,
    "region" VARCHAR(32) NOT NULL,
    "legal_rep" VARCHAR(64) NOT NULL,
    "id_number_enc" TEXT,
    "id_index" VARCHAR(64),
    "updated_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_commitment__region_8e080b" ON "commitment_enterprise" ("region");
COMMENT ON TABLE "commitment_enterprise" IS 'A pharma enterprise (医药企业) keyed by its unified social credit code; the legal';
        CREATE TABLE IF NOT EXISTS "commitment_identity" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "subject" VARCHAR(48) NOT NULL UNIQUE,
    "region" VARCHAR(32) NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "id_number_enc" TEXT NOT NULL,
    "id_index" VARCHAR(64) NOT NULL,
    "phone_enc" TEXT,
    "updated_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_commitment__region_2dc0b5" ON "commitment_identity" ("region");
CREATE INDEX IF NOT EXISTS "idx_commitment__id_inde_c97954" ON "commitment_identity" ("id_index");
COMMENT ON TABLE "commitment_identity" IS 'What binding needs of a registry practitioner (or an institution''s principal): the ID number,';
        CREATE TABLE IF NOT EXISTS "commitment_campaign" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "region" VARCHAR(32) NOT NULL,
    "name" VARCHAR(128) NOT NULL,
    "opens_at" TIMESTAMPTZ NOT NULL,
    "closes_at" TIMESTAMPTZ NOT NULL,
    "consequence" JSONB NOT NULL,
    "consequence_applied_at" TIMESTAMPTZ,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "template_id" BIGINT NOT NULL REFERENCES "commitment_template" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_commitment__region_898380" ON "commitment_campaign" ("region");
COMMENT ON TABLE "commitment_campaign" IS 'Who must sign which template version between ``opens_at`` and ``closes_at``, and what happens to';
        CREATE TABLE IF NOT EXISTS "commitment_roster" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
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
    "bound_at" TIMESTAMPTZ,
    "campaign_id" BIGINT NOT NULL REFERENCES "commitment_campaign" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_commitment__campaig_094500" UNIQUE ("campaign_id", "signer_kind", "party")
);
CREATE INDEX IF NOT EXISTS "idx_commitment__id_inde_52d9cf" ON "commitment_roster" ("id_index");
CREATE INDEX IF NOT EXISTS "idx_commitment__openid__b8befb" ON "commitment_roster" ("openid_index");
COMMENT ON TABLE "commitment_roster" IS 'One person who must sign in a campaign: ``party`` is what they sign for (the practitioner code,';
        CREATE TABLE IF NOT EXISTS "commitment_letter_event" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(16) NOT NULL,
    "at" TIMESTAMPTZ NOT NULL,
    "client_ip" VARCHAR(64) NOT NULL,
    "user_agent" VARCHAR(255) NOT NULL,
    "roster_id" BIGINT NOT NULL REFERENCES "commitment_roster" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "commitment_letter_event" IS 'The signer''s timeline before signing: ``opened`` and ``read`` (scrolled to the end).';
        CREATE TABLE IF NOT EXISTS "commitment_signature" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "region" VARCHAR(32) NOT NULL,
    "seq" INT NOT NULL,
    "signer" VARCHAR(48) NOT NULL,
    "idempotency_key" VARCHAR(64) NOT NULL UNIQUE,
    "evidence" JSONB NOT NULL,
    "image_png" TEXT NOT NULL,
    "prev_hash" VARCHAR(64) NOT NULL,
    "record_hash" VARCHAR(64) NOT NULL,
    "signed_at" TIMESTAMPTZ NOT NULL,
    "pdf_sha256" VARCHAR(64),
    "pdf_blob" VARCHAR(64),
    "voided_at" TIMESTAMPTZ,
    "void_reason" VARCHAR(255),
    "campaign_id" BIGINT NOT NULL REFERENCES "commitment_campaign" ("id") ON DELETE RESTRICT,
    "roster_id" BIGINT NOT NULL REFERENCES "commitment_roster" ("id") ON DELETE RESTRICT,
    "template_id" BIGINT NOT NULL REFERENCES "commitment_template" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_commitment__templat_efe1d3" UNIQUE ("template_id", "signer"),
    CONSTRAINT "uid_commitment__region_1685c8" UNIQUE ("region", "seq")
);
COMMENT ON TABLE "commitment_signature" IS 'A signed letter and its evidence. ``signer`` (``<signer kind>:<party>``) with the template makes';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "commitment_campaign";
        DROP TABLE IF EXISTS "commitment_enterprise";
        DROP TABLE IF EXISTS "commitment_signature";
        DROP TABLE IF EXISTS "commitment_identity";
        DROP TABLE IF EXISTS "commitment_template";
        DROP TABLE IF EXISTS "commitment_roster";
        DROP TABLE IF EXISTS "commitment_letter_event";"""


MODELS_STATE = (
    "eJztXW1z27aW/isYf4k9o3hs+SVO0u2Mk7r3em/adBL3dnfrOxJEQhZrCmAJ0Ir2bv/74g"
    "CkxFeZkEWZovGhqU3iEPQBeHDOc97+vTdlLvH54aUQ2JlMCRV779C/9yieEvlDyd0e2sNB"
    "sLwHFwQe+Wo4zo4bcRFiB544xj4n8pJLuBN6gfAYhfE/EYFdLDBiY4QRFywkLhr5bIT2gw"
    "kTrIcemOeQg/dITAgazQXhyPceCPKovgJDFdkhTOgyR87o0bsGnh1R78+IDAS7I/JuKGf4"
    "/V/yskdd8o3w5NfgfjD2iO9mmOi58AB1fSDmgbr266/XP/yoRsJ7jwYO86MpXY4O5mLC6G"
    "J4FHnuIdDAvTtCSYgFcVOMpZHvx6uQXNJvLC+IMCKLV3WXF1wyxpEPy7P33TiiDqwKUjPB"
    "P6ffx6+WGjYY/Pz5ZvD16mYw2CusJrxCbhHiSw6jsBM8KoBR//5LP3fJEHV1Dyb4+PfLL/"
    "sn5weKBYyLu1DdVOza+0sRyiXVpIrpSy7Deg3uybzI648THJbzOk2T47h84XV4nVxYMnu5"
    "9RM2JoxqgLV7U/xt4BN6Jyby1+P+xQpe//Pyi2K3HKX4zeS3qj/jn+NbfX0P+L7ks5xRyA"
    "9cM8qA13m6DvL7/LQGu89PK7kNt7LM5t7/ljD5mopyHifDc7z1tDzeNd7ewUu87h+fvjm9"
    "ODk/vZBD1IsurrxZwe7rn2/yvJzg/tm5yZZdUtjNWmezsih0jGTCkmJ7DN5r6lhrmr1OSI"
    "AVAyyKLP5B3hHelFSI3gxljtVuTHqY/LCLO1v+ge5n6s9j5WYF62+uf7r6enP50y8w3ZTz"
    "P33Fv8ubK7jTV1fnuav757llWjwE/XZ983cEv6L/+fzzVV5tWYy7+Z89eCccCTagbDbAbk"
    "oPS64mXPsLNMnxfUrLgQsj7NzPcOgOCndYn1WNLd6a9qf5K5jiO7VmwFx4zUTrj1xPXFER"
    "zvfKbILl3dU2AYwbkMXAR42Cz5RIRZzeg+IOirh8NKHuayaXF6mHIWciV/4dmmA+Qf+BtJ"
    "TeD0LyMFCXbqP+0fE5cjBl1HOwj9TkB0UTodGZNmwwfPDuKo/9UpOh5NCP99vTbIXmT/y3"
    "/f7JyZv+0cn5xdnpmzdnF0eLo794a5UO8OH6b6AGZD7dRC+oNiTM5Wtn5eqOyNGEJwVBmj"
    "4+pcxhoYlysiDooPLXiGWIFYJgyOKYooM8bkDBjkZ/EKdEPK3QsJcknVOxG9nELhHY84ss"
    "/s+vn38uZ/GSIn8CeI5A/yc1DN6Y+Z0C7kaR5wuP8kOY9jmwO+BQ5jBI+Lz/0+V/5Zfg46"
    "fPH/JSHh7wIbccC13LZNNniKxkqSFZTDm8WeY+r9LZAGtbYsD9JxvtlVhucLm3ymT7Ix7w"
    "qKl2SRGLxIh9QyGbvQM3i+cSRMZjeeQgwVBAwjELpwgL5BPMBWLUkY8JiVwS4qKZJyYI/l"
    "Q2HvcQJQ8kRL4UCEVLrcmJrKG2o4bavfzjTYRWMt6eCDVOhADPfYZL+FutCKVIrCa0cU3I"
    "JW4UmDo4M0Rr7ftYrLRE7mT1/7fHdfT/t8fV+j/cy9lYAouIG5lYC4qmBEvRXw84JTBqO3"
    "w+r8PmPLaT4vJ5ASkQgkwDUcLmyqMzTbI99+ZRswfoxnybsF5rMDVPtj3GXuwIY8OIDvBY"
    "kBLkcDUmnCHcDjS8TUncJWTYZ849cQcRFWXAz+plztNuYKXzJ671AWxupaVpOCBhWOYIuC"
    "HfKqRklqoDMOqqJb36r5vVqutiRT99/vlvyfC8PmsjF15m5EJ61aPAXXPVs5R21duy6iUy"
    "Vr19S+DOL+ROr0MB8Yzv9FaBnuFyzOO4JxpFcgmjVxxh+X+0fxu9Ie5Y/jt68/Y2Ojs5wQ"
    "fvkX4iCiOfcLTvYGlQuTjkPcSdCZkS+QOeMqk58AM0wfQOsfEYeYIjR75cCQS6nTmfgIbC"
    "M0wM52R855wIJ/0aBvNJv9JghluroU/1fwNWJ+Mt9FkD+tTfmQl7lxQdZHAzWQRWJeyYct"
    "DyYNYfme+zmTrQCurB4t5KBWGcHvWYilC92k84YFlAaJnLsVowLSk6d8huSu5XH7I8GsF7"
    "jkiZl5cxn2BaGXSVIsxxfiQpm5JKyWpsFzP48Pnzp4wA+nCdBwV+/enDlTwj1GLIQZ7IuH"
    "hTLHckV4ycLwlBB2CZpvWasRdyMeCE0DWO3QJxB0/eHTlpa0GdFn3p7DK3RKP6Gt3dES4q"
    "IJfU3ZVaFc+Oexa9yoZxPWcYl2CB55ic+QuCDhrbm4KOCvn6Jg6vFEknWLxtf9eUuB4uMr"
    "w6cm5B0I64OZivM3FzPnNweV5S9XqkaZ60JLvjy2+E9yBI5Gk+ILREwK+WPymyjcQttpfz"
    "jYggTuTfGQ7UX2tkT+fothbSuHO4UWqXTzClpCR0aIXra0myReBiRuS8YjvwxeaDRq3LYC"
    "3pYi3a2hbttWSqJ6IqkzZ9u7fKpvVyA2vEE8gL3h2FHYdAGYRaEqmnIBZCLhP2fBRImTLF"
    "zlyXtdPu/h66J3OobjdXvnwVDDC6jU7Hrit/Hr3Ft9Gbo9Fb+e/4+Fz+e3F0XBZfsPV3uK"
    "W3dDhUNTYGAQ6lyTEcIo+rWhwQHKCfr+6/4mhCsPtnhENBQg7RDxdjl9xGb8+Ojm+j8yOY"
    "7O0RuTh4L+dHdyGLAo5GIabOBCIh1CND+VeJW6oe+FqV9lOBEgcIUxdRIt+eMoFGBP4oNo"
    "PZ4U9hM3qIbiQ9Jzh0JvB3qhAMNAs9Ie0k+SfDnwFskNycH3ISPngOkX/KOGRT9cfARoon"
    "gdQzeA3NKnkMuDXDLn5PRaioTCZ5P33Nx7BSLtn7l8U5Wolz2PCYxjAOGw7TbLSGzbRc8L"
    "dfx3zoV5sP/YL54Mszwch4WBBs0XSgTLtZm2dwHf5Ws7fMOFtoF4YWWoauIRCiS1J4qYvU"
    "ZfKSooOSYvMMvgvNon+S8V0A0JrmrbRQpRFrlPibIung9u2fndU56c7Oqo86uJc76xIjpc"
    "DmH32GK/OvlkQ5Ro+Bavc28wrG/vD51w+frtAvX64+Xn+9jjH5BUCjbsKlZRDVl6vLTwWX"
    "B71bg81pKsvnGnzGdyEh0O1gwAUOK2DJCtlRJF2FS+6gNFnF+8ubqx0ou1CiBkPBwoctKc"
    "KbtzTg/4PAo3OvREurdsflyDpx1m3bH6d46FFPeNgv2eaPMD9NaNlvM5BtuonNQLYewxZ4"
    "DH8Bv54HzC/PLMrc763yGQb5kTWchmka8IhlXG7q5zNydHEbnRyBj+zi5HycvXLex6fyyg"
    "UZLa9cHCVj+kf98wNdOhErd1wPzVh4L3cVlFmUc2a9g7qEvkZ0yryL7X5ZM/9byHzrZys5"
    "SqyfzfrZXoifbfNhZEqoGDA3Gd9B5m4+eCwl/QemAqKMtntxkdYftHMMtqCZDTu10IGFDi"
    "x0sIPQwZc4XvSfJOQrypalh/Qeq18GgwcPqdE1QISxZOcEhZi6EKzK7gmFbgqLqN6QBD52"
    "iJu0xeYQyiofSrlu3oQwRxDUOkfJC6i42NICZk1NBXHEV9iZoCBkDuEc3RMScBW8G8fsqk"
    "8FjVm4iFeGh4HHE/4Pk+nX8QSayQsqE06H73r8ljpRCGFA74E4/fL7EC4McENEBQkPoA8g"
    "XJGywIf2FNgJmXwZMFRHmBOuI6iTTuRyE0UBf2rNtefXsTpo8K7KVZbrbsLtBYFVaOvkKk"
    "NNwvV0rQylPXXtqVt16gYsFOWHrbrzyBm7GFOrja0jxb4U+Q4L3R6aTeRug/QPlYuiEwAB"
    "CD9/c34MQPjFCEExz74jfyFHqqTnKdwgb0/1oHeL0w/eAsnDgsvTR2/QeJaKJrfP8B5wJn"
    "9kdCwPQgq+a0/M0f4vnz9df/xv+fijI/zm7cG7GIV3iGQbJP7EZ6NuwAsP1TlF0G0MDl9Y"
    "MTeeloSv5Mmsny4fDck1utiZSs0h1Anngfy4JZk86imj8ymLePLKWj+gTHf/FUzyhElVgc"
    "qXsD2hdhr8f359qOuYnvpYjVsy5uk6p3s2kFYuGXHHQqN+T2maDmqcp0d1kkOOqrNDjvJM"
    "FjiUIh7yPIQRo/N0HWT25uMPY6aZ+l9yZJ3LxNm86Ig5ZuquzZF1cE831DJ6+WYFbldHdu"
    "bIOsHtbcd12uJOz1jcaUfK3uxw1MLCcC0xKVcVoM7QbbH+9PPs7g3Wn06wBfPCWUVKq6c8"
    "qqcsmKahG9M6cRXkXUh33fZBmgBppkuQp7O8XyM5RU4PmYApx2392NUCaRdWoOlztY2BU8"
    "UmzzwaTaHCVPI2O8dmBfo9rOXPy5Fah17rHHoZPdVxSCAGoxIIbUUKdJroRSc/u8SR5+g6"
    "n0mW0jYfbvNHAmsFh7S0EMYsnBp+LeXUT/xsdme1S74aysRAyxD5AYQEczPVqYK8e+pTA7"
    "VyEraZC6wcqZVYbZZYmENBWEIGpjENOcLHgxvav67bDG9YrgDUh/WJ4VGRIXrJJwT5JgiF"
    "Q7PE1Kvcu1mitbbuWtroUbMbt398+ub04uT8dLFfF1dWbdPilpSPd/xoPXU1T2vFf5vFv1"
    "6tNSCpFFX31KnNh0U8kNCTD5MfhWrNPhiXhZivOm4rHmCP3XWP3bUsNGuYZbi31gGRI7Xn"
    "Q5vPBzcKfA8iDgdsbGwilBBbebWuvKr0HK06MiqOaKvi2pRvm/JtU747sOolp5h6+1blol"
    "09QIeByoQ0fbv3eFbagCxG1sj65oIESZ61pn/Fke+NyXs0HAbRSJ7NwyHUTdOtjviEzSgk"
    "Si3Hk1CXW0ulcJXlfDc3kc3RarV2sipHS+1X00XIkDWltHR1NVKgvrnPpqvH2u4eY2UhGI"
    "KFJjjdgqCDkdibj1S1HbBefB2zHY53pEyUJIKtKDofj99ikbi9Z5DxTQTzapW2RLNZla+x"
    "JNpiskai6uxUskbLTDcIf3fI3grrLR7Rq2XApQbXKf89YdJQYiF6YJ5DoHetNKrGRDgTVU"
    "MrNqJGPhvpwhrQcBajP+Svs4mudeWwqbS7VJ2r34iUtqUWXFPTWPut1RaDtd/atBpWE91O"
    "YgiLQscoZ35JYRlcKyVkbMLdeHgXWdtEJQIsBHYmqq2cWafQAmH34nZO6uzlk+q9fGIrQ3"
    "feYVTlJmyV1fET4RzfrTA6kgF1bI5pauyjJsfNjL2e4TmKiTgaETEjRDt3dNRxqCrxZZw3"
    "+8vye8rNIxjrgY0Q+3JKShY2OI81Olqt5lqjo02rYZ1GHXcacSJ5aOQ1WlJ0USdvotDA2D"
    "w2Mk1lgyLXlVkj5pbEb1c7PZLxndjY23B7tEQr/oDp/Q10iRiX9+DM3H9EJ1ZvM5IEA5Gm"
    "qBNQNYHwpQB7LmLjse9RhYPDo1DyqF5cHBu6P8zR2KOYOkTHNkGrigcWOVIlLQ2i2ujDrQ"
    "7caglWrQOrbWB+mqSoNqMBv5ilSJsfSjSYmx8pMmt+rG1+rJkYt4F8uLYd7M+UYKKPD2lI"
    "mBgLWapO6FVNx5klLAN3+jqsTui6h983UX1SK0yleZ6rpXqG0MqVJxyrMSfXqhCXJrVIU+"
    "uQppbYh1+UDrZX6i5Rd3qP24Q1/SPKHQHjpZkGToik39D+op3hFAvwVXgcUdWDSQ+XRpuY"
    "eQ55hxZ4NQzRG7HMQdLgRNY6bLXs3AUPyYtZDNt3alspAgHzPceoQ8+SooOGx8vIwXi+Dd"
    "xAG3nMyeAB+/JoNYYxirTW5LBY0q4uQJLmMLgLsVkjsCJl92CO4zqCp1rutKq/XbsZvXER"
    "T74FvjRCTftR5cie1JJqvdy778YRdWB+3fjeo/wQ5vt+r6GFWMH4RjpVBSGTQ9YA+nKEVu"
    "ivLfQXnDQH+nKkFuhrHdCXUa8CuV4Pa3xrOUIb97S2gpswco2gzSypLb/Y5i/N8bFnWqM0"
    "TfOSS5Tagol7Ty2Y2Crvzifi3pHwiopwvlfp6EkP6tWIA/TV+Hqunyu5P+YIIDGCoMvpHV"
    "EJKlNGyVz++0Agtw6cNTj2xPSgKBo4MMP3KGQzXf1Mu2o0vVt0+zQ1iXX5tPpoX+XysVFp"
    "z6ho2aSYLupVtpKaraS2q148qLEzMHfl5cg6UParaaxXyg9zNmeIOrifN8/mXXPWNWywbV"
    "nBcYnAnm/iy1hStMONAdPutBujVVb2V8gk2qu0r/XtXg3Lmi9GPmpYf6aQ+DYn5BVH4I1M"
    "m7fvVAGI2YT5BC57ogdl6pbhkCSURDzwvZjqDyaXLr5XtK4bm+mW3tJLBCxzlyXQdUqfg8"
    "PQg1oVk8yTwM0tPDHXNfOWN9/nHi2HMrDYb6l6HFfPmyuC+BHw8HRioEotPkTXyQT609XA"
    "gPqkP3rBBOAB9T9Bvgn+/pYOh4ox0mIcqC9wOISoUV32T15A6iL85XDp+ge5e6YjSEnkTL"
    "6wwhzlm8nPUoWlqrqBkJjIInErCZ1wLleb3iGi4I2QzapAid+zlisnf+79ywIV7Tk5LFDR"
    "ptVIl3n40wDpjkd3ydm9sc5Au6aPdm8r2zDVRg0ufc7DbwNCS8pYV5fPKFJ2IWZsG3U0iv"
    "yXetZa3F/SWd4/gffq7zWRMUXKhvj/fKJm80AwCwg13+hZKrvNzbd5WIrprEhUKkd0dpLX"
    "2T1dpwJvdf3dQvVdZeiuVw82Q2nDrtrsHoQqTOtEsS7J7Pq2eX1taNheR0LDkqJvHzzf3y"
    "tBrTP3ezVga7OacIAn30ZnZ6fn8t/RSP57MT535L9u/xxBdv40EIdoOGSRGIzkK8gdqXFV"
    "vQ/QmIUKEoVGmSGRV7jQ98ch+19C5SOQqiMeb70Clr2luW+pQnlDIsI5wmOhSjPL58hPF8"
    "OPfCavQNlQDRir4gQaH1629VQXAxzK/0l6boPS2g/JtL9K3UtEei3O/pzcT0lTEwMrR7YZ"
    "mPJ5BVHDYU4Whn92OaN0giL3q0NDUiQ2NmQ1qLNGiqtKCjB1izTatur55E2/DlTZr4Yq+w"
    "WoMlH815HuZbTdg9I2Dw8H0gaUdt3Ao+MSfq/yhGTpusDrbUPEY+z5A2nfcbOSVjmyLnC+"
    "6V3uYy4GJAzNMg6yVN3jc//srI4IPzurluFwr9AcD2CPkuCBan0xRWKhvbwSaPvfrSWwdw"
    "0QjwJ3zWXOUtplbvUyW7/Hk4VjS/weH3z5GLCmK/PhcyN6q3wfUla7nhiMEpJ6zo9L5Hp8"
    "An0YxVxZ9hDgvX8bnb09Ob6NTsdE/nt2euTKf0/kUa2i5imSZrnwRKTsdBaiAObw4DcIJl"
    "/0spFPdnzGI2iJQ0KPubysZ85W54cQ/1+ike85aDbxfIKGQ5hUyj5Gh0P03X8gwVw8R9/J"
    "GwGM45NBRIXny5uQwk+ZCunHnmT2+/gnNJUEI4IwvyeuygSAQHx9bwC/SlpV73nqUW8aTY"
    "vv9YojQl1b1nkHoLVVofO2snCjhW+j0R/EEQPTvOQ8nc3nrNMPMWaaw8wqf+bp7Mauv7HV"
    "72vwOqHrXjZ4v07gnxxVvbH7heA/DuESnlmR1TSNFR81xEcVJFmNBj8RjWwbg7cNBC+U2H"
    "LTvwKdTBM9scrcDi1ASZm5lLJuwsAc2YtmYcZaMmFigfBFszExLg0/5RzZSy4ZmWDWZQU3"
    "q4/4LFUnzqCmXWLWrbDW8b8LeHNLANKPCtK8eiBUfFG1MfZKMNLioF4NmJTA+LoQqaZBiq"
    "YEgdwHaIEjzKGK53CoRx/KD8+j5HAsn80P1ev9Qw4bDkvaxG18BoA5h0MWenLAICTj4RBN"
    "8f2ixAhgrJ5LpgETkuidih2HMiXvvvPc7+VYiCoHwNJh08CHTY0wktYmF1ie0fAV3tK4j5"
    "3+knlPPsKb6kfwCe6fnSdFRkI2S56I0cev/4QL73V1EyTnVkVVfIIfCII/fxqIeU0U9PcU"
    "fMYcJwrj0+9fFh618Ggbz4SmYaSUvDCG7cpoLXT3OM9tjcwGmZuW6gamUI7sRVuTzxh/3z"
    "Ib8pmq4LAodMxA/QWFhfPrwPlJqzkTHqdpOsfls+M6gliOquSyupcTxcqSMOHxkqKDZ93m"
    "HSZLU82cyQnVRsKLW5SOdnFUp+zHUXXdj6OiW0oX2DTEBnNkHdzQmwcHFzwzRwdzpBYebB"
    "08mF5oiLZzQzyja6x0ntYWXGnbSrcKCP6b6iZcCQH/LWk2/Cj4u2hL/Dj4ezMhSA1H+zEo"
    "qiMVFKJJGSUHurp0RNEdoJjwSwpNSUWjptrHFhHg5qYpL88c0biIQAH5sYWaW2RJroBTFy"
    "tYfwWWNDajfm2T3sKsjymTm0cCjRvQd7nv/MZtT8rEQHFjjUziMtru8byRNFfbhb5FJTpa"
    "pedeU7mMGHrVVeq6yyF19F0vM/rxgAcIPogp0AP2I1ISkqA9+jp/Ce2Tw7tDxOWu5BCNAP"
    "ePXh8fHR30VC8ThWmXhD00N0+p1lt6/KoHw0+Kz3ntNx1lEA+1AQYt1YhtgIENMOgc05fy"
    "qS6rlxQdZPCGK4GbplxtP9Vqh7euOtFLIGHieFPslzN4QZPXazXRYUy8g9xeFbhx9fH6p8"
    "tP+8f9nnaxSGXWEyTN+NOCL2s3Qgt2ePvacirr7GXr1TC19n5mwnNWuDXi+70adh5dDq3l"
    "2NDjdSfMOA2LuLEfQrAKJwM4JyaYT3R/TY6YykIGUwwUu3LXRhMTQYz7jQpSdyF4nBN/DI"
    "XP+YTNqHyiI//m2YRQ9Zh4foApYIzHeQT1Oxj15+rRX/9++RqC1uW9exII6zjpsJloHSfP"
    "VYrY2ufWPt+2zGmY58CrARxSJszOEHWuivzmY8n0cW0YtJch6qD8aIzN5vZOhtCaO9bcWW"
    "XufE60+L1Ki2c5pI7RwzKj6zm3Fofdq7RZIS0RMAZyBkpPFf4DK2IUhQRHkkQ3S6pwaG3m"
    "2TqDV/dE1h2doKFmD0XBRDIbih6GBJ4NZgy0cYovL+YDxvI4iTcM44tSj7U1BtuvM++Wj6"
    "tL6pxVobfPc2uQP5NBbqPqbAm8Z9KamyiBZzNBt5EJKmcUoF8bMDlF0jkeN1BVa4IpJUaN"
    "31MknZAczYtmh3gPa9TYy5C96MISC16sld6ZJrV4UevwokwFEQVHlGKv1V9KhuhFfycawD"
    "ER5kuKLR6WgC1t58DcvDTXm81E0V5SdEAf2baaHcOJUn4b248lpNaSfHyDLwHcwTpYSSm5"
    "Lem0LmqihYexOzJH1r19v3lLaMEycx0zR2rrSrRNxWyVS/JLtMIZCTd7NdyQYVTTAfmZEk"
    "Qgzh3r9mUQE6m9NNlct0juLPiVOxMyJe/lT26IxwKpOvlLR2LRC9nEBGb1eG2mXAuOrN3y"
    "InYqEs8mbTWZtKXllZFNvaDoIHcbaEim2DXgFAd8wkqUr+rqBCWk7ahQANPudIWCjGbMB6"
    "ykUOQKQC4hsGBc68G4HUYqeDSd4rDELl4hMJYkVlBsXFDYXki2F9Jzs37XoYqSJnfGX1Se"
    "zsJ/j39SS56Zf1R5WgsAtvmrij0U/CnuDW6dG2siRS2BYn9JPtnKKr+5Eb0aoOxCDtSDZn"
    "+bYKFyJhSdgzghXGOmmcSOd2qMzl6P25z50AVNpNI7oFLvvirZy2YAuBZQ2gbnuqWZZPqQ"
    "BD525Dip5urJYmA4hCuADaev4rEgYVlKyYFNHWn7p9xbAfq2M7WhRXmrDWQ2tBBn7xR/be"
    "bI88RAWP+G9W/ssNywiU+2nPhz8ryRcuJTgim8ggG3UyQdCITdAo+XsJJZ5kie7sV54VqC"
    "MXwhAfbCL0RyjYu9EoghO6BXJ+xLUcj/LUlqNJSPhyt7P279rh+ko7XA5yUZnqqDNws9IQ"
    "hUvptOPTElVLyXlj511Sj5kiF7AAO/CDM0OBc0gdclKCwy0H7tvRoZkAsczo0NqTRVU6ZU"
    "V9ei3RBBp3T9pRArMrk6QyhL1QlGP1OekPdABnhRnqk+/0uIO6CjbnsRbKazzXS2Xuh6Xu"
    "jdiA7cizXx7VjRm0eHoJEDBz8SZaIEg6s+EgqE9jgwPg6Ah+btz7NU3YPjNh+6lHDM/MjI"
    "UtqwpbYdGC0Bsn5hkqGXjkM4/8gqomVyQ3qrwKwABktVG0YvPPz1ekgkHRoAOdIP0B0ZMA"
    "qA2IOxJER3TCwRJjUdT7oy7ItFF4d0+4aD8lYSDc9nUaxWIyfVKFZ69Y0DXEqJbYRLDXTF"
    "lr+35e87xWZb/t7qbM3pbF+Iw8Ks2lByu4auFi5HPqqm/aLVnzvvgdCk3VZGWRrN1bXExO"
    "5BM2ZP9bBD+A5D9KdSo7Tr4RWPK0YU9bOmJtLF8PXV4VDVzB8O80Gp8gbHc+j5FZK48D11"
    "I0dIjTEI5BfnvldXucAKQJG3I3hZ8kDCOdLsvKWxYhmQkKs+ZPAwOQB5UpvEHE2xSw7Rb1"
    "KvdEMs9UZNxhGWU0LjsJ4cEd6vVTMjsfzkb7ZuhlUxd8hx+gKjqDvlIm1nZkDHmW6DfDMM"
    "Pj2qwWBoglzB4GJ/5Hv5d5mwNxlvmVuDuRpQK7K3UhFZEnQp7aJ/fPrm9OLk/HShhiyurN"
    "I+imFAKeWvwNNqN32W6kV76QHalUNNOZgjeyILd8fXUlYcp6p2y4oTqbJ2yy46Y3Px40d1"
    "hKYcVR0/flQQmzzi0hJVXuwpo2JiIkFLaTuU6b4xWcpZFJp1gVlSdG4bH/frJKfJUdUhHP"
    "1CgppGPYwh6RxZBxWtzYPSC56tFX2WJrXAdOuA6fRCzxJMcY2VztPasJHdWGkz8Zmns4FY"
    "j4vPJc/Mc1HLaLvH87Naeu7ZCj33TOu57fKyPXhktlftZVO3e3W8bIuRNbL60hD/K75IvB"
    "NQ6QfHPiWkH6ncYPqEfo90HPEyx67Y47mk1XTTs9lAqB31Uul1Ni+MkiazCX3rJvRZH6H1"
    "EXaRv7aZ8ZYT99RpvkbmXpbuRTsFlsxYBz3J0lr4pNVGte2a3Hxxf5sfuQUub72bacvQiW"
    "0ftLado23n+Py83/WjuCXg31eBx+NLR0V275Wgf5n7vVXwH4eRkBC5GFoD/xtF0uqJkKJF"
    "UzIdkfA9CplPOJTN8ufIo4hgZ6JqbkHdbt2UcZ8TiB4PpTJyKGdgIT+8hP+VJEA2MAfE1n"
    "+mkhBThMM7Rvuem0myDDDnMxa6kC0JMe6H6AsJVM8SyQnPl+/Dkc+c+yQjEzgWN5qcTTyf"
    "WDSx/fhVNZoYcblpsFmkapqmc/l9mwdXXI8HPp4PTNmcp+ugFdNAV5lYmhlnrRYIO8juRo"
    "qmqsOpyOnqlnALgnY0hIP5OtMQTqsDZsuxJLELsvEFwarKXYmGw+RXgGmFPbQgyq3ISFI1"
    "tRTJkbtdpn/4/PlThukfrvNW/a8/fbj6sn+sVkAO8kSFaw60VWlD+uzOK/sCKhXKAt32Uh"
    "iOmtUtNxZzC/q/ZJHqHG9q3OdprXXfNus+s9KYC/0prIHjFIjtWrd5rW1T02oBKv9AF2CT"
    "eAfuyLLHH8vKVY8Cd81Vz1LaVW/Lqpd87Ort24TafiWc69UoR22T+73HUVueGloDtVXnEY"
    "qJdI0Qx/cIFWjCfKjtgUJMXTZFgt0T2kMMwFJPcPT175ev+2fnqoqcYCFxEVQLKQNtm5jC"
    "Iqo7iqiqNTaGn7JUnUNVNw/0aVlgutXTVDYIdt0gWKs4Vi7I7qoMFbYgJ2RtUzBFa5e61U"
    "tNvgWefNwaC52ltMvc6mUOyQO7XzNeNk1pcZ02r7K2PQZeYKKAZog6VydhM/pnSwzqj3ga"
    "YO+u1Jhe3OutbG646H81cNIEj5rTv00YmkZcIC5JIP7HmSBBpoEvtwV6ICFXnjwiZvLkR8"
    "Mhg5ImUmYsino6PuNEX+mpSzNIZ9QVPLk0jwvGddMT3lLK6Gt4uHwW1AOlukei3LNshjQ1"
    "2pfPkbsLUgaoQ9STgkB+L64qLP8OZW4P4ntqTlt0fgcMm1W5ljbvrMnQKNOQqA6HQjVSyS"
    "cRh6baXprOqvQtV/biA84YikkT2kVu9yIv1YviMleHduXI2hHeBdN2JryrXO8z/hQrn2IN"
    "7VZ/ljGabZZblqXqoCqzeWePdTi8iO8pMeyN3Xo5wi7VoN6CBVyAtYorUlyOH1lIvDv6Dz"
    "JXS3JNofFKqZ6RIFMLzOkm9dAdW5S/kp2XXF0esCGeLfCb/IaU3JA8IDpy+Yv8Tr5cf5Sc"
    "r4YP0+kVXJQljH+I6X78xxciZyoHHWLWf1HPuKJCF3PuCM+z4QByL2IByYpPY9XX5DldYl"
    "SjYHTxsy6DpUs//loAdVoE1Yn3SkBhNoa4q6TTlPz45CcAF6FWHjSDeI+GQz7B/bPz4RAC"
    "sBj0gQLsl3yTM6Bfb358fQHjh0PhCZ9oRLmATzc8H/TFGjF3Ln9TKb7yZswOfijIN6Eiho"
    "bDg/cKiZa3g2gkDbpJDD+rwDISN91iM0RVsyuojHInH1ABTae7ViVdM+I/Ureusrh1G07t"
    "3o7h1s9okGweuLbdZxqskZMImwJ/K6VHiqJLuv/G8rfUiWKyXxcEXdywTXha4JAuMri6ql"
    "MyvhP83XZRJ61GmeznJUUnGN54FYWUFmmKuOVpLYTdZsjNIqudXWaDaLXUfojDwZ4Io6TD"
    "0HZz2S3c1Eq46YoKEgahx0thptTdXk14iWRJ6rSBkFrGFKMlIdq/jc5OTka3kdTMx7fR6f"
    "joWP5LjvEBuidz4kJfdEj3kys3hqhBzhwP+0hKUNcTCArB66RBn9xhvwRianjGWxqSQG5l"
    "+XwMhUdecXT9g2Q8FJ9LpSYS6oTzQPVyp/I/SGuUJ738Ue0/tA814Uaeqs5qwx53Gj6KuO"
    "OYaNfJ+M6lLR7XshRXGIoFO9FGPDZrh1tgblntrY5Z2K82C/sl3QrbByt3KRxancYDeRib"
    "sDhDZBN3HsU2PHegVRup+pWcctWQXYGwC1XBtw3dSSaqv9Rkh6dpusDzpne4rfCz1nbvGK"
    "bTpBX+SUU3XD2Q8jrs6du9mna4DpgYkAXRo5b4jbRfdeKeNFhhP0pjlKARkXaoviE3wrs4"
    "J5C4i4xAqPGkwimckPm+tGYF02EY1C2pyN7UJNY23lHb2BoYTXbHMW8dYk+qdp5UtiDBtr"
    "U+Lo9PeVzTkm9odS+HJVXn2NxQxXsIpzbvwJsm61KY0vOmKFQFyBsnKHQzSr6Xy0zI7MJM"
    "XsLHy68fL3+4WpWW0KRN8UuqOfK1KwWSJ+Z7JcZF6bi6VoaXJqhR7QSLxKWFKCEuX0Z5S9"
    "p5pkc72oeeSBR5cgE8EQkdBx7IRXO8APsH75QBsHCs9QqmRqOz3dLV7jvtDgwmEK3OFAOw"
    "3GQLGmuztF1CrrJZeDT6gzhGekGKpHNevdM6fqfTarfTacHrZB0jtk7MzsLFz+wQaRu7X4"
    "RHpNXyo4F4ZtBrTLd3hqgLfqdt72zrh1prKXYB3WuJHyptspeYijmLvpaFuIQTHrcPP0tj"
    "KSAhZ1CZMl2n0qPSukpCqcE9FOBQzHU+ripAKe2nuR4KUZP7yvZKW3cQoVm0EBue75bC9Z"
    "RFqS5rI3RhWfZiP1YSiiqtzl+/fvxY6dX6fS9dYVS70gYLpwi8pk0q3hErMrt2tS3J3JJ3"
    "QUds2g+mvwsDJi8IOshea07ulK6dOj8GcH4Y2TUltF3QvJve0Mvj2Fg8l5B2j+ObD4W+C8"
    "uUkWo2J+O7x9vN72YLSFlAquOAFIQLrsPnPF1D4qSDrDYUJVmqLkjtbYuREYvoOthfms7W"
    "jmgb8JcJ64uBHeNIqByhjYXaVCxUGmp7YjRUBys49HKhULltaBoMlTK/IGnhiZUgcjkTHW"
    "G5LZrRhqIZS4aVOEky3KzlIuEZihoVMxQE7CY1USH8DGpTkAeIxnPIIRRGVSAxZMwMh9/p"
    "X1TR1O/ffaegze+HwwM088REeR8WDcCm+F5vplzBjGYnvKWeUPVWX0Mj7/cq3cdhcpF0MV"
    "bkQGlXmI6E88WkSK1VnB4UhOQhGa2cMYu6sXDHYxGHmhzwzIMe4gycO6pmq4v0VQTBf/Ln"
    "qZzJVRVmRyHB91y3Hp/IfXWI/sk8FUkIpWYjweVbqLswa7WvJl1sV3NlT+6sdEVYTv60Dp"
    "v2KAO9FQ4bU/T1SYhryxagYYiqjQF/ncIAQcwUuFvd1l2P7pIhsbHar7EYN9iqS4oObtXN"
    "B//Kk3UaMCEP+fngnhi5bUtIOyd8N4/oJSpVkdPVrdDSNNvvg/Y8gFIjHc+8qbQxBoF8ow"
    "L3Vzhm0kSdECrbRlMXFoOJeMkQdYLtTYuWlCFnptxlyCyra7Ba2+hrOAgyhDY2uNUugsAd"
    "D8yrtWepuuB8azzBQXJs5LORKZcTGsvjx3n8wKQKuY7AyhBal2ab5RUs1SAkmJuBOzmy7n"
    "1NjdTRsP7jZ4KMbSmTlrDfNry1ERRtXIpNRFAs29wWBc4GuPvSq/WUs9f2a36efs1NRm9c"
    "ktBzJnsloRvxnd6quA28HPNYpEY1Vzdc+eel+P+f6MOr9uxXdshcYaJUtsjsAjzZiH0CH5"
    "UBh+PhHeTu8dFRnQzXo6PqFFe4l7P+GBWlxSqrnXgpEuvDM/ThPWvFhr/+Hxrp+Fg="
)
