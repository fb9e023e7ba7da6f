"""Sphinx extension: a search language for Korean (`ko`).

Sphinx has no Korean search language and falls back to English, which indexes each word with
its particles attached ("합성곱을", "채널의"); a reader who searches "채널" finds nothing, since
the search page matches whole index terms (and parts of terms only for queries of 3 or more
letters).

Korean writes a particle or ending after the stem, so the stem is a prefix of the written
word. Besides each Hangul word this indexes its prefixes of 2 or more syllables: "합성곱을"
gives "합성", "합성곱" and "합성곱을". We do not strip particles from a list: they are many and
ambiguous ("가" ends "평가", "이" ends "높이"), so a stripper both misses endings and cuts
stems. Prefixes cost a larger index and find some longer words too ("모델" finds "모델링"),
which is acceptable in a course book. One-syllable words are indexed only as written.

A word that mixes scripts ("CNN으로", "Conv2D와") is indexed as written and also by its
script runs ("cnn", then the Hangul run with its prefixes), so "CNN" still finds it. Words
without Hangul keep the English stemmer. The query side needs nothing new: the default
splitter of searchtools.js cuts a query into the same words, and the stemmer below leaves
Hangul words alone, so "합성곱" is looked up as the index term "합성곱".
"""

import re

from sphinx.search.en import SearchEnglish

# Hangul Jamo, compatibility Jamo and syllables, as a regex character range.
HANGUL = r"\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3"
_HANGUL_RE = re.compile(f"[{HANGUL}]")
_RUN_RE = re.compile(f"[{HANGUL}]+|[^{HANGUL}]+")
MIN_PREFIX = 2

# The English (Porter) stemmer of sphinx.search.en, wrapped so that it skips Hangul words,
# as `SearchKorean.stem` does.
JS_STEMMER = SearchEnglish.js_stemmer_code + f"""
var EnglishStemmer = Stemmer;
Stemmer = function() {{
  const english = new EnglishStemmer();
  this.stemWord = (w) => /[{HANGUL}]/.test(w) ? w : english.stemWord(w);
}};
"""


def hangul_terms(word):
    """The index terms of one word: the word, its script runs, and Hangul prefixes."""
    terms = [word]
    if not _HANGUL_RE.search(word):
        return terms
    for run in _RUN_RE.findall(word):
        if _HANGUL_RE.match(run):
            terms.extend(run[:end] for end in range(MIN_PREFIX, len(run) + 1))
        else:
            terms.append(run)
    return list(dict.fromkeys(terms))


class SearchKorean(SearchEnglish):
    """English stemming for Latin words, stems (prefixes) for Hangul words."""

    lang = "ko"
    language_name = "Korean"
    js_stemmer_code = JS_STEMMER

    def split(self, input):
        return [term for word in super().split(input) for term in hangul_terms(word)]

    def stem(self, word):
        if _HANGUL_RE.search(word):
            return word.lower()
        return super().stem(word)


def setup(app):
    app.add_search_language(SearchKorean)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
