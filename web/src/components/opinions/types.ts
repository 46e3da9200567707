/** The opinion area's API shapes, inferred from @fabutong/core's contract. */
import type { ExpertBody, ExpertHistory, ExpertView } from '@fabutong/core/contract/experts';
import type { AssignmentView, HotTopicView } from '@fabutong/core/contract/hot-topics';
import type { InterviewView } from '@fabutong/core/contract/interviews';
import type { FeedView, KeywordRuleView, OpinionDetail, OpinionItemBody, OpinionItemView, OpinionVendorView } from '@fabutong/core/contract/opinions';
import type { z } from 'zod';

export type OpinionItem = z.infer<typeof OpinionItemView>;
export type OpinionItemDetail = z.infer<typeof OpinionDetail>;
export type OpinionInput = z.input<typeof OpinionItemBody>;
export type Expert = z.infer<typeof ExpertView>;
export type ExpertInput = z.input<typeof ExpertBody>;
export type ExpertHistoryView = z.infer<typeof ExpertHistory>;
export type HotTopic = z.infer<typeof HotTopicView>;
export type Assignment = z.infer<typeof AssignmentView>;
export type Interview = z.infer<typeof InterviewView>;
export type Vendor = z.infer<typeof OpinionVendorView>;
export type KeywordRule = z.infer<typeof KeywordRuleView>;
export type Feed = z.infer<typeof FeedView>;
export type Page<T> = { items: T[]; total: number };
