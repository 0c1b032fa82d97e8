"""Vendor the graph page's JavaScript libraries from the npm registry at pinned versions.

    python scripts/vendor_graph_js.py [DEST]     (default: kg/view/page/vendor)

`npm pack` fetches each package's tarball into a temporary folder; its integrity (sha512,
as the registry publishes it) is checked against the pin below, then the one browser build
the page inlines and the package's licence are copied to DEST, with MANIFEST.json recording
versions, integrities and the sha256 of every copied file (tests check the files against it).
Order matters: each library registers itself on the globals of those before it.
"""

from __future__ import annotations

import base64
import hashlib
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# (package, version, integrity of its npm tarball, browser build inside the tarball)
PINS = [
    (
        "cytoscape",
        "3.35.0",
        "sha512-sMvBIXiGMnhkCaWz2R06FwF/27MNlS+Tqvi17foO9UhnUg3XGZccKjxsvEqQFAQYMSSZmN5SxYzUYlQ0DOJJ3g==",
        "dist/cytoscape.min.js",
    ),
    (
        "layout-base",
        "2.0.1",
        "sha512-dp3s92+uNI1hWIpPGH3jK2kxE2lMjdXdr+DH8ynZHpd6PUlH6x6cbuXnoMmiNumznqaNO31xu9e79F0uuZ0JFg==",
        "layout-base.js",
    ),
    (
        "cose-base",
        "2.2.0",
        "sha512-AzlgcsCbUMymkADOJtQm3wO9S3ltPfYOFD5033keQn9NJzIbtnZj+UdBJe7DYml/8TdbtHJW3j58SOnKhWY/5g==",
        "cose-base.js",
    ),
    (
        "cytoscape-fcose",
        "2.2.0",
        "sha512-ki1/VuRIHFCzxWNrsshHYPs6L7TvLu3DL+TyIGEsRcvVERmxokbf5Gdk7mFxZnTdiGtnA4cfSmjZJMviqSuZrQ==",
        "cytoscape-fcose.js",
    ),
]


def integrity(path: Path) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(path.read_bytes()).digest()).decode()


def vendor(dest: Path) -> None:
    dest.mkdir(parents=True, exist_ok=True)
    manifest = []
    with tempfile.TemporaryDirectory(prefix="kg-npm-") as tmp:
        for name, version, pinned, build in PINS:
            out = subprocess.run(
                ["npm", "pack", f"{name}@{version}", "--json", "--pack-destination", tmp],
                capture_output=True,
                text=True,
                check=True,
                cwd=tmp,
            )
            tarball = Path(tmp) / json.loads(out.stdout)[0]["filename"]
            if integrity(tarball) != pinned:
                sys.exit(f"{name}@{version}: integrity {integrity(tarball)} is not the pinned one")
            files = {}
            with tarfile.open(tarball) as tar:
                for inner, target in ((build, f"{name}.js"), ("LICENSE", f"{name}.LICENSE")):
                    data = tar.extractfile(f"package/{inner}").read()  # type: ignore[union-attr]
                    (dest / target).write_bytes(data)
                    files[target] = hashlib.sha256(data).hexdigest()
            manifest.append(
                {
                    "package": name,
                    "version": version,
                    "integrity": pinned,
                    "from": build,
                    "files": files,
                }
            )
    text = json.dumps(manifest, indent=2) + "\n"
    (dest / "MANIFEST.json").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    vendor(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "kg" / "view" / "page" / "vendor")
