#!/usr/bin/env bash
# Rule dates for RuleCarryReview (issue 15, branch ruleaudit): for every id of the claim yaml files
# (src/main/resources/org/exokg/claim/*.yaml: rules, remappings, cues, focus entries, ...) and for every further id
# named on the command line (rules and suffixes written in Java: the id followed by a double quote is searched in
# src/main/java), one line
#   id <TAB> first commit <TAB> its author date <TAB> development sets the commit had seen
#      <TAB> development sets seen by the commits that last changed the entry's lines as they stand now (git blame;
#            yaml entries only, from its "id:" line to the next entry; a Java id repeats the first commit's sets)
# where "had seen" means: the set's promotion commit (its texts and gold arriving under documents/heldout and gold/)
# is an ancestor of the commit (or is the commit). A set the rule's first commit had not seen is out-of-sample for
# the rule. Only development sets (seed .. blind 44) are dated; nothing under sealed/ is read.
# The ids of an existing docs/rule-first-commits.tsv are dated again too (the Java ids are not found otherwise), so
# write to another file first: RuleCarryReview prints the ids it cannot date as UNDATED lines; give those as arguments.
# Usage (repository root): .ci/rule-first-commits.sh [java-id ...] > /tmp/dates.tsv && mv /tmp/dates.tsv docs/rule-first-commits.tsv
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -f docs/rule-first-commits.tsv ]; then
  set -- "$@" $(tail -n +2 docs/rule-first-commits.tsv | cut -f1)
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# promotion commit of each development set (the earliest commit adding its gold or its texts)
promo() { git log --diff-filter=A --format=%H -- "$@" | tail -1; }
{
  echo "seed corpus	$(promo src/test/resources/gold/corpus-claims.tsv)"
  echo "held-out	$(promo src/test/resources/gold/heldout-claims.tsv)"
  echo "blind 1	$(promo src/test/resources/gold/heldout-blind-claims.tsv)"
  for n in 2 3 4; do echo "blind $n	$(promo src/test/resources/gold/heldout-blind$n-claims.tsv)"; done
  for n in $(seq 5 44); do echo "blind $n	$(promo "src/test/resources/documents/heldout/blind$n-*")"; done
} > "$tmp/promotions"
# commits that descend from each promotion (the set was development data in their tree)
while IFS=$'\t' read -r set commit; do
  [ -n "$commit" ] || { echo "rule-first-commits: no promotion commit for $set" >&2; exit 1; }
  { echo "$commit"; git rev-list --ancestry-path "$commit..HEAD"; } > "$tmp/desc-${set// /_}"
done < "$tmp/promotions"

# first commit adding each yaml id (non-merge commits, oldest first)
git log --reverse --no-merges --format='@@ %H' -p -U0 -- 'src/main/resources/org/exokg/claim/*.yaml' \
  | awk '/^@@ [0-9a-f]+$/ {c=$2; next}
         /^\+[ \t]*(- )?id:[ \t]*[A-Za-z0-9_.:-]+/ { sub(/^\+[ \t]*(- )?id:[ \t]*/, ""); sub(/[ \t#].*/, "");
           if (!($0 in seen)) { seen[$0]=1; print $0 "\t" c } }' > "$tmp/firsts"
# ids written in Java: the first commit whose src/main/java diff adds the quoted id
for id in "$@"; do
  grep -q "^$id	" "$tmp/firsts" && continue
  c=$(git log --reverse --no-merges --format=%H -S"$id\"" -- src/main/java | sed -n 1p)
  [ -n "$c" ] && printf '%s\t%s\n' "$id" "$c" >> "$tmp/firsts" || echo "rule-first-commits: $id not found in src/main/java" >&2
done

# the commits of each yaml entry's lines at HEAD (id <TAB> commit, one line per distinct pair)
for f in src/main/resources/org/exokg/claim/*.yaml; do
  git blame --line-porcelain HEAD -- "$f" \
    | awk '/^[0-9a-f]+ [0-9]+ [0-9]+/ {c=$1; next}
           /^\t/ { line=substr($0, 2)
                   if (line ~ /^[ ]*- id:[ ]*[A-Za-z0-9_.:-]+/) { id=line; sub(/^[ ]*- id:[ ]*/, "", id); sub(/[ \t#].*/, "", id) }
                   else if (line ~ /^[A-Za-z]/) { id="" }
                   if (id != "" && !((id, c) in seen)) { seen[id, c]=1; print id "\t" c } }'
done > "$tmp/blamed"
seen_by() {  # the development sets commit $1 had seen, comma-separated (cached)
  local key="$tmp/seen-$1"
  if [ ! -f "$key" ]; then
    local seen=""
    while IFS=$'\t' read -r set _; do
      grep -qx "$1" "$tmp/desc-${set// /_}" && seen="${seen:+$seen,}$set"
    done < "$tmp/promotions"
    printf '%s' "$seen" > "$key"
  fi
  cat "$key"
}

printf 'id\tfirst_commit\tdate\tseen_sets\tedit_seen_sets\n'
while IFS=$'\t' read -r id commit; do
  seen=$(seen_by "$commit")
  edits="$seen"
  while IFS=$'\t' read -r _ c; do
    edits="$edits,$(seen_by "$c")"
  done < <(awk -F'\t' -v id="$id" '$1 == id' "$tmp/blamed")
  edits=$(printf '%s' "$edits" | tr ',' '\n' | awk 'NF && !s[$0]++' | paste -sd, -)
  printf '%s\t%s\t%s\t%s\t%s\n' "$id" "${commit:0:8}" "$(git log -1 --format=%ad --date=format:'%Y-%m-%dT%H:%M' "$commit")" \
    "$seen" "$edits"
done < "$tmp/firsts"
