from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "staff_account" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "username" VARCHAR(32) NOT NULL UNIQUE,
    "display_name" VARCHAR(64) NOT NULL,
    "password_hash" VARCHAR(255) NOT NULL,
    "roles" JSON NOT NULL,
    "regions" JSON NOT NULL,
    "active" INT NOT NULL,
    "failed_logins" INT NOT NULL,
    "locked_until" TIMESTAMP,
    "last_login_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
) /* A bureau staff member; roles apply in each listed region (see kernel.actors.Actor). */;
        CREATE TABLE IF NOT EXISTS "staff_session" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "staff_id" BIGINT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "last_seen_at" TIMESTAMP NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "revoked_at" TIMESTAMP,
    "client_ip" VARCHAR(64) NOT NULL
) /* A login session; the client holds a random token, only its SHA-256 is stored here. */;
CREATE INDEX IF NOT EXISTS "idx_staff_sessi_staff_i_7fa85a" ON "staff_session" ("staff_id");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "staff_session";
        DROP TABLE IF EXISTS "staff_account";"""


MODELS_STATE = (
    "eJztXe1zmzga/1c0/rLJjJtxnMRJ2rubSbvZ2+y0zU6bvdfcUBlkmw2WWEnE9e3t/356hL"
    "EBAwHHOJjqS16QHgQ/CT3vj37vTJlDPHF0JSW2J1NCZec1+r1D8ZSoPzJau6iDfX/VBhck"
    "Hnq6O072GwrJsQ13HGFPEHXJIcLmri9dRqH/ByKxgyVGbIQwEpJx4qChx4bowJ8wybrokb"
    "k2OXyD5ISg4VwSgTz3kSCXhlegqyY7ggEdZqsRXTqu4d4BdX8LiCXZmKhWrkb493/UZZc6"
    "5CsR0b/+gzVyieckQHQduIG+bsm5r6/98svN9z/onvDcQ8tmXjClq97+XE4YXXYPAtc5Ah"
    "poGxNKOJbEiQFLA89bzEJ0KXxidUHygCwf1VldcMgIBx5MT+dPo4DaMCtIjwQ/Tv+yeLRY"
    "N8v6eHtnfb6+s6zO2mzCI6QmYXHJZhRWgkslAPX7H+F9V4Doqx0Y4N2PV58OTgaHGgIm5J"
    "jrRg1X5w9NqKY0JNWgr1CG+bIeyHwd63cTzLOxjtOkEFcPvAnW0YUV2KulH8EYAVUDtJ0p"
    "/mp5hI7lRP173L8owPpvV5803KqXxpupbzX8jD8umvphG+C+wlmNKNUHHgJVAes0XQvxHp"
    "yWgHtwmos2NCXBFu5/M0C+oTIb46h7Cls33I/3DdsxPMSr/vHp+enFyeD0QnXRD7q8cl4A"
    "983HuzSWE9w/G1RZsisKs1jLLFYWcLvSnrCi2B3AnbrYWt3w2pwAFBaW6xB/r1qkOyU5W2"
    "+CMgW1syA9iv7Yx5WtXtC5pd58IdwUQH938+H6893Vh59huKkQv3kav6u7a2jp66vz1NWD"
    "QWqaljdBf7+5+xHBv+hftx+v02LLst/dvzrwTDiQzKJsZmEnJodFVyPU/gBJcvQQk3Lgwh"
    "DbDzPMHWuthfVZXt/1pml/mr6CKR7rOQNw4TEjqT9wXHlNJZ93snSCVWuxTgD9LLLs+KRS"
    "cEuJEsTpAwjuIIirWxPqvGJqepG+GbInauZfowkWE/RnFO7SBz4nj5a+dB/0e8cDZGPKqG"
    "tjD+nBD9dVhFpH2rLC8NYd57L9TJUhg+kv1tvzdIX6Of5lv39yct7vnQwuzk7Pz88uekvW"
    "v95UJAO8vfkriAGJTzeSC/IVier7a2v31T3ZRyNM1jbSOPtUew7jVYSTJUELhb9aNEOsLQ"
    "gVIV5QtBDjGgTsYPgrsTO2pwIJe0XSOhG7lkXsEIldbx3inz7ffsyGeEWR5gCuLdH/lIQh"
    "alO/Y4a7YeB60qXiCIZ9CdsdIJRgBhHOBx+u/pGegnfvb9+md3m4wdvUdCxlrSqLPkFkdp"
    "YSO0tVhLcL7ssKnTVA2xAF7ic27GRobnC5W6Sy/bro8KSqdkURC+SQfUWczV6Dm8V1CCKj"
    "kWI5SDLkEz5ifIqwRB7BQiJGbXUbTtSUEAfNXDlB8KpsNOoiSh4JR57aENY1tToHMorani"
    "pqD+rlq2xaUX/DEUpwBB/PPYYz8M0XhGIkRhLauiTkECfwqzo4E0QbrfvFttKQfScp/18e"
    "l5H/L4/z5X9oS+lYEstAVFKxlhR1bSzr/nqwUwJQu8F5UAbmtG0nhvJgzVIgJZn6MgPmXN"
    "YZJ9mde7NXLwPdmm8T5msDUNNkuwP2Yk+A5QG18EiSDMthsU04Qbgb0/Aud+I2WYY9Zj8Q"
    "xwqozDL8FE9zmnYLM53muMYHsL2ZVqqhRTjPcgTcka85u2SSqgVm1KIpvf7HXbHoupzR97"
    "cf/xp1T8uzJnLh24xciM964DsbznqS0sx6U2Y9Y4/VT98Qc+cnMg7nYc3iuWjpFhk9+arP"
    "03ZPNAzUFAbfCYTVb3RwH5wTZ6R+Ds8v74OzkxN8+AaFd0Q88IhABzZWCpWDuegiYU/IlK"
    "g/8JQpyUEcogmmY8RGI+RKgWz1cBkm0N2M+QxrKNyjiuIc9W+dE+GkX0JhPunnKszQVGz6"
    "1L8rQB31N6bPEqbP8DurAu+KooUA15NFYETClgkHDQ9m/YF5HptphrYmHizbCgWEUbzXUy"
    "JC/mw/g8Eyn9Asl2P+xrSiaB2T3da+n89kRTCE5xySLC8vYx7BNDfoKkaYQn6oKOvalaLZ"
    "2K3N4O3t7fvEBvT2Jm0U+OXD22vFI/RkqE6uTLh4Y5DbCpVKzpeIoAVmmbrlmpHLhbQEIX"
    "QDtrtG3ELOuyectpSp01hfWjvNDZGoPgfjMREyx+QSay2UqkSy34vIVSaM6yXDuCTzXbsK"
    "z18StFDZ3pbpaC1fv4rDK0bSCoh37e+aEsfF64DnR84tCZoRNwfjtSZuzmM2zs5Lyp+POM"
    "2zpmR/fPm1YA8bieLmFqEZG3zx/hMj20rcYnORr2ULEkS9J7f021bSp1N0Owtp3Du7UWyV"
    "TzClJCN0qMD1tSLZoeFiRtS4cjfmi+0HjRqXwUa7i9FoS2u0NwpUVwZ5Km28uVuk07qpji"
    "XiCdQFd0xhxSEQBqGWROwuiHHIZcKuh3y1p0yxPQ/L2oXu/i56IHOobjfXvnwdDDC8D05H"
    "jqP+Hl7i++C8N7xUP0fHA/XzonecFV+w82e4p/f0yxddY8PyMVcqx5cvyBW6FgcEB4T31+"
    "3fCTQh2PktwFwSLiD64WLkkPvg8qx3fB8MejDYZY9cHL5R46MxZ4Ev0JBjak8gEkLfkqu3"
    "kvdU3/CVLu2nAyUOEaYOokQ9PWUSDQm8FJvB6PAqbEaP0J2iFwRzewLvqUMw0Iy7UulJ6p"
    "XhNQAGheb8SBD+6NpEvcqIs6l+GVhIi0Eg9QweI4RKsQGnZNjFv2MRKjqTSbXHr3kYZsoh"
    "nf8YO0cj7RwmPKY2G4cJh6k3WsNkWi7x7ZdRH/r56kN/TX3wFE+opDwsCXaoOlAWulnrB7"
    "gMvvnwZilnS+miooaWoKvJCNGmXXgli5QFeUXRwp1i+wCPebXon6h/GwxodWOrNFSlxFZK"
    "/I2RtHD59s/OynC6s7N8VgdtKV4XKSlrMP/gMZybf7UiSgE9Aqr9W8wFwH5/+8vb99fo50"
    "/X724+3yxs8ksDjW6ES6sgqk/XV+/XXB50vAHMcSqDcwmc8ZgTAqcdWEJinmOWzNk71kmL"
    "7JJ7uJsUYX91d70HZRcyxGAoWPi4I0F4+5oG/LZ8l87dDCkt3x2XImsFr9u1P05j6FJXut"
    "jLWOZPgB8nNPCbDGSTbmIykI3HsAEew5/Br+cC+NmZRYn2bpHP0E/3LOE0jNOARyzhctN/"
    "n5HexX1w0gMf2cXJYJS8MujjU3XlggxXVy56UZ9+rz84DEsnYu2O66IZ4w9qVUGZRTVm0j"
    "sYltAPLTpZ3sVmP2w1/xtnnvGzZbAS42czfrZvxM+2/TAyvalUADfq30Jwtx88Ftv9raob"
    "RBZt++IijT9o7wA2RjMTdmpMB8Z0YEwHe2g6+LSIF/0b4aKgbFm8S/ep+mXQ2XqM9S5hRB"
    "gpOCeIY+pAsCp7IBROU1hG9XLie9gmTnQstoBQVnVTKsLDmxAWCIJa5yh6AB0Xm1nArK6h"
    "II74GtsT5HNmEyHQAyG+0MG7i5hd/amgEePLeGW4GXg84TcMFj6OK9FMXdCZcGH4rivuqR"
    "1wCAN6A8Txhz+AcGEwNwRUEn4I5wDCFbUXeHA8BbY5Uw8DiuoQCyLCCOroJHK1iAJfPLfm"
    "2svLWC1UeItyldW8V0F7SWAE2jK5ylCTcDNZK0FpuK7hunlc12dcZjNb3fIEj132KXWMra"
    "22fbXl24w7XTSbqNUG6R86FyVMAARD+OB8cAyG8IshgmKefVv9Q3q6pOcpNJDL07DT6yX3"
    "g6dAilkIxX3CBboYJeeQ2xd4DuDJ7xgdKUZIwXftyjk6+Pn2/c27f6rb93r4/PLw9cIKbx"
    "MFGyT+LHhjeAAv3DTMKYLTxoD5wow5i2EJ/05x5vDu6taQXBMWO9OpOYTafO6rj1uRKVZP"
    "GZ1PWSCiRw7lA8rC038lU5gwJSpQ9RDmTKi9Nv6/vDzUdpue/lgrH8mYpmud7FlDWrkCYs"
    "x4pfOe4jQtlDhPe2WSQ3r52SG9NMgSc7XFQ56HrAR0mq6FYG8//nABWlX/S4qsdZk42986"
    "FohVddemyFq4pms6Mnr1ZGto50d2pshagfau4zpNcacXLO60J2Vv9jhqYam4ZqiURQWoE3"
    "Q7rD/9Mqt7i/WnI9tC9cJZ65RGTnlSTlmCFppuqtaJyyFvQ7rrrhlpZEirOgVpOoP9Bskp"
    "anjIBIw5bsvHrq6RtmEG6uarTQycWj/kWQTDKVSYip5m72DWRr/Hjfx5KVLj0GucQy8hp9"
    "o28aU1zDChFaRAx4m+6eRnh9iKj27ymSQpzeHDTf5IYK6ASSsNYcT4tOLXkk39zM9mf2Y7"
    "46uhTFrhHqI+AE6wqCY65ZC3T3yqoVZOBFv1DStFanasJu9YWEBBWEKsqjENKcKngxuaP6"
    "+7DG9YzQDUh/VIRVaRIPqWOQT5KgkFppmh6uWu3STRRkt3I2m0V+/C7R+fnp9enAxOl+t1"
    "eaVoma4vSXV72ws2E1fTtGb7b/L2H87WBiapGFX7xKnth0U8Eu6qm6mPQh/Nbo2yQsyL2G"
    "3ODQzb3ZTtbqShGcUsgd5GDCJFavhDk/mDE/ieCxGHFhtVVhEyiM1+tel+les5KmIZOSza"
    "iLgm5dukfJuU7xbMegYX00/fqFy060c4YSA3IS1s7j6dlWaRZc8SWd9CEj/Ksw7pvxPIc0"
    "fkDfryxQ+Gijd/+QJ108KjjsSEzSgkSq36Ex6WW4ulcGXlfNc3kMnRarR0UpSjpddr1UlI"
    "kNUltLR1NmJG/eo+m7aytf1lY1khGJLxKna6JUELI7G3H6lqTsD65uuY7XG8I2UyIxGsoO"
    "j8ov8Oi8R1XmCPryOYNxRpMySbonyNFdEOkzUiUWevkjUaprpB+LtNOgXa26JHt5QCF+tc"
    "pvz3hClFiXH0yFybwNm1SqkaEWlPdA2thRI19NgwLKwBB85i9Kv6dzYJa13ZbKr0Ll3n6u"
    "9E7baZGlxdwxj9rdEag9HfmjQbRhLdTWIIC7hdKWd+RWEALpUSMqqC7qJ7G6GtoxIBlhLb"
    "E32sXLWTQtcI2xe3c1JmLZ/kr+UTUxm69Q6jPDdho7SOD0QIPC5QOqIOZXSOaazvkyrH3Y"
    "y9muE5WhAJNCRyRkjo3AmjjrmuxJdw3hysyu9pN49krAs6wsKXk1GysMZxjNLRaDHXKB1N"
    "mg3jNGq500gQhWElr9GKoo0yeR2FBkbVYyPjVCYoctM9a8icjPjtfKdH1L8VC3sXbo+GSM"
    "Wf4Wu5svUpDFlCcaK9UCYOvzsc61rCCj8MlK4TIE2rJNbpkPA3CM5mE0iN5M0h+InA4RRQ"
    "VU6Xr9bHTxwIQrS9XL3UkfbFi6Mr+JUhD9cxCNTnvtV1tinCfMxo3w0LbUeHY/pYiBnjDt"
    "TlfiC+PEJKu9Bqq8LC9dQDwQEa9oPuvMBsccLGbOJ6xIjbzd8s88XtQBBetXxonKZ19Z23"
    "H/XguML38LxyldY0XSv4Vd3xO9FuVrlw+RphC+Hun52VyWk8O8tPaoS29eNMM2J68uuyLg"
    "meVZR1s+iTP40CGp4xpY9+cqk4gvH+0tm9eFZLrdZQHqg2HSsSMyFbn5DVmZgVwoRWRCZM"
    "qHxNV5BWiWN5bOxWKgSxRmcS5dLQgvyvIFKSv5tRB7rYQJimNbm+TbYUeljI8FPYwN25Rm"
    "zmuslzbfza+Rtou/zaJv21zbPe8PRXbZf9TETe6ceJ9u7TdlsR61rCbqv5EVoQvQkPQ/Rc"
    "OANwwtTjp8767YaHEsKRwp9/vHrVPxvEziucEJ553nEdQxiL6p5aVPUcVzY/JalaZ1Xdvq"
    "HvhTyuJkrECI7fin6g1TlByMaqYIzWTHWjp5p89V11uw0mOklpprnR08zJI3vY8JyOOKWx"
    "6zR5lkPdw3L9KgJogqgF+eB1yJ8NUaivCHftSSdDlV60dIuUaLzq85T2nA/2lrXTb0U1fa"
    "ZDJl/p3OBIseceJdY0Pr2DUAf4qCogvOjeQnSPe2UOaFe98kOoe2tHtKsR5aKyXdnYhRjJ"
    "7mMXXkYa2VqUwosysz/+D12OFR0="
)
