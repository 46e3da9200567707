import { describe, expect, it } from 'vitest';
import { CONTENT_CATEGORIES, CONTENT_CATEGORY_LABELS, CONTENT_CATEGORY_RULES, RELEASE_FORMS, RELEASE_FORM_CODES, RELEASE_FORM_LABELS } from './vocabulary';

describe('the release vocabulary', () => {
  it('numbers the eight forms F1–F8 in the order of A6', () => {
    expect(RELEASE_FORMS.map((f) => RELEASE_FORM_CODES[f])).toEqual(['F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8']);
    expect(RELEASE_FORM_LABELS.press_conference).toBe('新闻发布会');
    expect(RELEASE_FORM_LABELS.public_qa).toBe('线上线下答问');
  });

  it('maps the seven categories to A5.1–A5.7', () => {
    expect(CONTENT_CATEGORIES.map((c) => CONTENT_CATEGORY_RULES[c])).toEqual(['A5.1', 'A5.2', 'A5.3', 'A5.4', 'A5.5', 'A5.6', 'A5.7']);
    expect(CONTENT_CATEGORY_LABELS.opinion_response).toBe('舆情回应');
  });
});
