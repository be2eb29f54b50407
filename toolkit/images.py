"""A release's photos: where a relative figure src leads, and their one copy in the build.

An author keeps a release's photos beside it (``releases/images/talks.jpg``, named
``images/talks.jpg`` in ``releases/x.xml``): a relative src is relative to the release's
XML file, as it is when the file is opened in a browser. Every locale's page is one
folder below the build folder, so all of them refer to one copy, at the photo's place
under the releases folder mirrored under the build folder (``build/images/talks.jpg``,
written ``../images/talks.jpg``). A query or fragment (``talks.jpg?v=2``, a cache-buster)
is no part of the file's name: the file the path names is copied, and the page's src
keeps them. A src that leads outside the releases folder, names no image (by its suffix:
never a release, a page or a dotfile) or is no path (one from the site's root, a scheme,
a query or fragment alone) is left as it is written, and nothing is copied for it.
"""

from __future__ import annotations

import os
import posixpath
import stat
from urllib.parse import quote, unquote

from toolkit.atomic import read_bytes, write_bytes

# What the build copies: the web's image formats, told by the file name's suffix.
IMAGE_SUFFIXES = (".avif", ".gif", ".jpeg", ".jpg", ".png", ".svg", ".webp")
# What a path keeps unencoded when written into a page again (RFC 3986's pchar and /).
_KEPT = "/!$&'()*+,;=:@-._~"
# An image's stamp as the build record keeps it: its path under the releases folder, the
# source's size and modification time (-1, -1: no such file), and whether it was copied.
ImageStamp = tuple[str, int, int, int]


def _after_path(src: str) -> int:
    """Where a src's query or fragment starts (its length when it has neither)."""
    ends = [at for at in (src.find("?"), src.find("#")) if at >= 0]
    return min(ends) if ends else len(src)


def relative_path(src: str) -> str | None:
    """The file path (percent-decoded, posix) a relative src names, as written, less its
    query and fragment: None for an address with a scheme, one from the site's root, a
    query or fragment alone (the page itself), or one no file path can be (a backslash,
    a NUL)."""
    src = src[:_after_path(src)]
    if not src or src[0] in "/\\":
        return None
    if ":" in src.partition("/")[0]:  # a scheme (a relative path writes ./a:b)
        return None
    path = unquote(src)
    if "\\" in path or "\0" in path:
        return None
    return path


def release_folder(release: str, releases: str) -> str | None:
    """The folder of the release file `release` under the `releases` folder (both
    absolute), as a posix prefix: "" or "2022/"; None when the file is not under it."""
    if not releases or not release.startswith(releases + os.sep):
        return None
    folder = os.path.dirname(release[len(releases) + 1:])
    return folder.replace(os.sep, "/") + "/" if folder else ""


def image_path(src: str, folder: str) -> str | None:
    """The image a figure's src names, as a normalised posix path under the releases
    folder, for a release in `folder` (`release_folder`); None when the src is left as
    written (see the module's doc)."""
    path = relative_path(src)
    if path is None:
        return None
    path = posixpath.normpath(folder + path)
    if path == ".." or path.startswith(("../", "/")):
        return None
    if any(part.startswith(".") for part in path.split("/")):
        return None  # (a dotfile or dot folder: .git, the build record...)
    if not path.lower().endswith(IMAGE_SUFFIXES):
        return None
    return path


def release_images(srcs: list[str], folder: str | None) -> dict[str, str]:
    """src -> `image_path`, for the srcs of a release's figures that lead to an image
    under the releases folder (the release in `folder`: `release_folder`)."""
    if folder is None:
        return {}
    found = {}
    for src in srcs:
        path = image_path(src, folder)
        if path is not None:
            found[src] = path
    return found


def page_href(path: str, src: str = "") -> str:
    """What a page (one folder below the build folder) writes for an image at `path`
    under the releases folder, copied to the same place under the build folder, with
    the query and fragment of the `src` that named it, as written."""
    return "../" + quote(path, safe=_KEPT) + src[_after_path(src):]


def copy_images(paths: list[str], releases: str, output: str) -> tuple[ImageStamp, ...]:
    """Copy each image (`image_path`s) that exists under `releases` to the same place
    under `output`, atomically; one whose copy has the source's size and modification
    time is left as it is. A file that is a link (or under a folder that is one) leading
    outside the releases folder, or no regular file, is not copied. Returns each image's
    stamp, for the record."""
    stamps = []
    real = None
    for path in sorted(set(paths)):
        source = releases + os.sep + path.replace("/", os.sep)
        try:
            info = os.stat(source)
        except OSError:  # (the one stat of a src that names no file)
            stamps.append((path, -1, -1, 0))
            continue
        if real is None:
            real = os.path.realpath(releases) + os.sep
        copied = (stat.S_ISREG(info.st_mode)
                  and os.path.realpath(source).startswith(real))
        if copied:
            target = output + os.sep + path.replace("/", os.sep)
            if not same_copy(target, info.st_size, info.st_mtime_ns):
                os.makedirs(os.path.dirname(target), exist_ok=True)
                write_bytes(target, read_bytes(source), if_changed=False)
                # The source's time on the copy: how the next build knows it unchanged.
                os.utime(target, ns=(info.st_mtime_ns, info.st_mtime_ns))
        stamps.append((path, info.st_size, info.st_mtime_ns, int(copied)))
    return tuple(stamps)


def same_copy(target: str, size: int, mtime: int) -> bool:
    """Whether `target` is a copy of a source of that size and modification time."""
    try:
        info = os.stat(target)
    except OSError:
        return False
    return info.st_size == size and info.st_mtime_ns == mtime
