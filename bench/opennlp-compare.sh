#!/bin/sh
# Dramatis's tagger side by side with Apache OpenNLP's name finder (Debian package `opennlp`): both trained
# on CoNLL-2003 eng.train, both scored on eng.testa by the same scorer (../shared/tools/conlleval.py), with
# both throughputs (tokens per second of tagging the 51k dev tokens, wall clock; OpenNLP's includes JVM start).
# Not run in CI. Usage: bench/opennlp-compare.sh [path/to/dramatis-cli]   (env DRAMATIS_DATA_DIR, ITERATIONS)
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
cli=${1:-$here/build/app/dramatis-cli}
data=${DRAMATIS_DATA_DIR:-$here/../shared/data}
conll=$data/ner/conll2003
scorer=$here/../shared/tools/conlleval.py
[ -f "$scorer" ] || scorer=$data/../tools/conlleval.py
iterations=${ITERATIONS:-100}
command -v opennlp >/dev/null || { echo "opennlp not installed (apt-get install opennlp)" >&2; exit 2; }
[ -x "$cli" ] || { echo "no dramatis-cli at $cli" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

now() { date +%s.%N; }
tokens=$(grep -v -e '^-DOCSTART-' -e '^[[:space:]]*$' "$conll/eng.testa" | wc -l)

# Dramatis (the shipped model; retrain with `dramatis-cli train` for a like-for-like run).
t0=$(now)
"$cli" tag --conll "$conll/eng.testa" > "$work/dramatis.out"
t1=$(now)
dramatis_f1=$(python3 "$scorer" < "$work/dramatis.out" | sed -n 's/.*FB1: *\([0-9.]*\)$/\1/p' | head -1)

# OpenNLP: train (conll03 format, all four types), tag one sentence per line, map its markup back to BIO.
opennlp TokenNameFinderTrainer.conll03 -model "$work/opennlp.bin" -lang eng -types per,loc,org,misc \
    -data "$conll/eng.train" -encoding UTF-8 -params /dev/stdin > "$work/train.log" 2>&1 <<PARAMS
Algorithm=MAXENT
Iterations=$iterations
Cutoff=0
PARAMS
python3 - "$conll/eng.testa" > "$work/sentences.txt" <<'PY'
import sys
sent = []
for line in open(sys.argv[1], encoding='utf-8'):
    f = line.split()
    if not f or f[0] == '-DOCSTART-':
        if sent:
            print(' '.join(sent)); sent = []
        continue
    sent.append(f[0])
if sent:
    print(' '.join(sent))
PY
t2=$(now)
opennlp TokenNameFinder "$work/opennlp.bin" < "$work/sentences.txt" > "$work/opennlp.tagged" 2> "$work/tag.log"
t3=$(now)
python3 - "$conll/eng.testa" "$work/opennlp.tagged" > "$work/opennlp.out" <<'PY'
import re, sys
tagged = [l.rstrip('\n') for l in open(sys.argv[2], encoding='utf-8') if l.strip()]
TYPES = {'person': 'PER', 'location': 'LOC', 'organization': 'ORG', 'misc': 'MISC'}
def bio(line):
    out, typ, first = [], None, False
    for tok in line.split(' '):
        m = re.match(r'<START:(\w+)>$', tok)
        if m:
            typ, first = TYPES.get(m.group(1).lower(), m.group(1).upper()), True
        elif tok == '<END>':
            typ = None
        elif tok:
            out.append(('B-' if first else 'I-') + typ if typ else 'O')
            first = False
    return out
k = 0; pending = []
for line in open(sys.argv[1], encoding='utf-8'):
    f = line.split()
    if not f:
        print(); continue
    if f[0] == '-DOCSTART-':
        print(line.rstrip('\n') + ' O'); continue
    if not pending:
        pending = bio(tagged[k]); k += 1
    print(line.rstrip('\n') + ' ' + pending.pop(0))
PY
opennlp_f1=$(python3 "$scorer" < "$work/opennlp.out" | sed -n 's/.*FB1: *\([0-9.]*\)$/\1/p' | head -1)

echo "eng.testa ($tokens tokens), conlleval overall FB1 and tagging throughput:"
python3 -c "
import sys
d, o = float('$t1') - float('$t0'), float('$t3') - float('$t2')
print('  Dramatis  F1 %6s  %10.0f tokens/s  (%.2f s, includes model load)' % ('$dramatis_f1', $tokens / d, d))
print('  OpenNLP   F1 %6s  %10.0f tokens/s  (%.2f s, includes JVM start and model load)' % ('$opennlp_f1', $tokens / o, o))
"
