// The attribution sieves, in the order they run. Explicit patterns first (a cue
// in the quote's own sentence), then the inferred ones (continuations), so that a
// quote is only ever continued when its own sentence says nothing.
import type { Sieve } from '../sieve';
import { accordingTo } from './accordingTo';
import { colonIntro } from './colonIntro';
import { headline } from './headline';
import { leadingCue } from './leadingCue';
import { quoteParagraph } from './quoteParagraph';
import { sameParagraph } from './sameParagraph';
import { signature } from './signature';
import { title } from './title';
import { sentenceEndCue } from './sentenceEndCue';
import { trailingCue } from './trailingCue';
import { transcriptLabel } from './transcriptLabel';

export const SIEVES: readonly Sieve[] = [headline, title, transcriptLabel, signature, trailingCue, leadingCue, accordingTo, colonIntro, sentenceEndCue, sameParagraph, quoteParagraph];
