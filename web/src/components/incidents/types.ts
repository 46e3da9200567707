/** The emergency area's API shapes, inferred from @fabutong/core's contract. */
import type {
  AlertChannelBody,
  AlertChannelView,
  AlertDeliveryView,
  ClockView,
  IncidentBody,
  IncidentDetail,
  IncidentUpdateBody,
  IncidentUpdateView,
  IncidentView,
  UnitView,
  ViolationView,
  WarningBody,
  WarningView,
  page,
} from '@fabutong/core';
import type { z } from 'zod';

export type Clock = z.infer<typeof ClockView>;
export type Incident = z.infer<typeof IncidentView>;
export type IncidentPage = z.infer<ReturnType<typeof page<typeof IncidentView>>>;
export type Detail = z.infer<typeof IncidentDetail>;
export type IncidentInput = z.input<typeof IncidentBody>;
export type Update = z.infer<typeof IncidentUpdateView>;
export type UpdateInput = z.input<typeof IncidentUpdateBody>;
export type Warning = z.infer<typeof WarningView>;
export type WarningInput = z.input<typeof WarningBody>;
export type Channel = z.infer<typeof AlertChannelView>;
export type ChannelInput = z.input<typeof AlertChannelBody>;
export type Delivery = z.infer<typeof AlertDeliveryView>;
export type DeliveryPage = z.infer<ReturnType<typeof page<typeof AlertDeliveryView>>>;
export type Violation = z.infer<typeof ViolationView>;
export type ViolationPage = z.infer<ReturnType<typeof page<typeof ViolationView>>>;
export type Unit = z.infer<typeof UnitView>;
