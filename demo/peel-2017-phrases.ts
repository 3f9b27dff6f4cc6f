/**
 * For tests: the met phrases as they were written in code before templates were data (the PEEL
 * 2017 file's `finding`s must say the same).
 * How each PEEL 2017 criterion reads as a finding ("in 54 of them victim care was appropriate").
 * Each phrase is tied to the exact wording it restates: if a later template version rewords a
 * question, its sentence falls back to quoting the question rather than saying something else.
 */
const PHRASES: Readonly<Record<string, { wording: string; met: string }>> = {
  vulnerability_identified: {
    wording: "Was the victim's vulnerability identified at first contact?",
    met: "the victim's vulnerability was identified at first contact",
  },
  risk_assessed: {
    wording: 'Was a structured risk assessment (THRIVE) recorded at first contact?',
    met: 'a structured risk assessment (THRIVE) was recorded at first contact',
  },
  repeat_victim_identified: {
    wording: 'Was the victim identified as a repeat victim?',
    met: 'the victim was identified as a repeat victim',
  },
  response_timely: {
    wording: 'Was the initial response timely for the assessed risk?',
    met: 'the initial response was timely for the assessed risk',
  },
  evidence_secured: {
    wording: "Were opportunities to secure evidence in the 'golden hour' taken?",
    met: "opportunities to secure evidence in the 'golden hour' were taken",
  },
  bwv_used: {
    wording: 'Was body-worn video used where it was available and appropriate?',
    met: 'body-worn video was used where it was available and appropriate',
  },
  dash_completed: { wording: 'Was a DASH risk assessment completed?', met: 'a DASH risk assessment was completed' },
  investigation_plan: { wording: 'Was there an investigation plan?', met: 'there was an investigation plan' },
  plan_quality: { wording: 'Was the investigation plan of a good standard?', met: 'the investigation plan was of a good standard' },
  lines_of_enquiry: {
    wording: 'Were all proportionate lines of enquiry completed?',
    met: 'all proportionate lines of enquiry were completed',
  },
  supervision_effective: { wording: 'Was the investigation effectively supervised?', met: 'the investigation was effectively supervised' },
  supervisor_direction: {
    wording: 'Where it was needed, did a supervisor give advice and direction?',
    met: 'a supervisor gave advice and direction where it was needed',
  },
  victim_updated: {
    wording: 'Was the victim kept updated on the progress of the investigation?',
    met: 'the victim was kept updated on the progress of the investigation',
  },
  needs_assessment: {
    wording: "Was a victim needs assessment completed in line with the Victims' Code?",
    met: "a victim needs assessment was completed in line with the Victims' Code",
  },
  victim_wishes_recorded: {
    wording: "Was there an auditable record of the victim's wishes?",
    met: "there was an auditable record of the victim's wishes",
  },
  victim_care_appropriate: { wording: 'Overall, was victim care appropriate?', met: 'victim care was appropriate' },
  outcome_appropriate: { wording: 'Was the outcome assigned appropriate?', met: 'the outcome assigned was appropriate' },
  evidence_led_considered: { wording: 'Was an evidence-led prosecution considered?', met: 'an evidence-led prosecution was considered' },
  overall_good_standard: { wording: 'Overall, was the investigation of a good standard?', met: 'the investigation was of a good standard' },
};

/** What "met" means for a question, as the end of a sentence. */
export function metPhrase(question: { code: string; wording: string }): string {
  const known = PHRASES[question.code];
  if (known && known.wording === question.wording) return known.met;
  return `the answer to “${question.wording}” was yes`;
}
