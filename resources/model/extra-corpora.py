#!/usr/bin/env python3
"""Writes the tagger's extra training corpora in the CoNLL form `dramatis-cli train` reads.

    python3 resources/model/extra-corpora.py ../shared/data OUTDIR

Writes OUTDIR/wnut17.conll and OUTDIR/btc.conll from the shared data folder:

- WNUT-17 emerging entities, training part (Derczynski et al., 2017; CC-BY 4.0): person -> PER,
  corporation and group -> ORG, location -> LOC, product and creative-work -> MISC.
- Broad Twitter Corpus, sections A B E F G H (Derczynski, Bontcheva and Roberts, 2016; CC-BY 4.0): PER ORG LOC.
  Its "@" + handle mentions, split in two tokens there, are one token again. It labels no Other (MISC), so the
  trainer leaves Other open on its O tokens (a corpus without a single MISC span is read that way).

Each tweet is a document of its own: the tagger's document features must not link unrelated tweets.
The output is the same for the same input (no randomness); the trainer shuffles with its own seed.
"""
import os
import sys

WNUT_TYPES = {'person': 'PER', 'corporation': 'ORG', 'group': 'ORG', 'location': 'LOC',
              'product': 'MISC', 'creative-work': 'MISC'}
BTC_SECTIONS = 'abefgh'


def blocks(path):
    """Sentences of a tab-separated WORD ... TAG file, as lists of (word, tag)."""
    sentence = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line.strip():
                if sentence:
                    yield sentence
                    sentence = []
                continue
            cols = line.split('\t')
            if len(cols) >= 2:
                sentence.append((cols[0].strip(), cols[-1].strip()))
    if sentence:
        yield sentence


def write(path, sentences):
    with open(path, 'w', encoding='utf-8') as out:
        for sentence in sentences:
            words = [(w, t) for w, t in sentence if w and ' ' not in w]
            if not words:
                continue
            out.write('-DOCSTART- O\n\n')
            for w, t in words:
                out.write(f'{w}\t{t}\n')
            out.write('\n')


def wnut(data):
    for sentence in blocks(os.path.join(data, 'ner/wnut17/wnut17train.conll')):
        out = []
        for w, t in sentence:
            if t == 'O':
                out.append((w, 'O'))
            else:
                part, kind = t.split('-', 1)
                out.append((w, f'{part}-{WNUT_TYPES[kind]}'))
        yield out


def btc(data):
    for section in BTC_SECTIONS:
        for sentence in blocks(os.path.join(data, f'ner/btc/{section}.conll')):
            out, i = [], 0
            while i < len(sentence):
                w, t = sentence[i]
                if w == '@' and i + 1 < len(sentence):
                    handle, handle_tag = sentence[i + 1]
                    out.append(('@' + handle, t if t != 'O' else handle_tag))
                    i += 2
                    continue
                out.append((w, t))
                i += 1
            yield out


def main():
    if len(sys.argv) != 3:
        sys.exit('usage: extra-corpora.py DATA OUTDIR')
    data, outdir = sys.argv[1], sys.argv[2]
    os.makedirs(outdir, exist_ok=True)
    write(os.path.join(outdir, 'wnut17.conll'), wnut(data))
    write(os.path.join(outdir, 'btc.conll'), btc(data))


if __name__ == '__main__':
    main()
