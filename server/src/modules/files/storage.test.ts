import { describe, expect, it } from 'vitest';
import { attachmentHeader, cleanFileName } from './storage';

describe('uploaded file names', () => {
  it('keeps only the base name, without folders or characters a download name cannot hold', () => {
    expect(cleanFileName('C:\\Users\\张三\\发布文稿.docx')).toBe('发布文稿.docx');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('方案"<1>".pdf')).toBe('方案1.pdf');
    expect(cleanFileName('')).toBe('未命名');
  });

  it('sends downloads as attachments with an ASCII fallback and the UTF-8 name (RFC 6266)', () => {
    expect(attachmentHeader('发布文稿（二稿）.docx')).toBe(`attachment; filename="file.docx"; filename*=UTF-8''${encodeURIComponent('发布文稿（二稿）.docx')}`);
  });
});
