/**
 * Same as ADDRESS_BOOK_MAX in contracts/address.ts (a unit test keeps them equal). Not imported from
 * there: that module builds zod schemas when loaded, which would pull zod into this subpackage.
 */
export const ADDRESS_BOOK_LIMIT = 20
