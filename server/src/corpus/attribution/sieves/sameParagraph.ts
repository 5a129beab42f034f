import type { ArticleEntity } from '../entities';
import { previousWords, type QuoteContext, type Sieve, type Verdict } from '../sieve';
import { reportedSpeech } from './reportedSpeech';
import { wordCount } from '../../quoteKind';

export const sameParagraph: Sieve = {
  name: 'same-paragraph',
  doc: 'A quotation with no cue of its own continues the speaker of the quotation before it in the same paragraph: `“…,” he told Bayramov. “There has to be a meaning.”`. Only when nobody else is named between the two, outside the marks, and at most one sentence stands between, opened by the speaker\'s own pronoun (`… said Robin Maynard. He holds two associate degrees … “But I like working with my hands.”`). With no quotation before it in the paragraph, a full quotation that opens its sentence continues the sentence before it when that sentence reports speech (`Coan, Santilli’s attorney, argues that his client … “The government is alleging …”`).',
  fires: [
    { text: 'During his chat with Bayramov, Aliyev once again criticized the co-chairmen.\n\n“We are not going to hold negotiations and meaningless video conferences for the sake of parody,” he told Bayramov. “There has to be a meaning.”', quote: 'There has to be', speaker: 'Aliyev', from: 'seeds/000' },
    { text: '“One of the things I am surprised about is apparently how much the health issue has affected this race,” said Caddell. “Yesterday, there were two polls.”', quote: 'Yesterday, there were', speaker: 'Caddell', from: 'news-dev breitbart 2016-09-15 pat-caddell' },
    { text: 'In his speech, Graham urged Republicans to join the ranks of climate change believers.\n\n“Does anybody know what the environmental platform of the Republican Party is?” Graham asked. “Neither do I.”', quote: 'Neither do I', speaker: 'Graham', from: 'news-dev huff-post 2016-09-22 trump-the-dealmaker (the attribution is a sentence of its own)' },
  ],
  doesNotFire: [
    { text: '“If Azerbaijan refuses to negotiate with Armenia, it is not clear with whom that country will negotiate,” Naghdalyan said Friday. Naghdalyan explained that there were three signatories. Aliyev disagreed. “Who said?”', quote: 'Who said', from: 'seeds/000 (sentences rearranged: a new subject between the quotes)' },
  ],
  apply(ctx) {
    const { done, paragraph, span, resolver } = ctx;
    const prev = previousWords(done);
    if (!prev || prev.paragraph !== paragraph) return reportedJustBefore(ctx);
    // A signed quote (“…” ― Name) ends its item of a list.
    if (!prev.entity || prev.sieve === 'signature') return null;
    const close = prev.span.close < 0 ? prev.span.textEnd : prev.span.close;
    if (resolver.someoneElseNamed(close, span.open, prev.entity)) return null;
    // A trailing attribution may be a sentence of its own (`“…?” Graham asked. “Neither do I.”`): count from its end.
    const from = prev.at && prev.at.end > close && prev.at.end < span.open ? prev.at.end : close;
    // In one sentence, only a short attribution or a conjunction may stand between (“…,” he said, “…”);
    // a clause there ("after she attacked …") may have its own subject.
    const between = ctx.view.text.slice(from + 1, span.open);
    if (prev.sentence.start === ctx.sentence.start && (between.match(/[\p{L}’']+/gu) ?? []).length > 6) return null;
    // Only the previous quote's own attribution may stand between: a sentence of its own there may have a new subject.
    const sents = ctx.view.sentences[paragraph];
    const at = (o: number) => sents.findIndex((r) => o >= r.start && o < r.end);
    const gap = at(span.open) - at(from);
    // … unless that sentence is the speaker's own, opened by their pronoun ("“…,” Obama said after meeting Putin. He didn't
    // suggest retaliation. “Our goal is …”").
    if (gap > 2 || (gap === 2 && !ownPronounSentence(ctx.view.text, sents[at(from) + 1], prev.entity))) return null;
    return { speaker: { entity: prev.entity, via: prev.via === 'continuation' ? 'name' : (prev.via ?? 'name') }, via: 'continuation', cue: 'continuation', confidence: 'inferred' };
  },
};

/** Whether the sentence opens with the pronoun of `entity`'s gender: "He didn't suggest retaliation." */
function ownPronounSentence(text: string, sentence: { start: number; end: number } | undefined, entity: ArticleEntity): boolean {
  if (!sentence) return false;
  const m = /^\s*(He|She)\b/.exec(text.slice(sentence.start, sentence.start + 6));
  return !!m && entity.type === 'person' && entity.gender === (m[1] === 'He' ? 'male' : 'female');
}

/**
 * A quote that opens its sentence, after a sentence of its paragraph that reports speech and quotes nothing ("The
 * administration may be reluctant to act …, Schiff said. “The other factor …”"): the reported voice goes on.
 */
function reportedJustBefore(ctx: QuoteContext): Verdict | null {
  const { view, paragraph, span, sentence } = ctx;
  if (view.text.slice(sentence.start, span.open).trim() !== '') return null;
  const sents = view.sentences[paragraph];
  const k = sents.findIndex((r) => r.start === sentence.start);
  if (k <= 0 || view.spans[paragraph].some((s) => s.open < sentence.start)) return null;
  // A full quote, in a sentence that names no one else after it ("“Donald Trump is not a racist, guys,” LeVell assured the crowd").
  if (wordCount(view.text.slice(span.textStart, span.textEnd), 4) < 4) return null;
  const after = span.close < 0 ? '' : view.text.slice(span.close + 1, sentence.end);
  if (/\p{Lu}/u.test(after)) return null;
  return reportedSpeech(ctx, sents[k - 1], paragraph);
}
