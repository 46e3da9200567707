/**
 * Whether the reader asked the system for less motion (WCAG 2.3.3): then the console neither
 * animates its drawers, dialogs and notices nor draws its charts in.
 */
export const prefersReducedMotion = (): boolean => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
