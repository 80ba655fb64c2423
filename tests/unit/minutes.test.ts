/** Minutes rendering without a server: escaping rules, and a log whose scenario is unknown. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseLog } from "../../shared/log-format.js";
import {
  elapsed,
  escapeMarkdownLine,
  escapeMarkdownName,
  renderMinutes,
  utcTime,
} from "../../shared/replay/minutes.js";
import { sputnik1990 } from "../../shared/scenarios/sputnik-1990/index.js";

const parsed = parseLog(readFileSync(new URL("../fixtures/logs/v1-sample.ndjson", import.meta.url), "utf8"));
if (!parsed.ok) throw new Error(parsed.reason);
const { header, events } = parsed;

describe("escapeMarkdownLine", () => {
  it.each([
    ["<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"],
    ["a & b", "a &amp; b"],
    ["[link](javascript:x)", "\\[link\\](javascript:x)"],
    ["`x` *y* _z_ ~w~ | \\", "\\`x\\` \\*y\\* \\_z\\_ \\~w\\~ \\| \\\\"],
    ["# heading", "\\# heading"],
    ["   ## indented heading", "\\## indented heading"],
    ["===", "\\==="],
    ["- item", "\\- item"],
    ["+ item", "\\+ item"],
    ["12. item", "12\\. item"],
    ["3) item", "3\\) item"],
    ["> quote", "&gt; quote"],
    ["\tcode", "code"],
    ["bell\u0007 and nul\u0000", "bell and nul"],
    ["a # mid-line hash and 1. mid-line number - dash", "a # mid-line hash and 1. mid-line number - dash"],
    ["Шахтёры — «за мыло»", "Шахтёры — «за мыло»"],
  ])("%j → %j", (input, output) => {
    expect(escapeMarkdownLine(input)).toBe(output);
  });

  it("puts names on one line", () => {
    expect(escapeMarkdownName("Ann\n# Evil\r\nName")).toBe("Ann # Evil Name");
    expect(escapeMarkdownName("\n\n")).toBe("(no name)");
  });

  it("formats times in UTC and durations", () => {
    expect(utcTime(Date.UTC(1990, 7, 20, 9, 5, 7))).toBe("09:05:07");
    expect(elapsed(3_723_999)).toBe("1:02:03");
    expect(elapsed(-5)).toBe("0:00:00");
  });
});

describe("renderMinutes", () => {
  it("renders the fixture with names from the scenario", () => {
    const md = renderMinutes({
      sessionId: header.sessionId,
      scenarioId: header.scenarioId,
      createdAt: header.createdAt,
      scenario: sputnik1990,
      events,
    });
    expect(md).toContain(`### 1. ${sputnik1990.prompts[0].question}`);
    expect(md).toContain("### Before the first prompt");
    expect(md).toContain("> Comrades, my question is simple.\\\n> Who speaks for the miners now?");
    expect(md).toContain("(facilitator)");
    expect(md).not.toContain("Imported");
  });

  it("falls back to ids when the scenario is unknown, and marks an import", () => {
    const md = renderMinutes({
      sessionId: "new",
      scenarioId: header.scenarioId,
      createdAt: header.createdAt,
      origin: { sessionId: header.sessionId, importedAt: Date.UTC(2030, 0, 2) },
      events,
    });
    expect(md.startsWith("# Minutes: sputnik\\-1990")).toBe(false); // '-' mid-line is left alone
    expect(md.startsWith("# Minutes: sputnik-1990\n")).toBe(true);
    expect(md).toContain(`### 1. ${sputnik1990.prompts[0].id}`);
    expect(md).toContain(`- **Imported on 2030-01-02 from session:** ${escapeMarkdownName(header.sessionId)}`);
  });

  it("says so when nothing happened", () => {
    const md = renderMinutes({
      sessionId: "s",
      scenarioId: header.scenarioId,
      createdAt: header.createdAt,
      scenario: sputnik1990,
      events: events.slice(0, 1),
    });
    expect(md).toContain("Nobody joined.");
    expect(md).toContain("No prompt was opened and nobody spoke.");
  });
});
