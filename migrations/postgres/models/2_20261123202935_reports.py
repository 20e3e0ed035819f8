from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "report" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "region" VARCHAR(32) NOT NULL,
    "receipt_hash" VARCHAR(64) NOT NULL UNIQUE,
    "category" VARCHAR(40) NOT NULL,
    "target_party" VARCHAR(24) NOT NULL,
    "target_code" VARCHAR(64),
    "target_name" VARCHAR(128) NOT NULL,
    "description" TEXT NOT NULL,
    "location" JSONB,
    "channel" VARCHAR(16) NOT NULL,
    "anonymous" BOOL NOT NULL,
    "reporter_index" VARCHAR(64),
    "reporter_openid_enc" TEXT,
    "identity_enc" TEXT,
    "consent_version" VARCHAR(16),
    "status" VARCHAR(16) NOT NULL,
    "received_at" TIMESTAMPTZ NOT NULL,
    "accept_by" DATE NOT NULL,
    "decided_at" TIMESTAMPTZ,
    "decision_inform_by" DATE,
    "not_accepted_reason" VARCHAR(32),
    "accepted_at" TIMESTAMPTZ,
    "assignee_id" BIGINT,
    "handle_by" DATE,
    "extensions" INT NOT NULL,
    "concluded_at" TIMESTAMPTZ,
    "conclusion" VARCHAR(24),
    "verified_amount_fen" BIGINT,
    "inform_by" DATE,
    "informed_at" TIMESTAMPTZ,
    "duplicate_of_id" BIGINT,
    "version" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_report_region_2844b6" ON "report" ("region");
CREATE INDEX IF NOT EXISTS "idx_report_target__f13c65" ON "report" ("target_code");
CREATE INDEX IF NOT EXISTS "idx_report_reporte_be63e6" ON "report" ("reporter_index");
CREATE INDEX IF NOT EXISTS "idx_report_status_10c48e" ON "report" ("status");
COMMENT ON TABLE "report" IS 'One case record, whatever the channel (条例 第三十五条: every report gets a unique record).';
        CREATE TABLE IF NOT EXISTS "report_event" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "report_id" BIGINT NOT NULL,
    "at" TIMESTAMPTZ NOT NULL,
    "actor" VARCHAR(64) NOT NULL,
    "kind" VARCHAR(32) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "note" TEXT NOT NULL,
    "public" BOOL NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_report_even_report__42e7da" ON "report_event" ("report_id");
COMMENT ON TABLE "report_event" IS 'A step in the report''s life; ``public`` ones are shown to the reporter with the receipt.';
        CREATE TABLE IF NOT EXISTS "report_evidence" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "report_id" BIGINT NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "source" VARCHAR(16) NOT NULL,
    "ref" VARCHAR(128) NOT NULL,
    "attachment_id" VARCHAR(36),
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_report_evid_report__a199b8" ON "report_evidence" ("report_id");
COMMENT ON TABLE "report_evidence" IS 'A photo or voice note; fetched into the blob store by a job when it comes from WeChat.';
        CREATE TABLE IF NOT EXISTS "report_message" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "report_id" BIGINT NOT NULL,
    "at" TIMESTAMPTZ NOT NULL,
    "sender" VARCHAR(16) NOT NULL,
    "staff_id" BIGINT,
    "body" TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_report_mess_report__8b6938" ON "report_message" ("report_id");
COMMENT ON TABLE "report_message" IS 'Two-way messages between the handler and the reporter (anonymous ones too, by receipt).';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "report_evidence";
        DROP TABLE IF EXISTS "report_message";
        DROP TABLE IF EXISTS "report";
        DROP TABLE IF EXISTS "report_event";"""


MODELS_STATE = (
    "eJztXe1zmzga/1c0/rLJjNtx7MRx2rubSbrZvey0TadNd/d2s0MECJsNlrxCxPXt9X8/Pc"
    "IYjIGAYxyb6kteJD0IfhLP+yP+bo2ZTTz/5bkQ2BqNCRWtV+jvFsVjIv/I6G2jFp5M4j5o"
    "ENj01HC8PM70BccWXNHBnk9kk018i7sT4TIK498RgW0sMGIOwsgXjBMbmR4z0cFkxARrow"
    "fmWuTwNRIjgsyZID7y3AeCXBq2wFBF9hImtJklZ3TpsIZrB9T9KyCGYEMie7mc4fc/ZLNL"
    "bfKF+NG/k3vDcYlnL4Ho2nAB1W6I2US1ff589f0PaiTct2lYzAvGNB49mYkRo4vhQeDaL4"
    "EG+oaEEo4FsRPA0sDz5qsQNYV3LBsED8jiVu24wSYODjxYntY/nIBasCpIzQQ/jv81v7XE"
    "MMN4f31jfLq8MYzWymrCLaQWYd5kMQo7waUCgPr7a3jdGBDV2oIJ3vz7/ONBr3+oIGC+GH"
    "LVqeBqfVWEcklDUgV6jDKsl3FPZqtYvxlhno11kiaFuLzhdbCOGmKw460fwRgBVQO0rTH+"
    "YniEDsVI/nvUHRRg/fP5RwW3HKXwZvJdDV/j9/OubtgHuMc4yxmFfMFDoCpgnaZrIN794x"
    "Jw949z0YauZbB9978ZIF9RkY1xNDyFrRvy433Ddgg38aJ7dHx6POj1jwdyiLrRRctpAdxX"
    "72/SWI5w96RfZcvGFHqzltmsLOBWJZ4QU2wP4FZdYq1ueC1OAAoDi1WIv5c9wh2THNa7RJ"
    "mC2p6Tvoz+2MedLR/QvqbebK7cFEB/c/Xu8tPN+bsPMN3Y9//yFH7nN5fQ01Wts1TrQT+1"
    "TIuLoF+ubv6N4F/02/X7y7Tashh381sL7gkHghmUTQ1sJ/SwqDVC7Stoks59QsuBBhNb91"
    "PMbWOlh3VZ3tjVrnF3nG7BFA/VmgG4cJuR1h/Yrrikgs9aWTZB3FtsE8A4gywGPmoUXFMi"
    "FXF6D4o7KOLy0oTaL5hcXqQuhqyRXPlXaIT9EfonCrn0wYSTB0M13QbdzlEfWZgy6lrYQ2"
    "ryw1UTodaZNmwwXLjDXLGfaTJkCP35fnuarVC/xD/rdnu9026n1x+cHJ+engw6C9G/2lWk"
    "A1xc/QhqwNKrG+kF+YZEdf7aWL66J3w0wmSFkSbFp+Q5jFdRThYEDVT+arEMsfIgVIR4Tt"
    "FAjGtQsAPzT2JlsKcCDTsmaZyKXcsmtonArrcK8U+frt9nQxxTpCWAawn0P6lh+LWZ3wnH"
    "nRm4nnCp/xKmfQ7fHSC0JAwinA/enf+aXoI3b68v0lweLnCRWo6FrlVl0y8Rac5SgrNURX"
    "iz4D6v0lkDtDtiwP3EzFaG5QbN7SKT7c/5gEdNtXOKWCBM9gVxNn0FYRbXJog4jhQ5SDA0"
    "IdxhfIywQB7BvkCMWvIynMglITaaumKE4FGZ47QRJQ+EI08yhFVLrc6JtKG2p4bavXz4Kk"
    "wrGq8lQgmJMMEzj+EMfPMVoQSJ1oQ2rgnZxA4mVQOcS0Rr7fs5W9kRvrOs/58dldH/z47y"
    "9X/oS9lYAovAr2RiLSjqYiyr8XrwUwJQ28G5XwbmtG8ngXJ/xVMgBBlPRAbMuaIzSbK98G"
    "anXgG6sdgmrNcaoKbJtgfsYE+A5QE1sCNIhuew2Ce8RLgd1/A2OXGTPMMes+6JbQRUZDl+"
    "ipc5TbuBlU5LXB0D2NxKS9PQIJxnBQJuyJccLrlM1QA3atGSXv56U6y6Llb07fX7H6PhaX"
    "1WZy58m5kLyVUPJvaaq75MqVd9V1Y9g8equ98Rd+dHMgzXYcXjOe9pFzk9eTzmcb8nMgO5"
    "hMF3PsLyNzq4DU6J7cif5unZbXDS6+HD1yi8IuKBR3x0YGFpUNmY+23kWyMyJvIPPGZSc/"
    "AP0QjTIWKOg1zhI0veXIYLdDtzPsEbCteoYjhH4xsXROh1SxjMvW6uwQxdxa5P9bsC1NF4"
    "7fos4foM37Mq8MYUDQS4nioCrRI2TDnY8WTWH5jnsakSaCvqwaKvUEFwkqMeUxHyV/sJAp"
    "ZNCM0KOeYzppiicUJ2U3w/X8j6gQn3aZKsKC9jHsE0N+kqQZhC3pSUdXGlaDW26zO4uL5+"
    "u8SALq7SToHP7y4upYxQiyEHuWIpxJuA3JKoVAq+RAQNcMvUrdc4LveF4RNC1xC7K8QNlL"
    "x7ImlLuTq196Wxy7wjGtWnYDgkvshxuSR6C7Uqf3ncs+hVOo3rOdO4BJu4VhWZvyBooLG9"
    "KdfRSr1+lYBXgqQREG873jUmtotXAc/PnFsQ7EbeHMzXmLw5j1k4uy4pfz2SNE9akv2J5d"
    "eCPTASKc0NQjMYfDH/SZBtJG9xd5GvhQX5RD4nN9TTVrKnU3RbS2ncO79RYpePMKUkI3Wo"
    "IPQVk2zRcTElcl6xHffF5pNGdchgLe6iLdrSFu2VBNUVQZ5Jm+xuF9m0bmpgiXwC2eAOKe"
    "w4BMognCWRuApiHGqZsOuhieQpY2zNwmPtwnB/G92TGZxuN1OxfJUMYN4Gx45ty7/NM3wb"
    "nHbMM/nTOerLn4POUVZ+wdbv4Zbe0rs7dcaGMcFcmhx3d8j11VkckBwQXl/1f+ejEcH2Xw"
    "HmgnAfsh8Gjk1ug7OTztFt0O/AZGcdMjh8LedHQ86CiY9Mjqk1gkwIdUkun0rcUnXBF+po"
    "P5UocYgwtREl8u4pE8gk8FBsCrPDo7ApfYluJL1PMLdG8JwqBQNNuSuknSQfGR4DYJBozl"
    "76hD+4FpGP4nA2Vg8DG2k+CZSewW2EUEkxYJdMu/g9kaGiKplkf7LNw7BSNmn9of0cO+nn"
    "0Okxtfk4dDpMvdkautJygW+3jPnQzTcfuivmgydlQiXjYUGwRdOBsjDMWj/AZfDNhzfLOF"
    "toFxUttCW6mpwQTeLCsS5SFuSYooGcYvMAD3m17J9ofBMcaHVjKy1UacRWKvxNkDRw+3ZP"
    "TspIupOTfFEHfSlZFxkpKzD/4DGcW38VE6WAdoBq/zZzAbDfX3++eHuJPny8fHP16Wruk1"
    "84aFQnNMVJVB8vz9+uhDzocA2Yk1Qa5xI44yEnBL52YPgC8xy3ZA7vWCUt8kvuITcpwv78"
    "5nIPjl3IUIPhwMKHLSnCm7c04LcxcenMzdDS8sNxKbJGyLptx+MUhi51hYu9jG3+CPhJQg"
    "2/rkDW5Sa6AllHDHcgYvgB4nougJ9dWbTU3y6KGU7SI0sEDZM0EBFbCrmpv09IZ3Ab9DoQ"
    "Ixv0+s5yS7+Lj2XLgJhxy6ATjel2uv3D8OhErMJxbTRl/F7uKjhmUc65HB0Mj9APPTpZ0c"
    "Xdvtlq8TfOPB1nyxAlOs6m42zfSJxt82lkiqlUADca30BwN588luD+RlUGkUXbvLxIHQ/a"
    "O4C100ynnWrXgXYdaNfBHroOPs7zRX8m3C84tiw5pP3Y+WUw2HhIjC7hRHAknCPEMbUhWZ"
    "XdEwpfU1hk9XIy8bBF7Oiz2D6kssqLUj/8eBPCPoKk1hmKbkDlxWYeYFbXVJBHfImtEZpw"
    "ZhHfR/eETHyVvDvP2VWvCnIYX+Qrw8Ug4gm/YbLwdlyBprJBVcKF6buuf0utgEMa0GsgTt"
    "78AaQLg7shoILwQ/gOILRIXuDB5ymwxZm8GTBUTewTP8ygjr5ELjdRMPGfeuba8+tYDTR4"
    "i2qV5bpXQXtBoBXaMrXKcCbherrWEqWWulrq5kndCeMiW9iqnkdk7GJMqc/YWpLtS5ZvMW"
    "630XQkdxuUf6halLAAEBzh/dP+ETjCByaCwzy7lvyHdNSRnsfQQc6Ow0GvFtIP7gJJYeFL"
    "6RNu0PksOR+5fYb7AJn8hlFHCkIKsWtXzNDBh+u3V2/+Iy/f6eDTs8NXcy+8RSRsUPgzl4"
    "3hB3jhomFNEXxtDIQvrJg9n5bw76RkDq8uLw3FNeFhZ6o0h1CLzyby5ZZkUtRTRmdjFvjR"
    "LYf6AWXh138Fk5gwqSpQeRP6m1B77fx/fn2o6T499bJW/iRjmq5xumcNZeUSiCHjlb73lK"
    "RpoMZ53ClTHNLJrw7ppEEWmEsWD3UeohLQaboGgr35/MM5aFXjLymyxlXibJ51zBGrGq5N"
    "kTVwT9f0yej4zlbQzs/sTJE1Au1t53Xqw52e8XCnPTn2Zo+zFhaGa4ZJWXQA9RLdFs+ffp"
    "7dvcHzpyPfQvWDs1YptZ7yqJ6yAC103VQ9Jy6HvAnlrtsWpJEjreoSpOk09msUp8jpoRIw"
    "Ebgtn7u6QtqEFahbru5i4tTqR579wBzDCVPR3ewdzMrp97BWPC9FqgN6OxfQW9JTLYtMhG"
    "FmuNAKSqCTRN908bNNLClH13lNlin1x4d3+SWBtQIhLS0Eh/Fxxbclm/qJr83+rHbGW0OZ"
    "MEIeIl8ATrBfTXXKIW+e+lTDWTkRbNUZVopUc6xd5ljYhwNhCTGq5jSkCB9Pbtj9dd1mek"
    "O8AnA+rEcqioolom9ZQpAvglAQmhmmXu7eXSZaa+uupY126t243aPj0+NBr3+82K+LlqJt"
    "urol5eUtL1hPXU3Tava/y+w/XK01XFIJquapU5tPi3gg3JUXky+F+jS74WSlmBeJ25wLaL"
    "G7rthdy0LThtkSemsJiBSplg+7LB/sYOK5kHFoMKeyiZBBrPnVuvwqN3JUJDJyRLRWcXXJ"
    "ty751iXfDVj1DCmm7n6natEuH+ALA7kFaWF3+/GqNIMsRpao+vYFmUR11iH9dz7yXIe8Rn"
    "d3k8CUsvnuDs5NCz915I/YlEKhVDye8PC4tUQJV1bNd30T6RqtndZOimq01H6tughLZHUp"
    "LU1djYRTv3rMpqlibX/FWFYKhmC8ip9uQdDATOzNZ6rqL2B98+eY7XG+I2UioxCs4ND5+f"
    "gtHhLXegYeX0cyb6jSZmg2RfUaMdEWizUiVWevijV2zHSD9HeLtAqst/mIdikDLjG4zPHf"
    "IyYNJcbRA3MtAt+ulUaVQ4Q1UmdozY0o02NmeLAGfHAWoz/lv9NReNaVxcbS7lLnXP1CJL"
    "fNtODqmkbbbzttMWj7bZdWQ2ui2ykMYQG3KtXMxxQa4FIlIU4VdOfDmwhtHScRYCGwNVKf"
    "lav2pdAVwubl7fTK7OVe/l7u6ZOhGx8wygsT7pTV8Y74Ph4WGB3RgDI2xzgx9lGT42bKXk"
    "zxDM2JfGQSMSUkDO6EWcdcncS3FLw5iI/fU2EewVgbbIR5LCfjyMIa59FGx06rudro2KXV"
    "0EGjhgeNfCIxrBQ1iimaqJPXcdCAUz03MkmlkyLX5VkmszPyt/ODHtH4RmzsbYQ9dkQrPi"
    "fctUZZ6vC8p1APxvGYx/TffPA3rFV+KyrlExN285XFNU7SeeoJOrvGAFJFSycnZaqWTk7y"
    "y5agL6UUypeqAsLz4Q1E96hT5lxiOSpfc+isnEwsZxTzhM5lhPNPtkyQPOlgy11DuwDcjZ"
    "1s+azC7Ov/AdYxQec="
)
