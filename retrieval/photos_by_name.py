"""A shop's photos found by their file names, for an export that names none (Tiendanube's CSV, Square's
item library, Lightspeed X-Series' product export, a hand-made CSV): the owner hands Facet the export and a folder of photos, each named after its product.

An item that names no photo of its own is given the image files in the photo folder (`--images`, else
the catalog's folder) and in its subfolders named by `images.by_name_folders` ("images", "photos", ...)
whose name, folded as Facet folds a handle (case, accents, spaces and underscores as hyphens:
retrieval/formats.py `slug`), is the item's handle, its id, a record number its format gives it (Odoo's
template database id: "17.jpg", as its website serves the photo at /web/image/product.template/17/...),
one of its variants' SKUs or the SKU stem its
variants share before their option suffixes ("NB-1040.jpg" for variants "NB-1040-K", "NB-1040-L": a
shop files one photo per item under that stem): "anillo-sol-oro-18k.jpg", "AN_104.PNG". Further photos follow in their number's order:
"anillo-sol-oro-18k-2.jpg", "..._3.jpg", "... (4).jpg" (all fold to "<name>-<number>"). A handle or id
wins a name over another item's SKU; a name two items claim alike is no one's. Only files inside the
photo folder once symlinks are followed are taken; nothing else is read here (the photos are decoded
by retrieval/images.py, which reports one that is not an image). Only a catalog that names no photo at
all is looked up so: where the owner named photos, an item naming none has none (a photo cleared from
a row stays cleared, even with a file of its name beside the catalog), and one whose named photo was
refused keeps none (its warning says why).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from retrieval.config import ImagesConfig
from retrieval.product import slug
from retrieval.item import Item

FOUND_BY_NAME = "found by name"  # the import report's status for such a photo
# After folding, "ring-2", "ring_2" and "ring (2)" are all "ring-2": the ring's second photo.
NUMBERED = re.compile(r"(?P<name>.+)-(?P<number>\d+)")
# What parts a SKU: a stem and its option suffix ("NB-1040-Y9", "AN_104/18").
SKU_PARTS = re.compile(r"[-_./\s]+")
SKU_STEM = "SKU stem"
RECORD_NUMBER = "record number"  # a name its format gives it besides its handle and id: Odoo's template database id
FIRST = 0  # the bare name's place among its numbered photos ("ring" before "ring-1", "ring-2")


@dataclass
class NamedPhotos:
    """What the by-name pass did: nothing (`looked` false) when it is off or every item named its photos."""

    folder: Path | None = None
    folder_name: str = ""
    looked: bool = False
    found: dict[str, list[Path]] = field(default_factory=dict)  # item id -> its photo files, its photo first
    named_by: dict[str, str] = field(default_factory=dict)  # item id -> what the first file is named by ("handle 'x'")
    unmatched: list[str] = field(default_factory=list)  # image files (relative to the folder) no item's name matches
    refused: list[str] = field(default_factory=list)  # image files leading outside the folder: not read

    def shown(self, path: Path) -> str:
        """A photo file as the owner sees it: relative to the photo folder."""
        return path.relative_to(self.folder).as_posix() if self.folder and path.is_relative_to(self.folder) else path.name


def photos_by_name(items: list[Item], named: set[str], folder: Path, folder_name: str, config: ImagesConfig,
                   other_names: dict[str, list[str]] | None = None) -> tuple[list[Item], NamedPhotos]:  # fmt: skip
    """The items with photos found by name where they named none (ids in `named` named one, even a
    refused one), and what was found. `other_names`: item id -> the record numbers its format files its
    photos under besides its handle and id (Odoo's template database id), names of its own like them."""
    wanting = [item for item in items if not item.image and item.id not in named]
    if named or len(wanting) < len(items):  # the catalog names photos: one naming none has none, as its owner wrote it
        return items, NamedPhotos()
    if not config.by_name or not wanting or not folder.is_dir():
        return items, NamedPhotos(looked=bool(config.by_name and wanting))
    root = folder.resolve()
    result = NamedPhotos(folder=root, folder_name=folder_name, looked=True)
    files = _image_files(root, config, result)
    owners = _names(items, other_names or {})
    claimed: dict[str, list[tuple[int, int, str, Path]]] = {}  # item id -> (key order, number, name, file)
    taken = {Path(item.image).resolve() for item in items if item.image and not item.image_is_url()}
    for path in files:
        match = _owner(slug(path.stem), owners)
        if match is None:
            if path.resolve() not in taken:
                result.unmatched.append(result.shown(path))
            continue
        item_id, rank, number, said = match
        claimed.setdefault(item_id, []).append((rank, number, said, path))
    by_id = {item.id: item for item in wanting}
    found = []
    for item in items:
        photos = sorted(claimed.get(item.id, []), key=lambda claim: (claim[0], claim[1], claim[3].name))
        if item.id not in by_id or not photos:
            found.append(item)
            continue
        paths = list(dict.fromkeys(path.resolve() for *_, path in photos))
        result.found[item.id], result.named_by[item.id] = paths, photos[0][2]
        found.append(item.model_copy(update={"image": str(paths[0]), "images": [str(path) for path in paths[1:]]}))
    return found, result


def _image_files(root: Path, config: ImagesConfig, result: NamedPhotos) -> list[Path]:
    """The image files in the folder and its by-name subfolders, by name; one leading outside the folder is refused."""
    extensions = {f".{extension}" for extension in config.by_name_extensions}
    files = []
    for place in ("", *config.by_name_folders):
        where = root / place
        if not where.is_dir() or not where.resolve().is_relative_to(root):
            continue
        for path in sorted(where.iterdir(), key=lambda entry: entry.name):
            if path.suffix.lower() not in extensions:
                continue
            if not path.resolve().is_relative_to(root):
                result.refused.append(result.shown(path))
            elif path.is_file():
                files.append(path)
    return files


def _names(items: list[Item], other_names: dict[str, list[str]]) -> dict[str, tuple[str, int, str]]:
    """Each folded name -> (its item's id, its rank among that item's names, what it is: "handle 'x'").
    Handles, ids and record numbers first; a SKU only where none of those holds the name; a name two items claim alike is dropped."""
    owners: dict[str, tuple[str, int, str]] = {}
    not_own = _stems_of_others(items)
    own = lambda item: _own_names(item) + [(RECORD_NUMBER, name) for name in other_names.get(item.id, [])]  # noqa: E731
    for tier in (own, _sku_names):
        tier_names: dict[str, tuple[str, int, str]] = {}
        contested: set[str] = set()
        for item in items:
            ranked = own(item) + _sku_names(item)
            for kind, written in tier(item):
                key = slug(written)
                if not key or key in owners or (kind == SKU_STEM and (item.id, key) in not_own):
                    continue
                if key in tier_names and tier_names[key][0] != item.id:
                    contested.add(key)
                tier_names.setdefault(key, (item.id, ranked.index((kind, written)), f"{kind} {written!r}"))
        owners |= {key: owner for key, owner in tier_names.items() if key not in contested}
    return owners


def _own_names(item: Item) -> list[tuple[str, str]]:
    return [(kind, name) for kind, name in (("handle", item.handle), ("id", item.id)) if name]


def _sku_names(item: Item) -> list[tuple[str, str]]:
    skus = list(dict.fromkeys(variant.sku for variant in item.variants if variant.sku))
    stem = _sku_stem(skus)
    return [("SKU", sku) for sku in skus] + ([(SKU_STEM, stem)] if stem else [])


def _stems_of_others(items: list[Item]) -> set[tuple[str, str]]:
    """(item id, folded stem) for each item's SKU stem that another item's SKU also begins with: a shop's
    prefix ("NB" of "NB-1040" and "NB-1041"), no one item's name. One pass over every SKU's leading
    parts, not each stem against every other item's SKUs (a 100k-item export would take hours)."""
    begun_by: dict[tuple[str, ...], set[str]] = {}  # a run of leading parts -> the items (two are enough) whose SKUs begin so
    for item in items:
        for variant in item.variants:
            parts = tuple(slug(variant.sku).split("-")) if variant.sku else ()
            for end in range(1, len(parts) + 1):
                owners = begun_by.setdefault(parts[:end], set())
                if len(owners) < 2:
                    owners.add(item.id)
    shared = set()
    for item in items:
        stem = _sku_stem([variant.sku for variant in item.variants if variant.sku])
        if stem and begun_by.get(tuple(slug(stem).split("-")), set()) - {item.id}:
            shared.add((item.id, slug(stem)))
    return shared


def _sku_stem(skus: list[str]) -> str:
    """The whole parts two or more SKUs begin with alike, fewer than any of them has ("NB-1040" for
    "NB-1040-K" and "NB-1040-L"); "" when they share none or there is only one SKU."""
    skus = list(dict.fromkeys(sku.strip() for sku in skus if sku.strip()))
    if len(skus) < 2:
        return ""
    parted = [SKU_PARTS.split(sku) for sku in skus]
    shared = 0
    while all(len(parts) > shared + 1 for parts in parted) and len({parts[shared].casefold() for parts in parted}) == 1:
        shared += 1
    if not shared:
        return ""
    ends = [match.start() for match in SKU_PARTS.finditer(skus[0])]
    return skus[0][: ends[shared - 1]]


def _owner(stem: str, owners: dict[str, tuple[str, int, str]]) -> tuple[str, int, int, str] | None:
    """(item id, name rank, photo number, what it is named by) for a folded file name, or None."""
    if stem in owners:
        item_id, rank, said = owners[stem]
        return item_id, rank, FIRST, said
    numbered = NUMBERED.fullmatch(stem)
    if numbered and numbered["name"] in owners:
        item_id, rank, said = owners[numbered["name"]]
        return item_id, rank, int(numbered["number"]), said
    return None


def by_name_notes(result: NamedPhotos, items: list[Item], shown: int) -> tuple[list[str], list[str]]:
    """(warnings, notes) for the owner: photo files no item's name matches (the first `shown` named)
    or refused, how many photos were found by name, and how many items have no photo at all."""
    if not result.looked:
        return [], []
    warnings, notes = [], []
    if result.unmatched:
        more = f" and {len(result.unmatched) - shown} more" if len(result.unmatched) > shown else ""
        warnings.append(f"{len(result.unmatched)} photo file{_s(result.unmatched)} in {result.folder_name} {'match' if len(result.unmatched) != 1 else 'matches'} no item's handle, id "
                        f"or SKU ({', '.join(result.unmatched[:shown])}{more}): name each after its product's handle or SKU")  # fmt: skip
    if result.refused:
        warnings.append(f"{len(result.refused)} photo file{_s(result.refused)} in {result.folder_name} {'lead' if len(result.refused) != 1 else 'leads'} outside it: "
                        f"not read ({', '.join(result.refused[:shown])})")  # fmt: skip
    if result.found:
        photos = sum(len(paths) for paths in result.found.values())
        notes.append(f"{photos} photo{'s' if photos != 1 else ''} found by name in {result.folder_name} for {len(result.found)} "
                     f"item{_s(list(result.found))} naming none (the import report says which file)")  # fmt: skip
    bare = [item.id for item in items if not item.image]
    if bare:
        such = ", ".join(bare[:shown]) + (f" and {len(bare) - shown} more" if len(bare) > shown else "")
        notes.append(f"{len(bare)} item{_s(bare)} {'have' if len(bare) != 1 else 'has'} no photo at all ({such}): searched by "
                     "text only; a photo named after its handle or SKU in the photo folder gives it one")  # fmt: skip
    return warnings, notes


def _s(things: list) -> str:
    return "s" if len(things) != 1 else ""
