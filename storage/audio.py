"""Voice notes made playable in a browser: WeChat sends AMR (and speex), which no browser plays, so
they are decoded by Debian's ffmpeg (its own AMR-NB/WB decoders; speex through libspeex) into 16-bit
WAV, which every browser plays. Without ffmpeg on the host the original is served as it is."""

from __future__ import annotations

import asyncio
import shutil

BROWSER_AUDIO = frozenset(
    {"audio/mpeg", "audio/mp3", "audio/wav", "audio/ogg", "audio/webm", "audio/mp4", "audio/aac"}
)
WAV = "audio/wav"
MAX_SECONDS = 120  # WeChat voice messages last at most 60 s; a longer file is cut, not decoded for ever


class AudioError(Exception):
    """ffmpeg could not decode the file (damaged, or not audio)."""


def needs_conversion(content_type: str) -> bool:
    return content_type.split(";")[0].strip().lower() not in BROWSER_AUDIO


def converter_available() -> bool:
    return shutil.which("ffmpeg") is not None


DECODE_SECONDS = 30.0


async def to_wav(data: bytes) -> bytes:
    """Decode any audio ffmpeg knows into mono 16-bit WAV at the source's rate (voice: 8 or 16 kHz)."""
    proc = await asyncio.create_subprocess_exec(
        "ffmpeg", "-hide_banner", "-loglevel", "error", "-nostdin", "-i", "pipe:0", "-t", str(MAX_SECONDS),
        "-ac", "1", "-c:a", "pcm_s16le", "-f", "wav", "pipe:1",
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    try:
        out, err = await asyncio.wait_for(proc.communicate(data), DECODE_SECONDS)
    except TimeoutError:
        proc.kill()
        await proc.wait()
        raise AudioError("ffmpeg timed out") from None
    if proc.returncode != 0 or not out:
        raise AudioError(err.decode(errors="replace")[-300:])
    return _with_sizes(out)


def _with_sizes(wav: bytes) -> bytes:
    """ffmpeg writing to a pipe cannot seek back to fill in the RIFF and data sizes (it leaves
    0xFFFFFFFF); some players then refuse or cannot seek. The file is whole here: write them."""
    at = wav.find(b"data", 12)
    if not wav.startswith(b"RIFF") or at < 0:
        raise AudioError("ffmpeg wrote no WAV")
    riff = (len(wav) - 8).to_bytes(4, "little")
    data = (len(wav) - at - 8).to_bytes(4, "little")
    return wav[:4] + riff + wav[8 : at + 4] + data + wav[at + 8 :]
