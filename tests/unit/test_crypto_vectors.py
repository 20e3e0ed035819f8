"""Our WXBizMsgCrypt against the published vectors (../shared/WECHAT.md §2) and wechatpy."""

from __future__ import annotations

import base64

import pytest
from wechatpy.crypto import PrpCrypto

from bot.crypto import CryptoError, MessageCrypto, sha1_signature, signature_ok

KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"
V1_ENCRYPT = (
    "hyzAe4OzmOMbd6TvGdIOO6uBmdJoD0Fk53REIHvxYtJlE2B655HuD0m8KUePWB3+LrPXo87wzQ1QLvbeUgmBM4x6F8PGHQH"
    "FVAFmOD2LdJF9FrXpbUAh0B5GIItb52sn896wVsMSHGuPE328HnRGBcrS7C41IzDWyWNlZkyyXwon8T332jisa+h6tEDYsV"
    "ticbSnyU8dKOIbgU6ux5VTjg3yt+WGzjlpKn6NPhRjpA912xMezR4kw6KWwMrCVKSVCZciVGCgavjIQ6X8tCOp3yZbGpy0V"
    "xpAe+77TszTfRd5RJSVO/HTnifJpXgCSUdUue1v6h0EIBYYI1BD1DlD+C0CR8e6OewpusjZ4uBl9FyJvnhvQl+q5rv1ixrcp"
    "CumEPo5MJSgM9ehVsNPfUM669WuMyVWQLCzpu9GhglF2PE="
)
V4_ENCRYPT = (
    "rTNFcsut4LfGuAFKEUVVpwcaCOTJzOd9twZdIW910jb3k+iicx2uvhttIZ3Qg9Qgty3BEF2xbOrz6boTfb30dMomcgrkTqdF"
    "Pwnhqbk+kIQ7rZiwny9D7NUrTgA5kpX3KsZvrXzUZyP2x9YOlxbgm572lmxKvM7HAQQhIQ/p6HBmoY30bGXFK0BtIu1pW9T"
    "jhOYrLQoU18nWYjWqDA1ynkmOytpv7QRI1P1+0NoxL0q2zO1DgeSvnE8CZGo/o5Ap/WHK5W2RAsinpzN4/LjPnmB6U01I5XC"
    "oJoC0GK/yMZycd2Oh8Nq6+wBkC1U85oy0ktOY4nLvsQMLrourmMGdZHuTbqpeJ8Ao/5PRYJ+WBvRUwPfGKBL2+2IKZF49vAJ"
    "qkcGWSHGE76ZN2erXeuNazf/o9o3lIE3q739o4c8t9QGPe31GT2Go/rOz1BsrASwvauNulCh+++yz+CQzBIuikA=="
)


def test_official_sample_signatures_match():
    assert sha1_signature("spamtest", "1409735669", "1320562132", V1_ENCRYPT) == (
        "5d197aaffba7e9b25a30732f161a50dee96bd5fa"
    )
    assert sha1_signature("spamtest", "1409735669", "1320562132") == (
        "16120ec1b8dbb870f510d87ce6bc2463eae6ca1a"
    )
    assert signature_ok("f21891de399b4e33a1a93c9a7b8a8fffb5a443ff", "test", "1410685589", "test")
    assert not signature_ok("f21891de399b4e33a1a93c9a7b8a8fffb5a443fe", "test", "1410685589", "test")


def test_official_sample_decrypts_to_the_published_message():
    xml, _ = MessageCrypto("spamtest", KEY, "wx2c2769f8efd9abc2").decrypt(V1_ENCRYPT)
    assert xml.startswith(b"<xml><ToUserName><![CDATA[gh_10f6c3c3ac5a]]></ToUserName>")
    assert b"<Content><![CDATA[abcdteT]]></Content>" in xml
    assert b"<MsgId>6054768590064713728</MsgId>" in xml


def test_easywechat_vector_decrypts_with_a_21_byte_pad():
    crypto = MessageCrypto("pamtest", KEY, "wxb11529c136998cb6")
    assert sha1_signature("pamtest", "1458300676", "260774613", V4_ENCRYPT) == (
        "4f3ad57b6989f09f4eb392acce4f9e93942ed890"
    )
    raw = base64.b64decode(V4_ENCRYPT)
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    key = base64.b64decode(KEY + "=")
    dec = Cipher(algorithms.AES(key), modes.CBC(key[:16])).decryptor()
    assert (dec.update(raw) + dec.finalize())[-1] == 21  # the >16 pad a 16-byte unpadder rejects
    xml, _ = crypto.decrypt(V4_ENCRYPT)
    assert b"<Content><![CDATA[hello]]></Content>" in xml


def test_deterministic_encrypt_matches_the_java_sample_vector():
    crypto = MessageCrypto("pamtest", KEY, "wxb11529c136998cb6")
    assert crypto.encrypt("我是中文abcd123", random16=b"aaaabbbbccccdddd") == (
        "jn1L23DB+6ELqJ+6bruv21Y6MD7KeIfP82D6gU39rmkgczbWwt5+3bnyg5K55bgVtVzd832WzZGMhkP72vVOfg=="
    )


def test_encrypt_matches_we_whisper_vector_and_signature():
    plain = (
        "<xml><ToUserName><![CDATA[oia2TjjewbmiOUlr6X-1crbLOvLw]]></ToUserName><FromUserName>"
        "<![CDATA[gh_7f083739789a]]></FromUserName><CreateTime>1407743423</CreateTime><MsgType>"
        "  <![CDATA[video]]></MsgType><Video><MediaId><![CDATA[eYJ1MbwPRJtOvIEabaxHs7TX2D-HV71s79G"
        "UxqdUkjm6Gs2Ed1KF3ulAOA9H1xG0]]></MediaId><Title><![CDATA[testCallBackReplyVideo]]></Title>"
        "<Description><![CDATA[testCallBackReplyVideo]]></Description></Video></xml>"
    )
    enc = MessageCrypto("spamtest", KEY, "wx2c2769f8efd9abc2").encrypt(plain, random16=b"HLFOQjbkfgUh46s8")
    assert enc.startswith("3kKZ++U5ocvIF8dAHPct7xvUqEv6vplhuzA8Vwj7OnVc")
    assert enc.endswith("9FFEsicghHn")
    assert sha1_signature("spamtest", "1415979516", "1320562132", enc) == (
        "096d8cda45e4678ca23460f6b8cd281b3faf1fc3"
    )


@pytest.mark.parametrize("length", [0, 1, 11, 12, 15, 16, 17, 31, 32, 33, 100, 1000])
def test_round_trip_with_wechatpy_in_both_directions(length: int):
    crypto = MessageCrypto("t", KEY, "wx2c2769f8efd9abc2")
    key = base64.b64decode(KEY + "=")
    text = "医" * (length // 3) + "x" * (length % 3)
    ours = crypto.encrypt(text)
    assert PrpCrypto(key).decrypt(ours, "wx2c2769f8efd9abc2") == text
    theirs = PrpCrypto(key).encrypt(text, "wx2c2769f8efd9abc2").decode()
    assert crypto.decrypt(theirs)[0].decode() == text


def test_wrong_appid_and_garbage_are_refused():
    other = MessageCrypto("t", KEY, "wx0000000000000000")
    enc = MessageCrypto("t", KEY, "wx2c2769f8efd9abc2").encrypt("<xml/>")
    with pytest.raises(CryptoError):
        other.decrypt(enc)
    with pytest.raises(CryptoError):
        other.decrypt("not base64!!")
    with pytest.raises(CryptoError):
        other.decrypt(base64.b64encode(b"x" * 15).decode())


def test_previous_key_still_decrypts_during_rotation():
    new_key = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefg"
    old = MessageCrypto("t", KEY, "wx2c2769f8efd9abc2")
    rotated = MessageCrypto("t", new_key, "wx2c2769f8efd9abc2", previous_key=KEY)
    xml, used = rotated.decrypt(old.encrypt("<xml>hi</xml>"))
    assert xml == b"<xml>hi</xml>"
    assert used == base64.b64decode(KEY + "=")
