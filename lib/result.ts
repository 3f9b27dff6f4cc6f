/** What a page loader gives back: the page's data, or why there is none (404 or 403). */
export type PageLoad<T> = { kind: 'not-found' } | { kind: 'forbidden' } | { kind: 'ok'; data: T };
