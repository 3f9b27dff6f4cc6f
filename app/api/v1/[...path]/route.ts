import { apiError } from '@/app/_server/api';

/** Any other API path: a JSON 404 (never the HTML not-found page), whatever the method. */
function unknownPath(): Response {
  return apiError(404, 'There is no such API path. The API has /api/v1/inspections/{slug}/findings and /api/v1/inspections/{slug}/answers');
}

export const GET = unknownPath;
export const POST = unknownPath;
export const PUT = unknownPath;
export const PATCH = unknownPath;
export const DELETE = unknownPath;
