// A PDF of many pages made here (no corpus file needed): page n holds
// paragraph n, a recommendation in Helvetica, one of PDF's standard fonts.
function pageContent(n: number): string {
  const lines = [`${n}. The Committee recommends that the State party adopt measure number ${n}`, 'to protect the rights of every person, and report on it in its next report.'];
  const shown = lines.map((l, i) => `1 0 0 1 72 ${700 - 14 * i} Tm (${l}) Tj`).join('\n');
  return `BT /F1 11 Tf\n${shown}\nET\nBT /F1 9 Tf 1 0 0 1 300 40 Tm (${n}) Tj ET`;
}

export function manyPagesPdf(pages: number): Buffer {
  const objects: string[] = ['<< /Type /Catalog /Pages 2 0 R >>', '', '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'];
  const kids: string[] = [];
  for (let n = 1; n <= pages; n++) {
    const content = pageContent(n);
    objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    const contentRef = objects.length;
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentRef} 0 R >>`);
    kids.push(`${objects.length} 0 R`);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages} >>`;
  let out = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
