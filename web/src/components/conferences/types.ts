/** The conference API's shapes, inferred from the contract in @fabutong/core. */
import type {
  BookingWeek as BookingWeekSchema,
  ConferenceBody,
  ConferenceSummaryView,
  ConferenceView,
  SeriesBody,
  VenueView,
} from '@fabutong/core/contract/conferences';
import type { z } from 'zod';

export type Conference = z.infer<typeof ConferenceView>;
export type ConferenceSummary = z.infer<typeof ConferenceSummaryView>;
export type ConferenceInput = z.input<typeof ConferenceBody>;
export type SeriesInput = z.input<typeof SeriesBody>;
export type Venue = z.infer<typeof VenueView>;
export type BookingWeek = z.infer<typeof BookingWeekSchema>;
