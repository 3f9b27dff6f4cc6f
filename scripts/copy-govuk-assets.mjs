// Copies GOV.UK Frontend's fonts and images to public/assets (gitignored), so the copy always
// matches the installed package and is never committed.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const from = path.join(root, 'node_modules', 'govuk-frontend', 'dist', 'govuk', 'assets');
const to = path.join(root, 'public', 'assets');
fs.rmSync(to, { recursive: true, force: true });
fs.cpSync(from, to, { recursive: true });
