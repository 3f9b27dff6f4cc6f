import type { TestUser } from './users';

/** Inspectors that belong to one review test each, so no test sees another's changes. */
export const REVIEW_USERS = {
  keyboard: { email: 'keyboard@review.example', password: 'tab tab space enter', name: 'Kay Board', role: 'inspector' },
  noJs: { email: 'nojs@review.example', password: 'no javascript password', name: 'Noel Jones', role: 'inspector' },
  rules: { email: 'rules@review.example', password: 'applicability matters', name: 'Ruth Rules', role: 'inspector' },
  conflict: { email: 'conflict@review.example', password: 'two tabs one review', name: 'Connie Flick', role: 'inspector' },
  offline: { email: 'offline@review.example', password: 'on a train again', name: 'Otto Fline', role: 'inspector' },
  returner: { email: 'returner@review.example', password: 'submit return resubmit', name: 'Rita Turner', role: 'inspector' },
  owner: { email: 'owner@review.example', password: 'this file is mine', name: 'Owen Ner', role: 'inspector' },
  intruder: { email: 'intruder@review.example', password: 'not my file at all', name: 'Ian Truder', role: 'inspector' },
  assignA: { email: 'assign-a@review.example', password: 'assignee a password', name: 'Alma Assign', role: 'inspector' },
  shared: { email: 'shared-laptop@review.example', password: 'one laptop many people', name: 'Sian Hared', role: 'inspector' },
  setAside: { email: 'set-aside@review.example', password: 'nothing typed is lost', name: 'Sadie Aside', role: 'inspector' },
  flow: { email: 'flow@review.example', password: 'file after file after file', name: 'Flo Wright', role: 'inspector' },
  assignB: { email: 'assign-b@review.example', password: 'assignee b password', name: 'Bert Assign', role: 'inspector' },
} satisfies Record<string, TestUser>;

export type ReviewUserKey = keyof typeof REVIEW_USERS;

export const E2E_INSPECTION = { slug: 'e2e-reviews', name: 'E2E review fieldwork' };

export interface E2EFile {
  crimeReference: string;
  crimeType: string;
  recordedOn: string;
  outcome: number | null;
  domesticAbuse?: boolean;
  repeatVictim?: boolean;
  vulnerableVictim?: boolean;
  owner: ReviewUserKey | null;
}

/** Essex: one or two files per test, each assigned to that test's inspector. */
export const ESSEX_FILES = {
  keyboard: { crimeReference: 'E2E/KEY/1', crimeType: 'theft-from-person', recordedOn: '2017-01-05', outcome: 18, owner: 'keyboard' },
  noJs: {
    crimeReference: 'E2E/NOJS/1',
    crimeType: 'common-assault',
    recordedOn: '2017-01-06',
    outcome: 16,
    domesticAbuse: true,
    repeatVictim: true,
    owner: 'noJs',
  },
  rules: { crimeReference: 'E2E/RULES/1', crimeType: 'harassment', recordedOn: '2017-01-07', outcome: 18, owner: 'rules' },
  conflict: { crimeReference: 'E2E/CONF/1', crimeType: 'abh', recordedOn: '2017-01-08', outcome: 1, owner: 'conflict' },
  offline: { crimeReference: 'E2E/OFF/1', crimeType: 'abh', recordedOn: '2017-01-09', outcome: 1, owner: 'offline' },
  offlineReload: { crimeReference: 'E2E/OFF/2', crimeType: 'abh', recordedOn: '2017-01-10', outcome: 1, owner: 'offline' },
  shared: { crimeReference: 'E2E/SHARED/1', crimeType: 'abh', recordedOn: '2017-01-14', outcome: 1, owner: 'shared' },
  returner: { crimeReference: 'E2E/RET/1', crimeType: 'theft-from-person', recordedOn: '2017-01-11', outcome: 18, owner: 'returner' },
  owner: { crimeReference: 'E2E/POST/1', crimeType: 'theft-from-person', recordedOn: '2017-01-12', outcome: 18, owner: 'owner' },
  intruder: { crimeReference: 'E2E/POST/2', crimeType: 'theft-from-person', recordedOn: '2017-01-13', outcome: 18, owner: 'intruder' },
  setAside: { crimeReference: 'E2E/ASIDE/1', crimeType: 'theft-from-person', recordedOn: '2017-01-15', outcome: 18, owner: 'setAside' },
  flowA: { crimeReference: 'E2E/FLOW/1', crimeType: 'theft-from-person', recordedOn: '2017-01-16', outcome: 18, owner: 'flow' },
  flowB: { crimeReference: 'E2E/FLOW/2', crimeType: 'theft-from-person', recordedOn: '2017-01-17', outcome: 18, owner: 'flow' },
  flowC: { crimeReference: 'E2E/FLOW/3', crimeType: 'theft-from-person', recordedOn: '2017-01-18', outcome: 18, owner: 'flow' },
} satisfies Record<string, E2EFile>;

/** Surrey: unassigned files for the assignment and filter test alone. */
export const SURREY_FILES: E2EFile[] = [
  { crimeReference: 'E2E/ASG/1', crimeType: 'rape', recordedOn: '2017-02-01', outcome: 16, owner: null },
  { crimeReference: 'E2E/ASG/2', crimeType: 'rape', recordedOn: '2017-02-02', outcome: null, owner: null },
  { crimeReference: 'E2E/ASG/3', crimeType: 'stalking', recordedOn: '2017-02-03', outcome: 1, owner: null },
  { crimeReference: 'E2E/ASG/4', crimeType: 'abh', recordedOn: '2017-02-04', outcome: 15, owner: null },
  { crimeReference: 'E2E/ASG/5', crimeType: 'abh', recordedOn: '2017-02-05', outcome: 16, owner: null },
  { crimeReference: 'E2E/ASG/6', crimeType: 'common-assault', recordedOn: '2017-02-06', outcome: 18, owner: null },
];
