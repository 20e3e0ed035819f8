from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "credit_blacklist" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "region" VARCHAR(32) NOT NULL,
    "subject_kind" VARCHAR(16) NOT NULL,
    "subject_code" VARCHAR(32) NOT NULL,
    "subject_name" VARCHAR(128) NOT NULL,
    "severity" VARCHAR(16) NOT NULL,
    "reason" TEXT NOT NULL,
    "listed_on" DATE NOT NULL,
    "repair_from" DATE NOT NULL,
    "publish_until" DATE NOT NULL,
    "repaired_on" DATE,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL
) /* A dishonesty listing (失信名单) of an institution or practitioner, with its disclosure periods. */;
CREATE INDEX IF NOT EXISTS "idx_credit_blac_region_863286" ON "credit_blacklist" ("region");
CREATE INDEX IF NOT EXISTS "idx_credit_blac_subject_2cb463" ON "credit_blacklist" ("subject_code");
        CREATE TABLE IF NOT EXISTS "credit_notice" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "run_id" BIGINT NOT NULL,
    "region" VARCHAR(32) NOT NULL,
    "institution_code" VARCHAR(32) NOT NULL,
    "code_hash" VARCHAR(64) NOT NULL UNIQUE,
    "issued_by" VARCHAR(64) NOT NULL,
    "issued_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_credit_noti_run_id_f7411f" UNIQUE ("run_id", "institution_code")
) /* The notice of a published grade to one institution, with the hash of its objection code. */;
CREATE INDEX IF NOT EXISTS "idx_credit_noti_institu_ac9f19" ON "credit_notice" ("institution_code");
        CREATE TABLE IF NOT EXISTS "credit_objection" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "region" VARCHAR(32) NOT NULL,
    "institution_code" VARCHAR(32) NOT NULL,
    "run_id" BIGINT NOT NULL,
    "grade" VARCHAR(16),
    "reason" TEXT NOT NULL,
    "evidence" VARCHAR(512) NOT NULL,
    "contact" VARCHAR(64) NOT NULL,
    "channel" VARCHAR(16) NOT NULL,
    "received_on" DATE NOT NULL,
    "received_at" TIMESTAMP NOT NULL,
    "answer_by" DATE NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "answer" TEXT NOT NULL,
    "corrected_grade" VARCHAR(16),
    "correction_run_id" BIGINT,
    "answered_by" VARCHAR(64),
    "answered_at" TIMESTAMP
) /* An institution's objection to its published grade, and the bureau's answer. */;
CREATE INDEX IF NOT EXISTS "idx_credit_obje_region_e44e00" ON "credit_objection" ("region");
CREATE INDEX IF NOT EXISTS "idx_credit_obje_institu_e4b34b" ON "credit_objection" ("institution_code");
        CREATE TABLE IF NOT EXISTS "credit_repair_request" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "entry_id" BIGINT NOT NULL,
    "region" VARCHAR(32) NOT NULL,
    "commitment" TEXT NOT NULL,
    "corrective_action" TEXT NOT NULL,
    "received_on" DATE NOT NULL,
    "received_at" TIMESTAMP NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "decision_note" TEXT NOT NULL,
    "decided_by" VARCHAR(64),
    "decided_at" TIMESTAMP
) /* A request for credit repair of a listing, with the written commitment; pending, approved or */;
CREATE INDEX IF NOT EXISTS "idx_credit_repa_entry_i_6b8b7a" ON "credit_repair_request" ("entry_id");
        ALTER TABLE "credit_run" ADD "corrects_run_id" BIGINT;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "credit_run" DROP COLUMN "corrects_run_id";
        DROP TABLE IF EXISTS "credit_notice";
        DROP TABLE IF EXISTS "credit_objection";
        DROP TABLE IF EXISTS "credit_blacklist";
        DROP TABLE IF EXISTS "credit_repair_request";"""


MODELS_STATE = (
    "eJztXWlz4za2/SsofYldpbhseWl3d2aq7I5n4nndcarbmZk3cYqGSEhiTAEMQFqtyct/f7"
    "ggKe40KYsyReOLFxKXywEI3Hvugj8Gc2YRRxxceB42Z3NCvcE79MeA4jmRfxScHaIBdt34"
    "HBzw8NhRzXG63Vh4HJtwxQl2BJGHLCJMbruezSi0/0Q8bGEPIzZBGAmPcWKhscPGaM+dMY"
    "8N0SOzTbL/HnkzgsZLjwjk2I8E2TQ4Ak2V2AHc0GKmvKNNpy1c26f27z4xPDYl8iyXd/jl"
    "V3nYphb5SkT0r/tgTGziWCkQbQsuoI4b3tJVx37++fr7v6mW8Nxjw2SOP6dxa3fpzRhdNf"
    "d92zoAGTg3JZRw7BErASz1HSfshehQ8MTygMd9snpUKz5gkQn2HeiewXcTn5rQK0jdCX6c"
    "/DV8tEQzw/jx5tb4cnVrGINcb8IjZDohPGQyCiPBph4A9cefwXVjQNTRAdzgww8Xn/eOz/"
    "YVBEx4U65OKrgGfypB2aWBqAI9Rhn6y3ggyzzWH2aYF2OdlMkgLh94HayjAzHY8dCPYIyA"
    "agHawRx/NRxCp95M/ns0Oq/A+p8XnxXcspXCm8lvNfiMfwxPjYJzgHuMs7yjJz/wAKgGWG"
    "fleoj32UkNuM9OStGGU2mwhf3fApCvqVeMcdQ8g60dzMe7hu0UHuLb0dHJm5Pz47OTc9lE"
    "PejqyJsKuK9/vM1iOcOj07MmQzaW0IO1zmBlPjcbzQmxxPYAHrS1rLUNr8kJQGFgLw/x9/"
    "KMZ89JydSbksxAbYWiB9Efuziy5QtaN9RZhspNBfS315+uvtxefPoJbjcX4ndH4XdxewVn"
    "RuroMnN07yzTTauLoH9d3/6A4F/0n5sfr7Jqy6rd7X8G8EzY95hB2cLAVkIPi45GqP0Jmu"
    "TkIaHlwIExNh8WmFtG7gwbsbK2+VPz0Tx7BFM8VX0G4MJjRlq/b9neFfX4clBkE8Rnq20C"
    "aGeQVcMnjYIbSqQiTh9AcQdFXF6aUOtbJrsXqYshcyZ7/h2aYTFDf0HBLL3ncvJoqEN3/u"
    "jw6AyZmDJqm9hB6ub7eROh1Ttt2GC4tKely36hyVCw6Ifj7Xm2Qvsr/tvR6Pj4zejw+Oz8"
    "9OTNm9Pzw9XSnz9VpQNcXv8d1IDUpxvpBeWGRPP5tbfz6o7MoxEmuYk0uXzKOYfxJsrJSq"
    "CHyl8rliFWDEJDiEOJHmLcgoLtj38jZsH0VKFhxyK9U7FbGcQW8bDt5CH+x5ebH4shjiWy"
    "K4Bteuj/pIYhWjO/E8Td2Lcdz6biAG77EtwdIJRaDCKc9z5d/DvbBR8+3lxmZ3m4wGWmO1"
    "a6VpNBnxLSM0uNmaUpwpsF92WVzhag7YgB9w82HhRYbnB4WGWy/RY2eNJUu6CI+d6YfUWc"
    "Ld6Bm8W2CCKTiVxykMeQS/iE8TnCHnIIFh5i1JSX4UR2CbHQwvZmCF6VTSZDRMkj4ciRE0"
    "LeUmvzRtpQ21FD7UG+fJNJK2qvV4QaK4KLlw7DBfiWK0IJEa0JbVwTsojlu00dnCmhtcZ9"
    "OK10ZN5J6/9vj+ro/2+PyvV/OJexsTzs+aKRibWSaGtiyfvrgacEoLaD81kdmLPcTgLlsx"
    "xT4Hlk7noFMJcunUmR7bk3D9tdQDfm24T+WgPUrNj2gD3fEWC5Tw088UgBc1jNCacEt0MN"
    "b3Mm7hMz7DDzgViGT70i4qe6m7OyG+jp7IqrfQCb62lpGhqE8yJHwC35WjJLpqV6QKNWde"
    "nVv2+rVddVj368+fHvUfOsPqsjF15n5EKy133XWrPX05K617vS6wVzrHr6jtCdn8k06Icc"
    "4xmeGVaRnjxu8zTvica+7EL/G4Gw/I327vw3xJrIn+M3b+/80+NjvP8eBVdE3HeIQHsmlg"
    "aVhbkYImHOyJzIP/CcSc1B7KMZplPEJhNkewKZ8uEKKNDt3PMZbChco4nhHLXvnRPheFTD"
    "YD4elRrMcKqa+lS/G0AdtdfUZw3qM/jOmsAbS/QQ4HayCLRK2DPloOPBrH9jjsMWakHLqQ"
    "erc5UKwiTZ6ikVoby3n7HAMpfQIpdj+cQUS/Rukd3UvF++yAp/DM85JkVeXsYcgmlp0FVC"
    "MIP8WEq2NStFvbFdzuDy5uZjagK6vM6SAj9/urySa4TqDNnI9lIu3gTkpkSlkfMlEugBLd"
    "O2XjOxufAMQQhdY9nNCfdw5d2RlbYW1anZl952c0c0qi/+dEqEV0K5JM5WalUi3e5F9Cod"
    "xvWSYVwec22zyZq/Euihsb0p6iiXr9/E4ZUQ6QXE2/Z3zYll4zzg5ZFzK4FuxM3B/XoTN+"
    "cwExfnJZX3R1LmWV2yO778VrCHiUSu5gahBRN89fyTENtI3GJ3kW9lChJEvic31Ns2sqcz"
    "clsLadw53igxymeYUlIQOlTh+opFtkhcLIi8r7cd+mLzQaPaZbDW7KIt2toW7bUE1fb8Mp"
    "M2eXpYZdPamYY14gnkAXtKYcQhUAahlkTiKohxyGXCtoNcOafMsbkMytoF7v4heiBLqG63"
    "VL58FQwwvvNPJpYl/x6/xXf+m8PxW/lzcnQmf54fHhXFF2z9Ge7oHb2/VzU2DBdzaXLc3y"
    "NbqFocEBwQXF+d/0agGcHW7z7mHuECoh/OJxa589+eHh7d+WeHcLO3h+R8/728P5py5rsC"
    "jTmm5gwiIdQluXwr746qC36rSvupQIl9hKmFKJFPT5mHxgReii3g7vAqbEEP0K2UFwRzcw"
    "bvqUIw0ILbnrST5CvDawAMEs3lgSD80TaJfJUJZ3P1MjCQwptA6hk8RgCVXAasmmEXvyQi"
    "VFQmkzyfPOZg6CmLDH7VPEcneQ4dHtMax6HDYdqN1tCZlit8R3XMh1G5+TDKmQ+OXBMaGQ"
    "8rgS2aDpQFbtb2Aa6Dbzm8RcbZSrtoaKGl5FoiIfo0C8e6SF2QY4kezhSbB3jKm0X/RO37"
    "QKC1ja20UKUR2yjxNyHSw+E7Oj2ts9KdnpYvdXAus9ZFRkoO5r85DJfmX8VCGaAnILV7g7"
    "kC2O9vfr78eIV++nz14frLdcjJrwgadRIOxUFUn68uPuZcHnS6BsxJKY1zDZzxlBMCux0Y"
    "wsO8hJYsmTvyolW85A7OJlXYX9xe7UDZhQI1GAoWPm5JEd68pQG/DdemS7tASyt3x2XEer"
    "HWbdsfpzC0qe3Z2CkY5k+AnxTU8OsMZJ1uojOQtcewAx7Dn8CvZwP4xZlFqfPDKp+hm21Z"
    "w2mYlAGPWMrlpv4+JYfnd/7xIfjIzo/PJukjZyN8Io+ck3F85PwwajM6HJ3tB6UTsXLHDd"
    "GC8Qc5qqDMorxn2jsYlNAPGJ0i72K3H7aZ/40zR/vZCpYS7WfTfrZX4mfbfBiZmlQagBu1"
    "7yG4mw8eS8z+RtMJoki2f3GR2h+0cwBr0kyHnWrqQFMHmjrYQergcxgv+k/CRUXZsmST4V"
    "P1y6Cx8ZhoXYNEmEg4Z4hjakGwKnsgFHZTWEX1cuI62CRWtC22gFBWeVEqgs2bEBYIglqX"
    "KHoAFRdbWMCsrVtBHPEVNmfI5cwkQqAHQlyhgnfDmF31qaAJ46t4ZbgYeDzhN9wseBzbQw"
    "t5QGXCBeG7trijps8hDOg9CCcffg/ChYFu8KlH+D7sAwhH5FzgwPYU2ORMPgwYqmMsiAgi"
    "qKOdyOUg8l3x3JprL69j9dDgrcpVlv3eBO2VgFZo6+QqQ03C9XStlKRedfWqW7zqXsoV5g"
    "GSd0v3tc20qFxzg4wSYxyJ1F1zLVvI8SmXgqVKJAaWGhjxt8dHwIgT+fP05FDx4qen+yoL"
    "hmZTcZJ0+jAgvmG9k1c2HSZ8TmBptZklCjN9tnl/WJ1/8seObaLFzHYIur+Hm8qPldH7e/"
    "TdX+RqauEl+k6ecKGdmAX11OVJlTMjl1SpGmBbgv0+/AvNpQAk6ogHuZbCQh2k4MA5A/6V"
    "sirnZ25Te+7P88/1jdQlqKW36t1pqv/ltZ9+M3jh7qFG0/yPrFwPlZ/NE00RaE3p6aycHt"
    "j1B3ZTh1ZWrndVB1tJHxNgtdteo53LkjJ6+qgxfXCCRdFaWB5aGEv0AuBtxxSulNhiW7Uk"
    "yD4p9KojvhPKehMAM2KvGsKUtdQExJzgq4YxMi4bfsoZsWdCuEOZM3kEI0/nuNESn5bqxR"
    "rUeqkp7YzWBGmrBOkHRWlePRLqfSYm42m6q7TRsAZNSh7DXPo6FGkgg5RMAQO5B9SCAOed"
    "TdH9fdD6YCIvKg7Uc/2PPH9/v1/Efm7q0kH5IsbtqU0NTib392iOH4hAXGECrKptkbnLoJ"
    "jqO6T4Sca9d9/Z1l+hOhDjYaWjuevAMIZt7X0JDZarMnx3dzQQQMG3K4byEvY8uISY4dHp"
    "2SqQmS2iK2L04cs/4cB7JK80mSB5b27Lh3IIfiTg4ITdXpdrBD0zU/lB1XqnY581IdrJVa"
    "Bt4kjHkW4fc119qEVwk7N6A+MnI/aq7cdgR0VjUhQZUrX0peXW2nu9Y1bjNhfBBL3MfG42"
    "o/FXEprAr0Pgk0epyNJmGCdleofy6VGdiVi2KkVZnctMxcqSaIJxLNHDtW7zLpLYVGsOci"
    "S1kVpaHYqZPD+sgfL5YSnKcCpLp4L125gNzIj1cEC3kDIYYdacD8yIakKwc4RgsqMhvs7i"
    "eLHOzn1Z2Q10dcfUzl3v6U5Rv3/n2CKDUtI3OD2sQfdOVy2fpHuhurpqjvZCUjSITVCMJp"
    "Se3VclHLhP0RRYzEw9h0T8KfnqOvL9vMIiFO3dpoBJ/WUgr2ME9GaO+flVx5d2x5KsoFNX"
    "PVi/B2KZtSz6rq2iL2PSa5r1KWWyjerCuBnQK4H+1RfevO1JmWcoNIyyQL2KMioFsv3DvJ"
    "WCw4mFOo94+QaAGTG9LWNKfV53a8BO6bnXFLY48lhh3bZskzr6rp1q/XSIA0QdhBLoETs+"
    "KYhFCDz6QcYS2iMH0wMk5KgUkzAj+vDbo8PD/SFsJRRw2gXxDu3dp1DrLVx+1YXhL4VzVv"
    "tNRhmETXWAQUc1Yh1goAMMegd6PD/VhTqW6CHAdTyI5f7DnPdQVw1sceiqFb2AEiamPcdO"
    "McArmaxeGwgdhMI7iHZV4MbVh+tPFx/3jkbDwMUSb+2w2lYq58vajdCCHR6+us7WOmNZez"
    "WaWns/Ms82K9wa4flhDTuPxk1rOTaC9sFetmHiFbFCP4THSpwM4JyYYTFbbUKr8o7BFAPF"
    "rti10caNIMb9NtqOV54nzgR26BUztqDyiqZ858WMBPW6wvsDTQFtbCF8qNjBqBPsCfzlh4"
    "tvIWjdhgJdrqcdJz02E7Xj5GUcJ9o+1/Z57zxTgJUBi1QTsFNCvSt1uPlYsmC5bhi0lxLq"
    "4fzRGszN7Z2UoDZ3tLlTZe7cRFr8oNTiiZvUMXpYqnU959ZqsfsmaVZISwSMgYyBMlSl/s"
    "CKGPucYF+KYCoWhJc4tDZz7SCDNyiKf38PhglzibSMfHcmwQ7q9cK1wYzBdHV4dT8AVoRJ"
    "vJyHB6Ueq6sKdl9n3i0fV5/UOa1Cbx9zbZC/kEGuo+p00bsX0prbKHqnM0G3kQkq7+iBft"
    "0A5IRI7zBuoY7WDFNKCmrmVQAci/Ri5mh/ajaJ/bhGVb2U2KsuLLHCYq30zqSo5os6xxel"
    "KogoOqKQey3/UlJCr/o72ZF9EIFb2s6CufnZPBhsTRTtWKIH+si21eyQTpTzd2P7sUBUW5"
    "JPD/CYwDXW4UoKxXVJp3VZk2DyaOyOzIj1b9xv3hJaQdZcx8yI6roSXVMxO+WS/OxXOCPh"
    "5LCGG5L7NR2QN5QgAnHuONiwbBJv/JnKdfPlyIJ/hTkjcwI7fFocTzykKuPHjsS8F7KNGz"
    "Srx6sz5TqwZO2WF7FXkXg6aavNpK1gvmpkU68keohuC1uQKbgMQbErZqxA+SqvTlAg2o0K"
    "BXDbna5QkNKMhcEKCkVWEHKRgCbjOk/G7TBTIfz5HPMCu7hiwohF9ESx8YlC736kdz96ae"
    "h3naoo2Nau8ReVldP039OfVIxZ848qK6sJwC5/VaGHQjzHvSG0c2NNpqgjVOxP0SdbWuU3"
    "02JYg5RdzQP1qNl/zbCnciaUnIkEISLgTFOJHe9UmyB7PdzmzIFd0LxEegdU6t1TJXvZAg"
    "jXHEvb4r3uaCqZnhPXwaZsJ9Xc4GYhMczhCHDDyaN44hFelFKyr1NHuv4pDytI326mNnQo"
    "b7WFzIYO8uy9wldnjrxMDIT2b2j/xg7PGzrxSZcTf0nMWyknPieYwiM0QDsh0oNA2C1gHN"
    "NKzTJHsnKvzgvXEY7hM3GxzT8TiZrwBgUUQ7rBsE7Yl5KQv2KRGlvIh82VvR/u+R5cKIjW"
    "Ap+XBDxRB2/Bbc8jUPluPre9OaHee2npU0u1kg/J2SMY+HmaocV7wSbwQQkKzQx0X3svZw"
    "ZkB/NlY0MqKdWWKdXXvug2RdArXT+exPIgl2cIpaV6AfQL5QnZj8TAq/JM9fEvEO6Bjrrt"
    "TtCZzjrTWXuh63mhdyM6cBBq4tuxojfPDsFGDgL8SJR5BRxc+ZKQE9TLQePlADBsvv15Wq"
    "p/dNzmQ5cixJovGWlJHbbUtQWjO0QW42UMFpwZVlFXPG5TK1vRxAL2o5ZKuQV7KsjB9kiC"
    "TarDykNo784/e3N2dOefTM7H6M5/Mx6Z8h9y+PbOPz0+gRPk7UnQ6B0C8SUKngJNiScQRs"
    "EADe+yX5zU+ALPAWVYPzA6gTJhno0d21uivZ9uPl5/+F95+cND/Obt/rtwv26p7Llqewnh"
    "Ma7CbZwlwnDRB7KU/0PFb8iyhB6zwtsS/o24o8HV5aWhGizU4rAthDlBhJp86UY1XjFldD"
    "lnvoge+YEQVyDKkGPTB6gwu5gxJOSlkF26hYWm5LpDA+1WhmavIkeCj7Vx5f6sXO+CoFrI"
    "jJBATFlRUlBFAkpCphfkWxrkk8MaIMOObyUg5zeD8zCXU7zhYu41Ajor10OwR3VG9Kh8RI"
    "9yIzoErWkQZUasJTuqT1NHiFjTTTozYj0c00ejOiFnslU5MTPKhZ0lnyyHdhUvkxLrBdrb"
    "5mUcFgTf53EvT5xNyjwrc3Z3GIJ2UmR1vd32KzSGhmuBScmYQzAtxjkll0F6LAV3EOoqS/"
    "Hm5mNqdF9eZ6eOnz9dXknsM3sEF0UVBNyCod6ymYGTldR6ypN6ygq0gLoxCDWbrKAl4n0g"
    "2re9kEZEWtMuyMpp7NcJ+KDAPRqPhIuG5FWBaB96oPVyKx30WOfm9YHwx3MIKI2eZudg1h"
    "EgPXbopfRU0ySu17TWfVLoVUdKaa/3a/hIVnE4Np0wPm/4tRRLP/Oz2Z3eLvhqIOUtmEPW"
    "zpgrEO+f+rR5J+AKtjXqi6dF9YzV5RkLC2FPKSGNU1wygrqs0LpZLjNMLYc0XCpSQq95hS"
    "BfPUJh0Sww9crTs1JC26t1cdjuwB0dnbw5OT8+O1mN19WRqmGaH5Ly8qbjr6euZmX19N/l"
    "6T/orTUoqYRU/9SpzYdFPBJuy4vJj2LOfOoZE1IAeNVyW3IBveyuu+yuZaFpwyyF3loLRE"
    "ZUrw9dXh8s31XFD4nBJo1NhAJhPV+tO1+Veo6qloySJVqruLomeQXU8gWtG+osw09vR+az"
    "cJaonM5811qz19OSute70usFq5h6+k7lol09QrGM0oS04PTw6aw0g6xa1qijJDziIpuGCV"
    "gg/41Ajj0h79H9fVDV+P4eMUqEyqcSM7agkCgVtyc8LnwUZnfkk8/avJHO0eq0dlKVo6XG"
    "a+MCtEkxXThpXV1xDZ9NX5e13V3GikIwPFawl3vFvsqRQA8jsTcfqfog36sJulH7HoLbwr"
    "aJHQzH61W8Y9OSMbpSzNrBvIFKW6DZVOVrxEJbTNaIVJ2dStbomOkG4e8mGVRYb2GLYS0D"
    "LtG4hg3nzpg0lBhHj8w2CYKP9j2aEM+ErW1kVwRG1Nhh46CwBhovEUa/yX8XM0KR7UGhWt"
    "g7h7M5+heRs22hBdfWbbT91mmLQdtvXeoNrYluJzGE+dxstoPISkIDXCslpGD77aqsyqLN"
    "t3sBbRuVCLDnYXMG1ZcLZ+cKMiAr2L+4neM6Y/m4fCwf58aydhOWQ7+bDqMyN2GnrI5PRA"
    "g8rTA6ogZ1bI55ou2TJsftgn27wEsUCgk0Jt6CkMC5E0Qdc1WJL+W82YvL7yk3j8fYEGyE"
    "0JdTULKwxftoo6PTaq42OrrUG9pp1HOnkSASw0Zeo1iijzp5G4UGJs1jI5NSOihy3TlrzK"
    "yC+O1yp0fUvhcDextuj45oxZeYPtxyTMVE6XM5pTh1/gmdWD3NWAoYXlKiTkDVDMKXXGxb"
    "iE0mjk0VDw6XQtGlhmFxbGLBqYlNMTVJENtkewI9Mt+UKmlhENVGL6514E7PYOU6sBoGzV"
    "eThNRmNOBX0xVJ80NNDc3Nj4SYNj/WNj/WTIzbQD5c1xb2F0owCZYPaUg0MRbSUr3Qq9qO"
    "M4sgA3f6OlBHcv3j79uoPhkoTIV5ntWzekpQzyvPWFZDJNeqEJcU1UxT55imjtiHn5UONi"
    "h0l6gzw6dtwpr+EeWOgPawQzijkXMC7YGjQsibozn2wFdhC0TVHkxBc2m0eQvbJO/Qiq+G"
    "JsFALHKQtHgjbR12eu7cBQ/Jq+kMve/UtlIEXObYZqMdemKJHhoeryMH4+UG8OY9QbAFo/"
    "GIHbm0NqYx8rLa5NBc0q52QJTmYEw5brYRWF6yfzTHUZ2Jp3ze6dT+dt0GeuNTPPnqOtII"
    "bbofVUbsWVtSrZd7993EpybcH4192/FsKg7gfn8dtNQRFcC3slOVy5lssgbRlxHUk/7ak/"
    "4KyeZEX0ZUE32dI/pS6pUr++txjW8tI6jjntZWcCMg1wjaTIvq8otd/tJMB9tNa5QmZV5z"
    "iVJdMHHw3IKJnfLufCTWlPAr6vHloNTRk2w0rBEH6Kj29Vw/V3J8LBFQYgTBLqdTohJU5o"
    "ySpfz5SCC3Dpw1OPTEDKEoGjgw+XvE2SKofha4agJ5K+/2aesm2uXT6aW9yuWjo9JeUNHS"
    "STF91Kt0JTVdSW1XvXhQY8do7srLiPWg7FfbXK+cP5rDnBLq4XjePMy75qxr2WDbsoJjEQ"
    "/bThNfRizRDTcG3Han3RidsrK/QCbRoNS+Dk4Pa1jWYtXyScP6hkLi25KQbwQCb2TSvH2n"
    "CkAsZswhcNj2hlCmLg6HJFwKCdexQ6nfmOy68Fzeum7tTnf0jl4ggMyKS6AHKX0m5tyGWh"
    "Wz1JXAze3Z3jKomReffJ+5tGzKwGK/o+pyQl1vqQTCS8DFk4mBKrX4AF1HNwg+3YAYUJ/0"
    "B9udAT2gfnnkqyfe39H7ewWMtBgN9QXe30PUaFD2Tx5A6iC8ORy6/l6OnvkYUhIFkw+sOE"
    "f5ZPKzVGGpqm4gJCYy37uTgiZfyt6mU0QUvcHZooyU+CVtuQry++BXTVR0Z+XQREWXeiNZ"
    "5uH3Bkx32LpPzu6N7Qy0a/po/4ayDlNt1eAK1nn4zyC0oIx1efmMvGQfYsa2UUcjj7/Us9"
    "ZCP5bT2D8De/W+TeaYvGRL+L/cVLN5Ipi5hDYf6GkpPcybD3NeyOlUJCoVMzo7iXV6TNep"
    "wFtefzdXfVcZuuvVg01J6rCrLrsHoQrTOlGssZju3y73rw4NG/QkNCwq+nZpO86ggLVOnR"
    "/WoK2b1YQDPvnOPz09OZM/x2P583xyZsqf1ugMQXb+3PUO0P098z1jLB9BjsiAVw3GAZow"
    "rihR2CiTE3lEeMH5CWf/JVReAqk64uHQy3HZW7r3HVUsLyceXyI88VRpZnkd+eli+FMs5B"
    "EoGxoQxqo4QcAPx9t6qoMu5vKXlBc6KK37lEz3q9S9RqZX8+wviX5iNm1iYGXENkNTvuxE"
    "1HKYk6bhX3yeUTpBHv3y0JCEiI4NqSZ11khxVUkBTd0irW5b9XLzzagOVTkqpypHOaoyUv"
    "zXmd2LZPtHpW2eHnalDSjtOsOmkwK8qzwhabk+YL1tiniCbceQ9p1oVtIqI9YH5Nse5Q4W"
    "nkE4b5ZxkJbqH86j09M6U/jpafkcDudym+MB7VEQPFCuLyZENLWXVQL1/ndrTdi7Roj7rr"
    "VmN6cldTd3upu13+PZk2NH/B5fIMb7wjSB6xgU+D1S54dVfo9gIyqcaFpjJ5yxL2d3P4g0"
    "R3MCTD9knztEIHknZwk56QSbM2Xwq5B4KISK9gQhagN5+VIHKqVSHFzAr4L6x23cBKL0Yc"
    "dS8F5gPmV0ZFtohsUsimt3sRALxlXB5AcC/pPPxFXrGALF14f4e4eZD6pxiJlypGC0mNkO"
    "0V6N7jNc5V4NXxCu/m6gpidlNKv7JKtr2cJ18NJoCnNWroeZlW3QK8FsZsAU1wTtnGAP4W"
    "7F/lSrUyPGPBLoBl/eq5KQgT7QrDtiEd0hG+8QqYzZjwXT/iWTXwGmJfzMSijTI2Mp1VZX"
    "REvudkG/vLn5mAL98jpL5P786fIqKg4sG9leifMOtFVplTtsahd9AaUKZU5OW31ZaEH/lx"
    "BJzb8oxrqaLcnK6jDRLtMlioJXn8IaxFhOWPd1l/taE93lE6h8QQtok3AE7ki3hx+L5r1f"
    "Va8XfOzq6bvE234hQgS9UczbRueHT/O2ItG0Bm+r1iMUCr1XLKbp2FBRdMbk40OMN6YW1C"
    "NhD4QOEQOyFPYW//LDxbej0zPgRYFaJRaaEU6KWNs2bqEZ1R1lVFUfN6af0lK9Y1U3T/QF"
    "c0HjcPyElA4IXzdMViuOpR2yuypDiS0oCFnbFEzI6q7udFeTr64tL7dGR6cldTd3ups5eW"
    "QPa25LnpTUvE6XezmwPQzbbaKApoR6Vyl5M/pnRwzqC8JtczYoMKXDM8MqIxrHbZ6ynsvB"
    "3rB1+lpM02c6ZMqNztIox/IPvjzMUYc6lIXau42m1LB5D9E9Ojysga5sVV6iD85lrEpGPU"
    "IbJV8mRLYfu/Ay2kg/SnD/+f8r8wzb"
)
