#!/usr/bin/env bash
# [communique project copy of ../shared/bench/peers.sh: adds the validate-4-locales step]
# Peer benchmark for XHTML press-release localization: extract (doc -> POT) and
# merge (PO + doc -> localized doc), timed on one generated corpus.
#
# Usage:   bench/peers.sh [N]            (N docs, default 1000)
# Env:     REPS=3            repetitions per step (median reported)
#          TOOLS="..."       which tool functions to run (default: all, see TOOLS below)
#          WORK=/tmp/l10nbench   scratch root (corpus + outputs, wiped per N)
#          VENV=~/.cache/l10n-peers-venv  venv holding translate-toolkit, lxml, polib, babel (setup_peers.sh)
#          STEP_TIMEOUT=900  kill one repetition after this many seconds (row = TIMEOUT)
#          ONE_REP_OVER=240  if the first repetition takes longer than this, do not repeat
#          PO4A_SCRIPTS_MAX_N=1000  skip the per-file po4a-translate loop above this N
# Output:  a Markdown table on stdout; $RESDIR/N<N>.tsv and .md (default $WORK/results); logs in $WORK/N<N>/logs
#
# Each step is run as:  /usr/bin/time -f '%e %M' bash -c "<cmd>"
#   %e = wall seconds, %M = peak RSS (KB) of the largest process in the step.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
N=${1:-1000}
REPS=${REPS:-3}
VENV=${VENV:-$HOME/.cache/l10n-peers-venv}
PY=$VENV/bin/python
export PATH="$VENV/bin:$PATH"       # html2po/po2html/pot2po; system itstool/po4a/gettext stay first-found in /usr/bin
W=${WORK:-/tmp/l10nbench}/N$N
C=$W/corpus
STEP_TIMEOUT=${STEP_TIMEOUT:-900}
ONE_REP_OVER=${ONE_REP_OVER:-240}
PO4A_SCRIPTS_MAX_N=${PO4A_SCRIPTS_MAX_N:-1000}
RESDIR=${RESDIR:-${WORK:-/tmp/l10nbench}/results}
TSV=$RESDIR/N$N.tsv
mkdir -p "$RESDIR"
rm -rf "$W"; mkdir -p "$W/logs"
printf 'tool\tstep\tN\treps\tmedian_s\tdocs_per_s\tpeak_rss_mb\tspread_pct\tstatus\tcheck\tcommand\n' > "$TSV"

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

# ---------------------------------------------------------------- measure
# measure TOOL STEP SETUP CMD [CHECK]
#   SETUP: untimed, eval'd before every repetition (e.g. wipe the output dir)
#   CMD:   timed, run via bash -c under /usr/bin/time
#   CHECK: untimed, eval'd once after the last repetition; its stdout goes in the 'check' column
measure() {
  local tool=$1 step=$2 setup=$3 cmd=$4 check=${5:-}
  local tf=$W/logs/$tool.$step.time lf=$W/logs/$tool.$step.log
  local walls=() rsss=() status=ok r rc line w m
  : > "$lf"
  for ((r = 1; r <= REPS; r++)); do
    eval "$setup"
    /usr/bin/time -f '%e %M' -o "$tf" timeout "$STEP_TIMEOUT" bash -c "$cmd" >> "$lf" 2>&1
    rc=$?
    line=$(tail -n 1 "$tf")
    w=${line% *}; m=${line#* }
    if [ "$rc" = 124 ]; then status="TIMEOUT>${STEP_TIMEOUT}s"; walls+=("$w"); rsss+=("$m"); break; fi
    if [ "$rc" != 0 ]; then status="FAIL(rc=$rc)"; fi
    walls+=("$w"); rsss+=("$m")
    log "$tool/$step N=$N rep $r: ${w}s ${m}KB rc=$rc"
    if [ "$rc" != 0 ]; then break; fi
    if awk -v w="$w" -v t="$ONE_REP_OVER" 'BEGIN{exit !(w > t)}'; then break; fi
  done
  local chk=""
  if [ -n "$check" ]; then chk=$(eval "$check" 2>&1 | tail -n 1); fi
  printf '%s\n' "${walls[@]}" > "$W/logs/.w"; printf '%s\n' "${rsss[@]}" > "$W/logs/.m"
  "$PY" - "$tool" "$step" "$N" "$status" "$chk" "$cmd" "$W/logs/.w" "$W/logs/.m" >> "$TSV" <<'PYEOF'
import statistics, sys
tool, step, n, status, chk, cmd, wf, mf = sys.argv[1:]
walls = [float(x) for x in open(wf).read().split()]
rss = [int(x) for x in open(mf).read().split()]
med = statistics.median(walls)
spread = 100.0 * (max(walls) - min(walls)) / med if med > 0 and len(walls) > 1 else 0.0
dps = int(n) / med if med > 0 else float("inf")
cmd = " ".join(cmd.split())
print("\t".join([tool, step, n, str(len(walls)), "%.2f" % med, "%.1f" % dps,
                 "%.1f" % (statistics.median(rss) / 1024.0), "%.0f" % spread, status,
                 chk.replace("\t", " "), cmd]))
PYEOF
}

# untimed helpers used by the tool functions
pseudo() { "$PY" "$HERE/pseudo_po.py" "$@" 2>> "$W/logs/prep.log"; }  # POT(s) -> fake ja PO(s)
catstat() { "$PY" "$HERE/verify.py" cat "$1"; }                         # entries in catalog(s)
outstat() { "$PY" "$HERE/verify.py" out "$C" "$1"; }                     # files / well-formed / translated %

# ================================================================ TOOLS
# One function per tool.  To add a tool, copy a function such as tool_communique, then add
# its name to TOOLS.  Inside a function: $C = corpus dir (N files pr00000.html...),
# $W = scratch dir, $N = doc count; use `measure TOOL STEP SETUP CMD CHECK` per timed step
# and `pseudo IN.pot OUT.po` to make the fake translation between extract and merge.

tool_communique() {   # communique: the corpus normalised once into a project, then its own steps
  local d=$W/communique
  rm -rf "$d"; mkdir -p "$d"
  printf 'source-locale = "en"\nlocales = ["ja"]\nreleases = "releases"\ncatalogs = "locales"\noutput = "build"\n' > "$d/communique.toml"
  measure communique normalize "rm -rf $d/releases; mkdir -p $d/releases" \
    "cd $d && communique normalize $C/*.html -o releases" "ls $d/releases | wc -l"
  measure communique extract "rm -f $d/locales/*.pot" \
    "cd $d && communique extract" "catstat $d/locales"
  measure communique update "rm -rf $d/locales/ja" \
    "cd $d && communique update --locale ja" "catstat $d/locales/ja"
  pseudo "$d/locales/ja" "$d/ja.pseudo" && rm -rf "$d/locales/ja" && mv "$d/ja.pseudo" "$d/locales/ja"
  measure communique build "rm -rf $d/build" \
    "cd $d && communique build --locale ja" "comstat $d/build/ja"
  measure communique build-nochange "" \
    "cd $d && communique build --locale ja" "comstat $d/build/ja"
  measure communique validate "" \
    "cd $d && communique validate" ""
  # [project copy] issue 7 target: validate a project with FOUR locales.  Untimed setup:
  # the ja pseudo catalogs copied to three more locales, with the Language and
  # Plural-Forms header lines that `communique update` writes for each of them.
  local d4=$W/communique4 loc
  rm -rf "$d4"; mkdir -p "$d4/locales"
  cp -r "$d/releases" "$d4/releases"; cp "$d"/locales/*.pot "$d4/locales/" 2>/dev/null
  printf 'source-locale = "en"\nlocales = ["ja", "ky", "ru", "ar"]\nreleases = "releases"\ncatalogs = "locales"\noutput = "build"\n' > "$d4/communique.toml"
  for loc in ja ky ru ar; do
    (cd "$d4" && communique update --locale "$loc" > /dev/null 2>> "$W/logs/prep.log")
    "$PY" - "$d4/locales/$loc" "$d/locales/ja" "$loc" <<'PYEOF'
import pathlib, shutil, sys
import polib
made, pseudo, loc = sys.argv[1:]
first = next(pathlib.Path(made).rglob("*.po"), None)
plural_forms = polib.pofile(str(first)).metadata.get("Plural-Forms") if first else None
shutil.rmtree(made)
shutil.copytree(pseudo, made)
for path in pathlib.Path(made).rglob("*.po"):
    po = polib.pofile(str(path), wrapwidth=0)
    po.metadata["Language"] = loc
    if plural_forms:
        po.metadata["Plural-Forms"] = plural_forms
    po.save()
PYEOF
  done
  measure communique validate-4-locales "" \
    "cd $d4 && communique validate" "catstat $d4/locales"
}
# output pages of communique: files, and the share of pages carrying the pseudo-translation mark
comstat() { "$PY" -c 'import glob,sys; fs=glob.glob(sys.argv[1]+"/*.html"); fs=[f for f in fs if not f.endswith("index.html")]; n=sum("\u3010JA\u3011" in open(f,encoding="utf-8").read() for f in fs); print("pages=%d translated=%d" % (len(fs), n))' "$1"; }

tool_itstool() {   # itstool 2.0.x, built-in /usr/share/itstool/its/xhtml.its (matches /html:html)
  local d=$W/itstool
  mkdir -p "$d"
  measure itstool extract "rm -rf $d/pot; mkdir -p $d/pot" \
    "itstool -o $d/pot/corpus.pot $C/*.html" "catstat $d/pot/corpus.pot"
  pseudo "$d/pot/corpus.pot" "$d/ja.po"
  measure itstool merge "rm -rf $d/out $d/ja.mo; mkdir -p $d/out" \
    "msgfmt -o $d/ja.mo $d/ja.po && itstool -m $d/ja.mo -o $d/out/ $C/*.html" "outstat $d/out"
}

tool_po4a() {      # po4a unified command driven by po4a.cfg (what the po4a docs tell users to run)
  local d=$W/po4a
  mkdir -p "$d"
  { echo "[po4a_langs] ja"
    echo "[po4a_paths] $d/pot/corpus.pot \$lang:$d/po/\$lang.po"
    for f in "$C"/*.html; do echo "[type: xhtml] $f \$lang:$d/out/\$lang/${f##*/}"; done
  } > "$d/po4a.cfg"
  # extract = parse all masters, write POT, msginit the (absent) ja.po
  measure po4a extract "rm -rf $d/pot $d/po; mkdir -p $d/po" \
    "po4a -q --no-translations --force $d/po4a.cfg" "catstat $d/pot/corpus.pot"
  pseudo "$d/pot/corpus.pot" "$d/po/ja.po"
  measure po4a merge "rm -rf $d/out" \
    "po4a -q --no-update --keep 0 $d/po4a.cfg" "outstat $d/out/ja"
}

tool_po4a_scripts() {  # deprecated per-file scripts: po4a-updatepo (all masters, 1 process), po4a-translate (1 process per doc)
  local d=$W/po4a_scripts
  mkdir -p "$d"
  local masters="" f
  for f in "$C"/*.html; do masters+=" -m $f"; done
  echo "$masters" > "$d/masters.args"
  measure po4a-scripts extract "rm -rf $d/pot; mkdir -p $d/pot" \
    "po4a-updatepo -f xhtml \$(cat $d/masters.args) -p $d/pot/corpus.pot" "catstat $d/pot/corpus.pot"
  if [ "$N" -gt "$PO4A_SCRIPTS_MAX_N" ]; then log "po4a-scripts merge skipped (N > $PO4A_SCRIPTS_MAX_N)"; return; fi
  pseudo "$d/pot/corpus.pot" "$d/ja.po"
  measure po4a-scripts merge "rm -rf $d/out; mkdir -p $d/out" \
    "for f in $C/*.html; do po4a-translate -f xhtml -m \$f -p $d/ja.po -l $d/out/\${f##*/} -k 0 || exit 1; done" \
    "outstat $d/out"
}

tool_ttk() {       # Translate Toolkit html2po / po2html, directory mode (one POT per doc)
  local d=$W/ttk
  mkdir -p "$d"
  measure ttk extract "rm -rf $d/pot" \
    "html2po -P --progress=none $C $d/pot" "catstat $d/pot"
  pseudo "$d/pot" "$d/po"
  measure ttk merge "rm -rf $d/out" \
    "po2html --progress=none -t $C -i $d/po -o $d/out" "outstat $d/out"
}

tool_gettext() {   # GNU gettext reference: catalog merge/compile on the corpus-wide catalog
  local d=$W/gettext
  mkdir -p "$d"
  "$PY" "$HERE/floor_segments.py" "$C" "$d/segments.tsv" 2>> "$W/logs/prep.log"
  "$PY" "$HERE/floor_po.py" write-polib "$d/segments.tsv" "$d/new.pot" 2>> "$W/logs/prep.log"
  pseudo --perturb-every 10 "$d/new.pot" "$d/old.po"   # older translation: 10% msgids differ
  pseudo "$d/new.pot" "$d/ja.po"
  measure gettext msgmerge "rm -f $d/m.po" "msgmerge -q -o $d/m.po $d/old.po $d/new.pot" "catstat $d/m.po"
  measure gettext msgmerge-N "rm -f $d/m.po" "msgmerge -q -N -o $d/m.po $d/old.po $d/new.pot" "catstat $d/m.po"
  measure gettext msgfmt "rm -f $d/ja.mo" "msgfmt -o $d/ja.mo $d/ja.po" ""
  measure ttk pot2po "rm -f $d/p.po" "pot2po --progress=none -t $d/old.po -i $d/new.pot -o $d/p.po" "catstat $d/p.po"
}

tool_floor() {     # FLOOR: what any Python tool must pay (lxml round trip; PO write/read)
  local d=$W/floor
  mkdir -p "$d"
  measure floor lxml-roundtrip "rm -rf $d/out" \
    "$PY $HERE/floor_lxml.py $C $d/out" "outstat $d/out"
  "$PY" "$HERE/floor_segments.py" "$C" "$d/segments.tsv" 2>> "$W/logs/prep.log"
  measure floor polib-write-pot "rm -f $d/p.pot" \
    "$PY $HERE/floor_po.py write-polib $d/segments.tsv $d/p.pot" "catstat $d/p.pot"
  measure floor babel-write-pot "rm -f $d/b.pot" \
    "$PY $HERE/floor_po.py write-babel $d/segments.tsv $d/b.pot" "catstat $d/b.pot"
  pseudo "$d/p.pot" "$d/ja.po"
  measure floor polib-read-po "" "$PY $HERE/floor_po.py read-polib $d/ja.po" ""
  measure floor babel-read-po "" "$PY $HERE/floor_po.py read-babel $d/ja.po" ""
  measure floor python-startup "" "$PY -c pass" ""
}

TOOLS=${TOOLS:-"floor itstool po4a po4a_scripts ttk gettext communique"}
# ===================================================================== main
log "corpus: N=$N -> $C"
"$PY" "$HERE/make_corpus.py" "$N" "$C"
log "corpus: $(du -sh "$C" | cut -f1), $(cat "$C"/*.html | wc -c) bytes"
for t in $TOOLS; do
  log "== $t"
  "tool_$t"
done

# ---------------------------------------------------------------- report
"$PY" - "$TSV" > "$RESDIR/N$N.md" <<'PYEOF'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
print("| tool | step | N docs | reps | median wall s | docs/s | peak RSS MB | spread % | status | check |")
print("|---|---|---:|---:|---:|---:|---:|---:|---|---|")
for r in rows:
    print("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
        r["tool"], r["step"], r["N"], r["reps"], r["median_s"], r["docs_per_s"],
        r["peak_rss_mb"], r["spread_pct"], r["status"], r["check"]))
PYEOF
cat "$RESDIR/N$N.md"
