/** A commit id as Learn writes it: lower-case hexadecimal, abbreviated or full. */
export const COMMIT_ID = /^[0-9a-f]{7,64}$/;
