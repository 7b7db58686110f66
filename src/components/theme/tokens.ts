/**
 * Crystal-shop palette and spacing, for the few places that need them in TypeScript (app.config, the
 * tab icon generator, inline styles). SCSS reads the same values from ./tokens.scss; keep both in step.
 */
export const PALETTE = {
  /** Brand: deep amethyst — buttons, selected tab, prices of note. */
  amethyst: '#5B3E96',
  amethystSoft: '#EDE6F7',
  /** Rose quartz — badges and gentle highlights. */
  roseQuartz: '#F4C7D0',
  /** Citrine gold — the 孤品 one-of-a-kind badge. */
  citrine: '#E0A526',
  /** Clear quartz whites — page background and cards. */
  quartzWhite: '#F8F6FB',
  card: '#FFFFFF',
  ink: '#2B2236',
  inkMuted: '#8A8296',
  danger: '#C2410C',
} as const

/** Spacing scale in design px (750 grid): 4 · 8 · 16 · 24 · 32 · 48. */
export const SPACE = { xs: 4, s: 8, m: 16, l: 24, xl: 32, xxl: 48 } as const
