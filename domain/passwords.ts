/** Password length limits, shared by the browser's checks and the server's. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
