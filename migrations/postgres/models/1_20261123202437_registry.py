from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "institution" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(128) NOT NULL,
    "kind" VARCHAR(24) NOT NULL,
    "level" VARCHAR(4) NOT NULL,
    "chain_parent" VARCHAR(32),
    "region" VARCHAR(32) NOT NULL,
    "grid" VARCHAR(32),
    "address" VARCHAR(255) NOT NULL,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "agreement_start" DATE NOT NULL,
    "status" VARCHAR(24) NOT NULL,
    "name_pinyin" TEXT NOT NULL,
    "name_initials" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_institution_chain_p_9ca8dc" ON "institution" ("chain_parent");
CREATE INDEX IF NOT EXISTS "idx_institution_region_0fffbd" ON "institution" ("region", "kind");
CREATE INDEX IF NOT EXISTS "idx_institution_region_75f0f6" ON "institution" ("region", "latitude");
COMMENT ON TABLE "institution" IS 'A designated medical institution or retail pharmacy of a region, keyed by its 医保定点编码.';
        CREATE TABLE IF NOT EXISTS "practitioner" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(64) NOT NULL,
    "role" VARCHAR(16) NOT NULL,
    "institution_code" VARCHAR(32) NOT NULL,
    "region" VARCHAR(32) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_practitione_institu_13832e" ON "practitioner" ("institution_code");
CREATE INDEX IF NOT EXISTS "idx_practitione_region_92ec0b" ON "practitioner" ("region", "role");
COMMENT ON TABLE "practitioner" IS 'A practitioner (医保医师、药师、护士、技师…) with a code, working at one institution of the region.';
        CREATE TABLE IF NOT EXISTS "registry_version" (
    "region" VARCHAR(32) NOT NULL PRIMARY KEY,
    "token" VARCHAR(32) NOT NULL,
    "changed_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "registry_version" IS 'A fresh random token per region, replaced in the same transaction as every registry write.';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "institution";
        DROP TABLE IF EXISTS "practitioner";
        DROP TABLE IF EXISTS "registry_version";"""


MODELS_STATE = (
    "eJztXW1zm7gW/isaf9lkJs04TuI47b13Jmnd3ey0SSd19+7seocKEDYbLFEh4np7+9+vjj"
    "AGYyCQGMemfIkdSQeJ58jnHfGtNWEmcbzDCyGwMZ4QKlov0bcWxRMiv6T0HqAWdt2oDxoE"
    "1h01HC+P0z3BsQFXtLDjEdlkEs/gtitsRmH8eyKwiQVGzEIYeYJxYiLdYTrac8dMsAN0z2"
    "yD7L9CYkyQPhPEQ459T5BNgxYYqsgOYUKTGXJGm44quLZP7S8+0QQbEdnL5Qx//iWbbWqS"
    "r8QL/3XvNMsmjrkEom3CBVS7Jmauavv06erNWzUS1q1rBnP8CY1GuzMxZnQx3Pdt8xBooG"
    "9EKOFYEDMGLPUdZ86FsClYsWwQ3CeLpZpRg0ks7DvAnta/LJ8awBWkZoI/J/+ZLy02TNOu"
    "bwbax/5A01or3IQlJJgwbzIYhZ1gUwFAffseXDcCRLW2YILXv1zc7h139xUEzBMjrjoVXK"
    "3vilCyNCBVoEcoA7+0OzJbxfr1GPN0rOM0CcTlgh+DddgQgR1t/RDGEKgKoG1N8FfNIXQk"
    "xvLfo04vB+vfLm4V3HKUwpvJ32rwM76ed3WCPsA9wlnOKOQPPACqBNZJuhri3T0pAHf3JB"
    "Nt6FoG27P/SQH5iop0jMPhCWztQB7vGrYjWMSLztHJ2UnvuHvSk0PUQhctZzlwX10PkliO"
    "cee0W2bLRhTNZi2yWZnPjVIyIaLYHMCtqtRa1fAanAAUGharEL+RPcKekAzRu0SZgNqckx"
    "6GX3ZxZ8sbNG+oM5sbNznQD67e9z8OLt5/gOkmnvfFUfhdDPrQ01Gts0TrXjfBpsVF0H+v"
    "Br8g+Bf9cXPdT5oti3GDP1qwJuwLplE21bAZs8PC1hC172BJWncxKwcadGzcTTE3tZUe1m"
    "FZY1e7Jp1JsgVTPFI8A3BhmaHV75u26FPBZ600nyDqzfcJYJxGFgMfdApuKJGGOL0Dwx0M"
    "cXlpQs0XTLIXqYshYyw5/xKNsTdG/0aBlN5zObnXVNPQ77SPusjAlFHbwA5Sk++vugiVzr"
    "Rmh+HSHmWq/VSXIUXpz/fb03yF6jX+eadzfHzWaR93e6cnZ2envfZC9a925dkAl1c/gxmw"
    "9NMN7YJsR6K8fK2tXN0RORpisiJI4+pTyhzGyxgnC4IaGn+VeIZYRRBKQjynqCHGFRjYvv"
    "43MVLEU46FHZHUzsSuZBObRGDbWYX414831+kQRxRJDWAbAv1PWhheZe53LHCn+7YjbOod"
    "wrTPEbsDhJaUQYjz3vuL35MseP3u5jIp5eEClwl2LGytMpt+iaiRLAUkS1mE1wvu8xqdFU"
    "C7JQ7cr0xvpXhu0HyQ57L9PR/woKt2QRHzhc6+Is6mLyHNYpsEEcuSKgcJhlzCLcYnCAvk"
    "EOwJxKghL8OJZAkx0dQWYwS3yizrAFFyTzhypEBY9dSqnKhx1HbUUbuTN19GaIXjG41QQC"
    "O4eOYwnIJvtiEUI2ksobVbQiYxfbdsgnOJ6FH7fi5WtkTuLNv/50dF7P/zo2z7H/oSPpbA"
    "wvdKuVgLiqoEy2q+HuKUANRmcO4WgTkZ24mh3F2JFAhBJq5IgTlTdcZJNpfebFerQNeW2w"
    "R+PQLUJNnmgO3tCLDcpxq2BEmJHObHhJcINxMa3qQkrlNk2GHGHTE1n4q0wE8+m5O0a+B0"
    "UuM2OYD1cVq6hhrhPC0RMCBfM6TkMlUNwqh5LO3/Psg3XRccfXdz/XM4PGnPNpULP2blQp"
    "zrvms+kuvLlA3Xt4XrKTJWrX5Lwp23ZBTwYSXiOe85yAt68mjMw3FPpPuShf5PHsLyE+0N"
    "/TNiWvKvfnY+9E+Pj/H+KxRcEXHfIR7aM7B0qEzMvQPkGWMyIfILnjBpOXj7aIzpCDHLQr"
    "bwkCEXlxIC3cycT4iGwjXKOM7h+NolEY47BRzm406mwwxd+aFP9VkC6nB8E/osEPoMfmdl"
    "4I0oaghwNU8RNCZhzYyDLS9mfcsch02VQlsxDxZ9uQaCFR/1kImQze0nKFjmEpqWcswWTB"
    "FF7ZTsuuR+tpL1fB3WqZO0LC9jDsE0s+gqRphAXpeUVUmlkBubjRlc3ty8WxJAl1fJoMCn"
    "95d9qSMUM+QgWyyleGOQGxKVUsmXkKAGYZmq7RrL5p7QPELoI9TuCnENNe+OaNpCoc4m+l"
    "JbNm+JRfXRH42IJzJCLrHeXKvKWx73LHZVU8b1nGVcgrm2UUbnLwhq6GyvK3S08rx+mYRX"
    "jKQWEG863zUhpo1XAc+unFsQbEfdHMxXm7o5hxk4/bmkbH7EaZ7Ekt3J5VeCPQgSqc01Ql"
    "MEfL78iZGtpW5xe5GvRAR5RN4n19TdlvKnE3QbK2ncubhRbJePMaUkpXQoJ/UVkWwwcDEl"
    "cl6xmfDF+otGm5TBo6RL49EW9mivJKi28LNc2nj3QZ5PaycGFqgnkA32iMKOQ2AMwlkSsa"
    "sgxuFZJmw7yJUyZYKNWXCsXZDuP0B3ZAan281ULl8VA+hD/8QyTfldP8dD/6ytn8u/1lFX"
    "/u21j9LqCza+hiEd0s+f1Rkbmou5dDk+f0a2p87igOKA4Pqq/ycPjQk2v/iYC8I9qH7oWS"
    "YZ+uen7aOh323DZOdt0tt/JedHI85810M6x9QYQyWEuiSXdyWGVF3whTraTxVK7CNMTUSJ"
    "XD1lAukEbopNYXa4FTalh2gg6T2CuTGG+1QlGGjKbSH9JHnLcBsAg0RzdugRfm8bRN6Kxd"
    "lE3QxspPkk8OgZLCOASqoBs2DZxZ+xChX1JJPsj7c5GDhlktZfTZxjK+McTXlMZTGOphym"
    "2mqN5knLBb6dIu5DJ9t96Ky4D47UCaWchwXBBl0HyoI0a/UAF8E3G94052xhXZT00JboKg"
    "pC1EkKR7ZIUZAjihpKivUDPOLlqn/C8XUIoFWNrfRQpRNb6sHfGEkNt2/n9LSIpjs9zVZ1"
    "0JfQdaGTsgLzW4fhzOevIqIE0BZQ7d5mzgH2zc2ny3d99OG2//rq49U8Jr8I0KhOaIqKqG"
    "77F+9WUh509AiY41QNzgVwxiNOCLztQPME5hlhyQzZsUqaF5fcQWmSh/3FoL8Dxy6kmMFw"
    "YOH9hgzh9Xsa8Km5Np3ZKVZadjouQVYLXbfpfJzC0Ka2sLGTss0fAD9O2MDfPIHcPG7SPI"
    "HcZAy3IGP4AfJ6NoCf/mTRUv9BXs7QTY4skDSM00BGbCnlpr6fknZv6B+3IUfWO+5ayy3d"
    "Dj6RLT2iRy29djim0+5094OjE7FKxx2gKeN3clfBMYtyzuXsYHCEfhDRScsubvdiy+XfOH"
    "OaPFuKKmnybE2e7QfJs62/jEwJlRLghuNrCO76i8di0l8rKyDSaOtXF9nkg3YO4CZo1pSd"
    "NqGDJnTQhA52MHRwO68X/Y1wL+fYsviQg4fOL4PB2n1sdIEggiXhHCOOqQnFquyOUHibwq"
    "KqlxPXwQYxw9die1DKKi9KveDlTQh7CIpaZyhcgKqLTT3ArKqpoI64j40xcjkziOehO0Jc"
    "TxXvzmt21U8FWYwv6pXhYpDxhE+YLFiOLdBUNqgn4YLyXdsbUsPnUAb0Cojji9+DcmEIN/"
    "hUEL4P7wGEFikLHHg9BTY4k4sBR1XHHvGCCurwTeRyE/mu99Qz157fxqqhw5v3rLLkexm0"
    "FwSNQVvkWWU4k/BxttYSZaN1G62b8U5bwm1jnKZs5z25OhZHY7bmoIofJar8xCP9s2V6zF"
    "4qKtVjJDWU65VU/sGPqgTC8+E1RPeo3S4Somi3s2MU0FfwkI/sMw6yD/nYwKkTz6Mo13bG"
    "wbMqs+//BwqT/Ic="
)
