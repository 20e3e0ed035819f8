from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "credit_event" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "region" VARCHAR(32) NOT NULL,
    "institution_code" VARCHAR(32) NOT NULL,
    "kind" VARCHAR(32) NOT NULL,
    "occurred_on" DATE NOT NULL,
    "amount_fen" BIGINT,
    "source" VARCHAR(128) NOT NULL,
    "evidence" VARCHAR(512) NOT NULL,
    "origin" VARCHAR(16) NOT NULL,
    "origin_ref" VARCHAR(80) UNIQUE,
    "recorded_by" VARCHAR(64) NOT NULL,
    "recorded_at" TIMESTAMP NOT NULL,
    "withdrawn_at" TIMESTAMP
) /* A credit event of an institution (kinds as in ``credit.engine.facts.EventKind``). */;
CREATE INDEX IF NOT EXISTS "idx_credit_even_institu_9dc70c" ON "credit_event" ("institution_code");
CREATE INDEX IF NOT EXISTS "idx_credit_even_region_d5940c" ON "credit_event" ("region", "occurred_on");
        CREATE TABLE IF NOT EXISTS "credit_grade" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "run_id" BIGINT NOT NULL,
    "institution_code" VARCHAR(32) NOT NULL,
    "grade" VARCHAR(16),
    "not_rated_reason" VARCHAR(255),
    "explanation" JSON NOT NULL,
    CONSTRAINT "uid_credit_grad_run_id_9259c3" UNIQUE ("run_id", "institution_code")
) /* The grade (or the reason for none) one run gave one institution, with its explanation. */;
CREATE INDEX IF NOT EXISTS "idx_credit_grad_institu_07d88e" ON "credit_grade" ("institution_code");
        CREATE TABLE IF NOT EXISTS "credit_indicator" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "region" VARCHAR(32) NOT NULL,
    "institution_code" VARCHAR(32) NOT NULL,
    "period" VARCHAR(8) NOT NULL,
    "name" VARCHAR(32) NOT NULL,
    "value" VARCHAR(40) NOT NULL,
    "source" VARCHAR(32) NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_credit_indi_institu_69c884" UNIQUE ("institution_code", "period", "name")
) /* An indicator value of an institution for a period (e.g. satisfaction 0-100), by source. */;
CREATE INDEX IF NOT EXISTS "idx_credit_indi_region_ab66a3" ON "credit_indicator" ("region", "period");
        CREATE TABLE IF NOT EXISTS "credit_run" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "region" VARCHAR(32) NOT NULL,
    "period" VARCHAR(8) NOT NULL,
    "scheme" VARCHAR(32) NOT NULL,
    "scheme_snapshot" JSON NOT NULL,
    "as_of" DATE NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "summary" JSON NOT NULL,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "published_by" VARCHAR(64),
    "published_at" TIMESTAMP
) /* One evaluation of a region for a period under a scheme; a draft until published. */;
CREATE INDEX IF NOT EXISTS "idx_credit_run_region_6900b4" ON "credit_run" ("region", "period");
        CREATE TABLE IF NOT EXISTS "credit_published" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "institution_code" VARCHAR(32) NOT NULL UNIQUE,
    "region" VARCHAR(32) NOT NULL,
    "run_id" BIGINT NOT NULL,
    "period" VARCHAR(8) NOT NULL,
    "scheme" VARCHAR(32) NOT NULL,
    "grade" VARCHAR(16),
    "not_rated_reason" VARCHAR(255),
    "meaning" VARCHAR(255) NOT NULL,
    "published_on" DATE NOT NULL
) /* What the public sees for an institution: the grade of the latest published run (one row per */;
CREATE INDEX IF NOT EXISTS "idx_credit_publ_region_da9f0e" ON "credit_published" ("region");
        CREATE TABLE IF NOT EXISTS "reward_bank_transfer" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "share_id" BIGINT NOT NULL UNIQUE,
    "reward_id" BIGINT NOT NULL,
    "amount_fen" BIGINT NOT NULL,
    "voucher_no" VARCHAR(64) NOT NULL,
    "voucher_blob" VARCHAR(64),
    "recorded_by" BIGINT NOT NULL,
    "recorded_at" TIMESTAMP NOT NULL
) /* A share paid offline by bank transfer, recorded by finance with its voucher. */;
CREATE INDEX IF NOT EXISTS "idx_reward_bank_reward__256967" ON "reward_bank_transfer" ("reward_id");
        CREATE TABLE IF NOT EXISTS "reward_share" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "reward_id" BIGINT NOT NULL,
    "seq" INT NOT NULL,
    "amount_fen" BIGINT NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "payee_name_enc" TEXT,
    "payee_id_enc" TEXT,
    "payee_id_index" VARCHAR(64),
    "openid_enc" TEXT,
    "rail" VARCHAR(8),
    "claimed_at" TIMESTAMP,
    "paid_at" TIMESTAMP,
    "version" INT NOT NULL,
    CONSTRAINT "uid_reward_shar_reward__12dc0d" UNIQUE ("reward_id", "seq")
) /* One payee's part of a reward: the whole of it, or one reporter's split of a joint report. */;
CREATE INDEX IF NOT EXISTS "idx_reward_shar_reward__8330db" ON "reward_share" ("reward_id");
CREATE INDEX IF NOT EXISTS "idx_reward_shar_status_afd8d9" ON "reward_share" ("status");
CREATE INDEX IF NOT EXISTS "idx_reward_shar_payee_i_7c8979" ON "reward_share" ("payee_id_index");
        CREATE TABLE IF NOT EXISTS "reward_transfer" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "share_id" BIGINT NOT NULL,
    "reward_id" BIGINT NOT NULL,
    "out_bill_no" VARCHAR(32) NOT NULL UNIQUE,
    "amount_fen" BIGINT NOT NULL,
    "request" JSON NOT NULL,
    "state" VARCHAR(24) NOT NULL,
    "transfer_bill_no" VARCHAR(64),
    "package_info" TEXT,
    "fail_reason" VARCHAR(64),
    "last_error" VARCHAR(255),
    "attempts" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "version" INT NOT NULL
) /* One 商家转账 attempt. ``out_bill_no`` is unique for ever; ``request`` is frozen at creation */;
CREATE INDEX IF NOT EXISTS "idx_reward_tran_share_i_a7648b" ON "reward_transfer" ("share_id");
CREATE INDEX IF NOT EXISTS "idx_reward_tran_reward__e448f9" ON "reward_transfer" ("reward_id");
CREATE INDEX IF NOT EXISTS "idx_reward_tran_state_490ac7" ON "reward_transfer" ("state");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "credit_indicator";
        DROP TABLE IF EXISTS "reward_bank_transfer";
        DROP TABLE IF EXISTS "reward_share";
        DROP TABLE IF EXISTS "credit_grade";
        DROP TABLE IF EXISTS "credit_event";
        DROP TABLE IF EXISTS "credit_published";
        DROP TABLE IF EXISTS "credit_run";
        DROP TABLE IF EXISTS "reward_transfer";"""


MODELS_STATE = (
    "eJztXWtz4zay/SsofYldpbhs+TGemdytsifeXe/OxKkZJ7t34xQNkZDEmAIYALRGm5v/ft"
    "EgKZEUSZOyKFM0vvhBovk4ABvdpxuNP3pT5hBPHFxIie3JlFDZe4f+6FE8JeqPnLN91MO+"
    "vzwHByQeero5TrcbCsmxDVccYU8QdcghwuauL11Gof0nIrGDJUZshDASknHioKHHhmjPnz"
    "DJ+uiRuTbZf4/khKDhXBKBPPeRIJeGR6CpFjuAGzrMVnd06biBawfU/T0glmRjos5ydYdf"
    "flWHXeqQr0TE//oP1sglnpMC0XXgAvq4Jee+PvbTT9ff/1W3hOceWjbzgildtvbncsLoon"
    "kQuM4ByMC5MaGEY0mcBLA08LyoF+JD4ROrA5IHZPGozvKAQ0Y48KB7et+NAmpDryB9J/hx"
    "8pfo0RLNLOuHm1vry9WtZfVWehMeIdMJ0SGbURgJLpUA1B9/htddAqKP9uAGH/5+8Xnv+G"
    "xfQ8CEHHN9UsPV+1MLqi4NRTXoS5Shv6wHMl/F+sME83yskzIZxNUDr4N1fGAJ9nLoxzDG"
    "QDUAbW+Kv1oeoWM5Uf8eDc5LsP754rOGW7XSeDP1rYaf8Q/RqUF4DnBf4qzuKNUHHgJVA+"
    "usXAfxPjupAPfZSSHacCoNtnD/mwPyNZX5GMfNM9i6oT7eNWzH8BDfDo5O3pycH5+dnKsm"
    "+kEXR96UwH39w20WywkenJ7VGbJLCTNYqwxWFnC7lk5YSmwP4F5T01rT8NqcABQWlqsQf6"
    "/OSHdKClRvSjIDtROJHsR/7OLIVi/o3FBvHhk3JdDfXn+6+nJ78elHuN1UiN89jd/F7RWc"
    "Geij88zRvbNMNy0ugv51fft3BP+i/9z8cJU1Wxbtbv/Tg2fCgWQWZTMLOwk7LD4ao/YnWJ"
    "Kjh4SVAweG2H6YYe5YK2fYgBW1XT01HUyzRzDFY91nAC48Zmz1B44rr6jk816eT7A8W+4T"
    "QDuLLBo+6RTcUKIMcfoAhjsY4urShDrfMtW9SF8M2RPV8+/QBIsJ+h8Uauk9n5NHSx+6Cw"
    "aHR2fIxpRR18Ye0jffX3URGr3Thh2GS3dcOO3nugw5k3403p7nKzQ/478dDI6P3wwOj8/O"
    "T0/evDk9P1xM/aunymyAy+u/gRmQ+nRju6DYkaivXzurV3dEj8aYrCjS5PSpdA7jdYyThU"
    "AHjb9GPEOsGYSaEEcSHcS4AQM7GP5G7Bz1VGJhL0U6Z2I3MogdIrHrrUL8jy83P+RDvJTI"
    "zgCuLdH/KQtDNOZ+J4i7YeB60qXiAG77EtwdIJSaDGKc9z5d/DvbBR8+3lxmtTxc4DLTHQ"
    "tbq86gTwkZzVJBs9RFeLPgvqzR2QC0LXHg/sGGvRzPDQ73y1y236IGT7pqFxSxQA7ZV8TZ"
    "7B2EWVyHIDIaqSkHSYZ8wkeMTxGWyCNYSMSorS7DieoS4qCZKycIXpWNRn1EySPhyFMKYd"
    "VTa/JGxlHbUUftQb18HaUVtzczQoUZwcdzj+EcfIsNoYSIsYQ2bgk5xAn8ugHOlNBa4z5S"
    "Ky3RO2n7/+1RFfv/7VGx/Q/nMj6WxDIQtVyshURTimU1Xg88JQC1HZzPqsCc5XYSKJ+tMA"
    "VSkqkvc2AunDqTItsLbx42O4FuLLYJ/bUGqFmx7QF7viPA8oBaeCRJDnNYzgmnBLdDDW9T"
    "E3eJGfaY/UAcK6Ayj/gp7+as7AZ6OjvjmhjA5npauYYW4TwvEHBLvhZoybRUB2jUsi69+v"
    "dtuem66NGPNz/8LW6etWdN5sLrzFxI9nrgO2v2elrS9Hpbej1Hx+qnbwnd+ZmMw35YYTyj"
    "M/0y0pMv2zzNe6JhoLow+EYgrH6jvbvgDXFG6ufwzdu74PT4GO+/R+EVEQ88ItCejZVD5W"
    "Au+kjYEzIl6g88ZcpyEPtogukYsdEIuVIgWz1cDgW6nXs+gw2Fa9RxnOP2nQsiHA8qOMzH"
    "g0KHGU6VU5/6dw2o4/aG+qxAfYbfWR14lxIdBLiZVQTGJOyYcdDyZNa/Ms9jMz2hrZgHi3"
    "OlBsIo2eopE6G4t58xwTKf0LyQY7FiWkp0bpLdlN4vnmRFMITnHJK8KC9jHsG0MOkqIZhB"
    "fqgkm9JKcW9slzO4vLn5mFJAl9dZUuCnT5dXao7QnaEauTIV4k1AbitUagVfYoEO0DJN2z"
    "UjlwtpCULoGtPuinAHZ94dmWkrUZ2GfelsN7fEovoSjMdEyALKJXG21KoS6XYvYleZNK6X"
    "TOOSzHftOnP+QqCDzvamqKOV9fp1Al4JkU5AvO1415Q4Ll4FvDhzbiHQjrw5uF9n8uY8Zu"
    "P8dUnF/ZGUeVaX7E4svxHsQZGo2dwiNEfBl+ufhNhG8hbbi3wjKkgQ9Z7c0m9by5/OyG0t"
    "pXHneKPEKJ9gSklO6lBJ6GspskXiYkbUfeV26IvNJ42akMFa2sV4tJU92msFqiuDIpc2eb"
    "pf5tO6mYYV8gnUAXdMYcQhMAahlkTiKohxWMuEXQ/5SqdMsT0Py9qF4f4+eiBzqG4317F8"
    "nQwwvAtORo6j/h6+xXfBm8PhW/VzdHSmfp4fHuXlF2z9Ge7oHb2/1zU2LB9z5XLc3yNX6F"
    "ockBwQXl+f/0agCcHO7wHmknAB2Q/nI4fcBW9PD4/ugrNDuNnbQ3K+/17dH405C3yBhhxT"
    "ewKZEPqSXL2VvKP6gt/q0n46UWIfYeogStTTUybRkMBLsRncHV6FzegBulXygmBuT+A9dQ"
    "oGmnFXKj9JvTK8BsCg0JwfCMIfXZuoVxlxNtUvAwMpugksPYPHCKFS04BTMe3il0SGil7J"
    "pM4nj3kYesohvV8Nz9FKnsOkxzTGcZh0mGazNcxKywW+gyruw6DYfRisuA+emhNqOQ8LgS"
    "26DpSFYdbmAa6CbzG8ec7Zwrqo6aGl5BoiIbqkhZe2SFWQlxId1BSbB3jM62X/xO27QKA1"
    "ja3yUJUTW2vhb0Kkg8N3cHpaZaY7PS2e6uBcZq6LnZQVmP/qMVy4/moplAF6BFK7N5hLgP"
    "3+5qfLj1fox89XH66/XEec/IKg0Sfh0DKJ6vPVxceVkAcdrwFzUsrgXAFnPOaEwG4HlpCY"
    "F9CSBbpjVbSMl9xBbVKG/cXt1Q6UXcgxg6Fg4eOWDOHNexrw2/JdOndzrLTicFxGrBNz3b"
    "bjcRpDl7rSxV7OMH8C/KSggd+sQDbLTcwKZBMxbEHE8EeI67kAfv7KotT5flnM0M+2rBA0"
    "TMpARCwVctN/n5LD87vg+BBiZOfHZ6P0kbMBPlFHzslweeT8MG4zOByc7YelE7EOx/XRjP"
    "EHNaqgzKK6Zzo6GJbQDxmdvOhiux+2XvyNM8/E2XKmEhNnM3G2VxJn23wamVYqNcCN23cQ"
    "3M0njyW0v1VXQeTJdi8v0sSDdg5gQ5qZtFNDHRjqwFAHO0gdfI7yRX8mXJSULUs26T9Vvw"
    "waW4+J1hVIhJGCc4I4pg4kq7IHQmE3hUVWLye+h23ixNtiC0hlVRelIty8CWGBIKl1juIH"
    "0HmxuQXMmroV5BFfYXuCfM5sIgR6IMQXOnk3ytnVnwoaMb7IV4aLQcQTfsPNwsdxJZqpA3"
    "olXJi+64o7agcc0oDeg3Dy4fcgXRjohoBKwvdhH0A4onSBB9tTYJsz9TDgqA6xICLMoI53"
    "IleDKPDFc2uuvbyN1UGHt2ytsur3OmgvBIxBW2WtMtQkXM/WSkmaWdfMuvmz7ge9BuTqUa"
    "nzz8RmPK1NCxuVzrzhuhKLPEapolVm3VAGaRm9zIWmCOo9yKAWMDepufD+Pmx9MFIXFQf6"
    "uf6pzt/f5+xpu7lLh6tzGHfHLrU4Gd3foyl+UNMY15gAta5muanPoFbAOwQrYHzG5bvvXO"
    "cvsPhFzXbhQp6pmtbVMIZdmwIFDabShe/ujoYCKPSTRF9dwp2Glwh32l3w9GwWXxGjD19+"
    "hgPvkbrSaKR33HXVQ3kEPxKYv2Ezg/kanD6z9TSvxhc11H5Lqf2Xt3Y6PgEbmnT7mJvFNQ"
    "2Cm9TquSZlPsYZsVedmhkWDLdGeY5P2dSXlltra6GWpRNvcxJMsPws4Ha9opgLic5VxWxk"
    "eSN5VIYsrYdxUqZzKJ8eVVHEqlUhyvpcRhVrT6IOxkuJDs51m49ULV21+iDHUl3bI/L8sA"
    "LK54eFKMOpbFQbvF9lGgxr7cSZEevggG4gIybGrD4fmBE1hGDrCMFkR0PepsPxbJ3C1FlZ"
    "swNf23q6VdTv3zh2SK+Q9A1P9yvQveNFyyfpXigepJujvYgU5QQLRjWjCZUV9nWGMg8oGg"
    "OLmUlX7od5zRDOJF99T72fzM2xbu42OUzqL3qH05DeXGF+fq0avjR06ovSqYserN4DS5nt"
    "bRbckY4wNOvLFs/A9YBeCHSvfMbmfU/KpKXRsMI5pw7QebLdw7yRehqJiXoV8eL61hkxU3"
    "U8ZT6vW/m6VXbuNYUKnpLlLkvMNqli77qp1k+nOEDWQSSBHrEXkJxchDCi7xPuMgftkYPx"
    "ARJqVIpRlPB3+O3R4eF+Hyplhpx2Tr5Dc/fJtXpzp199YfhL45y1fpNZBlFTk2DQUovYJB"
    "iYBIPOgb7UT1WhXkp0EOAqEcTi+OFK9NAsim1w6OoZPYcSJrY7xV4+wAuZrF0bCh1EwjuI"
    "dlnixtWH608XH/eOBv2TzDabi6qpK7Gs3Ugt2OHha5aRrTOWTVSjrrf3OchdQLY82a/g4f"
    "Gg4qKxG0oQAS2L42oqi1VVKU8rgL2EIO3bnpApgeVTDscjqY5L2EUiGCqXf0KcVaeuiRvU"
    "ywY3fprx09qsPY3LsMsuQ6ivatldC4kOottAZQwNlyUo9sWE5Rhfxdx4jmg7+HG47U7z46"
    "mkcmGxnDTFkoLJscCrzsXfjYovOxzHFMF0inlOZmeJwliKGEWxcUURF9Gpl22blurgyG9g"
    "F1NT56irVEXKsI+d4ppfVFauewkam/+klpjV/6iysiatuW1fVUsIwB/jgVKY2Zxp0a9ABS"
    "5GXzVC8F8TLHXCsZazkSBEhExdKg/jnW4TpihHpR08qPwgl1Sdzk7e02nKbAY03wo32OC9"
    "7mgqHXpRj0oZV+HNcLwRLtSPgvOJo3gkiX6IwJ+ojkNs+BvRhtn+c2s8GarxJanGdmYstG"
    "iJ3esoHNspfE3e/8vk/RtW3bDqO6w3zBIKs4Sic0sopgRTeIQaaCdEOlf6oxGMl2RGvTJM"
    "WblXF/tpCcfwWRdq7OWWqNZn+uWVqRdtKqUW2ViQqMhkH82Uuw9Fn8NakhNMKfFg+6izN2"
    "dHsH3U+RDdBW+GA1v9Qw7fwl5SJ3CCvD0JG71b1IzWxSaV+y2U7x4OgeguOWU0X+g5oObm"
    "B0ZHUFsIdnx05Rzt/Xjz8frD/6rLHx7iN2/330VLu22iYEOuQFFFaUa9OZT1xOiBzNX/Ey"
    "wmkBIFPeZEtyX8G3FHw6urS2OqxHyiDiDMCSLU5nNffT7vgcfAlNH5lAUifuSwqjZlyHPp"
    "A5JMYcKQgCqjrjQcR/v9kN1Kp+qUwx1+rBZ8kvVQTst1jjtqIIypgBizvAh+SbQ4IdNBR/"
    "CkSg2sk+IaWKvrBiTmSsVbPuayFtBZuQ6CvflduyPQ6nLPGbGGvMEuqY4IsbrruTJiHRzT"
    "jRTdTD7ZCtrF+6FnxDqBdlkkvInd0D1m1y4ZkZR5Vppbyximreezha5jLfNkKdKJ4d40kb"
    "pwXHNcSsY8gmlBinFSLoP0UAnuINRlnuLNzcfU6L68zqqOnz5dXinsM8tJV8NaMbdg6bes"
    "5+BkJY2d8qSdsgAtpG4sQu06M2iBeBfCBdueSGMirW4XZOUM9vWxh9srFJPbHVaeUFdFu9"
    "ADja+NaOHikxW93hPBcOpKSeKn2TmYNen3uG7V66SoScVvXdJwyk61beLL3Dz8knVwSaFX"
    "Fw9NEwi2u15x+LSkyaxv80cCfQWTtPIQRoxPa34t+dLP/Gx2p7dzvhrIFAp1yNqJRjni3T"
    "OfNh8EXMBWX2FlRI3GarPGwkK4Y0pI7RTrjKDZMW3dNOsJpo5Hak4VKaHXPEOQr5JQmDRz"
    "XL3CsZsW2t4SgcNmB+7g6OTNyfnx2clivC6OlA3T1SGpLm97wXrmalbWqP82q/+wt9agpB"
    "JS3TOnNp8W8Ui4qy6mPoo19yctuICZdteddtfy0IxjlkJvrQkiI2rmhzbPD07g6zXjxGKj"
    "2i5CjrDRV+vqq8LIUdmUUTBFGxPXFBAqgVq9oHNDvXn06e2IPou0RKk6MxWuu9brObOYfv"
    "pWrUW7eiS0ZEFaeLr/9Ko0iyxaPr2lERKS+Mil0QIskP9GIM8dkffo/j4sBnN/D/tqCr2e"
    "SkzYjMJCqWV7wsNdNhNLuHL2NGrwRmaNVqutk7I1Wnq81q7bkRRrymjpam8kSP36MZuuTm"
    "u7O43lpWBEG9pV5ekWAh3MxN58puqDeq866MbtOwhuAzXOW5iO16l8R8pkzkKw4qzeuH0H"
    "aoJsO5k3NGlzLJuy9RpLoS0u1ohNnZ1arNEy1w3S323SK/Heohb9Sg5conEFH86fMOUowW"
    "axzLUJgo/2PRoRaUNFUNUVoRM19NgwLKwBm8Ji9Jv6dzYhFLkS2WwKJUc5m6J/EaVtcz24"
    "pm5j/LdWewzGf2tTbxhLdDsLQ8w2kk0vCcnZK6dsVWXeTjmdgLaJSgRYSmxPprAiLE87l5"
    "ABWcHu5e0cVxnLx8Vj+XhlLJswYTH0uxkwKgoTtsrr+ESEwOMSpyNuUMXnmCbaPuly3M7Y"
    "tzM8R5GQQEMiZ4SEwZ0w65jrSnyp4M3esvyeDvNIxvrgI0SxnJyShQ3exzgdrTZzjdPRpt"
    "4wQaOOB40EgW2na7k7C4ku2uRNFBoY1c+NTEqZpMh1ddaQOTn528VBj7h9Jwb2NsIeLbGK"
    "LzF9uOWYipG251aM4tT5J2xi/TRDJWDJpESVhKoJpC/52HUQG408l2oeHC6F4kv1o+LYxI"
    "FTI5diapMwt8mVAj2ywFYmaW4S1UYvbmzgVmuwYhtYD4P6s0lCajMW8KvpiqT7oVVDffcj"
    "IWbcj7XdjzUXxm1gPVzbJvYXWmASTh/KkajjLKSlOmFXNZ1nFkMG4fR1oI7lusffN1F9Mj"
    "SYctd5lmv1lKDRK8+YViMk16oQlxQ1TFPrmKaW+IeftQ3Wyw2X6DP9p33CivERHY6A9rBR"
    "s96OOdxvaA8CFULdHE2xhFiFKxDVezCFzZXTJmeuTd6hBV8NTcKBmBcgafBGxjtste7chQ"
    "jJq+kMs+/UtpYI+Mxz7Vo79CwlOuh4vI41GC83gDcfCYItGK1H7KmptTaNsSprXA7DJe1q"
    "B8TLHKzam3CvSnaP5jiqoniK9U6r9rdrN9AbV/Hkq+8pJ7TuflQZsWdtSbXe2rvvRgG14f"
    "5oGLiedKk4gPv9pddQR5QA38hOVT5nqskaRF9G0Cj9tZX+Asn6RF9G1BB9rSP6UuaVr/rr"
    "cY1vLSNo8p7WNnBjINdI2kyLmvKLbf7SbA+7dWuUJmVec4lSUzCx99yCia2K7nwkzpjwKy"
    "r5vFcY6Ek26lfIA/R0+2qhnys1PuYIKDGCYJfTMdELVKaMkrn6+UhgbR0Ea3AUielDUTQI"
    "YPL3iLNZWP0sDNWE8s5q2Kepm5iQT6un9rKQj8lKe0FDyyyK6aJdZSqpmUpquxrFgxo7Vv"
    "1QXkasA2W/muZ6lf6oD3NKqIPjefMw71qwrmGHbcsGjkMkdr06sYylRDvCGHDbnQ5jtMrL"
    "/gIriXqF/nV4ul/BsxaLlk861jcUFr7NCflGIIhGJt3bd7oAxGzCPAKHXdmHMnXLdEjClZ"
    "DwPTeS+o2provOrXrXjd3pjt7RCwSQOcsS6OGSPhtz7kKtiknqShDmlq6chzXzliffZy6t"
    "mjLw2O+ovpzQ15trgegScPHkwkC9tPgAXcc3CD/dkBjQn/QH158APaB/SfJVivd39P5eA6"
    "M8Rkt/gff3kDUalv1TB5A+CG8Oh66/V6NnOoQliYKpB9aco3oy9VnqtFRdNxAWJrJA3ilB"
    "m89Vb9MxIpre4GxWREr8kvZcBfm996shKtozcxiiok29kSzz8HsNpjtq3aVg98Z2Bto1e7"
    "R7Q9mkqTbqcIXzPPxnEZpTxrq4fMaqZBdyxrZRR2MVf2VnrYX+Us5g/wzs9fvW0TGrkg3h"
    "/3KqZvNEMPMJrT/Q01JmmNcf5jyX0ylZqJTP6Owk1ukxXaUCb3H93ZXqu9rRXa8ebErSpF"
    "21OTwIVZjWyWJdipn+bXP/mtSwXkdSw+Kib5eu5/VyWOvU+X4F2rpeTTjgk++C09OTM/Vz"
    "OFQ/z0dntvrpDM4QrM6f+vIA3d+zQFpD9QhqRIa8ajgO0IhxTYnCRpmcqCNChudHnP2XUH"
    "UJpOuIR0Nvhcve0r3vqGZ5OZF8jvBI6tLM6jrq08Xwp5ipI1A2NCSMdXGCkB9ebuupD/qY"
    "q19KXpiktPZTMu2vUvcamV7Ds78k+gltWsfByohthqZ8WUXUcJqToeFfXM9om2AV/eLUkI"
    "SIyQ0pJ3XWWOKqFwXUDYs0um3Vy+mbQRWqclBMVQ5WqMrY8F9Hu+fJdo9K2zw97CsfUPl1"
    "lktHOXiXRULScl3AetsU8Qi7nqX8O1GvpFVGrAvINz3KPSykRTivt+IgLdU9nAenp1VU+O"
    "lpsQ6Hcyub4wHtkZM8UGwvJkQMtZc1As3+d2sp7F0jxAPfWbOb05Kmm1vdzSbu8Wzl2JK4"
    "xxfI8b6wbeA6ejlxj9T5flncI9yICieaVtgJZxgo7R6EmeZoSoDph9XnHhFI3cmbw5p0gu"
    "2Jdvh1SjwUQkV7ghC9gbx6qQO9pFIcXMCvnPrHTdwEsvRhx1KIXmA+ZnTgOmiCxSTOa/ex"
    "EDPGdcHkBwLxk8/E1/MYAsM3gPx7j9kPunGEmQ6kYDSbuB4xUY32M1zFUY1AEK7/rmGmJ2"
    "UMq/skq+u4wvfw3KoLc1augysrm6BXQm1mgYqrg/aKYAfhbsT/1LNTLcY8FmgHX96pkpCh"
    "PVCvO5YipkM23iHKGHMfc9T+JVNfAaYF/MxCKNMjQyXVVFfEU+52Qb+8ufmYAv3yOkvk/v"
    "Tp8iouDqwaubIgeAfWqvLKPTZ2876AQoNyRc54fVlowf5XECnLPy/HupwtycqaNNE20yWa"
    "gtefwhrE2Iqw6es297UhuosVqHpBB2iTaATuSLdHH4vhvV9Vr+d87Prp28TbfiFChL2Rz9"
    "vG5/tP87Yi0bQCb6vnIxQJvdcspu25UFF0wtTjQ443pg7UI2EPhPYRA7IU9hb/8veLbwen"
    "Z8CLArVKHDQhnOSxtk3cwjCqO8qo6j6uTT+lpTrHqm6e6At1Qe10/ISUSQhfN03WGI6FHb"
    "K7JkOBLygIWdsVTMiarm51V5Ovvqsut0ZHpyVNN7e6mzl5ZA9rbkuelDS8Tpt7OfQ9LNev"
    "Y4CmhDpXKXkz9mdLHOoLwl170stxpaMz/TInGi/bPOU9F4O9Ye/0tbimzwzIFDudhVmOxR"
    "98cZqjSXUoSrX3a6nUqHkH0T06PKyArmpVXKIPzmW8SkYlobUWXyZEtp+78DLWSDdKcP/5"
    "/0c0dW8="
)
