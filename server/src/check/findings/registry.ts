// The finding rules, in the order they run and report: one module per code.
import { missingCitation } from './missingCitation';
import { nameMisspelled } from './nameMisspelled';
import { quoteMismatch } from './quoteMismatch';
import { quoteNotFound } from './quoteNotFound';
import type { FindingRule } from './rule';
import { unknownSource } from './unknownSource';
import { wrongCitation } from './wrongCitation';
import { wrongLocatorRule } from './wrongLocator';
import { wrongSpeaker } from './wrongSpeaker';

export const FINDING_RULES: readonly FindingRule[] = [quoteNotFound, quoteMismatch, wrongSpeaker, wrongCitation, wrongLocatorRule, unknownSource, missingCitation, nameMisspelled];
