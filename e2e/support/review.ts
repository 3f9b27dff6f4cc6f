import { expect, type Locator, type Page } from '@playwright/test';

/** The PEEL 2017 template's questions, as the form shows them. */
export const Q = {
  vulnerability: "Was the victim's vulnerability identified at first contact?",
  risk: 'Was a structured risk assessment (THRIVE) recorded at first contact?',
  repeat: 'Was the victim identified as a repeat victim?',
  timely: 'Was the initial response timely for the assessed risk?',
  evidence: "Were opportunities to secure evidence in the 'golden hour' taken?",
  bwv: 'Was body-worn video used where it was available and appropriate?',
  dash: 'Was a DASH risk assessment completed?',
  plan: 'Was there an investigation plan?',
  planQuality: 'Was the investigation plan of a good standard?',
  enquiries: 'Were all proportionate lines of enquiry completed?',
  supervision: 'Was the investigation effectively supervised?',
  direction: 'Where it was needed, did a supervisor give advice and direction?',
  updated: 'Was the victim kept updated on the progress of the investigation?',
  needs: "Was a victim needs assessment completed in line with the Victims' Code?",
  wishes: "Was there an auditable record of the victim's wishes?",
  care: 'Overall, was victim care appropriate?',
  outcome: 'Was the outcome assigned appropriate?',
  evidenceLed: 'Was an evidence-led prosecution considered?',
  overall: 'Overall, was the investigation of a good standard?',
} as const;

export type AnswerLabel = 'Yes' | 'Partly' | 'No' | 'Not applicable';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The review form of one file, as an inspector works through it. */
export class ReviewFormPage {
  constructor(readonly page: Page) {}

  /** A question of the form, by its wording (the form numbers them: "7. Was there …"). */
  question(wording: string): Locator {
    return this.page.getByRole('group', { name: new RegExp(`^\\d+\\. ${escape(wording)}$`) });
  }

  rationale(wording: string): Locator {
    return this.page.getByRole('textbox', { name: new RegExp(`for “${escape(wording)}”$`) });
  }

  get status(): Locator {
    return this.page.getByTestId('save-status');
  }

  async answer(wording: string, label: AnswerLabel, note?: string) {
    await this.question(wording).getByLabel(label, { exact: true }).check();
    if (note !== undefined) await this.rationale(wording).fill(note);
  }

  async expectAnswer(wording: string, label: AnswerLabel) {
    await expect(this.question(wording).getByLabel(label, { exact: true })).toBeChecked();
  }

  async waitUntilSaved() {
    await expect(this.status).toHaveText(/(^|\. )Saved at \d\d:\d\d$/);
  }

  /** Answers "Yes" to every question on show, until no question is left unanswered (answers can reveal more). */
  async answerEverythingYes() {
    await expect(this.page.getByTestId('review-form')).toBeVisible();
    for (;;) {
      const groups = this.page.locator('.app-question fieldset');
      const count = await groups.count();
      let answered = 0;
      for (let i = 0; i < count; i += 1) {
        const group = groups.nth(i);
        if ((await group.locator('input:checked').count()) > 0) continue;
        await group.getByLabel('Yes', { exact: true }).check();
        answered += 1;
      }
      if (answered === 0) return;
    }
  }
}

/** Presses Tab until the element has focus (keyboard-only journeys). */
export async function tabTo(page: Page, target: Locator, limit = 300) {
  const handle = await target.elementHandle();
  for (let i = 0; i < limit; i += 1) {
    if (await handle.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`tabTo: never reached the element after ${limit} presses`);
}
