from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "survey_day_count" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "key_hash" VARCHAR(64) NOT NULL UNIQUE,
    "day" DATE NOT NULL,
    "count" INT NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_survey_day__day_4dfdcc" ON "survey_day_count" ("day");
COMMENT ON TABLE "survey_day_count" IS 'How many answers one account or one client address gave on one day (keyed hash of both).';
        CREATE TABLE IF NOT EXISTS "survey_offer" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "report_id" BIGINT NOT NULL UNIQUE,
    "region" VARCHAR(32) NOT NULL,
    "offered_on" DATE NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_survey_offe_region_a879cb" ON "survey_offer" ("region");
COMMENT ON TABLE "survey_offer" IS 'The handling questionnaire offered for one report, once, when its reporter was told the result';
        CREATE TABLE IF NOT EXISTS "survey_response" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "region" VARCHAR(32) NOT NULL,
    "subject_kind" VARCHAR(16) NOT NULL,
    "subject" VARCHAR(32) NOT NULL,
    "questionnaire" VARCHAR(16) NOT NULL,
    "version" VARCHAR(16) NOT NULL,
    "period" VARCHAR(8) NOT NULL,
    "answers" JSONB NOT NULL,
    "comment" TEXT,
    "score" DECIMAL(6,2) NOT NULL,
    "answered_on" DATE NOT NULL,
    "channel" VARCHAR(8) NOT NULL,
    "person_hash" VARCHAR(64) NOT NULL UNIQUE,
    "status" VARCHAR(12) NOT NULL,
    "hold_reason" VARCHAR(32) NOT NULL,
    "reviewed_by" VARCHAR(64),
    "reviewed_on" DATE
);
CREATE INDEX IF NOT EXISTS "idx_survey_resp_region_f24412" ON "survey_response" ("region", "period", "subject_kind");
CREATE INDEX IF NOT EXISTS "idx_survey_resp_subject_b66c31" ON "survey_response" ("subject", "answered_on");
COMMENT ON TABLE "survey_response" IS 'One person''s answer about one subject (an institution, or a report''s handling) in one period.';
        CREATE TABLE IF NOT EXISTS "survey_submission" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "key_hash" VARCHAR(64) NOT NULL UNIQUE,
    "digest" VARCHAR(64) NOT NULL,
    "response_id" BIGINT NOT NULL
);
COMMENT ON TABLE "survey_submission" IS 'A client''s idempotency key (ODK''s instance id) for a response, with the digest of what it sent:';
        ALTER TABLE "credit_indicator" ADD "note" VARCHAR(128) NOT NULL DEFAULT '';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "credit_indicator" DROP COLUMN "note";
        DROP TABLE IF EXISTS "survey_submission";
        DROP TABLE IF EXISTS "survey_offer";
        DROP TABLE IF EXISTS "survey_response";
        DROP TABLE IF EXISTS "survey_day_count";"""


MODELS_STATE = (
    "eJztXW1z4ji2/isqvnRSxaQS8tLpzuxWpXuyO9nbPZnq7tm99062QNgCPDESY8lhuLv736"
    "+OZINfiUUwMY6+kGDrSOaRLJ3386/OlLnE50fXQmBnMiVUdN6jf3UonhL5T8HdLurg2Wx1"
    "Dy4IPPRVc5xuN+QiwA70OMI+J/KSS7gTeDPhMQrtPxOBXSwwYiOEERcsIC4a+myIDmYTJl"
    "gXPTLPIYdXSEwIGi4E4cj3HgnyqL4CTRXZEQzoMkeO6NFxDX2H1Ps9JH3BxkTeDeQIv/5T"
    "XvaoS/4gPP46e+iPPOK7KRA9FzpQ1/tiMVPXfvnl9oe/qJbw3MO+w/xwSletZwsxYXTZPA"
    "w99who4N6YUBJgQdwEsDT0/WgW4kv6ieUFEYRk+aju6oJLRjj0YXo6349C6sCsIDUSfJz9"
    "OXq0RLN+/6e7b/2vN9/6/U5uNuERMpMQXXIYhZXgUQFA/es/ut8VIOpqBwb4+OP1l4PTi0"
    "MFAeNiHKibCq7OfxShnFJNqkBfoQzz1X8gizzWHyc4KMY6SZNBXD7wJljHF1Zgr5Z+DGMM"
    "VA3Qdqb4j75P6FhM5NeT3uUarP9+/UXBLVspvJl8V/Vr/FN0q6fvAe4rnOWIQr7gGigDrL"
    "N0LcT74qwC3BdnpWjDrTTY3Pu/ApBvqSjGOG6ewdbT+/G+YTuGh/iud3L29uzy9OLsUjZR"
    "D7q88nYN3Lc/fctiOcG98wuTJbuisIu1ymJlYeAY7Qkrit0B3KnrWKsbXicgAEUfizzEP8"
    "g7wpuSkq03RZmB2o1Ij+J/9nFlyx/o3lF/ETE3a6D/dvv55uu3688/w3BTzn/3FX7X327g"
    "Tk9dXWSuHlxkpmnZCfrH7bcfEXxF/3v3002WbVm2+/a/HXgmHArWp2zex26CD4uvxqj9Bz"
    "jJ0UOCy4ELQ+w8zHHg9nN3WI+Vtc3fmvam2SuY4rGaMwAXHjPm+kPXEzdUBItOkUywurte"
    "JoB2fbJs+KRQcEeJZMTpAzDuwIjLrgl1v2NyepHqDDkTOfPv0QTzCfoT0rv0wSwgj3116T"
    "7sHZ9cIAdTRj0H+0gNfpgXEWodacsCwwdvXHrsF4oMBYd+tN6eJyvUf+K/6/VOT9/2jk8v"
    "Ls/P3r49vzxeHv35W+t4gA+3fwU2IPXqxnxBuSBhvr+2dl/dk300xiS3kSaPT7nnsMCEOV"
    "kStJD5q0UyxEqDYAhxRNFCjGtgsMPhb8Qp2J7WcNgrktax2LUsYpcI7Pl5iP/29e6nYohX"
    "FNkTwHME+rfkMHht4ndCcTcMPV94lB/BsC+huwOEUodBjPPB5+v/zk7Bx093H7K7PHTwIT"
    "MdS17LZNGniOzOUmFnMUV4u+C+LNNZA7QNEeD+xoadAskNLnfXiWy/RQ2eFNWuKWKhGLI/"
    "UMDm78HM4rkEkdFIHjlIMDQjwYgFU4QF8gnmAjHqyG4CIqeEuGjuiQmCn8pGoy6i5JEEyJ"
    "cbQl5Sq3MgK6jtqaD2IH+8yaYVt7cnQoUTYYYXPsMF+JYzQgkSywltnRNyiRvOTA2cKaKN"
    "1n20rTRk30nz/+9OqvD/707K+X+4l5GxBBYhNxKxlhR1bSx5ez3oKQGo3eB8UQXmrG4ngf"
    "JFTlMgBJnORAHMpUdnkmR35s3jeg/Qrdk2Yb42ADVLtjtgL/cE2CCkfTwSpEBzuF4nnCLc"
    "jWp4lztxmzTDPnMeiNsPqShS/Kyf5iztFmY6e+JaG8D2ZlqKhn0SBEWGgG/kj5JdMk3VAj"
    "Xquim9+e9v61nX5Yx+uvvpr3HzLD9rPRdep+dCctbDmbvhrKcp7aw3ZdYL9lj19A1Rd34h"
    "Yz0POY1ndKe7TukZrNo8rfdEw1BOYfiGIyz/ooP78C1xR/Jz+PbdfXh+eooPr5DuEQWhTz"
    "g6cLAUqFwc8C7izoRMifwHT5nkHPghmmA6Rmw0Qp7gyJEPV6AC3c2Yz9CGQh8mgnPcvnVG"
    "hNNeBYH5tFcqMMOt9apP9dcA6ri9VX1WUH3q98wE3hVFCwGuJ4rAsoQtYw4a7sz6F+b7bK"
    "4OtBx7sLy3lkEYJVs9xSKUz/YzDlg2I7TI5Fi+Ma0oWnfIbmvfLz9keTiE5xySIisvYz7B"
    "tNTpKkGYQX4oKevaleLZ2K3O4MPd3afUBvThNqsU+OXzhxt5RqjJkI08kTLxJiB3JCpGxp"
    "eYoAVqmbr5mpEXcNHnhNANjt0ccQtP3j05aSupOq32pbXT3BCO6ms4HhMuSlQuibtruSqe"
    "bvcifJV143pJNy7BZp5jcuYvCVoobG9LdZSL1zcxeCVIWgHxru1dU+J6OA94uefckqAZfn"
    "MwXmv85nzm4OK4pPL5SNI8a0r2x5ZfC/awkcjTvE9owQa/fv9JkG3Fb7G5yNeyBXEif2fQ"
    "V7/WSJ7O0O3MpXHv9EaJVT7BlJIC16E1pq8VyQ4VF3MixxW7UV9s32nUmgw22l2sRFtZor"
    "2VoHoiLBNpk7e762RaL9Owgj+BvOCNKaw4BMwg5JJI9IJYALFM2PPRTO4pU+wsdFo7be7v"
    "ogeygOx2C2XLV84Aw/vwbOS68v/hO3wfvj0evpOfo5ML+Xl5fFLkX7DzZ7in93QwUDk2+j"
    "McSJFjMEAeV7k4wDlA96/uv+FoQrD7e4gDQQIO3g+XI5fch+/Oj0/uw4tjGOzdMbk8vJLj"
    "o3HAwhlHwwBTZwKeEKrLQP4qcU9Vh9+p1H7KUeIQYeoiSuTTUybQkMCPYnMYHX4Km9Mj9E"
    "3Sc4IDZwK/U7lgoHngCSknyZ8MPwNgkGgujjgJHj2HyJ8yCthU/RhYSNEgEHoGj6GhkseA"
    "W9Ht4teEh4qKZJL3k9d8DDPlks4/rZ6jkXoO6x5Tm47DusPU661hIy2X+PaqiA+9cvGhlx"
    "MffHkmGAkPS4Idig6UaTNr/QBXwbcc3iLhbMldGEpoKbqalBBt2oVXvEhVkFcULdwptg/w"
    "ODDz/onbt0GBVje2UkKVQqxR4G+CpIXLt3d+XuWkOz8vP+rgXuasi4WUHMx/8Rkujb9aEW"
    "WAHgHV/i3mNcD+cPfLh0836OcvNx9vv95GOvmlgkbdhEsrJ6ovN9efciYPOt4A5iSVxbkC"
    "zngcEALVDvpc4KBELVmyd+RJ1+kl93A3WYf99bebPUi7UMAGQ8LCxx0xwtuXNOBvf+bRhV"
    "fApZWb4zJkrTjrdm2PUxh61BMe9guW+RPgJwkt/DYC2Yab2AhkazFsgMXwZ7DreQB+cWRR"
    "6n53nc1wlm1ZwWiYpAGLWMrkpv4/J8eX9+HpMdjILk8vRukrFz18Jq9ckuHqyuVx3KZ33L"
    "s41KkTsTLHddGcBQ9yVUGaRTlm2jqoU+hrjU6RdbHZD2tmfwuYb+1sBUeJtbNZO9srsbNt"
    "341MbSoG4MbtWwju9p3HErt/33SDKKJtn1+ktQftHcBWaWbdTq3qwKoOrOpgD1UHXyJ/0b"
    "+TgK9JW5Zs0n0qfxk07j8mWldQIowknBMUYOqCsyp7IBSqKSy9egMy87FD3LgsNgdXVtkp"
    "5bp4E8IcgVPrAsUPoPxiCxOY1TUU+BHfYGeCZgFzCOfogZAZV867kc+uelXQiAVLf2XoDC"
    "ye8BcG04/jCTSXF1QknHbf9fg9dcIA3ICugDj58AfgLgzqhpAKEhxCHUC4IvcCH8pTYCdg"
    "8mFAUB1iTrj2oI4rkctFFM74c3OuvTyP1UKBd12sspx3E7SXBJahrRKrDDkJN+O1UpT21L"
    "WnbtmpO2OBKD5s1Z0nzthlm0plbB257cst32GB20XziVxtEP6hYlF0ACAowi/eXpyAIvxy"
    "iCCZZ8+RX8ixSul5BjfIuzPd6P3y9IOnQPKw4PL00Qs0GqWkyO0LPAecyR8ZHcmDkILt2h"
    "MLdPDz3afbj/8juz8+xm/fHb6PtPAOkbBB4E90NuoCvNCpjimCamNw+MKMudGwJHgjT2bd"
    "u+wagmt0sjMVmkOoEyxm8uWWZPKop4wupizk8SNr/oAyXf1XMIkJk6wClQ9ha0LttfL/5f"
    "mhtuv01MtqXJIxS9c63rOGsHIJxJgFRvWekjQt5DjPjqsEhxyXR4ccZ0EWOJBbPMR5CCOg"
    "s3QtBHv7/ocRaKb2lwxZ6yJxtr91RIiZmmszZC1c0zWVjF49WQ7tcs/ODFkr0N61X6dN7v"
    "SCyZ32JO3NHnstLAXXApFyXQLqFN0O80+/zOreYv7pWLdgnjgrT2n5lCf5lCVoWnVjmieu"
    "hLwN4a67PkhjRZrpFGTpLPYbBKfI4SESMGG4re67miNtwwzUfa420XEqX+SZh8MpZJiKn2"
    "bvYFZKv8eN7HkZUmvQa5xBL8WnOg6Zif6wQIW2JgQ6SfSqg59d4shzdJPXJE1piw83+SWB"
    "uYJDWkoIIxZMDd+WYupnvjb7M9sFbw1loq/3EPkCBARzM9aphLx97FMNuXJi2Mw3rAyp3b"
    "GavGNhDglhCemb+jRkCJ92bmj+vO7SvWE1A5Af1ieGR0WK6DWfEOQPQSgcmgWiXunaTRNt"
    "tHQ34kaP6124vZOzt2eXpxdny/W6vLJumeaXpOze8cPN2NUsrd3+m7z969naQCWVoGofO7"
    "V9t4hHEniyM/lSqNLs/VGRi/m647akA3vsbnrsbiShWcEshd5GB0SG1J4PTT4f3HDme+Bx"
    "2GcjYxGhgNjuV5vuV6WWo3VHRskRbVlcG/JtQ75tyHcLZr3gFFNP36hYtJtHqDBQGpCmb3"
    "efjkrrk2XLClHfXJBZHGet6d9w5HsjcoUGg1k4lGfzYAB503SpIz5hcwqBUqv2JNDp1hIh"
    "XEUx3/UNZGO0Gs2drIvRUuvVdBJSZHUxLW2djYRS39xm09ZjbX+PsSIXDMECEz3dkqCFnt"
    "jb91S1FbBefR6zPfZ3pEwUBIKtSToftd9hkrjOC+zxdTjzapa2gLNZF6+xItphsEbM6uxV"
    "sEbDRDdwf3dIZ430FrXoVhLgEo2rpP+eMCkosQA9Ms8hULtWClUjIpyJyqEVCVFDnw11Yg"
    "0oOIvRb/LrfKJzXTlsKuUulefqH0TutoUSXF3DWPmt0RKDld+aNBuWE91NYAgLA8coZn5F"
    "YQGuFBIyMkE3at5GaOvIRICFwM5ElZUzqxSaI2yf385plbV8Wr6WT21m6NYbjMrMhI2SOj"
    "4TzvF4jdARN6gic0wTbZ8UOb7N2XdzvEAREUdDIuaEaOOO9joOVCa+lPHmYJV+T5l5BGNd"
    "kBEiW05BysIax7FCR6PZXCt0NGk2rNGo5UYjTiSGRlajFUUbefI6Eg2MzH0jk1TWKXLTPW"
    "vI3AL/7XKjR9y+FQt7F2aPhnDFHzB9+AZVIkbFNThT95/gidXTDCVBXyQpqjhUTcB9aYY9"
    "F7HRyPeo0oNDVyjuqhslx4bqDws08iimDtG+TVCq4pGFjmRJC52ottq55YEbvYOV88BqGZ"
    "ifJgmq7XDAr2YqkuKH2hrMxY8EmRU/NhY/NgyM20I8XNMO9hcKMNHHhxQkTISFNFUr+Kq6"
    "/cxiyMCcvgnUMV379Pd1ZJ/UDFNhnOf6XT1FaPeVZxyrEZIbZYhLklpNU+M0TQ2RD78oHq"
    "xTaC5Rd7pPy4QV7SPKHAHtpZgGRoi43tDBspzhFAuwVXgcUVWDSTeXQpuYew55j5b6amii"
    "F2KRgaTGgax02Oi9cx8sJK9mMmzdqV2FCMyY7zlGFXpWFC0UPF5HDMbLLeAayshjTvqP2J"
    "dHq7EaI09rRQ6rS9rXCYjDHPrjAJsVAstTtk/NcVJl4ynfdxpV367ZQG99iyd/zHwphJrW"
    "o8qQPask1Waxd9+PQurA+LrwvUf5EYz3505NE7EG+FoqVc0CJptsoOjLENpNf+NNf4mkua"
    "IvQ2oVfY1T9KXYq5mcr8cN3rUMofV72pjBjYHcwGkzTWrTLzb5TXN87JnmKE3SvOYUpTZh"
    "Yue5CRMbZd35RNwxCW6oCBadUkNPslG3gh+gr9pXM/3cyPWxQKASIwiqnI6JClCZMkoW8v"
    "ORQGwdGGtwZInpQlI0MGAGVyhgc539TJtqNL2bN/vUNYg1+TT6aF9n8rFeaS/IaNmgmDby"
    "VTaTms2ktq9WPMix0zc35WXIWpD2q25dr9w/zGFOEbVwPW8f5n0z1tUssO2YwXGJwJ5vYs"
    "tYUTTDjAHD7rUZo1FS9leIJOqUytf6dreCZM2XLZ8UrO8oBL4tCHnDEVgjk+Lte5UAYj5h"
    "PoHLnuhCmrqVOyQJJBGf+V5E9RuTUxfdy0vXtY10T+/pNQLI3FUKdB3S5+Ag8CBXxSTVE5"
    "i5hScWOmfe6uZVpmvZlIHEfk9Vd1z1t1AEURfQeTIwUIUWH6HbeAD96mrFgHqlP3qzCagH"
    "1B9B/hD86p4OBgoYKTH21Rs4GIDXqE77Jy8gdRF+OVy6/UGunukQQhI5kw+sdI7yyeRrqd"
    "xSVd5ACExkobiXhE6wkLNNx4go9UbA5mVKiV/Tkisnv3f+aRUVzTk5rKKiSbORTPPwu4Gm"
    "O2rdJmP31ioD7Rs/2r6lbN1UaxW49DkP3/qEFqSxLk+fkadsg8/YLvJo5PGXfNZG6K/oLP"
    "bPwF79XpM9Jk9ZE/4vt9VsXxHMZoSaL/Q0lV3m5ss8KNTprAlUKtbo7CXW6TVdJQNvef7d"
    "XPZdJehulg82RWndrppsHoQsTJt4sa7I7Pw2eX6ta1inJa5hcdK3D57vdwq01qn73Qpqa7"
    "OccKBPvg/Pz88u5OdwKD8vRxeO/HR7Fwii86czcYQGAxaK/lA+glyRWq+q1wEasUCpRKFQ"
    "ZkDkFS70/VHA/o9Q2QVSecSjpZfTZe9o7HuqtLwBEcEC4ZFQqZllP/LVxfAvn8srkDZUK4"
    "xVcgKtH16V9VQXZziQfyQ9t05pzVfJND9L3WvU9Fo9+0uin9hNTQSsDNl21JQvuxHV7OZk"
    "1fAvvs8oniCPfrlrSILE+oasV+psEOKqggJMzSK1lq16uf2mV0VV2StXVfZyqsqY8d9kdy"
    "+ibZ8qbfvq4ZmUAaVc1/foqADvdZaQNF0bsN61iniEPb8v5TtultIqQ9YG5Ote5T7mok+C"
    "wCziIE3VPpx75+dVtvDz8/I9HO7liuOB2qPAeaCcX0yQWNVelgm09e822rD3TSEeztwNpz"
    "lNaae50dNs7R7P3hwbYvf44MtuQJoujYfPtOius33Ivdr1RH8Yk1Qzflwj1+MTqMMoFkqy"
    "Bwfvg/vw/N3pyX14NiLy8/zs2JWfp/KoVl7zFEmxXHgiVHI6C9AMxvDgGziTL2vZyJ4dn/"
    "EQSuKQwGMuL6qZs9PxwcX/53Doew6aTzyfoMEABpV7H6ODAfr+T0gwFy/Q9/LGDNrxST+k"
    "wvPlTQjhp0y59GNPgn0V/YemkmBIEOYPxFWRAOCIr+/14aukVfmepx71puE0/1xvOCLUtW"
    "md90C1ts513mYWrjXxbTj8jTiibxqXnKWz8ZxV6iFGoDnMLPNnls4u7OoLW33fAOuYrn3R"
    "4L0qjn+yVfnC7uWc/zi4S3hmSVaTNHb7qLB9lKkky7XBz9RGNg3gXSuCl0xssehfop1MEj"
    "0zy9weTUBBmrkEs24CYIbsVUOYkpZMQMwRvmoYY+HS8FXOkL3mlJGxzroo4Wb5EZ+masUZ"
    "VLdJzJoVNjr+90Hf3BAF6Uel0rx5JFR8UbkxOgU60nyjbgU1KYH2VVWkmgYpmgIN5AGoFj"
    "jCHLJ4Dga69ZF88TxKjkayb36kHu+/ZLPBoKBM3NZHADXnYMACTzboB2Q0GKApflimGAEd"
    "q+eS6YwJSfRe+Y5DmpL333vun2Vb8CoHhaXDpjMfFjXCSEqbXGB5RsNbeE+jOnb6TeZd2Y"
    "U31V3wCe6dX8RJRgI2j3vE6OPXv8OFK53dBMmxVVIVn+BHguDnT2diUVEL+mtCfcYcJwyi"
    "0++fVj1q1aNNPBPqViMl9gtjtV0RrVXdPY25zZFZI7jJXd1AFMqQvWpp8gX97xsmQ75QFh"
    "wWBo6ZUn9JYdX5VdT5cak5E4yTNK1D+fykykYsW5WirO5ltmIlSZhgvKJo4Vm3fYPJSlQz"
    "Bzmm2op7cYPC0S6Pq6T9OC7P+3GcN0vpBJuGusEMWQsX9PaVg0vMzLWDGVKrHmycejA50e"
    "Bt5wZ4TjeY6SytTbjStJlulCL4r6qacKkK+K9xseEnlb/LssRPK3+/TQhSzdFBpBTVngpK"
    "o0kZJYc6u3RI0Ri0mPAloU1JeKMmysfmNcD1DVOcnjmkURKBnObHJmpukCS5Rp26nMHqM7"
    "CisRH1G4v0Vs36FDO5fU2gcQH6Nted37rsSZnoKzQ2iCQuom0f5rWEudoq9A1K0dEoPveW"
    "ymnEUKuulNddNanC73qp1k87PIDzQUSBHrEfkgKXBG3R1/FL6IAcjY8Ql6uSgzcC3D/+7u"
    "T4+LCrapkonXaB20N94xRyvYXHr+oY/lM4Z7nfpJdB1NQ6GDSUI7YOBtbBoHWgr/anqlCv"
    "KFoI8JYzgZuGXO0+1GqPl6460QtUwsTxptgvBnhJk+VrNdFRRLyHaK9z3Lj5ePv5+tPBSa"
    "+rTSySmfUESQJ/lrNl7YdrwR4vXynamu0NrN48fe3y27DJajbZKazNyFSW/okJz1ljNIru"
    "dytI0XTVtJLZSLfXdUajIDfiRlYewUpMOGD6mWA+0dVLOWIqxhsEXWCbiw1HdQwEEQTfVA"
    "iAC675nPgjSCvPJ2xOZY+O/M3zCaGqm2h8UAJBG4/zELKjMOovVNdff7z+DkIC5L0HMhPW"
    "LNViIdyapV4q0bPVfljtx673nJoxB6z6cEiZgJ0ial2O/u176unj2tAlMkXUwv2jNpjN5Z"
    "0UoRV3rLizTty5i7n4TqnEs2pSRehhqdbVTIfLw+5NUqyQkggIAxkBpavSKoIUMQwDgkNJ"
    "oktRlZgLt9O3jo/WFad1vSwoV9pF4WwiwYaUkgGBvkGMgSJZ0eXleAAsj0KkgyC6KPlYm8"
    "Gx+TzzflkQ28TOWRZ695hbgfyFBHLrs2gTDL4Q11xHgkEbZ7uLOFs5ogD+2gDkBEnrMK4h"
    "Z9kEU0oK8hOuAXhF0oqdo/6t2SHe4wYZDFNkrzptxxKLjYJnk6RWX9Q4fVEqP4tSRxTqXs"
    "vflBTRq35PtALHZDNfUezwsATd0m4OzO3v5nqxmTDaK4oW8CO7ZrMjdaLcv43lxwJSK0k+"
    "vcBXCtz+JrqSQnKbMGtTrYnePIzNkRmy9q377UtCS8jMecwMqc3a0TQWs1EmyS/hGmMk3O"
    "xWMEMGYUUD5B0liEAUAdbF4cAnUltp0pGEoVxZ8JU7EzIlV/I/N8AjgVQVgpUhMW+FrGMA"
    "s2zHNg6xAUfWflkRW+WJZ0Pi6gyJ0/uVkUy9pGghujWUe1Nw9TnFMz5hBcxXee6HAtJm5H"
    "+AYfc6/0OKM+Z9VpCGc41CLiawyrjGK+P2WFPBw+kUBwVy8ZoNY0ViN4qtbxS20pStNPXS"
    "0O+7qqKghKDxG5Wls+q/p1+pFWbmL1WW1ioAm/xWRRYK/hzzBrfGjQ01RQ1Rxf4cv7KlOZ"
    "QzLboVlLLLfaCaavYfEyxUzISicxAnhGudaSqw471qo6PXoyJyPtSYE4nwDsiDfKASIrM5"
    "KFxzWtoax7qnqWD6gMx87Mh2ks3Vg0WK4QCugG44eRWPBAmKQkoObehI01/l7hqlbzNDGx"
    "oUt1pDZEMD9eytwtdGjryMD4S1b1j7xh7vGzbwySZrf0nMa0nWPiWYwiMYoJ0gaYEj7A4w"
    "XqmVzCJHsnSvzgrXEB3DFzLDXvCFSNS46BSoGNINulXcvhSF/LMieToFBYqaK3lfd4R0R9"
    "pbC2xeEvBEHrx54AlBIPPddOqJKaHiSkr61FWt5EMG7BEE/Lyaocax7mmcgsJqBprPvZdr"
    "BuQEBwtjQSpJVZco1da5aLaKoFW8/moTy4NcHiGUpmoF0C8UJ+Q9kj5epmeqjn8BcQt41F"
    "1Pgo10tpHO1gpdzQq9H96BnYgT340UvX3tEJTJ4GBHKi5eUH4k5AjtcWB8HACG5sXl01Tt"
    "U8dt33UpRsz8yEhTWrelph0YDVFk/cwkoNeOQzj/yEq8ZTJNuuuUWTNoLFltaL208FerIR"
    "FXaADNke5AV2TAaAbEHrQlARozsdIwqeF4XJXhQCyrOCTLNxwWl5KoeTyrxWq05qRci5Wc"
    "fWMHl0Ji6+FSQbti09/b9Petgtmmv7c8W3082xfisCDNNhTcrsCrBauWT7JpP2v2Z+w9Eh"
    "qX20oxS8OFuhaL2F0ode2pGnYIjzF4fyo2Spse3vAoY0SeP6trIJ0MX18dDFTO/MEg65Qq"
    "b3C8gJpfAYkS31M3dITkGGcz+ca5V+oqF1gpUOTtEB6WPJJggTSc9zRiLGck4KoOGXQmGy"
    "BPcpOYoyl2yRH6h+Qr3QBLvlGTcYTlkFA4rCtbBA8b5cyIJT/5zebNsCzmHhlOX6EXdatM"
    "pM2MDGg56NbJNwXw2XEFgKHEdAnA+erTD/J3mcAbt7fgVgBXK9Ty8JYyIiuCNoVd9E7O3p"
    "5dnl6cLdmQ5ZV13EfeDSjB/OUwLTfTp6letZUeVLuyqSmCGbJnQrg/tpai5DhluVvWnEil"
    "uVv20Rib8R8/rrJpylbl/uPHuW2Th1xKosqKPWVUTEx20ELaFkW6b20v5SwMzKrArChat4"
    "xPelWC02SrcheOXi5ATWs9jFXSGbIWMlrbV0ovMdvI+yxJahXTjVNMJyd6HusUN5jpLK11"
    "G9mPmTbbPrN01hHr6e1zhZl5LGoRbfswP6/E556v4XPPNZ/bLCvbo0fmnXIrm7rdrWJlW7"
    "asENWXVPG/4cvAOwGZfnBkU0K6S2UG0yf0FdJ+xKsYu3yN54JS03WPZh2h9tRKpefZPDFK"
    "kswG9G0a0GdthNZG2EZ8bTHjHQfuqdN8g8i9NN2rNgqswNhEe5KmteqTRgvVtmpy/cn9bX"
    "zkDlDeeTXThmkndn3Q2nKOtpzjy2O/70dxQ5R/X8PgkSx+wIuP4NvdKdD/ZVp016kAuWrb"
    "d/Gi7yxbP6kG/JHNkXzABdKLlivdG3ZUDzrlNkGO7xH5TYIaQPziGD8SSMWtXOPxAh08kA"
    "Vxl5GOQyYmBcGQdQ5klX+NVjeVK//khBrH4yVpbDjek+eYfHFMJPKoef2C+C4xNpPDl7tn"
    "RVenZfvd+Yoe17srPMu5qVGH691opM6DkpNV365yrLJly4ppBqjrQ9iWUsvIGxR7AZTEGA"
    "FjqJJbaiPXjAWiqwL6VfgWRZ7g0WUSqCAuwXw3CjPjMNnZg7Xe4e7pAYSyQYMjj8qOpsQd"
    "DA6voiYRYXymL1MYqFxSEGAGsCtrHaaMLqYs5PbE3ucTW0/5Bua6BNl29slXMxnWbrQru1"
    "G0XxoaMdJUr86E0ajz/gvhM/kDSPmRv2xR5dQPko2fPPjvaByK/YZHRyLCQxYKdfjyUJWm"
    "QgfpillddThGR6mki4/yQ9lIR6SrWiR5gbrW0XQIu+5eSVuDAaQfwigtgh/EkefRcN2I/v"
    "A9hKAT4BccwiPeQ0MJLaLnvqcQGu8TAR1zAgHw8Q+JioApXmLkBVz2vCBCcROQGGnI3MUR"
    "GgyWmjYVaK8eUAowkutQUfD4nsKrJ5+OLYfnyMGUMoGGBP3GPCp/jGBxZiafjTk6+CRp9F"
    "pRwALb4nGoWxZ3cXgE4GhzwWDwXofmE7eLlGfSgZqCEcLjsdx9ofjZlXzSiWSrIs88Hfkv"
    "maXJ4hDKnfnyKkl5NKHhQmITpz+X+4vnkGCDIP1VGZtofvoqbFBS/BpfUSt7haIN5m8s39"
    "W8o79dEc7JN8QA5ixdC8Guo/L6cvMxxLmlEG9/Pac0ASZA5whbCPf2V7TkN7jhBp0gsRBX"
    "gNiW8auzjF+kwsvD+7evdz+ts3MXecy4nhQ9/q2K9dSFc+f7UUhVsQU0DD1fSCHnCIb9c6"
    "cm9NfADRCl7N05V4+sV0c3bciGDvIVKaab1AF5ThGQPXIzqMO5hjus6Kj8gTjeFPslbElM"
    "k30DNNFRRLyHu806zc/Nx9vP158OLrqaI5FIe4IkN558DpakkJmHuFS5liF7ddo16zW6uy"
    "Mwoe4y5DKSZNYn4UmfhD3xzY30enUxFNnUF5UyX6xJfJFFOaFyNIE6Q9a6HCN1hBtB1OoG"
    "CUZSZG3g2OrPLxJBZhpmlCJ7bXmzGmWh+xoOpx7n+keW2OgSbboVrHQ83bxC6Lt2NH3Dke"
    "eS6YwJQp0FmLbQwd0P/wWXKeRddoi8f6i8Z/DS+pOoPOt6YwhhZyM0hyh2TyAue32fs9TV"
    "PN49VYmiJZCqS5WZWpKLMKA89uRRXV3prlxPGaypgJTTAv7KnjxwAxqFYIiSzPs761e719"
    "Yi61dbv1+tehlNAF5RtFAUq+Os17vWBr5mKcI2ZXDdwbbSFGZB4NHoWoeHFDIKyfvrmQRo"
    "2ceOQVDMNRqGUgIKkaJFUzIdkuAKBcwnHErK+wtwlyHYmSgVt/INAWM7OuAEDuGAEv9Ijs"
    "ACfnQNfwriYWoYA5x27qgPITYIB2NGe56bKkA2w5zPWeDCaQ/1H47QFzIjqp7FCHu+fB7w"
    "gXEe4mplKjZHsyPziecTyxQ0/e1dxxRI5i5Q/xucWUma1jEF29cEuB6f+XjRN4U5S2cZhA"
    "oMQrybmStss4QthLt3fl4Bb9mqPCE03MuwZHA4mViIlwTNsA/DeK2xD2t2wGw6ViR2QrY+"
    "IZAM7bFg2//A5FuAaYl9c0mUmZGhpKprKuIjd7egf7i7+5QC/cNt1ij/y+cPN18OTjJG5X"
    "wgDHCrxO37bOwVvQGlDGWOzoZsZqEF/l9CJDl/r8DSvD7xRZbWZr5oWuaL1ExjLvSrsEGO"
    "kxyxnesmz7UTKDF/g4lOU7YwrxzkfnRBbRKtwD2Z9uhlWTvr4czdcNbTlHbWmzLrBS+7ev"
    "omaW2/knLzbvJ+92mtLSdGZl11HqGISKcoiFIKgVMLRAcGmLpsigR7IBALCcpSyIDw9cfr"
    "73rnF6AX5YJBygSopFuktK1jCKtR3VONqppjY/VTmqp1WtVa3AXlXmC61JNUNkG82ZK3jO"
    "Mrkw+UOMcJ2VgUTNDaqW70VJM/Zp7sboOJTlPaaW70NAfkkT1smEs+SWn1Ok2eZS179L2Z"
    "CQOaImqdf/92+M+GCNTXJPCcSadAlI7udNcJ0XjV5inpuRzsLUunr0U0faZBplzotJkGdu"
    "HqAC+VAcJR8xaie1Kp4uLJmoqLJ/nK4lHgQR7hct+FBMnufRdehhvZmpfCix5m//l/jN9R"
    "7w=="
)
