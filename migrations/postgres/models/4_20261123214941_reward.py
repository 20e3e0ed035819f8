from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "reward" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "report_id" BIGINT NOT NULL UNIQUE,
    "region" VARCHAR(32) NOT NULL,
    "policy" VARCHAR(32) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "case_value_fen" BIGINT NOT NULL,
    "amount_fen" BIGINT NOT NULL,
    "evidence_grade" VARCHAR(1),
    "target_party" VARCHAR(16),
    "explanation" JSONB NOT NULL,
    "proposed_by" BIGINT NOT NULL,
    "proposed_at" TIMESTAMPTZ NOT NULL,
    "approved_by" BIGINT,
    "approved_at" TIMESTAMPTZ,
    "claim_by" DATE,
    "version" INT NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_reward_region_723883" ON "reward" ("region");
CREATE INDEX IF NOT EXISTS "idx_reward_status_1db3b2" ON "reward" ("status");
COMMENT ON TABLE "reward" IS 'The reward of one report (the same matter is never rewarded twice: report_id is unique).';
        CREATE TABLE IF NOT EXISTS "reward_ledger" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "reward_id" BIGINT NOT NULL,
    "at" TIMESTAMPTZ NOT NULL,
    "actor" VARCHAR(64) NOT NULL,
    "kind" VARCHAR(32) NOT NULL,
    "from_status" VARCHAR(16) NOT NULL,
    "to_status" VARCHAR(16) NOT NULL,
    "amount_fen" BIGINT NOT NULL,
    "detail" JSONB NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_reward_ledg_reward__d9d4c8" ON "reward_ledger" ("reward_id");
COMMENT ON TABLE "reward_ledger" IS 'Every state change and money movement of a reward, in order; rows are never changed.';
-- The reward ledger is append-only, like the audit chain.
CREATE OR REPLACE FUNCTION reward_ledger_append_only() RETURNS trigger AS $$
BEGIN RAISE EXCEPTION 'reward_ledger is append-only'; END $$ LANGUAGE plpgsql;
CREATE TRIGGER reward_ledger_append_only BEFORE UPDATE OR DELETE ON "reward_ledger"
    FOR EACH ROW EXECUTE FUNCTION reward_ledger_append_only();"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "reward_ledger";
        DROP TABLE IF EXISTS "reward";"""


MODELS_STATE = (
    "eJztHWtzozjyr6j8ZZMqT8pxEieZubuqzGz2Nlszk62Z7D1zxcgg22ywxEoiHt/e/vdTC2"
    "MDBgIe42CiL3kgNYJu0e9u/d6ZMod44uhKSmxPpoTKzmv0e4fiKVF/ZIx2UQf7/moMLkg8"
    "9PR0nJw3FJJjG+44wp4g6pJDhM1dX7qMwvwPRGIHS4zYCGEkJOPEQUOPDdGBP2GSddEjc2"
    "1y+AbJCUHDuSQCee4jQS4Nr8BUDXYECzrMViu6dFzDvQPq/hYQS7IxUaNcrfDv/6jLLnXI"
    "VyKif/0Ha+QSz0kg0XXgBvq6Jee+vvbLLzff/6BnwnMPLZt5wZSuZvtzOWF0OT0IXOcIYG"
    "BsTCjhWBInhlgaeN6CCtGl8InVBckDsnxUZ3XBISMceECezp9GAbWBKkivBD9O/7J4tNg0"
    "y/p4e2d9vr6zrM4aNeERUkRYXLIZhZ3gUgmI+v2P8L4rhOirHVjg3Y9Xnw5OBocaBUzIMd"
    "eDGl2dPzSgImkIqpG+wjLQy3og83Vcv5tgno3rOEwK4+qBN8F1dGGF7NXWj9AYIaoG1Ham"
    "+KvlETqWE/Xvcf+iANd/u/qk0a1maXwz9a2Gn/HHxVA/HAO8r/CsVpTqAw8RVQHXabgW4n"
    "twWgLdg9NcbMNQEtnC/W8Gkm+ozMZxND2FWzfkx/uG2zE8xKv+8en56cXJ4PRCTdEPurxy"
    "XoDum493aVxOcP9sUGXLriDMZi2zWVnA7Uo8YQWxOwR36hJrdaPX5gRQYWG5juLv1Yh0py"
    "SH9SYgU6h2FqBH0R/7uLPVCzq31JsvlJsC1N/dfLj+fHf14WdYbirEb57G39XdNYz09dV5"
    "6urBIEWm5U3Q32/ufkTwL/rX7cfrtNqynHf3rw48Ew4ksyibWdiJ6WHR1Qhrf4AmOXqIaT"
    "lwYYjthxnmjrU2wvosb+760LQ/TV/BFI81zQC58JiR1h84rrymks87WTbBarTYJoB5FllO"
    "fNIouKVEKeL0ARR3UMTVrQl1XjFFXqRvhuyJovxrNMFigv6MQi594HPyaOlL90G/dzxANq"
    "aMujb2kF78cN1EqHWlLRsMb91xrtjPNBkyhP5iv32brVC/xL/s909Ozvu9k8HF2en5+dlF"
    "byn614eKdIC3N38FNSDx6UZ6Qb4hUZ2/tpav7gkfjXCyxkjj4lPxHMarKCdLgBYqf7VYhl"
    "h7ECqieAHRQhzXoGAHw1+JncGeCjTsFUjrVOxaNrFDJHa9dRT/9Pn2YzaKVxBpCeDaEv1P"
    "aRiiNvM75rgbBq4nXSqOYNnn8N0BhhLCIMLzwYerf6RJ8O797ds0l4cbvE2RY6lrVdn0CS"
    "DDWUpwlqoY3i5yn1fprAG1DTHgfmLDToblBpe7RSbbr4sJT5pqVxSxQA7ZV8TZ7DWEWVyH"
    "IDIaKZGDJEM+4SPGpwhL5BEsJGLUVrfhRJGEOGjmygmCV2WjURdR8kg48hRDWLfU6lzIGG"
    "p7aqg9qJevwrSi+UYilJAIPp57DGfgN18RioEYTWjrmpBDnMCvGuBMAG207xdspSF8J6n/"
    "Xx6X0f8vj/P1fxhL2VgSy0BUMrGWEHUxlvV4PfgpAVG7wfOgDJrTvp0YlgdrngIpydSXGW"
    "jOFZ1xkN2FN3v1CtCtxTaBXhsgNQ22O8Re7AlieUAtPJIkw3NY7BNOAO7GNbxLTtwmz7DH"
    "7AfiWAGVWY6fYjKnYbdA6bTENTGA7VFamYYW4TwrEHBHvuZwySRUC9yoRSS9/sddseq6pO"
    "j7249/jaan9VmTufAyMxfiVA98Z0OqJyEN1ZtC9Qweq5++Ie7OT2Qc0mHN47kY6RY5Pflq"
    "ztN+TzQMFAmD7wTC6jc6uA/OiTNSP4fnl/fB2ckJPnyDwjsiHnhEoAMbK4PKwVx0kbAnZE"
    "rUH3jKlOYgDtEE0zFioxFypUC2ergMF+hu1vwGbyjco4rhHM1vXRDhpF/CYD7p5xrMMFTs"
    "+tS/K6A6mm9cnyVcn+F3VgW9K4gWIrieKgKjErZMOWh4MusPzPPYTAu0NfVgOVaoIIzis5"
    "5SEfKp/Q0ClvmEZoUc8xnTCqJ1QnZbfD9fyIpgCM85JFlRXsY8gmlu0lUMMIX5oYKsiytF"
    "1Nitz+Dt7e37BAN6e5N2Cvzy4e21khGaGGqSKxMh3hjKbYWVSsGXCKAFbpm69ZqRy4W0BC"
    "F0A7G7BtxCybsnkraUq9N4X1pL5oZoVJ+D8ZgImeNyiY0WalUiOe9Z9CqTxvWcaVyS+a5d"
    "ReYvAVpobG/LdbRWr18l4BUDaQWKdx3vmhLHxesIz8+cWwI0I28O1mtN3pzHbJxdl5RPjz"
    "jMN5Fkf2L5teAeGImS5hahGQy+mP/EwLaSt9hczNfCggRR78kt/baV7OkU3M5SGvfObxTb"
    "5RNMKclIHSoIfa1Adui4mBG1rtyN+2L7SaMmZLARdzEWbWmL9kYh1ZVBnkkbH+4W2bRuam"
    "KJfAJ1wR1T2HEIlEHoJRG7C2Icapmw6yFf8ZQptudhW7sw3N9FD2QO3e3mOpavkwGG98Hp"
    "yHHU38NLfB+c94aX6ufoeKB+XvSOs/ILdv4M9/Sefvmie2xYPubK5PjyBblC9+KA5IDw/n"
    "r8O4EmBDu/BZhLwgVkP1yMHHIfXJ71ju+DQQ8Wu+yRi8M3an005izwBRpyTO0JZELoW3L1"
    "VvKe6hu+0q39dKLEIcLUQZSop6dMoiGBl2IzWB1ehc3oEbpT8IJgbk/gPXUKBppxVyo7Sb"
    "0yvAagQWFzfiQIf3Rtol5lxNlUvwxspMUiUHoGjxGiSokBp2Taxb9jGSq6kkmNx695GCjl"
    "kM5/jJ+jkX4Okx5Tm4/DpMPUm61hKi2X+O2XMR/6+eZDf8188JRMqGQ8LAF2aDpQFoZZ60"
    "dwGfzmozfLOFtqFxUttARcTU6INnHhlS5SFskriBZyiu0jeMyrZf9E89vgQKsbt8pCVUZs"
    "pcLfGEgLt2//7KyMpDs7yxd1MJaSdZGRsobmHzyGc+uvVkApRI8Aav82cwFiv7/95e37a/"
    "Tzp+t3N59vFj75pYNGD8KlVRLVp+ur92shDzreAM1xKIPnEnjGY04InHZgCYl5jlsyh3es"
    "gxb5JfeQmxTh/urueg/aLmSowdCw8HFHivD2LQ34bfkunbsZWlp+OC4F1gpZt+t4nMahS1"
    "3pYi9jmz+B/DigQb+pQDblJqYC2UQMGxAx/Bniei4gP7uyKDHeLYoZ+umZJYKGcRiIiCVC"
    "bvrvM9K7uA9OehAjuzgZjJJXBn18qq5ckOHqykUvmtPv9QeHYetErMNxXTRj/EHtKmizqN"
    "ZMRgfDFvqhRycrutjsh60Wf+PMM3G2DFFi4mwmzvZC4mzbTyPTTKUCcqP5LUTu9pPHYtzf"
    "qsogsmDblxdp4kF7h2DjNDNpp8Z1YFwHxnWwh66DT4t80b8RLgralsWndJ/qXwaTrcfY7B"
    "JOhJFC5wRxTB1IVmUPhMJpCsusXk58D9vEiY7FFpDKqm5KRXh4E8ICQVLrHEUPoPNiMxuY"
    "1bUU5BFfY3uCfM5sIgR6IMQXOnl3kbOrPxU0YnyZrww3g4gn/IbFwsdxJZqpC7oSLkzfdc"
    "U9tQMOaUBvADj+8AeQLgzuhoBKwg/hHEC4oniBB8dTYJsz9TBgqA6xICLMoI5OIlebKPDF"
    "t/Zce34dq4UGb1GtsqJ7FWwvAYxCW6ZWGXoSbqZrJSCN1DVSN0/q+ozLbGGrR56Qscs5pY"
    "6xtRXbVyzfZtzpotlE7TYo/9C1KGEBIDjCB+eDY3CEXwwRNPPs2+of0tMtPU9hgFyehpNe"
    "L6UfPAVSwkIo6RNu0MUqOYfcPsNzgEx+x+hICUIKsWtXztHBz7fvb979U92+18Pnl4evF1"
    "54myi0QeHPQjaGB/DCTcOaIjhtDIQvUMxZLEv4d0oyh3dXt4bimrDZmS7NIdTmc1993ApM"
    "iXrK6HzKAhE9cqgfUBae/iuZwglTqgJVD2HOhNpr5//z60Nt9+npj7XykYxpuNbpnjWUlS"
    "tEjBmvdN5THKaFGudpr0xxSC+/OqSXRrLEXLF4qPOQlRCdhmshsreff7hAWtX4SwqsdZU4"
    "22cdC4xVDdemwFq4p2s6Mnr1ZGvYzs/sTIG1Atu7zus0zZ2esbnTnrS92eOshaXhmmFSFj"
    "WgTsDtsP/08+zuLfafjnwL1RtnrUMaPeVJPWWJtNB1U7VPXA54G8pddy1II0daVRKk4Qzu"
    "NyhOUctDJWAscFs+d3UNtA0UqFuuNjFxav2QZxEMp9BhKnqavUOzdvo9bhTPS4GagF7jAn"
    "oJPdW2iS+tYYYLraAEOg70ooufHWIrObrJZ5KENIcPN/kjAVqBkFYWwojxacWvJRv6Gz+b"
    "/aF2xldDmbRCHqI+AE6wqKY65YC3T32qoVdOhLbqDCsFajhWkzkWFtAQlhCrak5DCvDp5I"
    "bm03WX6Q0rCkB/WI9UFBUJoJcsIchXSSgIzQxTL3fvJoE22robaaO9ejdu//j0/PTiZHC6"
    "3K/LK0XbdH1LqtvbXrCZupqGNey/yew/pNYGLqkYVPvUqe2nRTwS7qqbqY9CH81ujbJSzI"
    "vEbc4NjNjdVOxuZKEZwyyBvY0ERArUyIcmywcn8D0XMg4tNqpsImQAG361Kb/KjRwViYwc"
    "EW1UXFPybUq+Tcl3C6ieIcX00zeqFu36EU4YyC1IC4e7T1elWWQ5s0TVt5DEj+qsQ/jvBP"
    "LcEXmDvnzxg6GSzV++QN+08KgjMWEzCoVSq/mEh+3WYiVcWTXf9S1karQarZ0U1Wjp/VqV"
    "CAmwupSWtlIj5tSvHrNpq1jbXzGWlYIhGa/ip1sCtDATe/uZquYErBffx2yP8x0pkxmFYA"
    "VN5xfzd9gkrvMMPL6OZN5Qpc3QbIrqNVZAOyzWiFSdvSrWaJjpBunvNukUWG+LGd1SBlxs"
    "cpn23xOmDCXG0SNzbQJn1yqjakSkPdE9tBZG1NBjw7CxBhw4i9Gv6t/ZJOx1ZbOpsrt0n6"
    "u/E8VtMy24upYx9lujLQZjvzWJGkYT3U1hCAu4XalmfgVhEFyqJGRUBbuL6W1EbR2dCLCU"
    "2J7oY+WqnRS6Bti+vJ2TMnv5JH8vn5jO0K0PGOWFCRtldXwgQuBxgdERTShjc0xjc580Oe"
    "5m7NUMz9ECSKAhkTNCwuBOmHXMdSe+RPDmYNV+T4d5JGNdsBEWsZyMloU1rmOMjkarucbo"
    "aBI1TNCo5UEjQRQOK0WNVhBt1MnraDQwqp4bGYcySZGb8qwhczLyt/ODHtH8VmzsXYQ9Gq"
    "MVwz2y1WE98oQevJzztP6r1U2YDydIwqGSi37SB8vjKqbKkla6qCsQ1T22w+lEqaoz1yav"
    "0VIfgSnhZslSgGtcyGjAjeZf+6ABvxhimL7iu0oB8Znn2pU6MK8gWiGwX2KOzfNt4BqOCc"
    "SCWI/YU6K1cv3mOuzuanJax6k3LaLdQu2sIQBcidJYrDHH1Rq9r0O2Lwx1XIbx5POdRp1f"
    "0GxEb53Fk6++p4zQqv3GU2Df1HJ8s9zKP40CGp6gqA82dKk4gvX+0qmJEAWIr6UTuc+Zmk"
    "KczIL9Ip6fAjRMf2Omv8Rk9UhBCtSEDBodMsC+otfjBt9aCtD4tTdWcCNEbhCUS4Ka9hpN"
    "/tJsD7tVe9DEYV5yCxrTEKPzrQ0xGhXdeU+cMeHXVPJ5JzfQE5/UfTrmo0wFmF8u9HOtTz"
    "wFl1h4ZuqY6ASkKaNkrn4+EsidhGANXkRiulD0zrhD+BvE2Sysbg9DNYuzitfDPnUtYkI+"
    "jRbtRSEfvVGrh3xiYCbpySQ9Gb3KVMqbSvkWRPGghtKqHspLgbWgrLtuX6/iH9XRnABq4X"
    "6u4YDDPQvW1Wyw7VjBcYjEbsYBnvmxjBVEM8IYsOxehzEaYmV/hozjK9uGr6qTYWAnxrtF"
    "tnWYu4xjU0t0MhgGnOAAaVg0JdNhaNB60BTO9705mLkE2xO9v4iDwtwqdCAI0T0H1EsdaS"
    "1NHF3Br4yUyjoWuaf3FIrclJWuLO8xo33XQRMsJmCjQ6amj4WYKfsccjAfiC+P0Cfi69I/"
    "hQvXUw8kkMfsBz15gTM0YlwZ+LOJ6xFjvTefneZb74EgvOoR7HGY7WgQz0uImvVhxxW+h+"
    "eVT7pPw7VQWdu+ZRdxMwtYXBVsrwG2EN39s7MS+Faz8g+GgLFU1jFIpyr62RKgGepZq7JM"
    "Qn2gGjlWIIYgWyeIUsbcxwy2X9hqbQVkWq0Vt1pL+J2Utkocy2Njt9JhWmtwrTHVt3bYAO"
    "j/CkVK888yxYvjDWlYk9DR5MCDh4UMP4UNUnfWgA2tm0xr0xson4G2qzeQOUKkzVTP+Nib"
    "dISI9st+JkKE1Mj220bj3af9tiI2tYTfVssjtAB6o72YtudCktKEqceHPCVMHTZFkj0Q2k"
    "UMnKWuFOjzj1ev+mcD8IvqnrEOmhBOsry2dSxhPKp76lHVNK7sfkpCtc6run1H3zN1rTFJ"
    "Z0ZxfCn2gTbnBCEbm4IxWEPqRpOafPVddbsNCJ2ENGRuNJk5eWQPGzHuJKTx6zSZyqHtYb"
    "l+FQU0AdS65Mvt6J8NMaivCHftSSfDlF6MdIuMaLya85T1nI/sLVunL8U0/caATL7RmVtL"
    "mP/B5xcTmlSHnFQH+KgqYHgxvYXYPe71ymRZ93r5adYwlrIqGZWL04HL5i7EQHafu/A82k"
    "g7snr/+D8B9yhn"
)
