from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
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
) /* One assignee's check of one institution of a task: the check-in place, the answers, and the */;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "grid_import";
        DROP TABLE IF EXISTS "grid_institution";
        DROP TABLE IF EXISTS "grid_staff";
        DROP TABLE IF EXISTS "grid_fund_payment";
        DROP TABLE IF EXISTS "grid_finding_photo";
        DROP TABLE IF EXISTS "grid";
        DROP TABLE IF EXISTS "grid_task_visit";
        DROP TABLE IF EXISTS "grid_supervisor";
        DROP TABLE IF EXISTS "grid_finding";
        DROP TABLE IF EXISTS "grid_task";"""


MODELS_STATE = (
    "eJztfetz2ziy77+C0pfYVRqXLT/iJLNblWSysz53ZpJKMjvnntGUBJGQxTEFcAjQis7e/d"
    "8vGnyIT5mgRZmi8UW2SDRANUCg+9evfw+WzCYuP3krBLYWS0LF4DX694DiJZH/lNwdogH2"
    "vM09uCDwzFXNcbbdjAsfW9DjHLucyEs24ZbveMJhFNr/TAS2scCIzRFGXDCf2Gjmshk68h"
    "ZMsCG6Z45Fjt8gsSBothaEI9e5J8ih4RVoqshOYECbWXJEh9620HdAnb8CMhHslsi7vhzh"
    "9z/kZYfa5Bvh8VfvbjJ3iGtnmOjY0IG6PhFrT1379debH/6hWsJzzyYWc4Ml3bT21mLBaN"
    "I8CBz7BGjg3i2hxMeC2CnG0sB1o1mIL4VPLC8IPyDJo9qbCzaZ48CF6Rl8Pw+oBbOC1Ejw"
    "cfH36NFSzSaTXz5+nXz58HUyGRRmEx4hNwnRJYtRWAkOFcCof/8n7HfDEHV1AAO8/+fbz0"
    "fnV8eKBYyLW1/dVOwa/EcRyikNSRXTN1yG+ZrckXWR1+8X2C/ndZomx3H5wE14HV/YMHuz"
    "9GM2xoxqgbWDJf42cQm9FQv59Wx0vYXX/3r7WbFbtlL8ZvJdDV/jX6Jbo/Ae8H3DZzmikC"
    "94yCgNXufpesjvq4sa7L66qOQ23Moymzv/W8LkGyrKeRw3z/HWCffjQ+PtLTzEd6Ozi5cX"
    "1+dXF9eyiXrQ5MrLLey++eVrnpcLPLq80lmyGwqzWOssVhb4ltaesKHYH4MHbR1rbbPX8g"
    "mwYoJFkcU/yDvCWZKKrTdDmWO1HZGexP8c4sqWP9D+SN11JNxsYf3Xm58/fPn69udPMNyS"
    "879cxb+3Xz/AnZG6us5dPbrKTVPSCfrt5us/EXxF//Pxlw95sSVp9/V/BvBMOBBsQtlqgu"
    "2UHBZfjbn2H5Ak53cpKQcuzLB1t8K+PSncYSNW1bZ4azla5q9gim/VnAFz4TFjqT+wHfGB"
    "Cn89KNMJNne36wTQbkKShg8qBR8pkYI4vQPBHQRx2TWh9ndMTi9SnSFrIWf+NVpgvkB/Q+"
    "EufeT55H6iLo2D0enZFbIwZdSxsIvU4MdFFaHVkXasMLxzbiuP/VKVoeTQj9bb43SF9k/8"
    "V6PR+fnL0en51fXlxcuXl9enydFfvLVNBnh38yOIAZlXN5YLqhUJ/f21t/vqgeyjMU8KG2"
    "n6+JR7DvN1hJOEoIfCXyuaIVYIgiaLI4oe8rgFATuY/Umsku1pi4S9IemdiN3KIraJwI5b"
    "ZPF/ffn4SzmLNxT5E8CxBPp/UsLgranfKeBuFjiucCg/gWGfArsDDmUOg5jPRz+//e/8FL"
    "z/6eO7/C4PHbzLTUcia+ks+gyR2Vlq7Cy6HN4tc59W6GyBtR1R4P6LzQYlmhtcHm5T2f6M"
    "Gjyoqr2liAVixr4hn61eg5nFsQki87k8cpBgyCP+nPlLhAVyCeYCMWrJbnwip4TYaOWIBY"
    "KfyubzIaLknvjIlRtCUVNrcyCjqB2oonYnf7zOphW3NydCjRPBw2uX4RL+VgtCKRIjCe1c"
    "ErKJHXi6Bs4MUaN1H20rHdl3svL/q7M68v+rs2r5H+7ldCyBRcC1VKyEoq2NpWivB5wSGL"
    "UfPl/VYXMe20lx+aqAFAhBlp4oYXPl0Zkm2Z9587TdA3Rntk2YrwZMzZPtj7HXB8JYP6AT"
    "PBekBDncjglnCPcDDe9zJ+4TMuwy647Yk4CKMuBn+zTnaXcw0/kT19gAdjfTUjWcEN8vMw"
    "R8Jd8qdsksVQ9g1G1T+uG/v24XXZMZ/enjLz/GzfPyrPFceJ6eC+lZDzy74axnKc2sd2XW"
    "S/ZY9fQdgTs/k9twHgqIZ3RnuA309DdtHsY90SyQUxi84AjLv+hoHLwk9lx+zl6+GgeX5+"
    "f4+A0Ke0R+4BKOjiwsFSob+3yIuLUgSyL/wUsmJQd+jBaY3iI2nyNHcGTJhyuBQPcz5iPQ"
    "UOhDR3GO2/fOiHA+qqEwn48qFWa4tR36VH81WB23N9BnDegzfM902Luh6CGD24kiMCJhz4"
    "SDjjuz/oO5LlupA60gHiT3tgoI83Srh0SE6tl+xAHLPELLTI7VG9OGoneH7K72/epDlgcz"
    "eM4ZKbPyMuYSTCudrlKEOc7PJGVbu1I8G/vFDN59/PhTZgN6d5MHBX79+d0HeUaoyZCNHJ"
    "Ex8aZYbkmuaBlfYoIewDJtyzVzx+diwgmhDY7dAnEPT94DOWlrQZ0GfentNHdEovoS3N4S"
    "Liogl9TdrVIVz7Z7ErnKuHE9pRuXYJ5j6Zz5CUEPle1dQUeFeH0dg1eKpBcs3re9a0lsBx"
    "cZXu05lxB0w28OxuuN35zLLFwel1Q9H2maR03J4djyW+E9bCTyNJ8QWrLBb99/UmQ78Vvs"
    "Ludb2YI4kb/Tn6hfq6VP5+j25tJ4cLhRapUvMKWkxHVoi+lrQ7JH4GJF5LhiP/DF7p1Gjc"
    "mg0e5iNNraGu2NZKojgiqVNn17uE2ndXINa/gTyAvOLYUVh0AYhFwSqV4Q8yGWCTsu8uSe"
    "ssTWOkxrF5r7h+iOrCG73VrZ8pUzwGwcXMxtW/4/e4XHwcvT2Sv5OT+7kp/Xp2dl/gV7f4"
    "YxHdPpVOXYmHjYlyrHdIocrnJxgHNA2L+6/4KjBcH2XwH2BfE5eD9cz20yDl5dnp6Ng6tT"
    "GOzVKbk+fiPHR7c+CzyOZj6m1gI8IVSXvvxVYkxVh9+p1H7KUeIYYWojSuTTUybQjMCPYi"
    "sYHX4KW9ET9FXSc4J9awG/U7lgoJXvCKknyZ8MPwPYILm5PuHEv3csIn/K3GdL9WNgIUWD"
    "QOgZPEbIKnkM2DXdLn5PeaioSCZ5P33NxTBTNhn8YXCOTuIcxj2mNYzDuMO0661hIi0T/o"
    "7qqA+javVhVFAfXHkmaCkPCcEeVQfKQjNr+wyuw99q9pYpZ4l0oamhZehaAiH6tAtvZJG6"
    "TN5Q9HCn2D2Db30975+4fR8AtLZ5KzVUqcRqBf6mSHq4fEeXl3VOusvL6qMO7uXOulhJKb"
    "D5Hy7DlfFXG6Ico+dAdXiLeQtjf/j467ufPqBPnz+8v/lyE2HyCUCjbsKljRPV5w9vfyqY"
    "POhtAzanqQyfa/AZ3/qEQLWDCRfYr4AlK/aOIuk2XPIAd5NtvH/79cMBpF0oEYMhYeH9ng"
    "Th3Wsa8HfiOXTtlEhp1ea4HFkvzrp92+MUDx3qCAe7Jcv8AeanCQ37TQSyCTcxEcjGYtgB"
    "i+EnsOs5wPzyyKLM/eE2m6GXb1nDaJimAYtYxuSm/r8kp9fj4PwUbGTX51fz7JWrEb6QV6"
    "7JbHPl+jRuMzodXR2HqROxMscN0Yr5d3JVQZpFOWbWOhim0A8RnTLrYrcfVs/+5jPX2NlK"
    "jhJjZzN2tmdiZ9u9G5naVDSYG7fvIXN37zyW2v0nuhtEGW3//CKNPejgGGxAM+N2aqADAx"
    "0Y6OAAoYPPkb/ov4jPt6QtSzcZPpS/DBpP7lOta4AIc8nOBfIxtcFZld0RCtUUEq9en3gu"
    "togdl8Xm4MoqO6U8LN6EMEfg1LpG8QMov9jSBGZtDQV+xB+wtUCezyzCObojxOPKeTfy2V"
    "WvCpozP/FXhs7A4gl/YbDwcRyBVvKCioQL3XcdPqZW4IMb0BsgTj/8EbgLA9wQUEH8Y6gD"
    "CFfkXuBCeQps+Uw+DCiqM8wJDz2o40rkchEFHn9szrWnl7F6qPBui1WW867D7YTACLR1Yp"
    "UhJ2EzWStDaU5dc+pWnboe80X5YavuPHDGJm1qlbG15LYvt3yL+fYQrRZytUH4h4pFCQMA"
    "AQi/enl1BkD49QxBMs+RJb+QU5XS8wJukFcXYaPXyekHT4HkYcHl6RMu0GiUiiK3T/AccC"
    "a/Z3QuD0IKtmtHrNHRp48/3bz/v7L701P88tXx6wiFt4hkGwT+RGdjWIAXOg1jiqDaGBy+"
    "MGN2NCzxX8iTOexddg3BNWGyMxWaQ6jlrz35cksyedRTRtdLFvD4kUP5gLKw+q9gkidMig"
    "pUPoSpCXXQ4P/Ty0N9x/TUy6pdkjFP1zvZs4WwcsmIW+Zr1XtK0/RQ4rw4rRMcclodHXKa"
    "Z7LAvtziIc5DaDE6T9dDZu/e/zBimq79JUfWu0ic3W8dEcd0zbU5sh6u6ZZKRm+erMDtas"
    "/OHFkvuL1vv06T3OkJkzsdSNqbA/ZaSBTXEpVyWwLqDN0e808/zereYf7pGFvQT5xVpDRy"
    "yoNySsK0ELrRzRNXQd6HcNd9H6QxkKY7BXk6w/sGwSlyeIgETBlu6/uuFkj7MANtn6tddJ"
    "wqFnnmwWwJGabipzk4NivQ776RPS9Hagx6nTPoZeRUyyKemMxKILQtIdBpomcd/GwTS56j"
    "TV6TLKUpPtzllwTmCg5pqSHMmb/UfFvKqR/52hzObJe8NZSJSbiHyBfAJ5jriU4V5P0Tn1"
    "rIlROzTX/DypGaHavLOxbmkBCWkImuT0OO8GHnhu7P6z7dGzYzAPlhXaJ5VGSInvMJQb4J"
    "QuHQLFH1KtdulqjR0m0kjZ62u3BHZxcvL67Pry6S9Zpc2bZMi0tSdm+5QTNxNU9rtv8ub/"
    "/hbDWApFJU/ROndu8WcU98R3YmXwpVmn0yL3Mx33bcVnRgjt2mx24jDc0oZhnuNTogcqTm"
    "fOjy+WAHnuuAx+GEzbVVhBJis1813a8qLUfbjoyKI9qIuCbk24R8m5DvHsx6ySmmnr5TsW"
    "gf7qHCQGVAWnh7+HBU2oQkLWtEfXNBvDjOOqR/wZHrzMkbNJ16wUyezdMp5E0LSx3xBVtR"
    "CJTatCd+mG4tFcJVFvPd3kAmRqvT0sm2GC21XnUnIUPWltDS19lIgfr6Npu+HmuHe4yVuW"
    "AI5uvgdAlBDz2xd++paipgPfs8Zgfs70iZKAkE25J0Pmq/xyRxgyfY49tw5g1F2hLJZlu8"
    "xoZoj8EasahzUMEaHVPdwP3dIoMt2lvUYlhLgUs1rpP+e8GkosR8dM8ci0DtWqlUzYmwFi"
    "qHVqREzVw2CxNrQMFZjP6UX1eLMNeVxZZS71J5rn4jcrct1eDaGsbob53WGIz+1qXZMJLo"
    "fgJDWOBbWjHzGwrD4FohIXMd7kbN+8jaNjIRYCGwtVBl5fQqhRYI++e3c15nLZ9Xr+Vzkx"
    "m69wajKjNhp7SOnwnn+HaL0hE3qKNzLFNtH1Q5vq7Ydyu8RhERRzMiVoSExp3Q69hXmfgy"
    "xpujTfo9ZeYRjA1BR4hsOSUpC1scxygdnRZzjdLRpdkwRqOeG404kTzUshptKPook7eRaG"
    "Cu7xuZpjJOkU33rBmzS/y3q40ecfteLOx9mD06IhW/w/TuK1SJmJfX4Mzcf0AmVk8zkwQT"
    "kaao41C1APclDzs2YvO561CFg0NXKO5qGCXHhuoPazR3KKYWCX2boFTFPQssKZKWOlHttH"
    "MjA3d6B6uWgdUy0D9NUlS7kYCfzVSk1Q+1NeirHykyo340Vj8aBsbtIB6uawf7EwWYhMeH"
    "VCR0lIUsVS/kqrb9zGKWgTm9Catjuv7h921knwwFptI4z+27eobQ7CuPOFYjTjbKEJcmNU"
    "hT55CmjuiHn5UMNig1l6g7w4d1wpr2EWWOgPZSTQMjRFxv6CgpZ7jEAmwVDkdU1WAKm0ul"
    "Tawci7xGCV4NTcKFWGYgaXEgox12eu88BAvJs5kMU3dqXyECHnMdS6tCz4aih4rH84jBeL"
    "oF3EIZeczJ5B678mjVhjGKtEblMFjSoU5AHOYwufWxXiGwImX/YI6zOhtP9b7Tqfp23Wb0"
    "zrd48s1zpRKqW48qR/aoklTNYu++nwfUgvHDwvcO5Scw3t8HLU3EFsa3UqnK85ls0gDoyx"
    "GaTb/xpp9wUh/oy5EaoK9zQF9GvPLkfN03eNdyhMbvqbGAGzOygdNmltSkX+zym2a52NHN"
    "UZqmec4pSk3CxMFjEyZ2yrrzE7Fvif+BCn89qDT0pBsNa/gBuqp9PdPPB7k+1gggMYKgyu"
    "ktUQEqS0bJWn7eE4itA2MNjiwxQ0iKBgZM/w3y2SrMfhaaakJ6u2j2aWsQY/Lp9NG+zeRj"
    "vNKeUNAyQTF9lKtMJjWTSe1QrXiQY2eib8rLkfUg7VfbWK/cP/TZnCHq4XrePZsPzVjXss"
    "K2ZwHHJgI7ro4tY0PRDTMGDHvQZoxOadlfIJJoUKlfh7eHNTRrnrR8ULH+SCHwbU3IC47A"
    "GplWb1+rBBCrBXMJXHbEENLUbdwhiS+JuOc6EdWfTE5ddK+oXbc20piO6VsELLM3KdDDkD"
    "4L+74DuSoWmZ7AzC0csQ5z5m1uvsl1LZsy0NjHVHXHVX9rRRB1AZ2nAwNVaPEJuokHCF/d"
    "EBhQr/R7x1sAPKD+CPJN8DdjOp0qxkiNcaLewOkUvEbDtH/yAlIX4ZfDpZsf5OpZziAkkT"
    "P5wApzlE8mX0vllqryBkJgIgvEWBJa/lrONr1FRMEbPltVgRK/ZzVXTv4a/GGAiu6cHAao"
    "6NJspNM8/KWBdEet+2Ts3llloEOTR/u3lI2baqsKV3jOw7cJoSVprKvTZxQp++Azto88Gk"
    "X+SzmrEfc3dIb3j+C9+r06e0yRsiX+P91Ws3sgmHmE6i/0LJVZ5vrL3C/FdLYEKpUjOgfJ"
    "6+yarpOBtzr/biH7rlJ0m+WDzVAat6sumwchC1MTL9YNmZnfLs+vcQ0b9MQ1LE769s5x3U"
    "EJap25P6wBW+vlhAM8eRxcXl5cyc/ZTH5ez68s+WmPrhBE5y89cYKmUxaIyUw+glyRIa4a"
    "rgM0Z76CRKFQpk/kFS7C+3Of/S+hsguk8ohHS6+AZe9p7DFVKK9PhL9GeC5UambZj3x1Mf"
    "zLV/IKpA0NAWOVnCDEhzdlPdVFD/vyj6Tnximt+5BM97PUPUek1+DsT8n91G6qo2DlyHYD"
    "Uz7tRtSym5OB4Z98n1EyQZH71a4hKRLjG7Id1GkQ4qqCAnTNIq2WrXq6/WZUB6ocVUOVow"
    "JUGQv+TXb3Mtr+QWm7h4c9qQNKvW7i0HkJv7dZQrJ0feD1viHiOXbcidTvuF5KqxxZHzjf"
    "9ip3MRcT4vt6EQdZqv7xeXR5WWcLv7ys3sPhXqE4HsAeJc4D1fJiisRAe3kh0NS/a7RhHx"
    "ogHnh2w2nOUppp7vQ0G7vHozfHjtg93rmyG9CmK+Phcy2G22wfcq+2HTGZxST1jB9vke3w"
    "BdRhFGul2YOD99E4uHx1fjYOLuZEfl5enNry81we1cprniKplgtHBEpPZz7yYAwHvoEzeV"
    "LLRvZsuYwHUBKH+A6zeVnNnL2ODy7+n4KZ61hotXBcgqZTGFTufYxOp+j7vyHBbLxG38sb"
    "HrTji0lAhePKmxDCT5ly6ceOZPab6D+0lAQzgjC/I7aKBABH/PDeBL5KWpXveelQZxksi8"
    "/1giNCbZPW+QCgtW2u8yazcKuJb4PZn8QSE9245DydieesUw8xYprF9DJ/5unMwq6/sNX3"
    "BryO6foXDT6q4/gnW1Uv7FHB+Y+Du4Sjl2Q1TWO2jxrbRxUkWY0GPxKN7BqD9w0EJ0Jsue"
    "pfgU6miR6ZZe6AJqAkzVxKWNdhYI7sWbMwoy3pMLFA+KzZGCuXmq9yjuw5p4yMMeuyhJvV"
    "R3yWqhdnUNsmMWNWaHT8HwLe3BGA9L2CND/cEyo+q9wYgxKMtNhoWAMmJdC+LkQa0iBFU4"
    "JAHgG0wBHmkMVzOg1bn8gXz6HkZC775ifq8f6PbDadlpSJ2/kIAHNOp8x3ZIOJT+bTKVri"
    "uyTFCGCsjk2WHhOS6LXyHYc0Ja+/d+y/y7bgVQ6ApcWWnguLGmEktU0usDyj4S0c06iOXf"
    "gm86HswlmGXfAFHl1exUlGfLaKe8To/Zd/wYU3YXYTJMdWSVVcgu8Jgp+/9MS6Jgr6ewo+"
    "Y5YV+NHp94eBRw082sUzoW0YKbVfaMN2ZbQGunuY5yZHZovMTe/qGqpQjuxZa5NP6H/fMR"
    "3yibLgsMC39ED9hMLA+XXg/LjUnA6P0zS94/LlWZ2NWLaq5LK6l9uKlSahw+MNRQ/Put0b"
    "TDaqmj6TY6qduBd3KBzt+rRO2o/T6rwfp0WzVJhgUxMbzJH1cEHvHhxMeKaPDuZIDTzYOX"
    "gwPdHgbWf7eEUbzHSe1iRc6dpMdwoI/lFVE66EgH+Miw0/CP4mZYkfBn+/LghSzdFRBIqG"
    "ngoK0aSMkuMwu3RA0S2gmPAlhaakvFFT5WOLCHB7w5SnZw5olESggPyYRM0d0iS3wKnJDN"
    "afgQ2NiahvrNIbmPUhYXL3SKB2Afo+153fue5JmZgobjSIJC6j7R/PWwlzNVXoO5Sio1Ny"
    "7g2V04ihVl2lrLtpUkfedTKtH3Z4AOeDiALdYzcgJS4JoUU/jF9CR+Tk9gRxuSo5eCPA/d"
    "Pvzk5Pj4eqlonCtEvcHtobp1TqLT1+Vcfwn+JzXvpNexlETY2DQUclYuNgYBwMesf0zf5U"
    "l9Ubih4yeMeZwHVDrvYfanXAS1ed6CWQMLGcJXbLGZzQ5OXakOgkIj5Abm9z3Pjw/ubntz"
    "8dnY2GoYlFCrOOIGnGXxRsWYfhWnDAy9ekU2mylo1VQ1fb+4UJx9pi1ojuD2voeXTTtJZh"
    "I2wfVsKMwrCIHdkhBKswMoBxYoH5IqyvyRFTUcigioFgV27aaGMg8HH/qpzUbXAe58SdQ+"
    "JzvmArKnu05G9eLQhV3UTjA0wBbRzOA8jfwai7Vl1/+efb78BpXd67I54whpMeq4nGcPJU"
    "qYiNfm70833vOS3zHHg1gUNKh9kZot5lkd+9L1l4XGs67WWIerh/tMZmfX0nQ2jUHaPubF"
    "N3PsZS/KBS49k0qaP0sEzresat5LB7kVYrpCYCykBOQRmqxH+gRcwCn+BAkoTFkioMWrvp"
    "O4zgDWsihxWdoKDmEAXeQjIbkh76BPoGNQbKOEWXk/GAsTwK4vX96KKUY02Owe7LzIdl4+"
    "qTOGdE6P3z3CjkT6SQG686kwLviaTmNlLgmUjQfUSCyhEFyNcaTE6R9I7HLWTVWmBKiVbh"
    "9xRJL3aO9rdmizj3DXLsZciedWKJhBeNwjvTpAYv6hxelMkgouCIUuy1+k3JED3r9yQEcH"
    "Q28w3FHg9LwJb2c2DufjcPF5uOoL2h6IE8sm8xO4IT5f6trT+WkBpN8uEFvgFwJ02wklJy"
    "k9KpKWoSbh7a5sgcWf/W/e41oYRl+jJmjtTkleiaiNkpk+TnYIsxEm4Oa5gh/aCmAfIjJY"
    "iAnzsOy5eBT2RopcnGugVyZcFXbi3IkryR/9k+nguk8uRvDIlFK2QbA+jl4zWRch04sg7L"
    "itgrTzwTtNVm0Fa4X2np1AlFD7nbQkEyxa4Jp9jjC1YifFVnJygh7UaGAhj2oDMUZCRjPm"
    "EliSK3AHIxgQHjOg/GHTBSwYPlEvslevGWDWNDYjaKnW8UphaSqYX01Kw/dKiipMid9huV"
    "pzPw38Ov1IZn+i9VntYAgF1+qyILBX+MeYMb40ZDpKgjUOyn+JWtzPKbazGsAcom+0A9aP"
    "a3BRYqZkLRWYgTwkPMNBPY8Vq1CaPXozJnLlRBE6nwDsjUe6RS9rIVAK4FlLbFscY0E0zv"
    "E8/FlmwnxdxwsAgY9uEKYMPpq3guiF8WUnJsQke6/ioPt4C+3Qxt6FDcaguRDR3E2XvFXx"
    "M58jQ+EMa+YewbB7xvmMAnk078KXneSjrxJcEUHkGD2ymSHjjC7oHHG1hJL3IkT/fsrHAd"
    "wRg+Ew87/mciucbFoARiyDYY1nH7UhTyz4akRkH5qLnS96PS72FHobcW2Lwkw1N58Fa+Iw"
    "SBzHfLpSOWhIo3UtOntmolH9Jn96DgF2GGFseCIvBhCgqDDHRfeq9GBuQE+2ttRSpN1ZYq"
    "1de56DZE0CtZf7OJFZlcHSGUpeoFo58oTsi5JxOcpGeqz/8S4h7IqPueBBPpbCKdjRW6nh"
    "X6MLwDB5Ekvh8tevfoEBRy4GBHokyUYHDVR0KB0BwH2scB8FC//HmWqn9w3O5dl2KO6R8Z"
    "WUrjttS1A6MjQNYnJhn61rII5+9ZhbdMrslwG5jlQWMpakPrxMJfr4ZEXKEBkKOwg7AiA0"
    "YeEDvQlvjolokNwqSG43FVhiORVHFIl284Li8l0fJ4BsXqNHJSjWKlZ1/bwaWU2Hi41EBX"
    "TPp7k/6+V2w26e+NzNaezPaZWMzPig0lt2vIav6m5YNi2qdQ/Ll17gmNy21lhKXZWl2LVe"
    "whFGN2VA07hG8xeH8qMSo0PbzgUcaIonzW1kBhMvzw6nSqcuZPp3mnVHmD4zXU/PJJlPie"
    "2oElpMToefKNs9+oq1xgBaDI2wE8LLkn/hqF7BzTSLD0iM9VHTLoTDZAjpQmMUdLbJMT9J"
    "uUK20fS7kxJOMIyyGhcNhQtvDvGuXMiDU/+c3kzTAi5gEZTp+hF3WvTKTdjAzoOdONk2+G"
    "wRenNRgMRZArGFysj3wnf5cOe+P2hrk1mBsCakX2VgoiG4I+hV2Mzi5eXlyfX10kYkhyZZ"
    "v0UXQDSgl/BZ5Wm+mzVM/aSg/Qrmyqy8Ec2SNZeDi2lrLkOFW5W7acSJW5Ww7RGJvzHz+t"
    "s2nKVtX+46eFbZMHXGqiyoq9ZFQsdHbQUtoeRbrvbC/lLPD1qsBsKHq3jM9GdYLTZKtqF4"
    "5RIUAtRD20IekcWQ8Frd2D0gnPGnmfpUkNMN05YDo90asYU2ww03la4zZyGDOtt33m6Ywj"
    "1sPb54Zn+rGoZbT94/llLTn3coucexnKud2yst07ZDWotrKp28M6VrakZY2ovjTE/4IngX"
    "cCMv3gyKaEwi6VGSw8od+g0I94E2NXrPFcUmq67dGMI9SBWqnCedZPjJImMwF9TQP6jI3Q"
    "2Aj7yF9TzHjPgXvqNG8QuZele9ZGgQ0zmqAnWVoDn3RaqTZVk9tP7m/iI/fA5b1XM+0YOr"
    "Hvg9aUczTlHJ+e94d+FHcE/Psi8Hz+1lKe3YMS9C9zf7gN/uPQEgIik6Y18L9ZILWeACla"
    "tCTLGfHfIJ+5hEPaLHeNHIoIthYq5xbk7Q6LMh5xAt7jvhRGTuQIzOcnb+FPSQBkC2OAb/"
    "1HKgkxRdi/ZXTk2JkgSw9zvmK+DdGS4ON+gj4TT9UskZxwXPk8HLnMuosjMoFjUaHJ1cJx"
    "iUETu49fVaOJAZeLBut5qqZpehfft3twxXa45+L1RJfNeboeajEtVJWJdjPtqNUCYQ/Z3U"
    "rSVHU4FTldXRIuIehGQTgYrzcF4UJxQG86NiRmQnY+IVhluSuRcJh8CzCt0IcSotyMzCRV"
    "W1MRH7n7Zfq7jx9/yjD93U1eq//153cfPh+dqRmQjRxRYZoDaVXqkC67dcregEqBskC3vx"
    "CG03Zly5353IL8L1mkKsfrKvd5WqPdd027z8w05iJ8FRrgOAViM9ddnmtT1LR6A5U/0AbY"
    "JFqBBzLt0cuyddYDz24461lKM+tdmfWSl109fZdQ2y+E83A2ylHb+P7wYdSWp5rWQG3VeY"
    "QiojBHiOU6hAq0YC7k9kA+pjZbIsHuCB0iBmCpIzj68s+3340ur1QWOcF8YiPIFlIG2rYx"
    "hEFUDxRRVXOsDT9lqXqHqu4e6Av3At2lnqYyTrBNnWCN4Fg5IYcrMlTogpyQxqpgitZMda"
    "enmnzzHNldg4nOUppp7vQ0++Se3TX0l01TGlyny7Mc6h4Tx9MRQDNEvcuTsBv5syMK9T+c"
    "0AW2RJeObw23qdG3viOfNtXyQS36tzDokAce8e8dznzE8QrBNYpSKeKk6us78MyQCBS0YB"
    "gJ0nwqbyY5MwxUYeIxXyALc1JQpVsaZ0yPIL0ofJey/3R6PERL4gN92JYi8i0skwiRlEOI"
    "lbRcxuV9lWIe+oJolzC/aOrZCOENMoEq9sfRX5EPtUkJ2k1lvouBZ0/oQNJCnsTkddLX5f"
    "OkRqFvqtCbFKFPsPTTjNP1DSyj7SHTW0lvZUlu3DK9VHhpmh7yuQWn19RjFfi8rQpchqwX"
    "rN53yJPL5Got5Xu1E2Ca5lFegIej1rfi7peR7etuLhmi/oWa7X5zYYHgjk0mwLgSmXGba2"
    "WedI8OlsmVg/WwFJjfaYvpKaIepTPds4B+IMHZNEymdYiB2Qk8pLe6M2RmfTe2KAPc1iCJ"
    "X56ud8D1zvL3Gfv9o4X1Q7MDRSB5g2nOUhpr3yHMsl6CiyxV/5SOPhr8Pi2YYINqq194f1"
    "jX9DfxkvZ1kp9CY7CM3TMoskyZIJBBAKOot9fKOvYbeQ8mvCWxHYwcewgXI7tZ6N+KhcDW"
    "YkmoKM152sogxpW201JgtfUtXqi6s5ClM2ahplK5qbGVnCd17BDVVoiSEhtzHcZGzXvI11"
    "YsPJv9v3Tr2JL2K09oBKNuC0YBtT/hNUxYqVyUul1DLJKtJ16q+cNSUcYr6QVH0AWKuuCQ"
    "qkklaneYjY6cJQBFxD4eQjDQ3cZ3ieOl54LrERQjKBGK2hmjRCZK+yiFPQ6GJeb9P4zs1J"
    "2z2ngu1dz2dm+E2rwidRm8oeghg7et4Ji/LyvZ+9IULe7AksZLSO43mZOSfWPbzp2l61MF"
    "2D1s4h0RpX4Eg3iJDPVjZCjfLjzVRZFU9sg1OppOXXJP3L+9CC+8mE6PkUopCZ0pr2sp2E"
    "BVG9nSw74UdabTEPyJCDiCN/tYBVuXAEmtjDOmM3nRxv4aArah0Y+EgRcIuiVsSYS8jqVE"
    "Fglh6MhaEEh9g+6x69jHdcQuI2B16900AtYTnka6x7456jWYq+tw3GMn493nJlBnjg53E4"
    "IesnfHyGl4SmupXQlF/9C83W8MsShT5HC193CaZv85RA/cfbhD8v+NEl0HFVpAdPdBXWDi"
    "bBrWUAlCqQgE7cCHFxUlQjYn4jXYfiXDFmHqJEA6IwF7iDgLM+F7PrMIhwqZkELW5pBZqU"
    "QlaGWcMVWe81KlUDmdVrEhOurbIXK4Baa3jy+6+fTiZofSCe1q23sgi5MOtxOCHh7hbcj2"
    "kA+2LG94pfaaJukTxLSzJL2w9+owNGlvuFkWEhvBOA28J3Okxku20/6TyWzpOVDmyHq46/"
    "fKU0AJsBu7UKWMm2pSQ9DNta6RR8WRgqTCnrMZTaSCRMCY/xos9pAZNA7IVMlIIis+CHQc"
    "UOa54xIpyKp+APVScmdB5G1zsDF1BFSRQjQGz11sqZdhOq2FdD/oVlCeMcXkSTFg+AFsne"
    "0mizD28H1hYU8Tzf3c2JycHVqobpqoh2zeTYRrh6Qvlea9Su4Kbz4scfGkXQ1kMV1EE2HO"
    "nVtKbKSSwylp5sgnFnHuiULy4hATPlR53dQlCF3npWU6d9n1A5JSPl1cmL/aOAkYuejwNj"
    "VzRB8om7ubbb+nXoEZt8zofGlSWT1LaqDITkORyWzpicI5sh5uaL2CIm8o94iqefpVCoFl"
    "EnGuxcNisYib1QxZinpXUig6GgeXr86scXD1klwi6twuBFKuq0NIxRxHDvlg0R4Ho9PR1T"
    "FYy1ULcOsAn1eQf4ZpiJEPi0LzvkYeU4zsgMAtgjC1c2mbeSKvN8jdLPudyP8MDGnE7QPY"
    "Nnsjbj8zHzwTd99iojd5ULhayzch6CF7d+/7nJzORRZXO5BmiIwH6SMS0KYlIZ0ZyNOZSX"
    "jEJEQCZpl7W/UMZIgM+x/B/khIL/AeoJJy3m8otiEk/WI9IB4mL+RzhJniydJDmbJURhbq"
    "Nsj0JcE7BiUAU+ru8GGba7ZxHcMrsxzspktlHY2Dl6/OyTi4mJ9h+f+VfSY/X16dj4PLi8"
    "vrYzT32RLJB3Gd0BUNbKnkm1OaJXCX3Y/pmN7YhErhZ42OgE1DdPOD5CZYdoeQkJCSYwj3"
    "JtTy155c2m/QdKp8/+SSnU4VwDSdMo/Q9EWfoDuyhgQ8rrw2phGcBLEk4DAnHxzqiQEtfI"
    "0SGgYcjMnyIdfyqkVOZL/wQLI/Of4d8QRk+5HLDvuvkSPgoieZAqHmTP4KQLm8QI5nIYv4"
    "wpnDT5W/ZrVgnEjRgd4hC/sqJCVbjxzc91IUE3VxOj1Wg/jknshpHlPK0JLJnyUWOAxxkZ"
    "3ZYMom7jxmnPIoHyJB/CWMqwC1ONym0ta9BW2Li6MN0e+DNIfDK5tvBo0zaFz3zxcTxH1Q"
    "zHWiU2Eid/4ik6tLGOXpesHsbeJvGzWMkr1dY3WnaXrB9LahusyRqsHoPJ1hdn1ma24mWa"
    "peMHrfW4kXlXSq7Vgcte8Fs9s2png+mRMp39sVtbi2sLlAaSyD9eyvWqhyVZDvHhDlwffz"
    "gIbeHpAwQTiUn8B4fx/sf2dpBWc+jKJcB7y7hOxqUBaqQGjqQtWpC2UTy8V+IwNAjtRYAD"
    "ptAQCEDmJp/Ip5rnCEyFA90lLWsYNbz1CmOEHKnHQe4B4pddR5VrxLQ82UaVmgCpQ7ERl7"
    "mNeonNvaOY1KifvG892r+srO1CxcI0NpDtFOH6JS5HHspsJSitKUVzyEWdZzlshS9Q/Z6J"
    "WvBATZ/MvhTmnmy83NYa0wnMl90vhBT4mPlMTBKJBiR3nBQr1D8AlI5+tRJRCh8yg1PbT7"
    "zqFI5UBQ5Q8RpnxFfD6MA14GuUltc6wxjQLcIYkmdlwCfgFkiWbEkrysjnFPVYY3VYYO08"
    "SfmsL6U5AiMlHBjaOCTUagp4iDT3zO9IPh86Rm7Tde+3HCOh1LSJrGuNc/xr1esglTi0yW"
    "RfZXrv4sUZ+W/s4yzkZilc6aTpGYJf2IJQ2Fxot8r3bLiNv3wKy0b3eMJ6zp3TWN+kmOTq"
    "WeNkKtspQGnOwcbNUROOUt8R1rMSjBUqI7w21ACt60eQg/qZ7YR9TZKNuXnguY8EhRphom"
    "uJdCimYoQIqkh5rp6PKyhmoqW1Xqpupewe6kw+GoeQ+5e1bLOeZsi3PMWdE5Ro4oSiuPbU"
    "lrsCEx4vkhlcX6z/8H60YWfg=="
)
