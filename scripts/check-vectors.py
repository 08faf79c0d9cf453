#!/usr/bin/env python3
"""Independent check of public/vectors/okx-sign-vectors.json with Python's hmac and base64.

For every vector: prehash must equal timestamp + method + requestPath + body, and
signature must equal Base64(HMAC-SHA256(secret as UTF-8, prehash as UTF-8)).
Prints one line per vector: id, TAB, computed signature. Exit 1 on any mismatch.
"""
import base64
import hashlib
import hmac
import json
import sys
from pathlib import Path

DEFAULT = Path(__file__).resolve().parent.parent / "public" / "vectors" / "okx-sign-vectors.json"


def sign(secret: str, prehash: str) -> str:
    digest = hmac.new(secret.encode("utf-8"), prehash.encode("utf-8"), hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    vectors = json.loads(path.read_text(encoding="utf-8"))
    bad = 0
    for v in vectors:
        prehash = v["timestamp"] + v["method"] + v["requestPath"] + v["body"]
        sig = sign(v["secret"], prehash)
        print(f"{v['id']}\t{sig}")
        if prehash != v["prehash"]:
            print(f"MISMATCH prehash {v['id']}", file=sys.stderr)
            bad += 1
        if sig != v["signature"]:
            print(f"MISMATCH signature {v['id']}: file {v['signature']} computed {sig}", file=sys.stderr)
            bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
