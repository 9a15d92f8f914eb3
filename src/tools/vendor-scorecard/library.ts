/**
 * The criteria library, drawn from the guides (evaluating vendors, cultural fit, trial
 * period): what each criterion means and how to score it 1–5. Custom criteria get the
 * generic rubric.
 */

/** A library criterion. */
export interface LibraryCriterion {
  id: string;
  name: string;
  description: string;
  /** What a score of 1, 2, 3, 4 and 5 means. */
  rubric: [string, string, string, string, string];
}

/** What the view shows of the library: each criterion's description and rubric (build-time props). */
export interface LibraryGuide {
  criteria: Record<string, Pick<LibraryCriterion, 'description' | 'rubric'>>;
  generic: LibraryCriterion['rubric'];
}

/** The view's props made from the library (Island.astro passes them). */
export function libraryGuide(): LibraryGuide {
  return {
    criteria: Object.fromEntries(LIBRARY.map((c) => [c.id, { description: c.description, rubric: c.rubric }])),
    generic: GENERIC_RUBRIC,
  };
}

/** Every library criterion, in the order the picker offers them. */
export const LIBRARY: LibraryCriterion[] = [
  {
    id: 'industry-experience',
    name: 'Industry experience',
    description: 'Experience with businesses like yours and with this exact task.',
    rubric: [
      'No clients in your sector or doing this task',
      'Has done the task, but not in your sector',
      'A few similar clients; knows the basics of your sector',
      'Several similar clients today; explains sector specifics unprompted',
      'Many similar clients, with evidence of what they do differently for them',
    ],
  },
  {
    id: 'track-record',
    name: 'Track record',
    description: 'Steady, reliable delivery over time: years trading, client retention, a consistent story.',
    rubric: [
      'New or unproven; the story changes between sources',
      'Short history or high client churn',
      'Several years of delivery; clients mostly stay',
      'Long history; long client relationships they can name',
      'Long, documented record; frank about past losses and lessons',
    ],
  },
  {
    id: 'references',
    name: 'References',
    description: 'What current clients of a similar size say when asked specific questions.',
    rubric: [
      'No references offered',
      'Hand-picked references only, with vague answers',
      'Two relevant references, broadly positive',
      'Specific, positive answers about problems and how they were fixed',
      'Strong references, including one you found yourself',
    ],
  },
  {
    id: 'capabilities',
    name: 'Capabilities and capacity',
    description: 'The skills and enough people for your work, including cover for holidays and growth.',
    rubric: [
      'Missing key skills or people',
      'Skills present but thin; no cover',
      'Right skills and enough people for today’s volume',
      'Named team with cover for absences',
      'Deep bench; a clear plan if your volume doubled',
    ],
  },
  {
    id: 'infrastructure',
    name: 'Infrastructure and technology',
    description: 'Their systems, how they work with yours, backups and what happens if systems fail.',
    rubric: [
      'Systems do not fit yours; no backup plan',
      'Workable systems, manual workarounds needed',
      'Works with your systems; regular backups',
      'Good integration; tested backups and recovery',
      'Seamless integration; documented, tested continuity plan',
    ],
  },
  {
    id: 'security-compliance',
    name: 'Security and compliance',
    description: 'How they protect your data and meet the rules that apply (e.g. GDPR, HIPAA).',
    rubric: [
      'No clear answers on data protection',
      'Policies exist but no evidence',
      'Written policy; will sign a data processing agreement',
      'Independent evidence such as ISO 27001 or SOC 2',
      'Certified, audited, with breach notification and sub-processors documented',
    ],
  },
  {
    id: 'cultural-fit',
    name: 'Cultural fit',
    description: 'Shared values, working style, language and overlap of working hours.',
    rubric: [
      'Styles or values clash; little overlap of hours',
      'Noticeable gaps that need constant effort',
      'Compatible; some adjustment needed',
      'Good match of style, values and hours',
      'Works like an extension of your own team',
    ],
  },
  {
    id: 'communication',
    name: 'Communication and responsiveness',
    description: 'How quickly and clearly they answer, and how they escalate problems.',
    rubric: [
      'Slow or vague even while selling',
      'Answers arrive late or miss the question',
      'Timely, clear answers',
      'Quick, proactive; asks good questions about your business',
      'Outstanding; a clear escalation path and named contacts',
    ],
  },
  {
    id: 'price',
    name: 'Price',
    description: 'Total price for the same scope; compare what is included, not only the fee.',
    rubric: [
      'Far above the others, or unclear what is included',
      'Above the others',
      'In line with the others',
      'Below the others for the same scope',
      'The lowest for the same scope, with everything included',
    ],
  },
  {
    id: 'scalability',
    name: 'Scalability',
    description: 'Whether they can grow or shrink with you without a drop in quality.',
    rubric: [
      'Cannot take more volume',
      'Could grow, but slowly or at a steep price',
      'Can handle moderate growth',
      'Has scaled similar clients; clear volume terms',
      'Proven at much larger volumes; flexible terms both ways',
    ],
  },
  {
    id: 'trial-quality',
    name: 'Trial or sample quality',
    description: 'How well they did a real sample task or pilot similar to your work.',
    rubric: [
      'No sample, or a poor one',
      'Sample with many errors',
      'Sample meets the brief',
      'Sample meets the brief with few corrections',
      'Sample clearly beats the brief',
    ],
  },
];

/** The rubric of custom criteria. */
export const GENERIC_RUBRIC: LibraryCriterion['rubric'] = [
  'Poor, or no evidence',
  'Below what you need',
  'Meets the brief',
  'Above the brief',
  'Clearly exceeds the brief, with evidence',
];

/** The library entry with this id, if any. */
export function libraryCriterion(id: string | null): LibraryCriterion | undefined {
  return id === null ? undefined : LIBRARY.find((c) => c.id === id);
}
