// Package inclusive checks vacancy and story texts, in Dutch and English,
// for wording that may push candidates away: masculine- and feminine-coded
// words from the research of Gaucher, Friesen & Kay (2011) behind the Gender
// Decoder and its Dutch adaptations, and exclusionary phrases about age,
// disability, language and origin, and gender. Each finding carries its
// position, an explanation, a suggested alternative and the source it rests
// on.
//
// # Word lists
//
// The lists are data files under data/, embedded in the binary and parsed
// once by New: coded_*.tsv (gender-coded words), phrases_*.tsv
// (exclusionary phrases), exceptions_*.tsv (text a stem catches in an
// unrelated sense, never reported) and sources.tsv (the full citations rule
// rows refer to by key). The header of each file, and README.md, document
// the columns, the pattern syntax and the editorial choices. A list that
// does not parse makes New fail, and the package tests with it.
//
// # Matching
//
// Text is split into words (letters joined by apostrophes) and numbers;
// hyphens, slashes and other punctuation separate words. Words are compared
// case-insensitively and without accents (financiële = financiele) and always
// as whole words from their start:
//
//   - a stem ("compet*") matches any word that starts with it, so "lead*"
//     matches "leader" and "team-leader" (hyphen) but not "cheerleader"
//     (a closed compound is one word, and stems only match at the start);
//     where a Dutch compound's head matters the list says so explicitly
//     ("*leider" matches "teamleider");
//   - a plain word also matches its regular inflections: Dutch -e, -en, -er,
//     -ere, -ste, -heid (with actief → actieve, commercieel → commerciële);
//     English -s, -ed, -ing, -ly, -er, -est, -ness;
//   - a phrase matches across spaces, one line break, hyphens, commas,
//     slashes, brackets, quotes and Markdown emphasis, but not across a
//     sentence end or a blank line.
//
// The English gender-coded list keeps the Gender Decoder's stems faithfully,
// including their over-reach ("respon*" matches "responsible"); only where a
// stem catches a word in a clearly unrelated sense does an exception drop it
// ("compet*" does not report "competent", "confident*" not "confidential",
// "force*" not "police force"). Web and mail addresses (such as a Markdown
// link's URL) are skipped.
//
// Markers such as "(m)" and "(m/v)" are found by regular expressions that
// run only in a small window around their trigger words ("m", "v"), so the
// cost of Check stays linear in the length of the text: about 0.2 ms of CPU
// for a 1,000-word vacancy. Callers that accept arbitrary input should still
// bound its size.
//
// When findings of the same category overlap, the longer one is kept; a
// passage can carry findings of different categories ("ambitieuze jonge" is
// both masculine-coded and an age requirement). Finding.Source holds the
// citations of the rule, separated by "; ".
//
// # Score and balance
//
// Masculine and Feminine count the coded words found (every occurrence, as
// the Gender Decoder does). Balance is "masculine-coded" when there are at
// least two more masculine- than feminine-coded words, "feminine-coded" in
// the opposite case, and "neutral" otherwise.
//
// Score starts at 100 and subtracts, counting each rule once however often
// it matches (a repeated phrase is one thing to fix):
//
//	10 for every warning rule found,
//	 3 for every info rule found outside the gender-coded categories,
//	 2 for every coded word of imbalance beyond the first
//	   (2 × (|Masculine − Feminine| − 1)), at most 20,
//
// and never goes below 0. Coded words themselves cost nothing: using them is
// fine; a lopsided text is what the research warns against.
package inclusive
