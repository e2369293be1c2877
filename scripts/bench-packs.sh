#!/usr/bin/env bash
# Benchmark (not a test): how many bytes a content update costs. A pack update ships as a
# delta (`mirai-pack diff`: zstd -19 with the old pack's tar as prefix), so the question is
# whether a 5 % content edit stays at or below 10 % of the full pack, and how the delta
# compares with bsdiff (on the pack files, and on the uncompressed tars) and with the zstd
# CLI's own `--patch-from`.
#
# Two pairs are measured: the default pack (content/default), and a synthetic pack of the
# default content plus ARTICLES generated articles (sentences of the default pack and of the
# app's messages in all nine languages, drawn at random with their words shuffled, so the text
# is varied rather than repeated). For each pair, about 5 % of the content bytes are replaced:
# every other paragraph of randomly chosen articles, in every language, rewritten the same
# way; pack.json's version goes up by one. Both versions are built and signed with the
# development keys (content/dev-keys) at the CLI's default level.
#
# "apply" is what `mirai_pack::apply_delta` does, with the zstd CLI on the same library:
# decompress the old pack, decode the delta with the old tar as prefix, SHA-256 the result,
# compress it at level 3 (the result is compared with the new pack's tar). Times are medians
# of RUNS runs (wall clock), peak memory is the largest RSS.
#
# Usage: scripts/bench-packs.sh [ARTICLES] [RUNS]   (default 250 and 3; prints Markdown tables)
source "$(dirname "$0")/lib.sh"
ARTICLES=${1:-250}
RUNS=${2:-3}
ensure_packages bsdiff zstd time python3
(cd "$ROOT" && cargo build --release --locked -p mirai-pack-cli --quiet)
PACK="$CARGO_TARGET_DIR/release/mirai-pack"
KEYS="$ROOT/content/dev-keys"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# synth OUT N: the default content plus N generated articles. edit DIR: replaces about 5 % of
# the content bytes and bumps the version; prints the share of bytes and the articles touched.
content() {
  python3 - "$ROOT" "$@" <<'PY'
import json, pathlib, random, re, sys
root, command, out = pathlib.Path(sys.argv[1]), sys.argv[2], pathlib.Path(sys.argv[3])
LANGS = ["ja", "en", "zh", "vi", "tl", "id", "my", "pt", "es"]
rng = random.Random(7)
pools = {l: [] for l in LANGS}

def add(lang, text):
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    for line in text.splitlines():
        line = re.sub(r"^(## |- )", "", line.strip())
        for s in re.split(r"(?<=[.!?。！？။])\s*", line):
            if len(s) > 8 and not (s.isascii() and " " not in s):  # not an id
                pools[lang].append(s)

def walk(v):
    if isinstance(v, dict):
        for k, x in v.items():
            if k in pools and isinstance(x, str):
                add(k, x)
            elif k in pools and isinstance(x, dict):
                for y in x.values():
                    if isinstance(y, str):
                        add(k, y)
            else:
                walk(x)
    elif isinstance(v, list):
        for x in v:
            walk(x)

for f in sorted((root / "content/default").glob("*/*.json")):
    walk(json.loads(f.read_text()))
for lang in LANGS:
    for f in sorted((root / "locales" / lang).glob("*.ftl")):
        for m in re.finditer(r"(?m)^[a-z][\w-]* = (.+)$", f.read_text()):
            add(lang, re.sub(r"\{[^}]*(\}|$)", "", m.group(1)))  # placeables, even unclosed

def sentence(lang):
    s = rng.choice(pools[lang])
    if " " in s:
        words, sep = s.split(), " "
    else:
        words, sep = re.findall(r"\{[^}]*\}[^\s{]?|[^\s{]{1,2}", s), ""
    head = words[:-1]
    rng.shuffle(head)
    return sep.join(head + words[-1:])

def short(lang, limit):
    while len(s := sentence(lang)) > limit:
        pass
    return s

def paragraph(lang, size):
    out = sentence(lang)
    while len(out.encode()) < size:
        out += " " + sentence(lang)
    return out

def article(i):
    text = {}
    for lang in LANGS:
        blocks = []
        for j in range(rng.randint(6, 10)):
            if j % 4 == 3:
                blocks.append("## " + short(lang, 80))
            elif rng.random() < 0.2:
                blocks.append("\n".join("- " + sentence(lang) for _ in range(rng.randint(2, 4))))
            else:
                blocks.append(paragraph(lang, rng.randint(100, 400)))
        text[lang] = {"title": short(lang, 150), "summary": short(lang, 390), "body": "\n\n".join(blocks)}
    return {
        "id": f"synthetic-{i:04d}",
        "category": rng.choice(["top", "before-coming", "working", "studying", "living", "trouble"]),
        "reviewed": "2026-11-23",
        "sources": [{"title": "Immigration Services Agency of Japan", "url": f"https://www.moj.go.jp/isa/{i}.html"}],
        "related": [f"synthetic-{rng.randrange(i + 1):04d}"],
        "directory": [rng.choice(["police-110", "fire-ambulance-119", "houterasu-multilingual"])],
        "text": text,
    }

def dump(path, value):
    path.write_text(json.dumps(value, ensure_ascii=False, indent=2) + "\n")

if command == "synth":
    for i in range(int(sys.argv[4])):
        dump(out / "articles" / f"synthetic-{i:04d}.json", article(i))
elif command == "edit":
    files = sorted((out / "articles").glob("*.json"))
    total = sum(f.stat().st_size for f in out.glob("*/*.json"))
    rng.shuffle(files)
    edited = touched = 0
    for f in files:
        if edited >= 0.05 * total:
            break
        a, touched = json.loads(f.read_text()), touched + 1
        bodies = {lang: t["body"].split("\n\n") for lang, t in a["text"].items()}
        for j in range(0, max(map(len, bodies.values())), 2):
            for lang, blocks in bodies.items():
                if edited < 0.05 * total and j < len(blocks) and not blocks[j].startswith(("## ", "- ")):
                    edited += len(blocks[j].encode())
                    blocks[j] = paragraph(lang, len(blocks[j].encode()))
        for lang, blocks in bodies.items():
            a["text"][lang]["body"] = "\n\n".join(blocks)
        a["reviewed"] = "2026-12-01"
        dump(f, a)
    meta = json.loads((out / "pack.json").read_text())
    meta["version"] += 1
    dump(out / "pack.json", meta)
    print(f"{100 * edited / total:.1f} % of {total} content bytes, in {touched} of {len(files)} articles")
PY
}

build() {
  "$PACK" build "$1" --out "$scratch/unsigned.mpk"
  "$PACK" sign "$scratch/unsigned.mpk" --keys "$KEYS/keys.json" --key "$KEYS/content-1.secret" --out "$2"
  "$PACK" verify "$2" --anchor "$KEYS/anchor.json" >/dev/null
}

# timed CMD...: runs CMD RUNS times; prints the median wall time in ms and the peak RSS in MiB.
timed() {
  local times=() rss=0 start
  for _ in $(seq 1 "$RUNS"); do
    start=$(date +%s%N)
    if ! /usr/bin/time -f %M -o "$scratch/rss" "$@" >/dev/null 2>"$scratch/stderr"; then
      cat "$scratch/stderr" >&2
      exit 1
    fi
    times+=($((($(date +%s%N) - start) / 1000000)))
    rss=$(( $(tail -1 "$scratch/rss") > rss ? $(tail -1 "$scratch/rss") : rss ))
  done
  echo "$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}') ms, $((rss / 1024)) MiB"
}

size() { stat -c %s "$1"; }
share() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f %%", 100 * a / b }'; }

# The app's apply, with the zstd CLI: old pack → old tar; delta body (after the 12-byte magic
# and length and the JSON header) decoded against it; SHA-256; compressed at level 3.
apply_like_app() {
  local old=$1 delta=$2 header
  header=$(od -An -tu4 -j8 -N4 "$delta" | tr -d ' ')
  zstd -q -d -f "$old" -o "$scratch/apply-old.tar"
  tail -c +$((13 + header)) "$delta" | zstd -q -d -f --long=31 --patch-from="$scratch/apply-old.tar" -o "$scratch/apply-new.tar"
  sha256sum "$scratch/apply-new.tar" >/dev/null
  zstd -q -3 -f "$scratch/apply-new.tar" -o "$scratch/apply-new.mpk"
}
export -f apply_like_app
export scratch

measure() {
  local name=$1 dir=$2 d=$scratch/$1
  mkdir -p "$d"
  build "$dir" "$d/v1.mpk"
  local edit
  edit=$(content edit "$dir")
  build "$dir" "$d/v2.mpk"
  zstd -q -d "$d/v1.mpk" -o "$d/v1.tar"
  zstd -q -d "$d/v2.mpk" -o "$d/v2.tar"
  local full content_bytes
  full=$(size "$d/v2.mpk")
  content_bytes=$("$PACK" inspect "$d/v2.mpk" | awk '$1 == "files" { print substr($3, 2) }')
  echo
  echo "#### $name: $content_bytes content bytes, ×$(awk -v a="$content_bytes" -v b="$full" 'BEGIN { printf "%.1f", a / b }') in the pack; edit: $edit"
  echo
  echo "| what | bytes | share of the full v2 pack | make | apply |"
  echo "|---|---|---|---|---|"
  echo "| full v2 pack (zstd -19, signed) | $full | 100 % | | |"
  local make apply
  make=$(timed "$PACK" diff "$d/v1.mpk" "$d/v2.mpk" --out "$d/delta.mpd")
  apply=$(timed bash -c 'apply_like_app "$0" "$1"' "$d/v1.mpk" "$d/delta.mpd")
  cmp -s "$scratch/apply-new.tar" "$d/v2.tar" || { echo "the delta did not rebuild v2" >&2; exit 1; }
  local header
  header=$((12 + $(od -An -tu4 -j8 -N4 "$d/delta.mpd" | tr -d ' ')))
  echo "| **mirai-pack diff** ($header bytes of it header) | **$(size "$d/delta.mpd")** | **$(share "$(size "$d/delta.mpd")" "$full")** | $make | $apply |"
  make=$(timed zstd -q -f -19 --long=31 --patch-from="$d/v1.tar" "$d/v2.tar" -o "$d/v2.patch.zst")
  apply=$(timed zstd -q -d -f --long=31 --patch-from="$d/v1.tar" "$d/v2.patch.zst" -o "$d/v2.check.tar")
  echo "| peer: zstd -19 --patch-from, on the tars | $(size "$d/v2.patch.zst") | $(share "$(size "$d/v2.patch.zst")" "$full") | $make | $apply |"
  make=$(timed bsdiff "$d/v1.tar" "$d/v2.tar" "$d/tar.bsdiff")
  apply=$(timed bspatch "$d/v1.tar" "$d/v2.check.tar" "$d/tar.bsdiff")
  echo "| peer: bsdiff, on the tars | $(size "$d/tar.bsdiff") | $(share "$(size "$d/tar.bsdiff")" "$full") | $make | $apply |"
  make=$(timed bsdiff "$d/v1.mpk" "$d/v2.mpk" "$d/mpk.bsdiff")
  apply=$(timed bspatch "$d/v1.mpk" "$d/v2.check.mpk" "$d/mpk.bsdiff")
  echo "| peer: bsdiff, on the pack files | $(size "$d/mpk.bsdiff") | $(share "$(size "$d/mpk.bsdiff")" "$full") | $make | $apply |"
}

cp -r "$ROOT/content/default" "$scratch/default"
cp -r "$ROOT/content/default" "$scratch/synthetic"
content synth "$scratch/synthetic" "$ARTICLES"
echo "mirai-pack diff against bsdiff and zstd --patch-from; make and apply: median of $RUNS runs, peak RSS"
measure "default pack" "$scratch/default"
measure "synthetic pack ($ARTICLES generated articles)" "$scratch/synthetic"
