/**
 * One line of stderr, whatever a file name holds: line breaks and control
 * characters (terminal escape codes among them) are shown as escapes, so a
 * name can neither split a message nor drive the terminal.
 */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, (c) => (c === '\n' ? '\\n' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`));
}
