from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
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
        ALTER TABLE "report" ADD "penalty_by" DATE;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "report" DROP COLUMN "penalty_by";
        DROP TABLE IF EXISTS "report_referral";
        DROP TABLE IF EXISTS "typical_case";"""


MODELS_STATE = (
    "eJztXW1zozqW/isqf+mkyjflOK/duTtVSU9mJrPdN13dfedlx1OODLLNBEtcCeL2zs5/Xx"
    "0JbMBAwDEOJqrqSiegA/gRls55ztu/OzNmE1ccXfs+tqYzQv3OB/TvDsUzIn/JONtFHex5"
    "q3NwwMcjVw3HyXEj4XNswRXH2BVEHrKJsLjj+Q6jMP4z8bGNfYzYGGEkfMaJjUYuG6EDb8"
    "p81kVPzLHI4RXypwSNFj4RyHWeCHKoPgJDldgR3NBmlryjQyc1XDugzm8BGfpsQuRZLu/w"
    "j3/Kww61yQ8ioj+9x+HYIa6dANGx4QLq+NBfeOrYr7/e/f4PaiQ892hoMTeY0dVob+FPGV"
    "0ODwLHPgIZODchlHDsEzsGLA1cN5yF6JB+YnnA5wFZPqq9OmCTMQ5cmJ7Oz+OAWjArSN0J"
    "fpz+Lny02LDh8Jf778Nvt9+Hw87abMIjpCYhPGQxCm+CQ30A6t//0dddAaKOduAGH/90/f"
    "Xg5PxQQcCEP+HqpIKr8x8lKKdUiyrQVyjDfA0fyWId649TzLOxjsukEJcPvAnW0YEV2KtX"
    "P4IxAqoGaDsz/GPoEjrxp/LP4/5lAdZ/uf6q4JajFN5Mflf11/iX8FRfnwPcVzjLO/ryC6"
    "6BqoB1Wq6FeJ+floD7/DQXbTiVBFs4/5sB8h31szGOhqewdfR6vG/YTuAhfuofn16cXp6c"
    "n17KIepBl0cuCuC+++V7Gssp7p+dV3llVxLmZS3zsrKAW5XWhJXE7gDu1LWt1Q2vxQlAMc"
    "T+OsS/l2d8Z0Zylt6EZApqOxQ9in7ZxzdbfkD7nrqLULkpgP773efbb9+vP3+B282E+M1V"
    "+F1/v4UzfXV0kTp6cJ6apuVF0F/vvv8JwZ/of+5/uU2rLctx3/+nA8+EA58NKZsPsR3Tw6"
    "KjEWr/AU1y/BjTcuDACFuPc8zt4doZ1md5Y9dPzfqz9BFM8UTNGYALjxlp/YHt+LfU54tO"
    "lk2wOltsE8C4IVkOfNYouKdEKuL0ERR3UMTlpQm1f2JyepG6GLKmcuY/oCkWU/RfSK/SBx"
    "4nT0N1aBD0e8fnyMKUUcfCLlI3P1w3EWq905YNhhtnkrvtZ5oMGZt++L69zFaof8d/3++f"
    "nFz0eyfnl2enFxdnl73l1r9+qkgHuLn7I6gBia9upBfkGxLV19fWrqt7so5GmKwtpPHtU6"
    "45jFdRTpYCLVT+arEMsWIQKkIcSrQQ4xoU7GD0L2JlLE8FGvZKpHUqdi0vsU187LjrEP/5"
    "2/0v2RCvJNI7gGP56P+khiFqM79jxN0ocFzfoeIIbvsa3B0glNgMIpwPPl//LT0FHz/d36"
    "RXebjATWo6lrpWlZc+IWRWlhIrS1WEtwvu6yqdNUDbEAPuz2zUybDc4HC3yGT7VzjgWVPt"
    "miIW+CP2A3E2/wBuFscmiIzHcstBPkMe4WPGZwj7yCVY+IhRS16GEzklxEZzx58i+KhsPO"
    "4iSp4IR65cENYttTpvZAy1PTXUHuWHr7JoRePNjlBiR/DwwmU4A998RSgmYjShrWtCNrED"
    "r6qDMyG00XsfLisNWXeS+v/74zL6//vjfP0fzqVsLB/7gahkYi0l6lpY1v31wFMCULvB+b"
    "wMzGluJ4by+RpT4Ptk5vkZMOdunXGR3bk3e/VuoFvzbcJ8bQBqWmx3wF7uCbA8oEM89kkG"
    "c1jMCScEd0MN73IlbhMz7DLrkdjDgPpZxE/xNKdltzDT6R3X+AC2N9PSNBwSzrMcAd/Jj5"
    "xVMinVAhq1aEpv//a9WHVdzuin+1/+GA1P67MmcuFtRi7EZz3w7A1nPSlpZr0ps56xxqqn"
    "bwjd+ZVM9DysMZ7hmW4R6clXY57nPdEokFMYvBMIy//RwSC4IPZY/hxdvB8EZycn+PAK6S"
    "siHrhEoAMLS4PKxlx0kbCmZEbkL3jGpOYgDtEU0wli4zFyfIEs+XAZFOhu7vkCNhSuUcVw"
    "jsa3zolw0i9hMJ/0cw1mOFVMfar/K0AdjTfUZwnqU3/PqsC7kmghwPVkERiVsGXKQcODWf"
    "/AXJfN1Ya2ph4szxUqCOP4qOdUhPzZfsEGyzxCs1yO+QvTSqJ1m+y21v38TVYEI3jOEcny"
    "8jLmEkxzg65iginkR1KyrlUpmo3dcgY39/efEgvQzV2aFPj1882t3CPUZMhBjp9w8cYgty"
    "QqlZwvkUALaJm69Zqxw4U/FITQDbbdNeEW7rx7stOWojoN+9LaaW6IRvUtmEyI8HMol9jZ"
    "Qq1KJMe9il5lwrheM4zLZ55jVdnzlwItNLa3RR2t5etXcXjFRFoB8a79XTNiO3gd8PzIua"
    "VAM+Lm4H6tiZtzmYWz85Ly5yMu86Ip2R9ffi3Yw0Iid/MhoRkLfPH6ExPbStxic5GvZQkS"
    "RH5OPlSftpI9nZLbWUjj3vFGsbd8iiklGaFDBa6vlcgOiYs5kff1d0NfbD9o1LgMNlpdjE"
    "Vb2qK9k6A6fpBn0sZPd4tsWic1sEQ8gTzgTCi8cQiUQaglEbsKYhxymbDjIk+uKTNsLXRZ"
    "O+3u76JHsoDqdgvly1fBAKNBcDq2bfn76D0eBBe90Xv5c3x8Ln9e9o6z4gt2/gwDOqAPD6"
    "rGxtDDXJocDw/IEaoWBwQH6Our8+8EmhJs/xZg7hMuIPrhcmyTQfD+rHc8CM57cLP3PXJ5"
    "eCXvjyacBZ5AI46pNYVICHVJLj+VP6Dqgj+p0n4qUOIQYWojSuTTU+ajEYEPxeZwd/gobE"
    "6P0HcpLwjm1hQ+pwrBQHPu+NJOkh8ZPgbAINFcHAnCnxyLyI8y5mymPgy8SOFNIPUMHkND"
    "JbcBu2TYxT9iESoqk0mejx9zMcyUTTr/NDxHI3kOEx5TG8dhwmHqjdYwmZZLfPtlzId+vv"
    "nQXzMfXLknVDIelgI7NB0o027W+gEug28+vFnG2VK7qGihJeRqIiHatAqvdJGyIK8kWrhS"
    "bB/gCa8W/RONbwOBVje20kKVRmylxN+YSAtf3/7ZWZmd7uwsf6uDc6m9LjJS1mD+g8twbv"
    "7VSigF9Bik9u9lLgD29/e/3ny6RV++3n68+3YXcvJLgkadhEOrIKqvt9ef1lwedLIBzHEp"
    "g3MJnPGEEwLdDobCxzyHlsxZO9ZFi3jJPVxNirC//n67B2UXMtRgKFj4tCNFePuWBvw/9B"
    "y6cDK0tHx3XEqsFXvdrv1xCkOHOr6D3YzX/Bnw44IGfpOBbNJNTAay8Rg2wGP4Bfx6DoCf"
    "nVmUON8t8hl66ZElnIZxGfCIJVxu6vcz0rscBCc98JFdnpyPk0fO+/hUHrkko9WRy140pt"
    "/rnx/q0olYueO6aM74o3yroMyivGfSO6hL6GtGJ8u72OyHreZ/48w1fraMrcT42Yyf7Y34"
    "2bYfRqYWlQrgRuNbCO72g8diq/+w6gKRJdu+uEjjD9o7gA1pZsJODXVgqANDHewhdfA1jB"
    "f9C+GioGxZfEj3ufplMHj4FBtdgkQYSziniGNqQ7AqeyQUuikso3o58VxsETtqiy0glFVe"
    "lArdvAlhgSCodYGiB1BxsZkFzOq6FcQR32JrijzOLCIEeiTEEyp4N4zZVV8VNGZ8Ga8MFw"
    "OPJ/wPN9OP4/hoLg+oTDgdvuuIAbUCDmFAVyAcf/gDCBcGuiGgPuGH0AcQjsi1wIX2FNji"
    "TD4MGKojLIjQEdRRJ3L5EgWeeGnNtdfXsVpo8BblKst5r4L2UsAotGVylaEm4Wa6VkLS7L"
    "pm183edW/kDvMIybu5fW1TIwr3XJ1RMhxFImX3XNsR8v2UW8FCJRIDSw2M+PuTY2DEifx5"
    "dtpTvPjZ2aHKgqHpVJw4nd7VxDfsd/LKlstEwAlsrQ6zRWamzy7vD7vzl2DkOhaaTx2XoI"
    "cHuKn8sjL68IB+/i+5m9p4gX6WJzwYJ6a6nro8qXJm5JYqVQPsSLCvwt/QTApAoo54lHsp"
    "bNQ6BQfODeFPKatyfmYOdWbBbP253kldgtqmVe9eU/2vr/20m8ELu4cOq+Z/pOVaqPxsn2"
    "iKQKtKT6flzItd/sWu6tBKy7Wu6mAt6WMCrHbHr9S5LC5jlo8SywcnWGTthfmhhSuJVgC8"
    "65jCpRKbbavmBNnHhd50xHdMWa8CYErsTUOYsJaqgLgm+KZhjIzLil/llNgLIdyjzJl1BC"
    "NP56jSFp+UasUeVHupKeOMNgRprQTpR0Vp3j4R6n8lFuNJuit3ULcETUqewlz6MhSplkFK"
    "JoOBPABqQYDzzqHo4UGPPhrLi4oj9Vz/Lc8/PBxmsZ/burQuX8S4M3HokJPxwwOa4UciEF"
    "eYAKvq2GTmMSim+gEpfpJx/8PPjv07qA7EeFjpaOa58BpDW/tAQoPlrgzfuwHVAkh/d0VX"
    "XsKZ6UuIKe6fnS8Dmdk8uiJGH7/9BQ5cIXml8RjJe3NHPpRL8BMBByd0e11sEPTMLOUHVf"
    "udiX02hGgjd4G6iSMTR7p7zE31oRrBja/qFYyflNibth91R8XhOCsypGjrS8pt1Hu9YVbj"
    "LjfBGL3MAm5Vo/GXEobAL0PgkyepyNJqGMdlWofy2XGZhViOykVZnUstxcqSqILxSqKFe9"
    "32XSQrU606yJHUVmppNShm8rJXAuXLXi7KcCpNp4L1W5kNTIm18IWuIWUwwqw6H5gSNYRg"
    "4wjB+ERDfJ3N8XyTzn1p2S1MdcPUzn2f6UZRv3/k2CadXNJXn+6WoHsny5HP0r1QXV0NRw"
    "chKapjExSjCaVnD1UJBx5QNAEWM1XPIRZ/Sn54rvx8fmYRivpuk8Gk/qMjrzPU9OYa8/NP"
    "E1/aHEuygE5dzmD5GVjJbGTRN20XfR2T3tCszymTdVQXxtWAXgq0r77w9m1PyvyhQmOYF6"
    "hXUEYlQ7Z9mNdScDi2Ua8jnt8AMCVm2jIm1OdNWwM2Ss+9o9DiyGeZddvSQ8rou05i9PMh"
    "DhB1EEqgJ+wGJCMWQXv0dcYSOiBHkyMk5FspxmFGdO+n417vsAuthDSnnRHvUN99MrXezO"
    "1XXRh+Uzintd94lEE41AQYNFQjNgEGJsCgdaCv1qeyUK8kWghwGQ9ivv9wzXtoqgbW+Oqq"
    "HT2DEiaWM8NuNsBLmbReq4WOQuE9RLsocOP2493n608Hx/2udrGsWjss20qt+bL2I7Rgj1"
    "9fU2drk3fZeDWqWnu/MN+xCtwa4fluCTuProaWcmzo8bqXbZh4RezQD+GzHCcDOCemWEyX"
    "TWhV3jGYYqDYZbs26rgRxLh/j9rxyvPEHUOHXjFlcyqvaMnPPJ8SXa8rvD/QFDDGESKAih"
    "2Muron8Lc/Xf8EQesOFOjyfOM4abGZaBwnr+M4Mfa5sc9b55kCrIawSVUBOyHUulKH248l"
    "09t1xaC9hFAL14/aYK5u7yQEjbljzJ0ic+c+0uI7uRbPakgZo4clRpdzbi03u3dxs0JaIm"
    "AMpAyUrir1B1bEKOAEB1IEUzEnPMehtZ1r6wxeXRT/4QEME+YRaRkF3lSCrev1wrXBjMF0"
    "eXh5PwBWhEm8nIcHpR5rqgo2X2feLx9Xm9Q5o0LvHnNjkL+SQW6i6kzRu1fSmusoemcyQX"
    "eRCSrv6IN+XQHkmEjrMK6hjtYUU0oyauYVALwSacXKUf/SbBHnaYOqegmxN11YYonFRumd"
    "cVHDFzWOL0pUEFF0RCb3mv9NSQi96e/JnvRBBG5pNxvm9ldz/bJVUbRXEi3QR3atZod0ol"
    "y/K9uPGaLGknz+BV8RuMNNuJJMcVPSaVPWRC8eld2RKbH2vffbt4SWkFXXMVOipq5E01TM"
    "RrkkvwYFzkg42S3hhuRBSQfkPSWIQJw71g3LxqvGn4lct0C+WfCnsKZkRqDDp83x2EeqMv"
    "7KkbjuhazjBtXq8ZpMuQZsWfvlRWxVJJ5J2qozaUuvV5Vs6qVEC9GtoQWZgmsoKPbElGUo"
    "X/nVCTJEm1GhAG671xUKEpqxGLKMQpEFhFwkYMi4xpNxe8xUiGA2wzzDLi5YMFYiZqHY+k"
    "Jhuh+Z7kevDf2+UxUZbe0qf6PScob+e/4rtcKs+pcqLWsIwCZ/q0IPhXiJe0MY58aGTFFD"
    "qNgv0Vc2t8pvakS3BCm7XAfKUbN/nWJf5UwoOQsJQoTmTBOJHR/UGJ29HrY5c6ELmh9L74"
    "BKvQeqZC+bA+G6xtLWeK8BTSTTc+K52JLjpJqrbxYSwxyOADccP4rHPuFZKSWHJnWk6V/l"
    "bgHp28zUhgblrdaQ2dBAnr1V+JrMkdeJgTD+DePf2ON1wyQ+mXLir4l5LeXEZwRTeIQKaM"
    "dEWhAIuwOMV7RStcyRtNyb88I1hGP4Sjzs8K9Eoib8TgbFkBzQLRP2pSTkfyuREi3kw+HK"
    "3g97vusL6Wgt8HlJwGN18Obc8X0Cle9mM8efEepfSUuf2mqUfEjOnsDAX6cZarwXNIHXJS"
    "gMM9B87T2fGZATzBeVDam4VF2mVFvnotkUQat0/dUitg5yfoZQUqoVQL9SnpDzRIZ4WZ6p"
    "PP4Zwi3QUXc9CSbT2WQ6Gy90OS/0fkQHdkJNfDdW9PbZIWjkIMCPRJmfwcHlbwlrgmY7qL"
    "wdAIbV258npdpHx20/dClCrPqWkZQ0YUtN2zAaQmR9YRLQa8siQnxkOdEyqSHdIjLLg8FS"
    "1YbRSw9/uR4SUYcGYI70BXRHBow8EHZgLOFowvwVw6RuJ6KuDAf+sotDvH3DYXYriZrvZ1"
    "isRjMn+SxWfPYrB7hkCpsIlxLsiil/b8rftwpmU/7e6Gz16WxficV4Um3IOF1CV+Orkc+q"
    "aV+0+jNxngiN2m0llKXRQh2LTOwuNGN2VA87hCcYoj+VGqVdD+9EWDFiXT+r60a6GL4++v"
    "CgauY/PKSDUuUJgRfQ84uTsPA9tQPLlxqj58lvnH2ljgofKwJFng7gYckT4Quk4RzQULH0"
    "CBeqDxlcTA5AjtQmsUAzbJMj9FepV9ocS71RiwmE5S2hcVhXjuCPG9XMiCw/+Zepm2FUzD"
    "1ynL7BKOpWuUibmRnQctBNkG8C4NNeCYChCXIOwOv9kR/l56oCbzTegFsCXE2orcObq4is"
    "BNqUdtE/Pr04vTw5P12qIcsjRdrHehhQTPlbwzTfTZ+UetNeeqB25dCqCKbEXgjh/vhaso"
    "rj5NVuKdiRcmu37KMzNhU/3iuzaMpR+fHjvbVlUwRCWqLKiz1j1J9WWUEzZVuU6b61tVSw"
    "gFfrArOSaN1rfNwvk5wmR+WHcPTXEtQ061GZkk6JtVDR2j4pvcRso+izuKghphtHTMcneh"
    "5xihvMdFrWhI3sx0xXWz7TciYQ6/nlc4VZ9VzULNn2YX5WSs89K9Bzz7Se2ywv25ND5p18"
    "L5s63S3jZVuOLJHVF6f434ll4p0PlX5w6FNC+pLKDaZ36Cuk44hXOXbrPZ4zWk3XfTcTCL"
    "WnXio9z9ULo8TFTELfpgl9xkdofIRtxNc0M95x4p7azTfI3EvKvWmnwAqMTdiTpKyhTxpt"
    "VJuuyfUX9zf5kTtAeefdTBvGTux6ozXtHE07x9fHft+34oaQf1+Jx3heYS840y2i/PhqTK"
    "kmjhYWEasGkeLyZYNIcRV5rlULdDAIzi/OjwfB6fhyhAbBxahvyT9I7/0gODs5hRPk/ake"
    "9GEZiQ5PgSbEFwgj/YKGd8nIiHyl54CA/I+Mjh2bUN/BruMv0MGX+093H/8uL9/r4Yv3hx"
    "/CUH6LSNhUqqXPuKpC7i4Qhos+koX8GzLBoPkkzJgd3hYYzQHVV5eXhoB/aFHu2CrSnlCL"
    "LzwfIvoxlf8YXcxYIKJHfiTEg2RP5Dr0EdIQ5lOGhLwUcnxDbTafTNuvxpXtonnUl7VyRm"
    "daziR1PqsNWRKICasWbxeXaaHJuv0wZR9zucQPPcz9SkCn5VoIdr/MG93Pf6P7a290CFpV"
    "n0dKrCZLqk1LR4iY+rM60JFYC9/pWoId40+2hnZRuaqEWCvQ3jU34zLdk2gd9/x+onGZFz"
    "UU3R+GoJ7OoYZQr5/qDQ3XDJOSMZdgmseGxeRSSI+k4B5CXWQp3t9/SrzdN3fppePXzze3"
    "EnsFvRzk+AlzMm7eaG5hqD5lNQMnLWn0lGf1lCVomroZEmpV2UFzxNtAte96I42ItKpTkJ"
    "Yz2G9SB5sC9zh8IlxUJK8yRNswA2/RUb22rndEMJpBn43oafYOZlMYu8UOvYSealnE8zMd"
    "5PmBaAmhNx2FZooBv4UvybI8uUPHjM8qfluypd9yOQLoBKjXkI0bCWaIt0992r4TcAnbBn"
    "E6SVGzYjV5xcJCOBNKSOVMoZRgi2pQ7DhXaIqp7ZKKW0VC6C3vEOSHr+uhVKmikhTaXS2q"
    "Xr0v7taKp8jLW26wmbqaljXLf5OXfz1bG1BSMan2qVPbD4t4IlyXGMMzKDg8HJMMwIu225"
    "wLmG130213IwvNGGZRgjOh2PUXFeFLSr1l/PSLtFmjgaSo2V+bvL/agec6ELE5ZOPKJlaG"
    "sFnvN13vcz1vRVtujopjTARofI83o4eSki30+kDVA/ueuovwq7cn61m4ShQuZ4FnbzjrSU"
    "kz602Z9YxdTD19o3L5bp+gB3tuQp8+3X0+q29IliNLFPISPvGQQ8MENpB/J5DrjMkVenjw"
    "gpHcmx8eoKiW7vyiewj6LDae8FX3wTA7JquGV303MjlujdZOinLc1PtavXxXTMyU79pUV9"
    "zA59XWbW1/t7GsEBafZRTVKKjvEAm0MJJ9+5G+ptdKnZ2CGhjO2Kp4Ucr8jES6/KjoaHwL"
    "mgXsOhhaq7QZmk1RvstKaIfJLpGqs1fJLg0z3SB9wCKdAustHNEtZcDFBpcpxjxl0IGUoy"
    "cGTd/hS3uFxsS3psSWJldoRI1cNtKFSaA3KUb/kn/Op4RCw0+LzaTdNeZshv5K5GqbacHV"
    "dRtjvzXaYjD2W5Nmw2iiu0ms2YvOSnsMMCfjKuiGw9sIbR2VHLDvY2s6g4y6rNW5gAxIC7"
    "Yv7umkzLt8kv8un6y9y8ZNmA/9fjqM8tyEjbI6PhMh8KTA6IgGlLE5ZrGxz5oc3+fspzle"
    "oFBIoBHx54Ro546O2uaqkmHCeXOwKl+o3Dw+Y12wEUJfTkbJxxrvY4yORqu5xuho0mwYp1"
    "HLnUaCSAwreY1WEm3Uyeso1DCuHhsZlzJBkZuuWSNmZwRw5zs9ovGteLF34fZolFb8lYwJ"
    "59jNV4uXI8roxTw++HnFeKprlHeBJscIqqoiNkaO31XqKrEhokmqp6ByInjP0IEg8mivd4"
    "wGwdm5PTpQxcp7h1coPNF7J9QlxeEHGHJ8bsmfo8v3aAy3WFeZd/0EAyoBmMn7DYILgvEg"
    "OL+0evL3c/sYhtljNYyNx47lSNBg3NnJ+UiOODsey99752fyJxldwAPDb72+/HlxgqNrXI"
    "zwsbqGfGSHI9exwDcijhB81HEgtX9VFV6ulQuhSqcb/b75q7PR75s0G8/tlflqYKv2yrrz"
    "IwGsyrWME0IthLmOYoywZW/QTzAh9qYLOSksohCECj6alZB5U0u8qSYca2fhWCYstt4eH8"
    "YFZlxguzT2bzB9/M4xFWNl3K2Z+onz3WJDXz3NSAoM/bhEmeypKeQqedixwcJ1HaqC3uBS"
    "KLpUN+wkJk1peWrsUCx3SJ3I5PgCPbHAkvZpZsbUVi9uDOJGm2D5BrF6DapTxzGp7ZjDb2"
    "Yq4mqwWhqqcxExMcNFbOxr3LCK0BaKBzVOh3idahJ6+5DbfxXFOSlltOcS2nMEGcTObwJ1"
    "JNe+YL062CGtMGVWdSpe1ROCZl15wbYaIrlROf24aAvNxT0xD3PDShpiH35VOlgn0wmszn"
    "SftwnL+3z1eHC0MhpFIqIDiEoU8uZohn0ITHQEoqphtR4Ovti5Y5EPaOm8giH6RcyKhqzx"
    "RsY6bPTauQ/u0jczGaZJ967qAXjMdaxK/uiVRAsNj7dRcOH1XuDth31CZNLwCbtya61MY6"
    "zLGpPDcEn7OgFRTYPhhONqXdPXJdtHcxyXWXjy152ctukQ/Flp90zLtRDorS/x5IfnSiO0"
    "avPulNiL+ndvFtnx8zigFtwfjQLH9R0qjuB+v+vUNBEFwNfS1tvjTA7ZgOhLCZpFf+NFf4"
    "lkdaIvJWqIvsYRfQn1ypPz9bTBdy0laJKcNlZwIyA3yNBMippeC03+plkudqo2dInLvOV+"
    "JKY7Quel3REa5d35ROwJ4bfU54tOrqMnPqhbIg7QVePLuX5u5fuxgMwznyBriumEqGoUM0"
    "bJQv58IlBIB5w1OPTEdKECOjgw+RXibK5LnWtXjZa3190+dd3EuHwavbUXuXxMVNorKlqm"
    "AkYb9SqTH2LKpu+rFw8K6g6ru/JSYi1IKqub65XrR3WYE0ItfJ+3D/O+OetqNth2rODYxM"
    "eOW8WXsZJohhsDbrvXboxGWdnfIJOok2tf69PdEpa1WI581rC+p5D4tiDknViWsInM2w+q"
    "2uN8ylwSVbaBAjN0VQFSCgnPdUKpfzE5deG5deu6tjsN6IBeI4DMXvU70yl9FubcgcKU08"
    "SVwM3tO/5CF8hfnbxKXVoOVeV7BlRdTqjrLZRAeAm4eDwxUNURO0J30Q30V1cTA+or/dHx"
    "oB6Qpf7zyQ9fXA3ow4MCRlqMQ/UNfHiAqFFd418eQOogfHI4dPd7+fbMRpCSKJh8YMU5yi"
    "eTX0sVlqqaBEBiIgv8gRS0+ELONp0gougNzuZ5pMQ/kparIL91/mmIiubsHIaoaNJsxGs6"
    "/laB6Q5Ht8nZvbU2wPumj7bvVTZhqrUaXHqfh7+GhGb0rMqvSLMu2YaYsV0Xp1nqWRuhv5"
    "Iz2L8Ae/V5q6wx65I14f96S832iWAo0Fn9RU9Kmde8+mvOMzmdgkSlbEZnL7FOvtNl2u3k"
    "N9tZa7WjDN3NKl8lJE3YVZPdg1CFaZMo1pWYmd8mz68JDeu0JDQsKvp247iZNeAT57slaO"
    "tqNeGATx4EZ2en51D9fCR/Xo6hYPql3T9HkJ0/8/wj9PDAAn84ko8g30jNq+r3QBU6B0r0"
    "So7hRB4Rvj4/5ux/CZWXQKpiYvjqrXHZO7r3gCqWlxOfLxAe+6oPk7yO/Opi+FXM5RHoEa"
    "IJY1WcQPPDujrd8qCHufxPygsTlNZ8Sqb5VereItNrePbXRD+2mlYxsFJi26EpX3chqjnM"
    "ydDwr77OKJ1gHf380JCYiIkNKSZ1NkhxVUkBVd0itVaQf731ZvvtOiLFf5PVPUu2fVTa9u"
    "lhT9qA0q4bOnScgXeRJyQp1wasd00Rj7HjDqV9J6qVtEqJtQH5ut9yFwt/SDivlnGQlGof"
    "zv2zszJL+NlZ/hoO59LpOor2yAgeyNcXYyKG2ksrgabTx0YL9r4R4oFnbzjNSUkzzY2eZu"
    "P3ePHi2BC/xzeI8b62LOA6Ohl+j8T5bpHfQ3edxrGhJTrhjAK5ugc60hzNCDD9kH3uEoHk"
    "ndwF5KQTbE2Vwa9C4qEQqmo+K4Xkyz8hRyqlUhxdw38Z9Y/ruAlE6UNvJvBeYD5htO/YaI"
    "rFNIpr97AQc8ZVweRHAv6Tr8RT+xgCxTeA+HuXWY9qcIiZboyL5lPHJcar0XyGK9+rEQjC"
    "qzbsjMsYVvdZVtd2hOfi6n1R03ItzKysg17Rq9kQlrgqaK8JthDuWuxPtTtVYswjgWbw5a"
    "0qCan1gWrTsRIxE7L1CZHKmPOUsezfMPktwDSHn1kKpWZkJKXqmopoy90t6Df3958SoN/c"
    "pYncXz/f3EbFgeUgx89x3oG2Kq1yl02crG9ArkK5JmesvjS0oP9LiKTmnxVjXcyWpGVNmG"
    "iT6RJFwauvwgbE2Jqwmesmz7UhuvMX0Ha1tDa8d5tnPePLrp6+SbztNyKEno1s3jY6332e"
    "txWxoSV4W7UfoVDoSrGYlutARdEpk48PMd6Y2lCPhD0S2kUMyFLoLf7tT9c/9c/OgRcFap"
    "XYaEo4yWJt67iFYVT3lFFVc1yZfkpKtY5V3T7Rp9eCyuH4MSkTEL5pmKxRHHMnZH9Vhhxb"
    "UBCysSkYkzVT3eipJj88R15ug4lOSpppbvQ0c/LEHjdsSx6XNLxOk2dZ2x5Dx6uigCaEWl"
    "cpeTv6Z0MM6u8Lz7Gw+xEL0snK/46d7haZ074eOLSikSWs6RkWchlAIIJEMJvhsC5nGLjk"
    "BSPXEVMiVEiSNH17vV5X/jiGH6dX6Mv9p7uPf0eDoNfDF/1B0O8dn5wc6jKkjpw/xw8yE7"
    "93deMBVfVMu4hiP+DYRR7hQr5Y71SdUxE+RRdKjlrymzBhkBxObQQLHySe66psDw8fkM3x"
    "2O8un0vKQFq4PDqnxr5vvrFTVPPTtESvM1xKfhXdSnFSS4EWRuxc9srUcurlF3PqrTfs1s"
    "tWJd0gJtNCkE/LgHyaD/LpGsixHaVy2F+WbAtBP+6XKVMmR+VX+eyvlSqLY2exal24s2Tb"
    "l4JWAxGrlbF1qPNzWWMirXizd53HahPLsaUxnqWG5DfJTEq9sE3mHk1BRp/MvSi33FEmxG"
    "7s4xoqLkeGT8W3NC33ltu5ChZwiwx1U4zqvq4MadN++qU+r6zGxAWac0KqFZtd7RkcywWg"
    "GtRpOaO7PY+1ceTmQ7+fsWAmAvAtznrDIwCvCXesaSfDVxGe6Ra5KfBqzHMOivx53jLd/l"
    "a49hdmkOSz6LllGfI3+Py6DG1QpOqpDeRV8gGHw1uI7nGvDMcrR+VbuL11Kp1Rn9BK1SJj"
    "IrtPtnwdu7YdPUP/8/+TXr9e"
)
