from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "point_access_code" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "practitioner_code" VARCHAR(32) NOT NULL UNIQUE,
    "code_hash" VARCHAR(64) NOT NULL UNIQUE,
    "issued_by" VARCHAR(64) NOT NULL,
    "issued_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "point_access_code" IS 'The hash of the access code a practitioner got with the points notice (the code is shown once).';
        CREATE TABLE IF NOT EXISTS "point_record" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "practitioner_code" VARCHAR(32) NOT NULL,
    "region" VARCHAR(32) NOT NULL,
    "institution_code" VARCHAR(32) NOT NULL,
    "scheme" VARCHAR(40) NOT NULL,
    "kind" VARCHAR(40) NOT NULL,
    "points" INT NOT NULL,
    "decided_on" DATE NOT NULL,
    "notified_on" DATE,
    "summary" VARCHAR(200) NOT NULL,
    "suspension_months" INT,
    "source" VARCHAR(128) NOT NULL,
    "recorded_by" VARCHAR(64) NOT NULL,
    "recorded_at" TIMESTAMPTZ NOT NULL,
    "withdrawn_at" TIMESTAMPTZ,
    "withdrawn_by" VARCHAR(64),
    "withdrawn_reason" VARCHAR(500)
);
CREATE INDEX IF NOT EXISTS "idx_point_recor_practit_cee954" ON "point_record" ("practitioner_code");
CREATE INDEX IF NOT EXISTS "idx_point_recor_region_2c12c3" ON "point_record" ("region", "decided_on");
COMMENT ON TABLE "point_record" IS 'Points given to one practitioner by one decision, validated against the region''s scheme.';
        CREATE TABLE IF NOT EXISTS "point_review" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "record_id" BIGINT NOT NULL,
    "practitioner_code" VARCHAR(32) NOT NULL,
    "region" VARCHAR(32) NOT NULL,
    "reason" TEXT NOT NULL,
    "requested_on" DATE NOT NULL,
    "requested_at" TIMESTAMPTZ NOT NULL,
    "channel" VARCHAR(16) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "answer" TEXT,
    "answered_by" VARCHAR(64),
    "answered_at" TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS "idx_point_revie_record__679a05" ON "point_review" ("record_id");
CREATE INDEX IF NOT EXISTS "idx_point_revie_practit_6e7844" ON "point_review" ("practitioner_code");
CREATE INDEX IF NOT EXISTS "idx_point_revie_region_e3b155" ON "point_review" ("region");
COMMENT ON TABLE "point_review" IS 'A practitioner''s request that a person review one record; status pending, upheld or rejected.';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "point_review";
        DROP TABLE IF EXISTS "point_record";
        DROP TABLE IF EXISTS "point_access_code";"""


MODELS_STATE = (
    "eJztXftz2za2/lcw+iX2jOqx5UecuLszdurdem9SZ5J0u3frjgyRkMSaAlgAtKLd2//94o"
    "Ck+JZJRZQpGjMZxyZx+PgAAud854H/9mbMJq44uJQSW9MZobL3Fv23R/GMqF8KzvZRD3te"
    "fA4OSDxydXOcbjcSkmMLrjjGriDqkE2ExR1POoxC+w9EYhtLjNgYYSQk48RGI5eN0J43ZZ"
    "L10SNzLLJ/geSUoNFCEoFc55EghwZHoKkWO4Ab2sxSd3TopIFr+9T5wydDySZEneXqDr/+"
    "pg471CZfiYj+9B6GY4e4dgpEx4YL6ONDufD0sZ9/vvnhb7olPPdoaDHXn9G4tbeQU0aXzX"
    "3fsQ9ABs5NCCUcS2IngKW+64a9EB0KnlgdkNwny0e14wM2GWPfhe7pfT/2qQW9gvSd4MfJ"
    "X8NHSzQbDn+6/TL8fP1lOOzlehMeIdMJ4SGLURgJDpUA1H//DK4bA6KP9uAG7368/LR3fL"
    "avIWBCTrg+qeHq/akFVZcGohr0GGXor+EDWeSxfjfFvBjrpEwGcfXA62AdHYjBjod+BGME"
    "VAPQ9mb469AldCKn6s+jwfkKrP95+UnDrVppvJn6VoPP+Kfw1CA4B7jHOKs7SvWBB0DVwD"
    "or10G8z04qwH12Uoo2nEqDLZz/FIB8Q2UxxlHzDLZOMB/vGrYTeIjvBkcnr0/Oj89OzlUT"
    "/aDLI69XwH3z05csllM8OD2rM2RjCTNYqwxW5nOr1pwQS2wP4F5Ty1rT8FqcABRDLPMQ/6"
    "DOSGdGSqbelGQGajsUPYh+2cWRrV7QvqXuIlRuVkD/5ebD9ecvlx8+wu1mQvzhavwuv1zD"
    "mYE+usgc3TvLdNPyIuiXmy8/IvgT/fv2p+us2rJs9+XfPXgm7Es2pGw+xHZCD4uORqj9CZ"
    "rk+CGh5cCBEbYe5pjbw9wZNmBlbfOnZoNZ9gimeKL7DMCFx4y0ft925DWVfNErsgnis6tt"
    "Amg3JMuGTxoFt5QoRZw+gOIOiri6NKH2d0x1L9IXQ9ZU9fxbNMViiv6Cgll6z+PkcagP3f"
    "mDw6MzZGHKqGNhF+mb7+dNhEbvtGGD4cqZlC77hSZDwaIfjrdvsxWaX/HfDAbHx68Hh8dn"
    "56cnr1+fnh8ul/78qVU6wNXN30ENSH26kV5QbkjUn187O6/uyDwaYZKbSJPLp5pzGK+jnC"
    "wFOqj8NWIZYs0g1IQ4lOggxg0o2P7od2IVTE8rNOxYpHMqdiOD2CYSO24e4n98vv2pGOJY"
    "IrsCOJZE/6c0DNGY+Z0g7ka+40qHigO47XNwd4BQajGIcN77cPmvbBe8e397lZ3l4QJXme"
    "5Y6lp1Bn1KyMwsFWaWughvFtznVTobgLYlBtw/2KhXYLnB4f4qk+33sMGTptolRcyXI/YV"
    "cTZ/C24WxyaIjMdqyUGSIY/wMeMzhCVyCRYSMWqpy3CiuoTYaO7IKYJXZeNxH1HySDhy1Y"
    "SQt9SavJEx1HbUUHtQL19n0oramxWhworg4YXLcAG+5YpQQsRoQhvXhGxi+15dB2dKaK1x"
    "H04rLZl30vr/m6Mq+v+bo3L9H85lbCyJpS9qmVhLiaYmlry/HnhKAGo7OJ9VgTnL7SRQPs"
    "sxBVKSmScLYC5dOpMi23NvHja7gG7Mtwn9tQaoWbHtAXu+I8Bynw7xWJIC5nA1J5wS3A41"
    "vM2ZuEvMsMusB2IPfSqLiJ/V3ZyV3UBPZ1dc4wPYXE8r03BIOC9yBHwhX0tmybRUB2jUVV"
    "16/a8vq1XXZY++v/3p71HzrD5rIhdeZuRCstd9z16z19OSptfb0usFc6x++pbQnZ/IJOiH"
    "HOMZnumvIj153OZp3hONfNWF/iuBsPof7d35r4k9Vj9Hr9/c+afHx3j/AgVXRNx3iUB7Fl"
    "YGlY256CNhTcmMqF/wjCnNQeyjKaYTxMZj5EiBLPVwBRTodu75DWwoXKOO4Ry175wT4XhQ"
    "wWA+HpQazHBqNfWp/68BddTeUJ8VqM/gO6sDbyzRQYCbySIwKmHHlIOWB7P+jbkum+sFLa"
    "ceLM+tVBDGyVZPqQjlvf0NCyzzCC1yOZZPTLFE5xbZTc375Yus8EfwnCNS5OVlzCWYlgZd"
    "JQQzyI+UZFOzUtQb2+UMrm5v36cmoKubLCnw84era7VG6M5QjRyZcvEmILcUKrWcL5FAB2"
    "iZpvWascOFHApC6BrLbk64gyvvjqy0lahOw750tptbolF99icTImQJ5ZI4u1KrEul2z6JX"
    "mTCu5wzjksxzrDpr/lKgg8b2pqijXL5+HYdXQqQTEG/b3zUjtoPzgJdHzi0F2hE3B/frTN"
    "ycyyxcnJdU3h9JmW/qkt3x5TeCPUwkajUfElowwa+efxJiG4lbbC/yjUxBgqj35EP9trXs"
    "6Yzc1kIad443SozyKaaUFIQOrXB9xSJbJC7mRN1Xboe+2HzQqHEZrDW7GIu2skV7o0B1pF"
    "9m0iZP91fZtE6mYYV4AnXAmVAYcQiUQaglkbgKYhxymbDjIk/NKTNsLYKydoG7v48eyAKq"
    "2y20L18HA4zu/JOxbavfR2/wnf/6cPRG/Rwfnamf54dHRfEFW3+GO3pH7+91jY2hh7kyOe"
    "7vkSN0LQ4IDgiur8+/EmhKsP2Hj7kkXED0w/nYJnf+m9PDozv/7BBu9uaQnO9fqPujCWe+"
    "J9CIY2pNIRJCX5Krt5J3VF/wO13aTwdK7CNMbUSJenrKJBoReCk2h7vDq7A5PUBflLwgmF"
    "tTeE8dgoHm3JHKTlKvDK8BMCg0FweC8EfHIupVxpzN9MvAQApvAqln8BgBVGoZsCuGXfya"
    "iFDRmUzqfPKYi6GnbNL7zfAcreQ5THhMYxyHCYdpNlrDZFou8R1UMR8G5ebDIGc+uGpNqG"
    "U8LAW2aDpQFrhZmwe4Cr7l8BYZZ0vtoqaFlpJriITo0iwc6yJVQY4lOjhTbB7gCa8X/RO1"
    "7wKB1jS2ykJVRmytxN+ESAeH7+D0tMpKd3pavtTBucxaFxkpOZj/5jJcmn8VC2WAHoPU7g"
    "3mFcD+cPvz1ftr9PHT9bubzzchJ78kaPRJOBQHUX26vnyfc3nQyRowJ6UMzhVwxhNOCOx2"
    "MBQS8xJasmTuyIuu4iV3cDZZhf3ll+sdKLtQoAZDwcLHLSnCm7c04P+h59CFU6CllbvjMm"
    "KdWOu27Y/TGDrUkQ52C4b5E+AnBQ38JgPZpJuYDGTjMWyBx/Aj+PUcAL84syh1vr/KZ+hl"
    "W1ZwGiZlwCOWcrnp30/J4fmdf3wIPrLz47Nx+sjZAJ+oI+dkFB85P4zaDA4HZ/tB6USs3X"
    "F9NGf8QY0qKLOo7pn2DgYl9ANGp8i72O6Hred/48w1fraCpcT42Yyf7YX42TYfRqYnlRrg"
    "Ru07CO7mg8cSs/+w7gRRJNu9uEjjD9o5gA1pZsJODXVgqANDHewgdfApjBf9J+FiRdmyZJ"
    "P+U/XLoPHwMdG6AokwVnBOEcfUhmBV9kAo7KawjOrlxHOxRexoW2wBoazqolQEmzchLBAE"
    "tS5Q9AA6LrawgFlTt4I44mtsTZHHmUWEQA+EeEIH74Yxu/pTQWPGl/HKcDHweML/cLPgcR"
    "yJ5uqAzoQLwncdcUctn0MY0AUIJx9+D8KFgW7wqSR8H/YBhCNqLnBhewpscaYeBgzVERZE"
    "BBHU0U7kahD5nvjWmmvPr2N10OBdlaus+r0O2ksBo9BWyVWGmoTr6VopSbPqmlW3eNW9Ui"
    "vMAyTvlu5rm2mxcs0NMkqGo0ik6pprO0KNT7UULHQiMbDUwIi/OT4CRpyon6cnh5oXPz3d"
    "11kwNJuKk6TT+wHxDeudurLlMuFzAkurw2xRmOmzzfvD6vzRH7mOheZTxyXo/h5uqj5WRu"
    "/v0fd/UaupjRfoe3XCg3ZiGtRTVyd1zoxaUpVqgB0F9kX4G5opAUjUEQ9qLYWFOkjBgXND"
    "+FPJ6pyfmUOdmT/LP9crpUtQ22zVu9NU//NrP91m8MLdQ4d18z+ych1UfjZPNEWg1aWns3"
    "JmYFcf2HUdWlm5zlUdbCR9TIDV7shaO5clZcz0UWH64ASLorWwPLQwlugEwNuOKVwqscW2"
    "akmQfVLoRUd8J5T1OgBmxF40hClrqQ6IOcEXDWNkXNb8lDNi3wjhDmXO5BGMPJ2jWkt8Wq"
    "oTa1DjpaaMM9oQpI0SpO80pXn9SKj8RCzG03RXaaN+BZqUPIa59FUo0kAGaZkCBnIPqAUB"
    "zjuHovv7oPXBWF1UHOjn+h91/v5+v4j93NSlg/JFjDsThw45Gd/foxl+IAJxjQmwqo5NZh"
    "6DYqpvkeYnGZdvv3fsv0J1IMbDSkczz4VhDNva+woarFZl+O7uaCCAgm9X9NUlnFlwCTHF"
    "g9OzZSAzm0dXxOjd53/CgQukrjQeI3Vv7qiHcgl+JODghN1eF2sEPTNL+0H1emdinw0h2s"
    "pVoGniyMSRbh9zU32oQXCTs3oN4ycj9qLtx2BHxeG4KDJk1dKXlltr7/WWWY3bXAQT9DLz"
    "uVWPxl9KGAK/CoFPHpUiS+thnJTpHMqnR1UmYtWqFGV9LjMVa0uiDsaxRAfXus27SGJTrT"
    "7IkdRGamm1KGby/LACyueHpSjDqSydCtZvbTYwI9bBAd1AymCEWX0+MCNqCMHWEYLJjob4"
    "Opvj+To792VlN9DVLVM7d72nW0X9/p1jm/RKSd/gdL8C3TtZtnyS7oXq6ro52gtJ0SA2QT"
    "OaUHp2X5dw4D5FE2AxM/UcEvGn5KvnqveThUUomrtNAZP6a09dZxjQmznm5zcTX9oeS3IF"
    "nbrsweo9EMusZdG3bRV9HpPe0KxPKZNNVBfG9YBeCnSvvvDmbU/K5FCjMSwL1FtRRqVAtn"
    "uYN1JwOLFQ5xEv3wAwI2a2ZUypz+tuDdgqPfeGwhZHkhXWbcs2qaLvOqnWT4c4QNRBKIEe"
    "seuTgliEwKMfZCyhPXIwOUBCjUoxDjOiD787Ojzc78NWQgGnXRDv0Nx9CrXewuVXXxh+0z"
    "hntd9klEHY1AQYtFQjNgEGJsCgc6DH81NVqGOJDgJcxYNY7j/MeQ9N1cAGh65e0QsoYWI5"
    "M+wWA7yUyeq1gdBBKLyDaK8K3Lh+d/Ph8v3e0aAfuFjirR2W20rlfFm7EVqww8PX1NlaZy"
    "wbr0Zda+8nJh1rhVsjPN+vYOfRuGklx0bQPtjLNky8Inboh5CsxMkAzokpFtPlJrQ67xhM"
    "MVDsil0bTdwIYty/RNvxqvPEHcMOvWLK5lRd0VLvPJ+SoF5XeH+gKaCNI4QPFTsYdYM9gT"
    "//ePkdBK07UKDLk8Zx0mEz0ThOnsdxYuxzY593zjMFWA1hkaoDdkqoc6UONx9LFizXNYP2"
    "UkIdnD8ag7m+vZMSNOaOMXdWmTu3kRbfK7V44iZVjB6Wal3NubVc7F4lzQpliYAxkDFQ+r"
    "rUH1gRI58T7CsRTMWc8BKH1mauHWTwBkXx7+/BMGEeUZaR700V2EG9Xrg2mDGYLg8v7wfA"
    "ijCJl/PwoNJjTVXB9uvMu+Xj6pI6Z1To7WNuDPJnMshNVJ0pevdMWnMTRe9MJug2MkHVHS"
    "Xo1zVAToh0DuMG6mhNMaWkoGbeCoBjkU7MHM1PzRZxHteoqpcSe9GFJZZYrJXemRQ1fFHr"
    "+KJUBRFNRxRyr+VfSkroRX8nO7IPInBL21kwNz+bB4OtjqIdS3RAH9m2mh3SiWr+rm0/Fo"
    "gaS/LpAR4TuMN1uJJCcVPSaV3WJJg8arsjM2LdG/ebt4SWkNXXMTOipq5E21TMVrkkP/kr"
    "nJFwsl/BDcn9ig7IW0oQgTh3HGxYNo43/kzluvlqZMGfwpqSGYEdPm2OxxLpyvixIzHvhW"
    "ziBvXq8ZpMuRYsWbvlRexUJJ5J2moyaSuYr2rZ1EuJDqLbwBZkGq6hoNgTU1agfJVXJygQ"
    "bUeFArjtTlcoSGnGYsgKCkWuIOQiAUPGtZ6M22GmQvizGeYFdvGKCSMWMRPFxicKs/uR2f"
    "3ouaHfdaqiYFu72l9UVs7Qf09/UjFm9T+qrKwhANv8VYUeCvEt7g1hnBtrMkUtoWI/Rp9s"
    "aZXfTIt+BVJ2OQ9Uo2Z/mWKpcya0nIUEISLgTFOJHW91myB7PdzmzIVd0GQivQMq9e7pkr"
    "1sDoRrjqVt8F53NJVMz4nnYku1U2pucLOQGOZwBLjh5FE8loQXpZTsm9SRtn/K/RWkbztT"
    "G1qUt9pAZkMLefZO4WsyR54nBsL4N4x/Y4fnDZP4ZMqJPyfmjZQTnxFM4RFqoJ0Q6UAg7B"
    "YwjmmlepkjWbkX54VrCcfwiXjY4Z+IQk3IXgHFkG7QrxL2pSXUf7FIhS3kw+ba3g/3fA8u"
    "FERrgc9LAZ6ogzfnjpQEKt/NZo6cESovlKVPbd1KPSRnj2Dg52mGBu8Fm8AHJSgMM9B+7b"
    "2cGVAdzBe1DamkVFOmVFf7ot0UQad0/XgSy4NcniGUluoE0M+UJ+Q8kiFelmeqjn+BcAd0"
    "1G13gsl0NpnOxgtdzQu9G9GBvVAT344VvXl2CDZyEOBHokwWcHDlS0JO0CwHtZcDwLD+9u"
    "dpqe7RcZsPXYoQq79kpCVN2FLbFoyWEFkfmQL00rKIEO9YSbRMpkl/FZnlQWOlakPrpYe/"
    "2h4S0Q4NwBwFFwh2ZMDIA2EH2hKOJkzGDJO+nYh2ZdiTy10ckts37BdvJdHw/QyL1WrmpJ"
    "zFSvZ+7QCXQmET4VKBXTHl7035+07BbMrfG52tOZ3tE7EYT6sNBacr6Go8bvmkmvYxUH8m"
    "ziOh0XZbKWVptNDHIhO7D5sxO3oPO4QnGKI/tRoVuB5eibBiRF4/a+pGQTH84Oj9va6Zf3"
    "+fDUpVJwRewJ5fnISF76ntW1JpjJ6nvjj7Qh8VEmsCRZ324WHJI+ELFMB5R0PF0iNc6H3I"
    "4GKqAXKUNokFmmGbHKBflF5pc6z0xkBMIKxuCRuH9VUL/rBWzYzI8lN/mboZRsXcIcfpC4"
    "yi7pSLtJ2ZAR0H3QT5pgA+OawAMGyCXAJwfn/kB/VedeCN2htwK4AbEGp5eEsVkVigS2kX"
    "g6OT1yfnx2cnSzVkeWSV9pEPA0oofzlMy930aakX7aUHalc1rYtgRuwbIdwdX0tRcZyy2i"
    "0rVqTS2i276IzNxI8fVpk0Vavy+PHD3LQpfKEsUe3FnjEqp3Vm0ELZDmW6b2wuFczn9XaB"
    "iSU6N4yPBlWS01Sr8hCOQS5BLWA9alPSGbEOKlqbJ6WXmK0VfZYUNcR064jpZEfPI05xjZ"
    "7Oypqwkd3o6XrTZ1bOBGI9PX3GmNXPRS2S7R7mp5X03NMVeu5poOe2y8v26JB5r9zLpk/3"
    "q3jZli0rZPUlKf5XYpl4J6HSDw59Sii4pHaDBSv0BQriiOMcu/wezwVbTTd9NxMItaNeqq"
    "Cf6xdGSYqZhL51E/qMj9D4CLuIr9nMeMuJe3o1XyNzLy33op0CMRjrsCdpWUOftNqoNrsm"
    "N1/c3+RHbgHlre9m2jJ2YtsLrdnO0Wzn+PzY7/pS3BLy7xPxGC8r7AVn+qsoPx63qbSJo4"
    "VFxKpBpLgabBApriPPA9UC7d35Z6/Pju78k/H5CN35r0cDS/1BDt/c+afHJ3CCvDkJGr1d"
    "RqLDU6AJkQJhFAzQ8C4FGZHP9BwQkP+O0bFjEyod7DpygfY+3r6/efe/6vKHh/j1m/23YS"
    "i/RRRsOtVSMq6rkLsLhOGiD2Sh/oZMMNh8EnrMDm8LjOYdDa6uLg0B/7BFuWPrSHtCLb7w"
    "JET0Y6r+MbqYMV9Ej/xAiAfJnsh16AOkIcynDAl1KeRIQ222n0zbrY0ru0Xz6I+1dkZnVs"
    "4kdT6pDVkKiAmrF2+XlOmgybr5MGWJuZrihx7mshbQWbkOgj2oMqIH5SN6kBvRIWh1fR4Z"
    "sYYsqS5NHSFi+s/6QEdiHRzTjQQ7Jp8sh/aqclUpsU6gvW1uxmXBnkR53Mv3E03KfNOGor"
    "vDEDSzc6gh1JunekPDtcCkZMwlmJaxYQm5DNIjJbiDUK+yFG9v36dG99VNdur4+cPVtcJe"
    "Q68aOTJlTibNm4BbGOq3rGfgZCWNnvKknrIELaBuhoRadVbQEvEuUO3bXkgjIq1uF2TlDP"
    "br1MGmwD0OHwkXNcmrAtEu9MBLdFTn5vWe8Ecz2Gcjepqdg9kUxu6wQy+lp1oW8WShg7w8"
    "EC0l9KKj0Ewx4JfwkSzLkzt0zPis5tdSLP2SyxHAToDBHLL2RoIF4t1TnzbvBFzCtkacTl"
    "rUzFhtnrGwEM6EElI7Uygj2KEaFFvOFZpiaruk5lKREnrJKwT5KoN6KHWqqKSFtleL6rDZ"
    "gbux4inq8pbrr6euZmXN9N/m6T/orTUoqYRU99SpzYdFPBIelBjDMyg4PByTAsBXLbclFz"
    "DL7rrL7loWmjHMUuitVyg/LWrWhzavD7bvuQ5EHA7ZuLaJUCBs5qt156tSz9GqJaNkiTYq"
    "LmzcjtejN9KSHfRaQNa+fUvdRfjp7ch8Fs4SK6cz37PX7PW0pOn1tvR6wSqmn75VuWjXj7"
    "CHeGlCWnC6/3RW2pAsW1YoRCUk8ZBDwwQskH8lkOuMyQW6v/f8kVqb7++hKFSwc0mwB55k"
    "ifaEx7vnhdkdRTWomruRydFqtXayKkdLj9f65acSYqb81Lq64ho+m64ua7u7jBWFYEhWUB"
    "RiRX2CSKCDkdibj1Q1e4U0udNNC8PxOhXvSJksSAQrj+qN2neg2P22g3kDlbZAs1mVrxEL"
    "bTFZI1J1dipZo2WmG4S/W6S3wnoLW/QrGXCJxlWKCU8Z7KDJ0SODTcvho71AYyKtKbGVyR"
    "UaUSOXjYLCGrC3Jka/qz/nU0Jhw0qLzZTdNeZshn4harYttOCauo2x31ptMRj7rU29YTTR"
    "7SSG7MTOQDsMMCfjOuiGzbsIbROVCLCU2JrOICOsaHZeQQZkBbsXt3NcZSwfl4/l49xYNm"
    "7Ccuh302FU5iZsldXxgQiBJyuMjqhBFZtjlmj7pMnxZc6+m+MFCoUEGhE5JyRw7gRRx1xX"
    "4ks5b/bi8nvazSMZ64ONEPpyCkoWNngfY3S0Ws01RkebesM4jTruNBJEYVjLaxRLdFEnb6"
    "LQwLh+bGRSygRFrjtnjZhdEL9d7vSI2ndiYG/D7dESrfgK04cvHFMx1vpcTilOnX9CJ9ZP"
    "M1ICQ5mUqBJQNYXwJQ87NmLjsetQzYPDpVB0qT6KNtyFU2OHYmqRILbJkQI9Mt9SKmlhEN"
    "VGL2504FbPYOU6sB4G9VeThNRmNOAX0xVJ80NPDfXNj4SYMT/WNj/WTIzbQD5c2xb2Z0ow"
    "CZYPZUjUMRbSUp3Qq5qOM4sgA3f6OlBHct3j75uoPhkoTIV5nk9vhFu2tZOZV+osqyGSa1"
    "WIS4oapql1TFNL7MNPWgfrFbpL9Jn+0zZhRf+IdkdAe2WmhTuq6/2G9sBRIdTN0QxL8FU4"
    "AlG9B1PQXBltcu5Y5C1a8tXQJBiIRQ6SBm9krMNWz5274CF5MZ1h9p3aVoqAx1zHqrVDTy"
    "zRQcPjZeRgPN8A3rwnCLZgHD5iVy2ttWmMvKwxOQyXtKsdEKU5DCcc19sILC/ZPZrjqMrE"
    "Uz7vtGp/u3YDvfEpnnz1XGWE1t2PKiP2TVtSrZd79/3YpxbcH418x5UOFQdwv7/2GuqIFc"
    "A3slOVx5lqsgbRlxE0k/7ak/4SyfpEX0bUEH2tI/pS6pWn+utxjW8tI2jintZWcCMg1wja"
    "TIua8ott/tIsFzt1a5QmZV5yiVJTMLH3rQUTW+XdeU/sCeHXVPJFr9TRk2zUrxAH6Or21V"
    "w/12p8LBBQYgTBLqcTohNUZoyShfr5SCC3Dpw1OPTE9KEoGjgw+QXibB5UPwtcNYG8nXf7"
    "NHUT4/Jp9dK+yuVjotKeUdEySTFd1KtMJTVTSW1XvXhQY2dY35WXEetA2a+muV41f9SHOS"
    "XUwfG8eZh3zVnXsMG2ZQXHJhI7bh1fRizRDjcG3Han3RitsrI/QyZRr9S+Dk73K1jWYtny"
    "ScP6lkLi24KQVwKBNzJp3r7VBSDmU+YSOOzIPpSpi8MhCVdCwnOdUOp3prouPJe3rhu70x"
    "29o5cIILPjEuhBSp+FOXegVsU0dSVwc0tHLoKaefHJi8ylVVMGFvsd1ZcT+noLLRBeAi6e"
    "TAzUqcUH6Ca6QfDpBsSA/qTfOd4U6AH9nyRfpbi4o/f3GhhlMQ71F3h/D1GjQdk/dQDpg/"
    "DmcOjmBzV6ZiNISRRMPbDmHNWTqc9Sh6XquoGQmMh8eacELb5QvU0niGh6g7N5GSnxa9py"
    "FeSP3m+GqGjPymGIijb1RrLMwx81mO6wdZec3RvbGWjX9NHuDWUTptqowRWs8/DXkNCCMt"
    "bl5TPykl2IGdtGHY08/krPWgv9WM5g/w3Y6/etM8fkJRvC//mmms0TwcwjtP5AT0uZYV5/"
    "mPNCTmdFolIxo7OTWKfHdJUKvOX1d3PVd7Whu1492JSkCbtqs3sQqjCtE8Uai5n+bXP/mt"
    "CwXkdCw6Kib1eO6/YKWOvU+X4F2rpeTTjgk+/809OTM/VzNFI/z8dnlvppD84QZOfPPHmA"
    "7u+ZL4cj9QhqRAa8ajAO0JhxTYnCRpmcqCNCBufHnP2HUHUJpOuIh0Mvx2Vv6d53VLO8nE"
    "i+QHgsdWlmdR316WL4VczVESgbGhDGujhBwA/H23rqgx7m6j8lL0xQWvspmfZXqXuJTK/h"
    "2Z8T/cRsWsfAyohthqZ83omo4TAnQ8M/+zyjdYI8+uWhIQkRExuymtRZI8VVJwXUdYs0um"
    "3V8803gypU5aCcqhzkqMpI8V9ndi+S7R6Vtnl62FM2oLLrhg4dF+C9yhOSlusC1tumiMfY"
    "cYfKvhP1SlplxLqAfNOj3MVCDgnn9TIO0lLdw3lwelplCj89LZ/D4VxuczygPQqCB8r1xY"
    "SIofaySqDZ/26tCXvXCHHfs9fs5rSk6eZWd7Pxe3zz5NgSv8dniPG+tCzgOnoFfo/U+f4q"
    "v0ewERVONK2wE87IV7O7H0SaoxkBph+yz10ikLqTu4CcdIKtqTb4dUg8FEJFe4IQvYG8eq"
    "kDnVIpDi7hv4L6x03cBKL0YcdS8F5gPmF04NhoisU0imv3sBBzxnXB5AcC/pNPxNPrGALF"
    "14f4e5dZD7pxiJl2pGA0nzouMV6N9jNc5V4NXxCuf6+hpidlDKv7JKtrO8Jz8WJYF+asXA"
    "czK5ugV4LZbAhTXB20c4IdhLsR+1OvTrUY80igHXx5p0pCBvpAve6IRUyHbLxDlDLmPBZM"
    "+1dMfQWYlvAzS6FMj4yUVFNdES252wX96vb2fQr0q5sskfvzh6vrqDiwauTIEucdaKvKKn"
    "fZxCn6AkoVypycsfqy0IL+ryBSmn9RjPVqtiQra8JE20yXaApefwprEGM5YdPXbe5rQ3SX"
    "T6DqBW2gTcIRuCPdHn4shvd+Ub1e8LHrp28Tb/uZCBH0RjFvG53vP83bikTTCrytXo9QKH"
    "ShWUzLdaCi6JSpx4cYb0xtqEfCHgjtIwZkKewt/vnHy+8Gp2fAiwK1Smw0JZwUsbZN3MIw"
    "qjvKqOo+rk0/paU6x6punugL5oLa4fgJKRMQvm6YrFEcSztkd1WGEltQELK2KZiQNV3d6q"
    "4mXz1HXW6Njk5Lmm5udTdz8sge1tyWPClpeJ0293Jgewwdr44CmhLqXKXkzeifLTGoLwl3"
    "rGmvwJQOz/RXGdE4bvOU9VwO9oat05dimn6jQ6bc6CyNciz/4MvDHE2oQ1movVdrSg2bdx"
    "Ddo8PDCuiqVuUl+uBcxqpkVBJaK/kyIbL92IXn0Ua6UYL7z/8HsF5h5g=="
)
