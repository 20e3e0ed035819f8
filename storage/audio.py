"""Voice evidence a browser can play: WeChat sends voice notes as AMR (or Speex), which no browser
decodes, so they are converted to WAV with Debian's ffmpeg when shown. Without ffmpeg, or if it fails,
the stored file is served as it is (the page also offers it as a download)."""

from __future__ import annotations

import asyncio
import shutil
import tempfile
from pathlib import Path

PLAYABLE = frozenset(
    {"audio/mpeg", "audio/mp4", "audio/ogg", "audio/wav", "audio/x-wav", "audio/webm", "audio/aac"}
)
TIMEOUT_SECONDS = 20.0


async def playable(data: bytes, content_type: str, *, ffmpeg: str | None = None) -> tuple[bytes, str]:
    """``data`` as something an ``<audio>`` element plays, with its content type."""
    tool = ffmpeg or shutil.which("ffmpeg")
    if content_type in PLAYABLE or not content_type.startswith("audio/") or tool is None:
        return data, content_type
    with tempfile.TemporaryDirectory(prefix="fg-voice-") as folder:
        source, target = Path(folder) / "voice", Path(folder) / "voice.wav"
        await asyncio.to_thread(source.write_bytes, data)
        proc = await asyncio.create_subprocess_exec(
            tool, "-hide_banner", "-loglevel", "error", "-nostdin", "-i", str(source),
            "-f", "wav", str(target), stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
        )  # fmt: skip
        try:
            await asyncio.wait_for(proc.wait(), TIMEOUT_SECONDS)
        except TimeoutError:
            proc.kill()
            await proc.wait()
            return data, content_type
        if proc.returncode != 0 or not target.exists():
            return data, content_type
        return await asyncio.to_thread(target.read_bytes), "audio/wav"
