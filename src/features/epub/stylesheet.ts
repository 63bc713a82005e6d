/**
 * The book's stylesheet: reading systems set the fonts, sizes and colours (night mode, the reader's font), so it
 * only says what the markup cannot: the English set off below its Chinese, the headings in two lines, the note
 * markers raised, the excerpt's cut marked outside the quoted text.
 */
export const EPUB_STYLESHEET = `h1, h2 {
  font-weight: bold;
  text-align: left;
  hyphens: manual;
  -epub-hyphens: manual;
}
h1 { font-size: 1.4em; margin: 0 0 1em; }
h2 { font-size: 1.2em; margin: 1.5em 0 0.75em; }
h1 .zh, h2 .zh, .cover .zh { display: block; }
h1 .en, h2 .en { display: block; margin-top: 0.3em; font-size: 0.85em; font-weight: normal; }

p { margin: 0; text-indent: 0; }
.pair { margin: 0 0 1.4em; }
.pair p.en { margin-top: 0.5em; padding-left: 0.8em; border-left: 2px solid #bbb; }
.pair--fragment .zh::before,
.pair--fragment .en::before { content: "[…] "; }
.pair__entry { margin-top: 0.4em; font-size: 0.85em; text-align: right; }

.excerpt-note { margin: 0 0 1.5em; padding: 0.5em 0.8em; border-left: 3px solid #999; font-size: 0.9em; }
.excerpt-note span { display: block; }

a.term { color: inherit; text-decoration: none; border-bottom: 1px dotted; }
a.note-ref {
  vertical-align: super;
  line-height: 1;
  font-size: 0.7em;
  font-weight: bold;
  text-decoration: none;
  padding: 0 0.15em;
}

ruby { ruby-position: over; }
rt { font-size: 0.55em; }

aside.footnote { margin: 1em 0 0; padding-top: 0.5em; border-top: 1px solid #ccc; font-size: 0.9em; }
aside.footnote p + p { margin-top: 0.4em; }
.footnote__head { font-weight: bold; }

.glossary .entry { margin: 0 0 1.5em; }
.glossary .entry p + p { margin-top: 0.4em; }
.entry__source, .entry__related { font-size: 0.85em; }

.cover { text-align: center; margin-top: 20%; }
.cover__title { text-align: center; font-size: 1.6em; }
.cover__title .en { font-size: 0.75em; }
.cover__issuer { margin: 2em 0; }
.cover__about { margin: 2em 0 0; font-size: 0.85em; text-align: left; }
.cover__about .en { display: block; margin-top: 0.4em; }

nav ol { list-style: none; padding: 0; }
nav li { margin: 0 0 0.6em; }
`;
