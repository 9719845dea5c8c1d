/**
 * Markdown made by other converters → plain text for the same stages.
 * Placeholder until the remark-based reader lands: the text is used as is.
 */
export function markdownToText(markdown: string): string {
  return markdown;
}
