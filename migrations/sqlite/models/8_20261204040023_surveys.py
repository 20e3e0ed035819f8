from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "survey_day_count" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "key_hash" VARCHAR(64) NOT NULL UNIQUE,
    "day" DATE NOT NULL,
    "count" INT NOT NULL
) /* How many answers one account or one client address gave on one day (keyed hash of both). */;
CREATE INDEX IF NOT EXISTS "idx_survey_day__day_4dfdcc" ON "survey_day_count" ("day");
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
) /* A client's idempotency key (ODK's instance id) for a response, with the digest of what it sent: */;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "survey_response";
        DROP TABLE IF EXISTS "survey_submission";
        DROP TABLE IF EXISTS "survey_day_count";"""


MODELS_STATE = (
    "eJztXW1z2za2/isYf4k9o3ps+SVO0t0ZJ/VuszepO0m6u/fWOxJEQhJrClAB0Kru3v3vFw"
    "cgJZIiZUIWZYrGF9ki8QDUAQic9/PvgwnzSSiOr6XE3nhCqDx4i/59QPGEqH8K7nbQAZ5O"
    "l/fggsSDUDfH2XYDITn2oMchDgVRl3wiPB5MZcAotP9MJPaxxIgNEUZCMk58NAjZAB1Ox0"
    "yyDnpggUeO3iE5Jmgwl0SgMHggKKDmCjTVsGMY0GeeGjGgoxr6jmjwe0R6ko2IusvVCL/+"
    "S10OqE/+ICL5Or3vDQMS+hkiBj50oK/35Hyqr/3yy8cf/qJbwnMPeh4Lowldtp7O5ZjRRf"
    "MoCvxjwMC9EaGEY0n8FGFpFIbxLCSXzBOrC5JHZPGo/vKCT4Y4CmF6Dr4fRtSDWUF6JPg4"
    "/3P8aKlmvd5Pt996X2++9XoHK7MJj5CbhPiSxyishIBKINS//2P6XRJEXz2AAT78eP3l8O"
    "zySJOACTni+qYm18F/NFBNqYFqoi+pDPPVuyfzVVp/GGNeTOs0Jkdx9cCb0Dq5sCT2cukn"
    "ZEwIVQNpDyb4j15I6EiO1dfT7tUaWv/9+osmt2ql6c3Uu2pe45/iW11zD+i+pLMaUaoX3B"
    "DKgtZ5XAvpfXlegdyX56XUhltZYovgfwuI/JHKYhonzXO0Dcx+vG+0HcFDfNc9PX99fnV2"
    "eX6lmugHXVx5vYbcH3/6lqflGHcvLm2W7BLhFmuVxcoi7lntCUvE7gh8UNexVjd5PU6AFD"
    "0sV0n8g7ojgwkp2XozyByp/Rh6nPyzjytb/UD/lobzmLlZQ/pvHz/ffP12/flnGG4ixO+h"
    "pt/1txu409VX57mrh5e5aVp0gv7x8duPCL6i/7n96SbPtizaffufA3gmHEnWo2zWw36KD0"
    "uuJlT7D3CSw/sUlwMXBti7n2Hu91busC4ra7t6a9Kd5K9gikd6zoC48JgJ1x/5gbyhks8P"
    "imSC5d31MgG065FFw0eFgltKFCNO74FxB0ZcdU2o/x1T04t0Z8gbq5l/i8ZYjNGfkNmlD6"
    "ecPPT0pbuoe3J6iTxMGQ08HCI9+NGqiFDrSFsWGN4Ho9Jjv1BkKDj04/X2NFmh/hP/Tbd7"
    "dva6e3J2eXVx/vr1xdXJ4uhfvbWOB3j/8a/ABmRe3YQvKBck7PfX1u6re7KPJjRZ2UjTx6"
    "facxi3YU4WgBYyf7VIhlhrECxJHCNaSOMaGOxo8BvxCranNRz2EtI6FruWRewTiYNwlcR/"
    "+3r7UzGJl4j8CRB4Ev2f4jBEbeJ3SnE3iIJQBlQcw7DPobsDCmUOg4TOh5+v/5mfgg+fbt"
    "/nd3no4H1uOha8ls2iz4DczlJhZ7Gl8HaJ+7xMZw2kbYgA9zc2OCiQ3OByZ53I9lvc4FFR"
    "7ZoiFskB+wNxNnsLZpbAJ4gMh+rIQZKhKeFDxicISxQSLCRi1FPdcKKmhPhoFsgxgp/Khs"
    "MOouSBcBSqDWFVUqtzICeo7amgdq9+vM2mlbR3J0KFE2GK5yHDBfQtZ4RSEMcJbZ0T8okf"
    "TW0NnBnQRus+3lYasu9k+f83p1X4/zen5fw/3MvJWBLLSFiJWAtEXRvLqr0e9JRAqN3Q+b"
    "IKmfO6nRSVL1c0BVKSyVQWkLn06ExDdmfePKn3AN2abRPmawOi5mG7I+zVnhCWR7SHh5IU"
    "aA7X64QzwN2ohne5E7dJMxwy7574vYjKIsXP+mnOY7cw0/kT19kAtjfTSjTsEc6LDAHfyB"
    "8lu2QW1QI16ropvfnnt/Ws62JGP93+9NekeZ6fdZ4LL9NzIT3r0dTfcNazSDfrTZn1gj1W"
    "P31D1J1fyMjMw4rGM77TWaf05Ms2j+s90SBSUxi9Egirv+jwLnpN/KH6HLx+cxddnJ3ho3"
    "fI9Ih4FBKBDj2sBCofc9FBwhuTCVH/4AlTnIM4QmNMR4gNhyiQAnnq4QpUoLsZ8wnaUOjD"
    "RnBO2rfOiHDWrSAwn3VLBWa4tV71qf9akDpp71SfFVSf5j2zIe8S0UIC1xNF4FjCljEHDX"
    "dm/QsLQzbTB9oKe7C4t5ZBGKZbPcYilM/2Ew5YNiW0yORYvjEtEa07ZLe175cfsiIawHMO"
    "SJGVl7GQYFrqdJUC5ig/UMi6dqVkNnarM3h/e/spswG9/5hXCvzy+f2NOiP0ZKhGgcyYeF"
    "Mk9xRVrIwvCaAFapm6+ZphwIXsCULoBsfuCriFJ++enLSVVJ1O+9LaaW4IR/U1Go2IkCUq"
    "l9TdtVyVyLZ7Fr7KuXE9pxuXZNPAsznzF4AWCtvbUh2txOvbGLxSkFaQeNf2rgnxA7xK8H"
    "LPuQWgGX5zMF5r/OZC5uHiuKTy+UhjnjQl+2PLr4X2sJGo07xHaMEGv37/ScG24rfYXMrX"
    "sgUJon4n7+lfayVP53A7c2ncO71RapWPMaWkwHVojelrCdmh4mJG1LhyN+qL7TuNOpPBRr"
    "uLk2grS7QfFVEDGZWJtOnbnXUybZBrWMGfQF0IRhRWHAJmEHJJpHpBjEMsEw5CNFV7ygR7"
    "c5PWzpj7O+iezCG73Vzb8rUzwOAuOh/6vvp/8AbfRa9PBm/U5/D0Un1enZwW+Rfs/Bnu6B"
    "3t93WOjd4UcyVy9PsoEDoXBzgHmP71/VcCjQn2f48wl4QL8H64GvrkLnpzcXJ6F12ewGBv"
    "TsjV0Ts1PhpxFk0FGnBMvTF4QuguufpV8o7qDr/Tqf20o8QRwtRHlKinp0yiAYEfxWYwOv"
    "wUNqPH6JvCC4K5N4bfqV0w0IwHUslJ6ifDzwAyKGrOjwXhD4FH1E8ZcjbRPwYWUjwIhJ7B"
    "YxhSqWPAr+h28WvKQ0VHMqn76WshhpnyycG/nJ6jkXoO5x5Tm47DucPU663hIi0X9O1WER"
    "+65eJDd0V8CNWZYCU8LAA7FB0oM2bW+glchb7l5C0SzhbchaWElsHVpIRo0y685EWqEnmJ"
    "aOFOsX0Cj7id90/Svg0KtLppqyRUJcRaBf6mIC1cvt2Liyon3cVF+VEH93JnXSKkrJD5Ly"
    "HDpfFXS1CO0ENA7d9iXkPYH25/ef/pBv385ebDx68fY538QkGjb8KlpRPVl5vrTysmDzra"
    "gMxplKNzBTrjEScEqh30hMS8RC1ZsnesQtfpJfdwN1lH++tvN3uQdqGADYaEhQ87YoS3L2"
    "nA3940oPOggEsrN8flYK0463Ztj9M0DGggAxwWLPNHiJ8GOvK7CGQXbuIikJ3FsAEWw5/B"
    "rhcA8YsjizL3O+tshtN8ywpGwzQGLGIZk5v+/4KcXN1FZydgI7s6uxxmr1x28bm6ckUGyy"
    "tXJ0mb7kn38sikTsTaHNdBM8bv1aqCNItqzKx10KTQNxqdIutisx/Wzv7GWejsbAVHibOz"
    "OTvbC7Gzbd+NTG8qFsRN2reQuNt3Hkvt/j3bDaII2z6/SGcP2jsCO6WZczt1qgOnOnCqgz"
    "1UHXyJ/UX/TrhYk7Ys3aTzWP4yaNx7SLWuoEQYKnKOEcfUB2dVdk8oVFNYePVyMg2xR/yk"
    "LLYAV1bVKRWmeBPCAoFT6xwlD6D9YgsTmNU1FPgR32BvjKaceUQIdE/IVGjn3dhnV78qaM"
    "j4wl8ZOgOLJ/yFwczjBBLN1AUdCWfcdwNxR72IgxvQOwCnH/4Q3IVB3RBRSfgR1AGEK2ov"
    "CKE8BfY4Uw8DguoACyKMB3VSiVwtomgqnppz7fl5rBYKvOtildW821B7AXAMbZVYZchJuB"
    "mvlUG6U9edumWn7pRxWXzY6juPnLGLNpXK2Hpq21dbvse430GzsVptEP6hY1FMACAowi9f"
    "X56CIvxqgCCZZ9dTX8iJTul5DjfIm3PT6O3i9IOnQOqwEOr0MQs0HqWkyO0zPAecyR8YHa"
    "qDkILtOpBzdPjz7aePH/5bdX9ygl+/OXoba+E9osgGgT/x2WgK8EKnJqYIqo3B4Qsz5sfD"
    "Ev5Kncymd9U1BNeYZGc6NIdQj8+n6uVWMHXUU0bnExaJ5JENf0CZqf4rmaIJU6wCVQ/hak"
    "LttfL/+fmhtuv09MtqXZIxj2sd71lDWLkixIhxq3pPaUwLOc7zkyrBISfl0SEneSJLzNUW"
    "D3Ee0orQeVwLib19/8OYaLb2lxysdZE42986YorZmmtzsBau6ZpKRi+fbIXa5Z6dOVgrqL"
    "1rv06X3OkZkzvtSdqbPfZaWAiuBSLlugTUGdwO808/z+reYv7pRLdgnzhrFen4lEf5lAXR"
    "jOrGNk9cCbwN4a67PkgTRZrtFORxjvYbBKeo4SESMGW4re67ugJtwwzUfa420XFqtciziA"
    "YTyDCVPM3ekVkr/R42sufloM6g1ziDXoZP9Twylb1BgQptTQh0GvSig5994qlzdJPXJIt0"
    "xYeb/JLAXMEhrSSEIeMTy7elGP3E12Z/ZrvgraFM9sweol4ATrCwY51K4O1jn2rIlZOQzX"
    "7DykHdjtXkHQsLSAhLSM/WpyEHfNy5ofnzukv3huUMQH7YkFgeFRnQSz4hyB+SUDg0C0S9"
    "0rWbBW20dDfiRk/qXbjd0/PX51dnl+eL9bq4sm6Zri5J1b0XRpuxq3ms2/6bvP2b2dpAJZ"
    "VCtY+d2r5bxAPhgepMvRS6NHtvWORivu64LenAHbubHrsbSWhOMMtQb6MDIgd150OTzwc/"
    "moYBeBz22NBaRCgAu/1q0/2q1HK07sgoOaIdi+tCvl3Itwv5bsGsF5xi+ukbFYt28wAVBk"
    "oD0sztzuNRaT2yaFkh6ltIMk3irA3+lUBhMCTvUL8/jQbqbO73IW+aKXUkxmxGIVBq2Z5w"
    "k24tFcJVFPNd30AuRqvR3Mm6GC29Xm0nIQOri2lp62yklPr2Npu2Hmv7e4wVuWBIxm30dA"
    "tACz2xt++p6ipgvfg8Znvs70iZLAgEW5N0Pm6/wyRxB8+wx9fhzGtY2gLOZl28xhK0w2CN"
    "hNXZq2CNholu4P7ukYM10lvcolNJgEs1rpL+e8yUoMQ4emCBR6B2rRKqhkR6Y51DKxaiBi"
    "EbmMQaUHAWo9/U19nY5Lry2ETJXTrP1T+I2m0LJbi6hnHyW6MlBie/NWk2HCe6m8AQFnHP"
    "KmZ+iXAErhQSMrShbty8jaStIxMBlhJ7Y11Wzq5S6AqwfX47Z1XW8ln5Wj5zmaFbbzAqMx"
    "M2Sur4TITAozVCR9KgiswxSbV9VOT4NmPfzfAcxSCBBkTOCDHGHeN1zHUmvozx5nCZfk+b"
    "eSRjHZARYltOQcrCGsdxQkej2VwndDRpNpzRqOVGI0EUDa2sRktEG3nyOhINDO19I9Mo5x"
    "S56Z41YH6B/3a50SNp34qFvQuzR0O44veY3n+DKhHD4hqcmfuP8MT6aQYK0JNpRBWHqjG4"
    "L01x4CM2HIYB1Xpw6AolXXXi5NhQ/WGOhgHF1CPGtwlKVTywyFMsaaET1VY7dzxwo3ewch"
    "5YLwP70ySF2g4H/GKmIi1+6K3BXvxIwZz4sbH4sWFg3Bbi4Zp2sD9TgIk5PpQgYSMsZFGt"
    "4Kvq9jNLSAbm9E1IneDap7+vI/ukYZgK4zzX7+oZoNtXnnCsxpTcKENcGuo0TY3TNDVEPv"
    "yiebCDQnOJvtN5XCasaB/R5ghor8Q0MEIk9YYOF+UMJ1iCrSIQiOoaTKa5EtrkLPDIW7TQ"
    "V0MTsxCLDCQ1DuSkw0bvnftgIXkxk+HqTu0qRGDKwsCzqtCzRLRQ8HgZMRjPt4BrKCOPBe"
    "k94FAdrdZqjFWsEzmcLmlfJyAJc+iNOLYrBLaKbJ+a47TKxlO+7zSqvl2zCb31LZ78MQ2V"
    "EGpbjyoHe1JJqs1i774fRtSD8U3h+4CKYxjvzwc1TcQawtdSqWrKmWqygaIvB3Sb/sab/o"
    "KS9oq+HNQp+hqn6MuwV1M1Xw8bvGs5oPN72pjBTQi5gdNmFurSLzb5TfNCHNjmKE1jXnKK"
    "Upcw8eCpCRMbZd35RPwR4TdU8vlBqaEn3ahTwQ8w1O2rmX5u1PqYI1CJEQRVTkdEB6hMGC"
    "Vz9flAILYOjDU4tsR0ICkaGDD5O8TZzGQ/M6Yag/dXzT51DeJMPo0+2teZfJxX2jMyWi4o"
    "po18lcuk5jKp7asVD3Ls9OxNeTlYC9J+1a3rVfuHPZkzoBau5+2Ted+MdTULbDtmcHwicR"
    "Da2DKWiGaYMWDYvTZjNErK/gqRRAel8rW53akgWYtFy0cF61sKgW9zQl4JBNbItHj7VieA"
    "mI1ZSOByIDuQpm7pDkm4AolpGMSo35iauvjeqnRd20h39I5eIyCZv0yBbkL6PMx5ALkqxp"
    "mewMwtAzk3OfOWN9/lulZNGUjsd1R3J3R/cw2Iu4DO04GBOrT4GH1MBjCvrlEM6Ff6QzAd"
    "g3pA/5HkDyne3dF+XxNGSYw9/Qb2++A1atL+qQtIX4RfDpc+/qBWz2QAIYmCqQfWOkf1ZO"
    "q11G6pOm8gBCaySN4poMfnarbpCBGt3uBsVqaU+DUruQry+8G/nKKiOSeHU1Q0aTbSaR5+"
    "t9B0x63bZOzeWmWgfeNH27eUnZtqrQKXOefhW4/QgjTW5ekzVpFt8BnbRR6NVforPmsj6i"
    "9xjvZPoL3+vTZ7zCqyJvo/31azfUUwmxJqv9CzKLfM7Zc5L9TprAlUKtbo7CWts2u6Sgbe"
    "8vy7K9l3taC7WT7YDNK5XTXZPAhZmDbxYl3C3Pw2eX6da9hBS1zDkqRv74MwPCjQWmfudy"
    "qore1ywoE++S66uDi/VJ+Dgfq8Gl566tPvXiKIzp9M5THq91kkewP1CGpFGr2qWQdoyLhW"
    "iUKhTE7UFSHN/SFn/0uo6gLpPOLx0lvRZe9o7DuqtbycSD5HeCh1ambVj3p1MfwrZuoKpA"
    "01CmOdnMDoh5dlPfXFKebqj8IL55TWfJVM87PUvURNr9OzPyf1U7upjYCVg21HTfm8G1HN"
    "bk5ODf/s+4zmCVapX+4akoI435D1Sp0NQlx1UICtWaTWslXPt990q6gqu+Wqyu6KqjJh/D"
    "fZ3Yuw7VOlbV89PFUyoJLregEdFtB7nSUki2sDrXetIh7iIOwp+U7YpbTKwdpA+bpXeYiF"
    "7BHO7SIOsqj20bl7cVFlC7+4KN/D4d5KcTxQexQ4D5TziymIU+3lmUBX/26jDXvfFOLR1N"
    "9wmrNIN82NnmZn93jy5tgQu8f7UHUD0nRpPHyuRWed7UPt1X4ge4MEUs34cY38QIyhDqOc"
    "a8keHLwP76KLN2end9H5kKjPi/MTX32eqaNae81TpMRyGchIy+mMoymMEcA3cCZf1LJRPX"
    "shExGUxCE8YL4oqpmz0/HBxf/naBAGHpqNg5Cgfh8GVXsfo/0++v5PSDIfz9H36sYU2olx"
    "L6IyCNVNCOGnTLv040AR+138H5oowIAgLO6JryMBwBHf3OvBV4XV+Z4nAQ0m0WT1uV4JRK"
    "jv0jrvgWptneu8yyxca+LbaPAb8WTPNi45j3PxnFXqIcZE85hd5s88zi3s6gtbf9+A1gmu"
    "fdHg3SqOf6pV+cLurjj/CXCXCOySrKYxbvuosH2UqSTLtcFP1EY2jcC7VgQvmNhi0b9EO5"
    "kGPTHL3B5NQEGauRSzbkPAHOxFkzAjLdkQcQX4osmYCJeWr3IO9pJTRiY666KEm+VHfBbV"
    "ijOobpOYMytsdPzvg765IQrSD1qlefNAqPyic2McFOhIVxt1KqhJCbSvqiI1GKQxBRrIQ1"
    "AtCIQFZPHs903rY/XiBZQcD1Xf4lg/3n+pZv1+QZm4rY8Aas5+n/FANehxMuz30QTfL1KM"
    "gI418MlkyqQCvdW+45Cm5O33gf9n1Ra8ykFh6bHJNIRFjTBS0qaQWJ3R8Bbe0biOnXmTRU"
    "d1EUxMF2KMuxeXSZIRzmZJjxh9+Pp3uPDOZDdBamydVCUk+IEg+PmTqZxX1IL+mlKfMc+L"
    "eHz6/cupR516tIlnQt1qpNR+Ya22K8I61d3jNHc5MmskbnpXtxCFcrAXLU0+o/99w2TIZ8"
    "qCwyLu2Sn1Fwinzq+izk9KzdnQOI1pHZUvTqtsxKpVKZX1vdxWrCUJGxovES0867ZvMFmK"
    "avZETlBbcS9uUDja1UmVtB8n5Xk/TlbNUibBpqVuMAdr4YLevnJwQTN77WAO6tSDjVMPpi"
    "cavO18jmd0g5nOY13ClabNdKMUwX/V1YRLVcB/TYoNP6r8XZQlflz5+21MkG6ODmOlqPFU"
    "0BpNyig5MtmlI4pGoMWELyltSsobNVU+dlUDXN8wxemZIxonEVjR/LhEzQ2SJNeoUxczWH"
    "0GlhgXUb+xSO/UrI8xk9vXBFoXoG9z3fmty56UyZ6mxgaRxEXY9tG8ljBXV4W+QSk6GsXn"
    "fqRqGjHUqivldZdNqvC7Qab14w4P4HwQI9ADDiNS4JJgLPomfgkdkuPRMRJqVQrwRoD7J9"
    "+dnpwcdXQtE63TLnB7qG+cQq638PjVHcN/ms557jftZRA3dQ4GDeWInYOBczBoHdGX+1NV"
    "Ui8RLSTwljOB24Zc7T7Uao+Xrj7RC1TCxAsmOCwm8AKT52sN6DgG7yG11zlu3Hz4+Pn60+"
    "Fpt2NMLIqZDSRJE/58xZa1H64Fe7x8XTqVTdays2rYSns/MRl4a8wa8f1OBTmPLptWMmyY"
    "9qYSZhyGRfzYDiFZiZEBjBNjLMamvqZATEchgygGjF2xaaOOgcDH/Zt2UvfBeVyQcAiJz8"
    "WYzajq0VO/eTYmVHcTjw9qCmgTCBFB/g5Gw7nu+uuP19+B07q6d0+m0hlOWiwmOsPJc6Ui"
    "dvK5k893vefUTHOgVQ8OKRtiZ0CtyyK/fV8yc1xbOu1lQC3cP2ojs728kwE6cceJO+vEnd"
    "uEiz8olXiWTaoIPSzTuppxa3HYvUqLFUoSAWEgJ6B0dOI/kCIGESc4UhBTLKnEoLWdvk0E"
    "r6mJbCo6QUHNDoqmY0VsSHrICfQNYgyUcYovL8YDwoo4iJfz+KLiY12OwebzzPtl42oTO+"
    "dY6N3T3AnkzySQO686lwLvmbjmOlLguUjQXUSCqhEl8NcWRE5BWkfjGrJqjTGlxKrwewrS"
    "ip2j/q3ZI8HDBjn2MrAXnVhiQYuNwjvTUKcvapy+KJNBRKsjCnWv5W9KBvSi3xOjwLHZzJ"
    "eIHR6WoFvazYG5/d3cLDYbRnuJaAE/sms2O1Ynqv3bWn4sgDpJ8vEFvlTg9jbRlRTCXUqn"
    "TbUmZvOwNkfmYO1b99uXhBYks+cxc1CXV6JpLGajTJJfojXGSLjZqWCG5FFFA+QtJYiAnz"
    "s25cvAJ9JYabKxbpFaWfBVeGMyIe/Ufz7HQ4l0nvylIXHVClnHAHb5eF2kXAOOrP2yIrbK"
    "E88FbdUZtGX2KyuZeoFoIXVrKEimydUTFE/FmBUwX+XZCQqgzchQAMPudYaCDGcseqwgUe"
    "QahVwCcMq4xivj9lhTIaLJBPMCuXjNhrGEuI1i6xuFq4XkaiE9N+n3XVVRUOTO+o3K45z6"
    "7/FXakkz+5cqj3UKwCa/VbGFQjzFvCGccWNDTVFDVLE/J69saZbfXItOBaXsYh+oppr9xx"
    "hLHTOhcR4ShAijM80EdrzVbUz0elzmLIQqaDIV3gGZeg91yl42A4Xripa2xrHuaCaYnpNp"
    "iD3VTrG5ZrBYMczhCuiG01fxUBJeFFJy5EJHmv4qd9YofZsZ2tCguNUaIhsaqGdvFX1d5M"
    "jz+EA4+4azb+zxvuECn1w68eekeS3pxCcEU3gEC2qnIC1whN0BjZdqJbvIkTzuxVnhGqJj"
    "+EKmOOBfiKKakAcFKoZsg04Vty+NUH+WkAoF5ePmWt6PS7+bjoy3Fti8FMFTefBmPJCSQO"
    "a7ySSQE0LlOyXpU1+3Ug/J2QMI+KtqhhrHgiLwJgWF0ww0n3sv1wyoCeZza0EqjapLlGrr"
    "XDRbRdAqXn+5ia0SuTxCKItqBaGfKU4oeCA9vEjPVJ3+BeAW8Ki7ngQX6ewinZ0VupoVej"
    "+8Aw9iTnw3UvT2tUNQyEGAHYkyWaCDKz8SVoDuOLA+DoCG9uXPs6j2qeO277qUUMz+yMgi"
    "ndtS0w6MhiiyfmaKoNeeR4T4wEq8ZXJNOuuUWVNorFhtaL2w8FerIZFUaADNkenAVGTAaA"
    "rgANoSjkZMLjVMejiRVGU4lIsqDunyDUfFpSRqHs9psRqtOSnXYqVn39rBpRDsPFwqaFdc"
    "+nuX/r5VZHbp7x3PVh/P9oV4jGfZhoLbFXg1vmz5KJv2s2F/RsEDoUm5rQyzNJjra4mI3Y"
    "FizIGuYYfwCIP3p2ajjOnhlYgzRqzyZ3UNZJLhm6v9vs6Z3+/nnVLVDYHnUPOLkzjxPfUj"
    "TyqOcTpVb5z/Tl8VEmsFirodwcOSB8LnyJDzjsaM5ZRwoeuQQWeqAQoUN4kFmmCfHKN/KL"
    "7S51jxjQYmEFZDQuGwjmrB7zfKmZFIfuqby5vhWMw9Mpy+QC/qVplImxkZ0HKiOyffDIHP"
    "TyoQGIoglxB4tT7yvfpdNuRN2jviViCuUaitkreUEVkC2hR20T09f31+dXZ5vmBDFlfWcR"
    "+rbkAp5m+FpuVm+izqRVvpQbWrmtpSMAd7Ign3x9ZSlBynLHfLmhOpNHfLPhpjc/7jJ1U2"
    "TdWq3H/8ZGXbFJFQkqi2Yk8YlWObHbQQ26JI963tpYJF3K4KzBLRumV82q0SnKZalbtwdF"
    "cC1IzWw1olnYO1kNHavlJ6QbONvM/SUKeYbpxiOj3Rs0SnuMFM57HObWQ/Ztpu+8zjnCPW"
    "49vnkmb2sahF2PbR/KISn3uxhs+9MHxus6xsDwGZHZRb2fTtThUr26Jlhai+tIr/lVgE3k"
    "nI9INjmxIyXWozmDmh3yHjR7yMsVut8VxQarru0Zwj1J5aqcw82ydGScNcQN+mAX3ORuhs"
    "hG2krytmvOPAPX2abxC5l8W9aKPAkhibaE+yWKc+abRQ7aom15/c38VH7oDKO69m2jDtxK"
    "4PWlfO0ZVzfH7a7/tR3BDl39eIP5D5D3j+AXy7Dwr0f7kWnXUqQKHb9nw873mL1o+qAX9k"
    "M6QecI7MohVa94Y93YNJuU2QFwZEfVNE5RC/OMIPBFJxa9d4PEeH92RO/EWk44DJcUEwZJ"
    "0DOeVfo9VN5co/NaHW8XhpjAvHe/QcUy+OjUQeN69fEN8lje3k8MXuWdHVadF+d76iJ/Xu"
    "Ck9ybmrU4fqFiKn6iaT8cF20qHK48nTjSqWTjWHrlYiPPYQHLJL6RBORLlWBDrMVNDpIFz"
    "3mZMq4VDgl9vuhmrMj1chEqOnc5MV1lGsbzYS0me717tvvQzoCjLJH8mESiRYP14nxR28h"
    "JI3QIeMeEbF9z5ASWsTPfUchVC4kEjoWBALikh8SFwXR0W7DgAvV85xIBDMKiRIGzJ8fo3"
    "5/wXnrwDv9gGpD6yCqo+LwHYVNTD0dWwwvkIcpZRINCPqNBVT9GMmSTA0hGwl0+ElhzFrR"
    "hGV0PgkE1DFJujg6BuIY9UG//9aE6hG/g7Sl8lBPwRDhkWJbR1AM5Z160jELk6zRJhJQoN"
    "l4fgTlT0J1lWQsnGgwV7RJ0qGy4TDwCN+80HUH1rOen54OI1CIX5MremUvqeiC+xrKOTXR"
    "hNSuiKf0G2JB5jyuhcSuoxLrYvOxpHNLSbz99aztQ+qZKA64lZV/BdhCcm9/RSt+Q1hu0C"
    "mII3EFEruyPnWW9YnVdKvkLS+OnYK44tjrTT+bFMdmk03ygj8lKfgemR3qMLYJjxUdlT8Q"
    "L5jgsIQtSTD5N8CAjmPwHu4265RoNx8+fr7+dHjZMRyJonQgSXrjWY3JTguZqyQu1U/mYC"
    "/aYch5kdR7BKbUXZZcRhrmbBSP2ij2xFcn1uvVxVDkQ2ErRcKuCYTNUzmlcrQhdQ7Wupjj"
    "OtyPIYplg4DjDKwNHFv98cYxyWzdjjOwl5ZHo1EWuq/RYBIIYX5kiY0u1aZTwUonss0rhM"
    "IZx5NXAgU+mUyZJNSbg2kLHd7+8F9wmUIeRo+o+0em6v3C+pOqROcHIwhpY0M0g6i2QCKh"
    "en27Yqmrebw7qhNHKkLqLnWmSgWXEacizldpunpnuvKD4VCx1FRCCkoJf1VPAYToDSMwRC"
    "nm/Y3zs9lra5Hzs6nfz0a/jDYEXiJaKIrVcdabXWuDUNEMsE0Z3XawrTSFWZB4OLw27qKF"
    "jEL6/nomAVr2sGfhJHuNBpGSgCKksWhCJgPC3yHOQiKgxGw4B3cZgr2xVnFr3xAwtqNDQe"
    "AQ5pSEx2oExsXxNfwp8I+tYQxw2rmlIbjcIsxHjHYDP1OQZIqFmDHuw2kP+aCP0RcyJTq/"
    "9RAHoXoe8IHx7pPqJdpX17Ajs3EQEscUNP3tXccUKOaO6/8tzqw0pnVMwfY1AX4gpiGe92"
    "zJnMc5BqECg5DsZvYK2zywheTuXlxUoLdqVZ4gEu7lWDI4nGwsxAtAM+zDMF5r7MOGHbCb"
    "jiXETcjWJwTritAFHA5TbwGmJfbNBSg3IwOFqmsqkiN3t0R/f3v7KUP09x/zRvlfPr+/+X"
    "J4mjMqr6axAW6V+L2QjYKiN6CUoVzBuRCOPGmB/1ckUpx/UGBpXh8Im8e6SNimRcJmZhoL"
    "aV6FDWKeV8Burps81x7XYv4GE51FtjDPDOSC8kFtEq/APZn2+GVZO+vR1N9w1rNIN+tNmf"
    "WCl10/fZO0tl9JuXk3fb/zuNZWECuzrj6PUAwy9fTiFAPg1ALRgRxTn02QZPcEYiFBWRpI"
    "gb7+eP1d9+JSV1yWjEOEI+EFFQTrGcJpVPdUo6rn2Fr9lEW1Tqtai7ug2gtsl3oa5RLG2i"
    "15xzi+MPlAi3OCkI1FwRTWTXWjp5r8MQ1UdxtMdBbpprnR08zJA7vfMLdsGun0Ok2eZSN7"
    "9IKpDQOaAbXOv387/GdDBOprwgNvfFAgSsd3OuuEaLxs85j0XE7sLUunL0U0faJBplzodJ"
    "kGduHqAC+VBYXj5i2k7mmlCkynayowna5WGo0DD1YpXO67kILs3nfhebiRrXkpPOth9p//"
    "B5kpUpo="
)
