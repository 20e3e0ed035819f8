"""A timestamp authority (RFC 3161) for the demo and the tests: ``POST /sim/tsa`` answers a
TimeStampReq with a token signed by a key made when the simulator starts (pyHanko's test stamper)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from aiohttp import web
from asn1crypto import keys as asn1_keys
from asn1crypto import tsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper

PATH = "/sim/tsa"
TSA = web.AppKey("sim_tsa", DummyTimeStamper)


def make_stamper() -> tuple[DummyTimeStamper, bytes]:
    """A stamper with a fresh self-signed TSA certificate (critical timeStamping usage), and that
    certificate as PEM (what a validator trusts)."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)  # pyHanko's stamper signs RSA only
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "模拟时间戳服务")])
    start = datetime.now(UTC) - timedelta(days=1)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + timedelta(days=3650))
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .sign(key, hashes.SHA256())
    )
    der_key = key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    stamper = DummyTimeStamper(
        tsa_cert=asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER)),
        tsa_key=asn1_keys.PrivateKeyInfo.load(der_key),
    )
    return stamper, cert.public_bytes(serialization.Encoding.PEM)


async def stamp(request: web.Request) -> web.Response:
    try:
        req = tsp.TimeStampReq.load(await request.read())
        _ = req.native  # parse it all now: a malformed request is a 400, not a 500
    except (ValueError, TypeError):
        raise web.HTTPBadRequest(text="not a TimeStampReq") from None
    resp = await request.app[TSA].async_request_tsa_response(req)
    return web.Response(body=resp.dump(), content_type="application/timestamp-reply")


def setup_tsa(app: web.Application) -> bytes:
    """Add the TSA to the simulator; its certificate (PEM)."""
    stamper, pem = make_stamper()
    app[TSA] = stamper
    app.router.add_post(PATH, stamp)
    return pem
