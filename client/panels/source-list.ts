/** A list of source references: an essay paragraph ("P3") stays text; a URL becomes a link. */
import { html, type TemplateResult } from "lit-html";

function sourceRef(ref: string): TemplateResult {
  if (/^https?:\/\//.test(ref)) {
    let label = ref;
    try {
      label = new URL(ref).hostname.replace(/^www\./, "");
    } catch {
      /* keep the raw text */
    }
    return html`<a href=${ref} target="_blank" rel="noopener noreferrer">${label}</a>`;
  }
  return html`<span>${ref}</span>`;
}

export function sourceList(refs: readonly string[]): TemplateResult {
  return html`<ul class="sources">
    ${refs.map((r) => html`<li>${sourceRef(r)}</li>`)}
  </ul>`;
}
